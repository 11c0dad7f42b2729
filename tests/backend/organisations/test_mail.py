"""Invitation mail goes out over SMTP when configured; a local SMTP sink stands in for the
mail server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from situations import Api

from vitaal.core.config import Settings
from vitaal.main import create_app


class SmtpSink:
    """Just enough SMTP to accept one message at a time and keep it."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.received = asyncio.Event()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        async def reply(line: str) -> None:
            writer.write(f"{line}\r\n".encode())
            await writer.drain()

        await reply("220 sink ESMTP")
        while line := (await reader.readline()).decode().strip():
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                await reply("250 sink")
            elif verb == "DATA":
                await reply("354 go ahead")
                lines = []
                while (data := (await reader.readline()).decode()) not in (".\r\n", ""):
                    lines.append(data)
                self.messages.append("".join(lines))
                self.received.set()
                await reply("250 kept")
            elif verb == "QUIT":
                await reply("221 bye")
                break
            else:
                await reply("250 ok")
        writer.close()


@pytest.fixture
async def smtp_sink() -> AsyncIterator[tuple[SmtpSink, int]]:
    sink = SmtpSink()
    server = await asyncio.start_server(sink.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield sink, port
    server.close()
    await server.wait_closed()


async def test_invitation_mail_is_sent_when_smtp_is_configured(
    settings: Settings, smtp_sink: tuple[SmtpSink, int]
) -> None:
    sink, port = smtp_sink
    app: FastAPI = create_app(
        settings.model_copy(
            update={
                "smtp_host": "127.0.0.1",
                "smtp_port": port,
                "smtp_starttls": False,
                "smtp_from": "vitaal@example.org",
            }
        )
    )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        api = Api(http)
        owner = await api.user(name="Olga Owner")
        org = await api.organisation(owner, name="Gemeente Mailstad")
        invited = await http.post(
            f"/api/v1/organisations/{org['id']}/invitations",
            json={"email": "nieuw@example.org"},
            headers=owner.headers,
        )
        assert invited.status_code == 201
        await asyncio.wait_for(sink.received.wait(), timeout=10)
    await app.state.engine.dispose()
    message = sink.messages[0]
    assert "To: nieuw@example.org" in message
    assert "Gemeente Mailstad" in message
    assert invited.json()["link"] in message.replace("=\r\n", "")
