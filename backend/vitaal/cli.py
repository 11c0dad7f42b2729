"""``python -m vitaal <command>``: migrate, seed-demo, serve, openapi, fetch-feeds."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from vitaal.core.config import SettingsError, get_settings


def _openapi_document() -> str:
    from vitaal.main import create_app

    spec = create_app().openapi()
    return json.dumps(spec, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def cmd_openapi(args: argparse.Namespace) -> int:
    document = _openapi_document()
    if args.check:
        path = Path(args.check)
        current = path.read_text() if path.exists() else ""
        if current != document:
            print(
                f"{path} is out of date with the API. Run `make openapi` and commit the result.",
                file=sys.stderr,
            )
            return 1
        print(f"{path} is up to date.")
        return 0
    sys.stdout.write(document)
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    from vitaal.core.migrate import upgrade_to_head

    settings = get_settings()
    upgrade_to_head(settings.database_url)
    print("Database is up to date.")
    return 0


def cmd_seed_demo(_: argparse.Namespace) -> int:
    from vitaal.demo.seed import seed_if_empty

    message = asyncio.run(seed_if_empty(get_settings()))
    print(message)
    return 0


def cmd_fetch_feeds(args: argparse.Namespace) -> int:
    from vitaal.signals.scheduler import fetch_due_feeds

    runs = asyncio.run(fetch_due_feeds(get_settings(), limit=args.limit))
    for run in runs:
        line = f"{run.outcome:<12} {run.title or run.feed_id}"
        if run.outcome == "ok":
            line += f": {run.items_new} new, {run.items_duplicate} already known"
        elif run.error:
            line += f": {run.error}"
        print(line)
    print(f"{len(runs)} feed(s) fetched.")
    # A feed that is down or broken at its source is that feed's recorded outcome; a run that
    # could not do its work is a failure cron must see.
    return 1 if any(run.outcome == "failed" for run in runs) else 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    get_settings()  # refuse to start on a bad setting before forking workers
    uvicorn.run(
        "vitaal.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=None if args.reload else args.workers,
        reload=args.reload,
        # Watch the Python package only: node_modules and var/ would trigger endless reloads.
        reload_dirs=[str(Path(__file__).resolve().parent)] if args.reload else None,
        proxy_headers=True,
        log_level="info",
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vitaal", description="Vitaal coalition portal")
    commands = parser.add_subparsers(dest="command", required=True)

    openapi = commands.add_parser("openapi", help="print the OpenAPI document")
    openapi.add_argument("--check", metavar="FILE", help="exit 1 when FILE differs")
    openapi.set_defaults(handler=cmd_openapi)

    migrate = commands.add_parser("migrate", help="upgrade the database to the latest schema")
    migrate.set_defaults(handler=cmd_migrate)

    seed = commands.add_parser("seed-demo", help="load the demo coalition into an empty database")
    seed.set_defaults(handler=cmd_seed_demo)

    fetch_feeds = commands.add_parser(
        "fetch-feeds", help="fetch the signal feeds that are due (run from cron)"
    )
    fetch_feeds.add_argument("--limit", type=int, default=100, help="at most this many feeds")
    fetch_feeds.set_defaults(handler=cmd_fetch_feeds)

    serve = commands.add_parser("serve", help="serve the API and the built app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--reload", action="store_true")
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Every command works on the same tables as the app: load the whole model registry first,
    # or a command whose own imports miss a domain fails on a foreign key to it.
    import vitaal.models  # noqa: F401

    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    return result
