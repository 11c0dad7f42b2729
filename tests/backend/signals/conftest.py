"""Signals test fixtures: an organisation with an owner and a plain member, an outsider with an
organisation of their own, and a real local HTTP server standing in for feed publishers."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Org:
    client: httpx.AsyncClient
    owner: Any
    member: Any
    outsider: Any
    org_id: str
    other_org_id: str

    def url(self, path: str, org_id: str | None = None) -> str:
        return f"/api/v1/organisations/{org_id or self.org_id}{path}"


async def add_member(client: httpx.AsyncClient, owner: Any, org_id: str, user: Any) -> None:
    invited = await client.post(
        f"/api/v1/organisations/{org_id}/invitations",
        json={"email": user.email, "role": "member"},
        headers=owner.headers,
    )
    assert invited.status_code == 201, invited.text
    accepted = await client.post(
        f"/api/v1/invitations/{invited.json()['token']}/accept", headers=user.headers
    )
    assert accepted.status_code == 200, accepted.text


@pytest.fixture
async def org(client: httpx.AsyncClient, api: Any) -> Org:
    owner = await api.user(name="Anouk Jansen")
    organisation = await api.organisation(
        owner, name="Ondernemersvereniging Binnenstad", kind="trade_association"
    )
    member = await api.user(name="Bram de Vries")
    await add_member(client, owner, organisation["id"], member)
    outsider = await api.user(name="Olaf Buiten")
    other = await api.organisation(outsider, name="Gemeente Elders")
    return Org(
        client=client,
        owner=owner,
        member=member,
        outsider=outsider,
        org_id=organisation["id"],
        other_org_id=other["id"],
    )


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
