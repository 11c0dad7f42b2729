"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds to plain items: bytes in, items out, no I/O.

The XML is parsed with defusedxml, which refuses entity expansion ("billion laughs"), external
entities and DTD tricks. Anything that is well-formed XML but no feed is ``not_a_feed``;
anything that is not well-formed (or forbidden) is ``malformed``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from vitaal.core.text import MAX_TAG_LENGTH

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"

MAX_TITLE = 300
MAX_SUMMARY = 4000
MAX_LINK = 2000
MAX_TAGS = 10


class FeedError(Exception):
    """The bytes are no usable feed; ``kind`` is ``malformed`` or ``not_a_feed``."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    summary: str
    guid: str
    published: datetime | None
    tags: tuple[str, ...] = field(default=())

    @property
    def dedup_key(self) -> str:
        """The same item in the same organisation is one signal: by guid, else link, else
        title and date."""
        if self.guid:
            basis = "guid:" + self.guid
        elif self.link:
            basis = "link:" + self.link
        else:
            stamp = self.published.isoformat() if self.published else ""
            basis = f"title:{self.title}\n{stamp}"
        return hashlib.sha256(basis.encode()).hexdigest()

    def observed_on(self, today: date) -> date:
        return self.published.date() if self.published else today


@dataclass(frozen=True)
class ParsedFeed:
    format: str  # rss, atom or rdf
    title: str
    items: tuple[FeedItem, ...]


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "p", "div", "li"}:
            self.parts.append(" ")


_SPACE = re.compile(r"\s+")


def plain_text(value: str | None, limit: int) -> str:
    """HTML (as feeds often carry in descriptions) to one line of plain text."""
    if not value:
        return ""
    if "<" in value:
        parser = _TextOnly()
        parser.feed(value)
        parser.close()
        value = "".join(parser.parts)
    else:
        value = unescape(value)
    text = _SPACE.sub(" ", value).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(element: Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _date(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    parsed: datetime | None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _tags(values: list[str]) -> tuple[str, ...]:
    """Feed categories as tags: cleaned up rather than refused, since nobody can fix a feed."""
    tags: list[str] = []
    for raw in values:
        tag = _SPACE.sub(" ", raw).strip().lower()
        tag = "".join(ch for ch in tag if ch.isprintable() and ch not in '"\\')
        if tag and len(tag) <= MAX_TAG_LENGTH and tag not in tags:
            tags.append(tag)
    return tuple(tags[:MAX_TAGS])


def _link(value: str) -> str:
    value = value.strip()
    if not value.lower().startswith(("http://", "https://")) or len(value) > MAX_LINK:
        return ""
    return value


def _item(
    title: str, link: str, summary: str, guid: str, published: str, tags: list[str]
) -> FeedItem | None:
    clean_title = plain_text(title, MAX_TITLE)
    clean_summary = plain_text(summary, MAX_SUMMARY)
    if not clean_title:
        clean_title = plain_text(clean_summary, 120)
    if not clean_title:
        return None  # an item with neither title nor text says nothing
    return FeedItem(
        title=clean_title,
        link=_link(link),
        summary=clean_summary,
        guid=guid.strip()[:1000],
        published=_date(published),
        tags=_tags(tags),
    )


def _rss_items(channel: Element, ns: str) -> list[FeedItem | None]:
    items = []
    for node in channel.iter(f"{ns}item"):
        guid = _text(node.find(f"{ns}guid"))
        if not guid and ns == RSS1:
            guid = node.get(f"{RDF}about", "")
        published = _text(node.find(f"{ns}pubDate")) or _text(node.find(f"{DC}date"))
        summary = _text(node.find(f"{ns}description")) or _text(node.find(f"{CONTENT}encoded"))
        tags = [_text(c) for c in node.findall(f"{ns}category")]
        tags += [_text(c) for c in node.findall(f"{DC}subject")]
        items.append(
            _item(
                _text(node.find(f"{ns}title")),
                _text(node.find(f"{ns}link")),
                summary,
                guid,
                published,
                tags,
            )
        )
    return items


def _atom_link(entry: Element) -> str:
    fallback = ""
    for link in entry.findall(f"{ATOM}link"):
        rel = link.get("rel", "alternate")
        href = link.get("href", "")
        if rel == "alternate" and href:
            return href
        fallback = fallback or href
    return fallback


def _atom_items(feed: Element) -> list[FeedItem | None]:
    items = []
    for entry in feed.findall(f"{ATOM}entry"):
        published = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
        summary = _text(entry.find(f"{ATOM}summary")) or _text(entry.find(f"{ATOM}content"))
        tags = [c.get("label") or c.get("term") or "" for c in entry.findall(f"{ATOM}category")]
        items.append(
            _item(
                _text(entry.find(f"{ATOM}title")),
                _atom_link(entry),
                summary,
                _text(entry.find(f"{ATOM}id")),
                published,
                tags,
            )
        )
    return items


def parse_feed(data: bytes) -> ParsedFeed:
    """The items of an RSS 2.0, RSS 1.0 or Atom document, in document order.

    Raises ``FeedError`` for bytes that are no XML (``malformed``) or XML that is no feed
    (``not_a_feed``). Items without a title or text are skipped.
    """
    if not data.strip():
        raise FeedError("not_a_feed", "the document is empty")
    try:
        root = fromstring(data, forbid_dtd=False)
    except DefusedXmlException as exc:
        raise FeedError("malformed", f"forbidden XML construct: {type(exc).__name__}") from None
    except ParseError as exc:
        raise FeedError("malformed", f"not well-formed XML: {exc}") from None
    except (ValueError, UnicodeError) as exc:
        raise FeedError("malformed", f"unreadable XML: {exc}") from None

    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise FeedError("not_a_feed", "an <rss> document without a <channel>")
        found = _rss_items(channel, "")
        return ParsedFeed("rss", plain_text(_text(channel.find("title")), 200), _keep(found))
    if root.tag == f"{ATOM}feed":
        title = plain_text(_text(root.find(f"{ATOM}title")), 200)
        return ParsedFeed("atom", title, _keep(_atom_items(root)))
    if root.tag == f"{RDF}RDF":
        channel = root.find(f"{RSS1}channel")
        title = plain_text(_text(channel.find(f"{RSS1}title")), 200) if channel is not None else ""
        return ParsedFeed("rdf", title, _keep(_rss_items(root, RSS1)))
    local = root.tag.rsplit("}", 1)[-1]
    raise FeedError("not_a_feed", f"the document is XML but no RSS or Atom feed (<{local}>)")


def _keep(items: list[FeedItem | None]) -> tuple[FeedItem, ...]:
    return tuple(item for item in items if item is not None)
