"""A small store with a bit of everything a backup must carry, and helpers to compare stores."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from sqlalchemy import Engine, select

from feedback.auth.roles import Actor, Role
from feedback.collect.edit import set_status
from feedback.collect.pipeline import submit_many
from feedback.domain import Source, Status
from feedback.services import people
from feedback.store.backup import tables, write_backup
from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.models import Setting
from feedback.store.users import NewUser, add_user
from tests.conftest import draft

CREATED_AT = dt.datetime(2026, 11, 23, 14, 5, tzinfo=dt.UTC)

# Texts that test the file format: quotes, separators, newlines, emoji, formula prefixes,
# a customer e-mail (redacted, so the quote has redaction spans) and an agent without consent.
TEXTS = [
    'Die Kundin schrieb "Ihr seid die Besten", danke für alles',
    "=1+1 war schneller erledigt als gedacht; super!",
    "Zeile eins\nZeile zwei\r\nund drei, danke Anna 🎉",
    "Schreiben Sie mir an kunde@example.org, Frau Kaya war toll",
    "+49 ist meine Vorwahl, danke für den Rückruf",
    "@Anna: tausend Dank ✨",
]


def seed_store(engine: Engine) -> dict[str, int]:
    """Teams, agents (with and without consent), accounts, quotes of every kind, settings."""
    with transaction(engine) as session:
        north = add_team(session, "Privatkunden Nord", actor="seed").id
        tech = add_team(session, "Technik & Hotline", actor="seed").id
        anna = add_agent(
            session,
            handle="anna.meier",
            first_name="Anna",
            last_name="Meier",
            team_id=north,
            consent_named=True,
            actor="seed",
        ).id
        aylin = add_agent(
            session,
            handle="aylin.kaya",
            first_name="Aylin",
            last_name="Kaya",
            team_id=tech,
            consent_named=False,
            actor="seed",
        ).id
        add_user(session, NewUser("root", Role.ADMIN, password="s3cret-pass-1"), actor="seed")
        add_user(
            session,
            NewUser("anna", Role.AGENT, email="anna@corp.example", agent_id=anna),
            actor="seed",
        )
        add_user(
            session, NewUser("kim", Role.LEAD, team_ids=frozenset({north, tech})), actor="seed"
        )
        session.add(Setting(key="rankings_enabled", value=True))
        session.add(Setting(key="_test_nested", value={"nested": {"list": [1, 2.5, None]}}))
    drafts = [
        draft(TEXTS[0], anna, rating=4.5, rating_scale=5, tags=["lob", "chat"]),
        draft(TEXTS[1], aylin, channel="chat"),
        draft(TEXTS[2], None, team_id=tech, channel="phone", verbatim=True),
        draft(TEXTS[3], aylin, channel="phone", verbatim=False),
        draft(
            TEXTS[4],
            anna,
            source=Source.IMPORT,
            source_system="zendesk",
            external_id="T-1",
            rating=1.0,
            rating_scale=2,
        ),
        draft(TEXTS[5], anna, said_on=dt.date(2024, 2, 29)),
    ]
    results = submit_many(engine, drafts)
    assert all(r.stored for r in results), [r.prepared.messages("en") for r in results]
    ids = [r.quote_id or 0 for r in results]
    set_status(engine, ids[:3], Status.APPROVED, actor="seed")
    return {"north": north, "tech": tech, "anna": anna, "aylin": aylin, "quotes": len(ids)}


def unnamed_colleague(engine: Engine, team_id: int) -> None:
    """Two more agents without consent in the team: with Aylin alone, or with one colleague,
    her quotes would name no team in exports either (see feedback/insights/unnamed_teams.py)."""
    for handle in ("bernd.vogel", "carla.roth"):
        first_name = handle.split(".")[0].title()
        people.add_agent(
            engine, Actor.system(), handle=handle, first_name=first_name, team_id=team_id
        )


def backup_bytes(engine: Engine) -> bytes:
    out = io.BytesIO()
    write_backup(engine, out, created_at=CREATED_AT, app_version="test")
    return out.getvalue()


def rows_of(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, by primary key, datetimes in UTC (SQLite keeps no zone)."""
    out = {}
    with engine.connect() as conn:
        for table in tables():
            keys = list(table.primary_key.columns)
            rows = conn.execute(select(table).order_by(*keys)).all()
            out[table.name] = [tuple(_utc(v) for v in row) for row in rows]
    return out


def _utc(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    return value
