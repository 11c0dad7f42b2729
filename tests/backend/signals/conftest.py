"""Signals test fixtures: a real local HTTP server standing in for feed publishers (the
organisation, ``org``, is the shared one of tests/backend/conftest.py)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from situations import Org

FIXTURES = Path(__file__).parent / "fixtures"


async def register_feed(org: Org, url: str, **fields: Any) -> dict[str, Any]:
    """A newspaper feed of the organisation, registered by its owner."""
    response = await org.client.post(
        org.url("/signal-feeds"),
        json={"title": "Zwolse Courant", "url": url, "source_type": "newspaper", **fields},
        headers=org.owner.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


@dataclass
class FeedServer:
    base: str
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    delay: float = 0.0

    def serve(self, path: str, body: bytes, status: int = 200, ctype: str = "application/rss+xml"):
        self.routes[path] = (status, ctype, body)
        return f"{self.base}{path}"


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A real HTTP server on 127.0.0.1 with routes the test sets."""
    state = FeedServer(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits.append(self.path)
            if self.path == "/slow":
                time.sleep(state.delay)
            if self.path.startswith("/redirect"):
                self.send_response(302)
                self.send_header("Location", "/rss2.xml")
                self.end_headers()
                return
            status, ctype, body = state.routes.get(
                self.path, (404, "text/html", b"<html>niet gevonden</html>")
            )
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for name in ("rss2.xml", "atom.xml", "rdf.xml", "not-a-feed.xml", "broken.xml"):
        state.serve(f"/{name}", (FIXTURES / name).read_bytes())
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def allow_local_feeds(app: FastAPI) -> Iterator[None]:
    """The test server is on loopback, which production refuses."""
    original = app.state.settings
    app.state.settings = original.model_copy(update={"feeds_allow_private_networks": True})
    try:
        yield
    finally:
        app.state.settings = original
