"""Migrations are the only way the schema is made: they must agree with the models and go
down and up again cleanly, on the database this run uses."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.engine import make_url

from vitaal.core.db import create_engine
from vitaal.core.migrate import alembic_config, downgrade_to_base, upgrade_to_head
from vitaal.models import Base


@pytest.fixture
def scratch_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database of its own: this test drops every table."""
    if os.environ.get("VITAAL_TEST_DB", "sqlite") == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('migrations') / 'm.db'}"
        return
    base = os.environ.get(
        "VITAAL_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )
    name = f"vitaal_migrations_{os.getpid()}"
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)

    async def run(statement: str) -> None:
        connection = await asyncpg.connect(admin)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


async def _inspect(url: str) -> tuple[set[str], list[object]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(_tables)
            diff = await connection.run_sync(_diff)
        return tables, diff
    finally:
        await engine.dispose()


def test_upgrade_downgrade_upgrade_and_models_agree(scratch_url: str) -> None:
    upgrade_to_head(scratch_url)
    tables, diff = asyncio.run(_inspect(scratch_url))
    assert tables == set(Base.metadata.tables)
    assert diff == [], f"models and migrations disagree: {diff}"

    downgrade_to_base(scratch_url)
    tables, _ = asyncio.run(_inspect(scratch_url))
    assert tables == set()

    upgrade_to_head(scratch_url)
    tables, diff = asyncio.run(_inspect(scratch_url))
    assert tables == set(Base.metadata.tables)
    assert diff == []


def test_partner_positions_are_backfilled_from_assessments(scratch_url: str) -> None:
    """Going down to before the stored positions and up again recomputes the same positions."""
    from alembic import command

    from vitaal.core.config import Environment, Settings
    from vitaal.core.migrate import alembic_config
    from vitaal.demo.seed import seed_if_empty

    upgrade_to_head(scratch_url)
    settings = Settings(env=Environment.test, database_url=scratch_url, secret_key="s" * 40)
    asyncio.run(seed_if_empty(settings))
    before = asyncio.run(_positions(scratch_url))
    assert len(before) >= 3  # the demo assesses X, Y and Z at least
    command.downgrade(alembic_config(scratch_url), "2026_11_24_partner_strategy")
    upgrade_to_head(scratch_url)
    assert asyncio.run(_positions(scratch_url)) == before


async def _positions(url: str) -> list[tuple[object, ...]]:
    from sqlalchemy import text

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text(
                    "SELECT partner_id, influence, dependency, assessors, disagreement, trail "
                    "FROM partner_positions ORDER BY partner_id"
                )
            )
            return [
                (str(r[0]), r[1], r[2], r[3], bool(r[4]), str(r[5]).replace(" ", "")) for r in rows
            ]
    finally:
        await engine.dispose()


def test_migration_files_sort_in_chain_order() -> None:
    """`ls versions/` shows the chain: each file is named YYYY-MM-DD-HHMM_slug.py and sorts
    after the revision it builds on."""
    versions = (
        Path(__file__).resolve().parents[3] / "backend" / "vitaal" / "migrations" / "versions"
    )
    names = sorted(p.name for p in versions.glob("*.py"))
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}-\d{4}_[a-z0-9_]+\.py", n) for n in names), names
    scripts = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite://"))
    chain = list(reversed(list(scripts.walk_revisions())))
    assert [Path(str(script.path)).name for script in chain] == names


def test_tob3_answers_come_through_the_move_to_links(scratch_url: str) -> None:
    """2026_12_04_tob3_links makes the answer tables anew (an answer may have no user now):
    the answers and their worries, issue links included, come through it down and up again;
    an answer given through a link has no user to go down with and is left out."""
    from alembic import command

    from vitaal.core.config import Environment, Settings
    from vitaal.demo.seed import seed_if_empty

    upgrade_to_head(scratch_url)
    settings = Settings(env=Environment.test, database_url=scratch_url, secret_key="s" * 40)
    asyncio.run(seed_if_empty(settings))
    asyncio.run(_worry_as_issue(scratch_url))
    before = asyncio.run(_answers(scratch_url))
    assert len(before) >= 10  # the demo's round has real answers
    assert any(row[-1] != "None" for row in before)
    asyncio.run(_answer_through_a_link(scratch_url))
    assert len(asyncio.run(_answers(scratch_url))) == len(before) + 1
    command.downgrade(alembic_config(scratch_url), "2026_12_04_issue_goal_reviews")
    assert asyncio.run(_answers(scratch_url)) == before
    upgrade_to_head(scratch_url)
    assert asyncio.run(_answers(scratch_url)) == before


async def _answers(url: str) -> list[tuple[str, ...]]:
    from sqlalchemy import text

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text(
                    "SELECT a.id, a.user_id, a.on_behalf_of, a.created_at, w.id, w.rank, w.text, "
                    "w.topic, w.issue_id FROM tob3_answers a "
                    "JOIN tob3_worries w ON w.answer_id = a.id ORDER BY w.id"
                )
            )
            return [tuple(str(value) for value in row) for row in rows]
    finally:
        await engine.dispose()


async def _worry_as_issue(url: str) -> None:
    from sqlalchemy import select

    from vitaal.core.db import create_sessionmaker
    from vitaal.issues.models import Issue
    from vitaal.tob3.models import Tob3Worry

    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            worry = (await session.scalars(select(Tob3Worry))).first()
            assert worry is not None
            worry.issue_id = await session.scalar(
                select(Issue.id).where(Issue.organisation_id == worry.organisation_id)
            )
    finally:
        await engine.dispose()


async def _answer_through_a_link(url: str) -> None:
    from sqlalchemy import select

    from vitaal.core.db import create_sessionmaker
    from vitaal.tob3.models import (
        Tob3Answer,
        Tob3Link,
        Tob3LinkKind,
        Tob3Round,
        Tob3Worry,
    )

    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            round_ = (await session.scalars(select(Tob3Round))).first()
            assert round_ is not None
            link = Tob3Link(
                organisation_id=round_.organisation_id,
                round_id=round_.id,
                kind=Tob3LinkKind.open,
                token_hash="0" * 64,
            )
            session.add(link)
            await session.flush()
            worry = Tob3Worry(
                organisation_id=round_.organisation_id,
                round_id=round_.id,
                rank=1,
                text="Huur",
            )
            session.add(
                Tob3Answer(
                    organisation_id=round_.organisation_id,
                    round_id=round_.id,
                    link_id=link.id,
                    member_key="kapsalon knip",
                    on_behalf_of="Kapsalon Knip",
                    worries=[worry],
                )
            )
    finally:
        await engine.dispose()
