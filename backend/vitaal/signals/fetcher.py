"""Fetch a feed URL over HTTP(S) with a timeout, a size limit and no surprises.

Only ``http`` and ``https``; redirects are followed by hand (at most five) so every hop is
checked again; unless private networks are allowed (tests, an intranet), a host that resolves
to a loopback, private, link-local or otherwise non-public address is refused, so a feed URL
cannot be used to reach the server's own network.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

TIMEOUT_SECONDS = 10.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Vitaal feed reader (+https://vitaal.dev)"
ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"  # noqa: E501


class FetchError(Exception):
    """``outcome`` is one of unreachable, http_error, too_large, blocked."""

    def __init__(self, outcome: str, detail: str, http_status: int | None = None) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.detail = detail
        self.http_status = http_status


@dataclass(frozen=True)
class Fetched:
    url: str
    body: bytes


def check_url(url: str) -> str | None:
    """Why ``url`` cannot be a feed address, or None when it can."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "only http and https addresses can be fetched"
    if not parts.hostname:
        return "the address has no host"
    if parts.username or parts.password:
        return "the address must not contain a user name or password"
    return None


async def _check_host(host: str, port: int) -> None:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError("unreachable", f"the host {host} could not be found ({exc})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError(
                "blocked", f"{host} is on a private or local network ({address}), not fetched"
            )


async def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout_seconds: float | None = None,
    max_bytes: int | None = None,
) -> Fetched:
    timeout_seconds = TIMEOUT_SECONDS if timeout_seconds is None else timeout_seconds
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_seconds),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        trust_env=False,
    ) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            problem = check_url(current)
            if problem:
                raise FetchError("blocked", f"{current}: {problem}")
            parts = urlsplit(current)
            if not allow_private:
                assert parts.hostname is not None  # noqa: S101 - check_url saw to it
                await _check_host(
                    parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
                )
            try:
                async with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise FetchError(
                            "http_error",
                            f"the server answered HTTP {response.status_code}",
                            response.status_code,
                        )
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError("too_large", f"the feed is larger than {max_bytes} bytes")
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(
                                "too_large", f"the feed is larger than {max_bytes} bytes"
                            )
                        chunks.append(chunk)
                    return Fetched(url=current, body=b"".join(chunks))
            except httpx.TimeoutException:
                raise FetchError(
                    "unreachable", f"no answer within {timeout_seconds:g} seconds"
                ) from None
            except httpx.HTTPError as exc:
                raise FetchError("unreachable", f"could not connect: {exc}") from None
        raise FetchError("unreachable", f"more than {MAX_REDIRECTS} redirects")
