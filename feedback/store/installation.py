"""This store's own name as a source system: how its exports name the quotes people handed in.

A quote a helpdesk's rating became is known everywhere by that helpdesk's system and rating
id. A quote a person entered here has no such id: its export names this store as its system
("lovewall:" and a random id, made once and kept in the store, so a backup restored elsewhere
is the same store) and its quote number as its id. Imported into this store again, the row
is that quote, already present (:func:`own_quote_ids`), even where its text no longer reads
as stored (an agent without consent is not named in an export, not even inside the text);
imported into another store, it is stored under that name and number, which the next import
of the same file finds.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Mapping

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from feedback.store.db import transaction
from feedback.store.models import Quote, Setting

__all__ = [
    "OWN_SYSTEM_PREFIX",
    "own_quote_ids",
    "own_system",
    "recipient_of",
    "stored_own_system",
]

_KEY = "_installation_id"
# Why "lovewall:": says what the id is where an export shows it; no helpdesk is named so.
OWN_SYSTEM_PREFIX = "lovewall:"
# Why 12 hex digits (48 bits): no two stores meet by chance; short enough to read in a sheet.
_DIGITS = 12
_CHUNK = 500  # ids per query (SQLite's bound parameters)


def own_system(engine: Engine) -> str:
    """This store's source-system name ("lovewall:3f9a2c1b0d4e"), made on first use."""
    with Session(engine) as session:
        found = stored_own_system(session)
    if found is not None:
        return found
    try:
        with transaction(engine) as session:
            session.add(Setting(key=_KEY, value=secrets.token_hex(_DIGITS // 2)))
    except IntegrityError:  # another process made it first: theirs
        pass
    with Session(engine) as session:
        return OWN_SYSTEM_PREFIX + str(session.get_one(Setting, _KEY).value)


def stored_own_system(session: Session) -> str | None:
    """This store's source-system name, or None while no export has made one."""
    row = session.get(Setting, _KEY)
    return None if row is None else OWN_SYSTEM_PREFIX + str(row.value)


def own_quote_ids(
    session: Session,
    keys: Iterable[tuple[str, str]],
    said_on: Mapping[tuple[str, str], dt.date] | None = None,
) -> dict[tuple[str, str], int]:
    """The quotes of this store that ``keys`` (source system, id) name by their number.

    With ``said_on``, a key whose day is given names its quote only where the stored quote was
    said on that day: a number freed by a deletion, or a restored copy that went its own way,
    may have been given to another quote since, and a row must never count as present for a
    quote it is not (it would be lost)."""
    own = stored_own_system(session)
    wanted = {key: int(key[1]) for key in keys if key[0] == own and key[1].isdigit()}
    if not wanted:
        return {}
    ids = sorted(set(wanted.values()))
    stored: dict[int, dt.date] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(select(Quote.id, Quote.said_on).where(Quote.id.in_(chunk)))
        stored.update({row[0]: row[1] for row in rows})
    days = said_on or {}
    return {
        key: number
        for key, number in wanted.items()
        if number in stored and days.get(key, stored[number]) == stored[number]
    }


def recipient_of(engine: Engine, system: str, external_id: str) -> tuple[int | None, int | None]:
    """(agent id, team id) of the stored quote that ``system`` and ``external_id`` name (a
    helpdesk's rating, or by this store's name a quote's number); (None, None) for none.

    For a row of our own export that names nobody (its agent gave no consent to be named): the
    quote it is, where this store holds it, so that the import counts it as present."""
    with Session(engine) as session:
        number = own_quote_ids(session, [(system, external_id)]).get((system, external_id))
        where = (
            Quote.id == number
            if number is not None
            else (Quote.source_system == system) & (Quote.external_id == external_id)
        )
        found = session.execute(select(Quote.agent_id, Quote.team_id).where(where)).first()
    return (None, None) if found is None else (found[0], found[1])
