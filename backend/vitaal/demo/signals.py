"""The demo municipality's signals inbox and a closed Tob-3 round.

Signals from inside (what entrepreneurs and residents tell the municipality's account
managers) and outside (press, council, province, trade media); some are still new, one is
attached to the vacancy issue, one dismissed. The Tob-3 round asked the account managers to
give, per member organisation they speak for, the top-3 worries; it closed last week.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.security import PasswordHasher
from vitaal.issues.models import Issue
from vitaal.organisations.models import Membership, OrganisationRole
from vitaal.signals import service as signal_service
from vitaal.signals.models import SignalFeed, SignalSource, SignalStatus
from vitaal.signals.schemas import SignalCreate
from vitaal.tob3.models import Tob3Answer, Tob3Round, Tob3Worry

# (days ago, source, title, summary, link, tags, triage)
SIGNALS = (
    (
        2,
        SignalSource.weak_signal,
        "Twee winkeliers vroegen naar de opzegtermijn van hun huurcontract",
        "Bij het spreekuur vroegen twee ondernemers uit de Hoogstraat hoe lang hun "
        "opzegtermijn is. Niemand klaagde hardop, maar het is een signaal.",
        "",
        ["leegstand", "hoogstraat"],
        "attach:Leegstand in de winkelstraten",
    ),
    (
        4,
        SignalSource.member_conversation,
        "Horeca Kerkplein wil terrassen langer open in de zomer",
        "Gesprek met drie horecaondernemers: zij zien kansen voor langere openingstijden, maar "
        "vrezen klachten van bewoners.",
        "",
        ["horeca", "terrassen"],
        None,
    ),
    (
        6,
        SignalSource.newspaper,
        "Rivierstad Dagblad: 'Binnenstad loopt leeg na vijf uur'",
        "Reportage over de stille binnenstad in de avond; ondernemers pleiten voor meer wonen "
        "boven winkels.",
        "https://dagblad.example/rivierstad/binnenstad-leeg",
        ["leefbaarheid", "wonen"],
        None,
    ),
    (
        9,
        SignalSource.politics,
        "Raadsvragen over parkeertarieven in het centrum",
        "De fractie van Lokaal Belang vraagt het college om de verhoging van de "
        "parkeertarieven te heroverwegen.",
        "https://rivierstad.example/raad/vragen/2026-114",
        ["parkeren", "gemeenteraad"],
        None,
    ),
    (
        12,
        SignalSource.trade_media,
        "Vakblad Retail: fysieke winkels verliezen weer marktaandeel",
        "Landelijke cijfers tonen een daling van 3% in bezoekersaantallen in middelgrote "
        "binnensteden.",
        "https://vakblad-retail.example/marktaandeel-2026",
        ["retail", "trends"],
        None,
    ),
    (
        15,
        SignalSource.election_programme,
        "Conceptprogramma's noemen 'levendige binnenstad' als speerpunt",
        "Drie partijen nemen het thema op in hun conceptverkiezingsprogramma voor 2026.",
        "",
        ["verkiezingen", "binnenstad"],
        None,
    ),
    (
        20,
        SignalSource.social_media,
        "Filmpje over fietsendiefstal bij het station gaat rond",
        "Het filmpje is vooral gedeeld buiten Rivierstad; geen lokale onrust gemeten.",
        "",
        ["veiligheid"],
        "dismiss:Eenmalig incident buiten het centrum; valt onder de politie.",
    ),
    (
        25,
        SignalSource.future_table,
        "Toekomsttafel: leegstaande panden tijdelijk voor makers en onderwijs",
        "Scholengroep en bibliotheek willen lege panden gebruiken voor een makerslab.",
        "",
        ["leegstand", "onderwijs"],
        None,
    ),
)

COLLEAGUES = (
    ("Karim Bouzid", "tob3-1@vitaal.example"),
    ("Lotte Hendriks", "tob3-2@vitaal.example"),
    ("Ruud Jacobs", "tob3-3@vitaal.example"),
)

# (colleague index or None for the demo user, on behalf of, [(text, topic)] in rank order)
ANSWERS = (
    (
        None,
        "",
        [
            ("Lege panden in de Hoogstraat", "Leegstand"),
            ("Parkeertarieven schrikken bezoekers af", "Bereikbaarheid"),
            ("Overlast rond het uitgaansgebied", "Veiligheid"),
        ],
    ),
    (
        0,
        "Ondernemersvereniging Centrum",
        [
            ("Parkeren is te duur voor klanten van buiten", "Bereikbaarheid"),
            ("Steeds meer winkels sluiten", "Leegstand"),
            ("Geen personeel voor de zaterdag", "Personeel"),
        ],
    ),
    (
        1,
        "Bewonersvereniging Oude Stad",
        [
            ("Geluidsoverlast in de nacht", "Veiligheid"),
            ("Dichtgetimmerde etalages maken de straat onveilig", "Leegstand"),
        ],
    ),
    (
        2,
        "Stadstheater & Bibliotheek",
        [
            ("Leegstand rond het theaterplein", "leegstand"),
            ("Bus rijdt 's avonds niet meer", "Bereikbaarheid"),
            ("Energiekosten van het gebouw", "Energie"),
        ],
    ),
)


async def _issue_id(session: AsyncSession, organisation_id: uuid.UUID, title: str) -> uuid.UUID:
    found = await session.scalar(
        select(Issue.id).where(Issue.organisation_id == organisation_id, Issue.title == title)
    )
    if found is None:
        raise LookupError(f"demo issue {title!r} is missing")
    return found


async def load_signals(
    session: AsyncSession, organisation_id: uuid.UUID, user: User, hasher: PasswordHasher
) -> None:
    today = utcnow().date()
    for days_ago, source, title, summary, link, tags, triage in SIGNALS:
        signal = await signal_service.create(
            session,
            organisation_id,
            user,
            SignalCreate(
                source_type=source,
                title=title,
                summary=summary,
                link=link,
                observed_on=today - timedelta(days=days_ago),
                tags=tags,
            ),
        )
        if triage is None:
            continue
        action, _, value = triage.partition(":")
        if action == "attach":
            await signal_service.attach(
                session, signal, user, await _issue_id(session, organisation_id, value)
            )
        else:
            await signal_service.dismiss(session, signal, user, value)
        assert signal.status is not SignalStatus.new  # noqa: S101 - demo sanity
    session.add(
        SignalFeed(
            organisation_id=organisation_id,
            title="Rivierstad Dagblad — binnenstad",
            url="https://dagblad.example/rivierstad/binnenstad.rss",
            source_type=SignalSource.newspaper,
            tags=["binnenstad"],
            interval_minutes=None,
            created_by_id=user.id,
            last_error="",
        )
    )
    await _tob3_round(session, organisation_id, user, hasher)


async def _tob3_round(
    session: AsyncSession, organisation_id: uuid.UUID, user: User, hasher: PasswordHasher
) -> None:
    # The colleagues exist so the round has real answers; they get unguessable passwords.
    password_hash = await hasher.hash(secrets.token_urlsafe(24))
    colleagues = [
        User(email=email, name=name, password_hash=password_hash) for name, email in COLLEAGUES
    ]
    session.add_all(colleagues)
    await session.flush()
    session.add_all(
        Membership(organisation_id=organisation_id, user_id=c.id, role=OrganisationRole.member)
        for c in colleagues
    )
    now = utcnow()
    round_ = Tob3Round(
        organisation_id=organisation_id,
        title="Tob-3 binnenstad, najaar",
        question="Waar liggen de ondernemers, bewoners en instellingen die u spreekt wakker "
        "van? Noem hun drie grootste zorgen, de grootste eerst.",
        closes_at=now - timedelta(days=7),
        created_by_id=user.id,
        created_at=now - timedelta(days=28),
    )
    session.add(round_)
    await session.flush()
    for index, on_behalf_of, worries in ANSWERS:
        answerer = user if index is None else colleagues[index]
        session.add(
            Tob3Answer(
                organisation_id=organisation_id,
                round_id=round_.id,
                user_id=answerer.id,
                on_behalf_of=on_behalf_of,
                created_at=now - timedelta(days=20),
                updated_at=now - timedelta(days=20),
                worries=[
                    Tob3Worry(
                        organisation_id=organisation_id,
                        round_id=round_.id,
                        rank=rank,
                        text=text,
                        topic=topic,
                    )
                    for rank, (text, topic) in enumerate(worries, start=1)
                ],
            )
        )
    await session.flush()
