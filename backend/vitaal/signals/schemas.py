from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import clean_tags, strip_required
from vitaal.signals.fetcher import check_url
from vitaal.signals.models import (
    FetchKind,
    FetchOutcome,
    SignalOrigin,
    SignalSide,
    SignalSource,
    SignalStatus,
)

MAX_TAGS = 20
MIN_INTERVAL = 15
MAX_INTERVAL = 7 * 24 * 60


def _link(value: str) -> str:
    value = value.strip()
    if value and check_url(value):
        raise ValueError("must be empty or a web address starting with http:// or https://")
    return value


def _trim(value: str) -> str:
    return value.strip()


class UserRef(Schema):
    id: uuid.UUID
    name: str


_SIGNAL_EXAMPLE: dict[str, Any] = {
    "source_type": "weak_signal",
    "title": "Drie leden vroegen naar de opzegtermijn",
    "summary": "Na de contributieverhoging informeerden drie winkeliers aan de Diezerstraat "
    "hoe lang hun opzegtermijn is.",
    "link": "",
    "observed_on": "2026-11-20",
    "tags": ["contributie", "ledenbinding"],
}


class SignalCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_SIGNAL_EXAMPLE]})

    source_type: SignalSource
    title: str = Field(min_length=1, max_length=300)
    summary: str = Field(default="", max_length=10_000)
    link: str = Field(default="", max_length=2000)
    observed_on: date | None = Field(default=None, description="Defaults to today.")
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)

    _title = field_validator("title")(strip_required)
    _clean_link = field_validator("link")(_link)
    _clean_tags = field_validator("tags")(clean_tags)
    _summary = field_validator("summary")(_trim)


class SignalUpdate(Patch):
    source_type: NotNull[SignalSource] = None
    title: NotNull[str] = Field(default=None, min_length=1, max_length=300)
    summary: NotNull[str] = Field(default=None, max_length=10_000)
    link: NotNull[str] = Field(default=None, max_length=2000)
    observed_on: NotNull[date] = None
    tags: NotNull[list[str]] = Field(default=None, max_length=MAX_TAGS)

    # A null never reaches these: NotNull refuses it first.
    _title = field_validator("title")(strip_required)
    _clean_link = field_validator("link")(_link)
    _clean_tags = field_validator("tags")(clean_tags)
    _summary = field_validator("summary")(_trim)


class SignalRead(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    source_type: SignalSource
    side: SignalSide = Field(description="`inside` (members) or `outside` (the world around).")
    title: str
    summary: str
    link: str
    observed_on: date
    tags: list[str]
    origin: SignalOrigin
    feed_id: uuid.UUID | None
    entered_by: UserRef | None
    status: SignalStatus
    dismiss_reason: str
    issue_id: uuid.UUID | None
    triaged_at: datetime | None
    triaged_by: UserRef | None
    created_at: datetime


class DismissRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=2000, description="Why this is no issue.")

    _reason = field_validator("reason")(strip_required)


class AttachRequest(BaseModel):
    issue_id: uuid.UUID


# Feeds


_FEED_EXAMPLE: dict[str, Any] = {
    "title": "Binnenlands Bestuur — economie",
    "url": "https://www.binnenlandsbestuur.example/rss/economie",
    "source_type": "trade_media",
    "tags": ["binnenstad"],
    "interval_minutes": 360,
}


def _feed_url(value: str) -> str:
    value = value.strip()
    problem = check_url(value)
    if problem:
        raise ValueError(problem)
    return value


class FeedCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_FEED_EXAMPLE]})

    title: str = Field(min_length=1, max_length=200)
    url: str = Field(min_length=1, max_length=2000, description="An RSS or Atom feed, http(s).")
    source_type: SignalSource = Field(description="Given to every signal from this feed.")
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    interval_minutes: int | None = Field(
        default=None,
        ge=MIN_INTERVAL,
        le=MAX_INTERVAL,
        description="Fetch on a schedule every this many minutes (`python -m vitaal "
        "fetch-feeds` from cron); null: only when asked.",
    )

    _title = field_validator("title")(strip_required)
    _url = field_validator("url")(_feed_url)
    _clean_tags = field_validator("tags")(clean_tags)


class FeedUpdate(Patch):
    title: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    url: NotNull[str] = Field(default=None, min_length=1, max_length=2000)
    source_type: NotNull[SignalSource] = None
    tags: NotNull[list[str]] = Field(default=None, max_length=MAX_TAGS)
    interval_minutes: int | None = Field(default=None, ge=MIN_INTERVAL, le=MAX_INTERVAL)

    # A null never reaches these: NotNull refuses it first.
    _title = field_validator("title")(strip_required)
    _url = field_validator("url")(_feed_url)
    _clean_tags = field_validator("tags")(clean_tags)


class FeedRead(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    title: str
    url: str
    source_type: SignalSource
    tags: list[str]
    interval_minutes: int | None
    next_fetch_at: datetime | None
    last_fetched_at: datetime | None
    last_outcome: FetchOutcome | None
    last_items_new: int | None
    last_items_duplicate: int | None
    last_error: str
    created_at: datetime


class FeedFetchRead(Schema):
    id: uuid.UUID
    feed_id: uuid.UUID | None
    kind: FetchKind
    source_name: str = Field(description="The URL fetched or the name of the uploaded file.")
    outcome: FetchOutcome
    http_status: int | None
    error: str
    items_total: int
    items_new: int
    items_duplicate: int
    created_at: datetime
