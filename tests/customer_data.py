"""Customers' messages full of personal data, and every value a store holds, as one text: the
privacy tests push the messages through a way in and look for the data everywhere."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

# Each message's personal data, as the customer wrote it (what must never be stored).
KLAUS = (
    "Mein Name ist Klaus Schneider, Kundennummer 4711-0815. {agent} hat mir super geholfen! "
    "Rückruf unter +49 171 2345678 oder klaus.schneider@example.de. Vielen Dank!"
)
PETRA = (
    "Herzlichen Dank an {agent}! Meine IBAN DE89 3704 0044 0532 0130 00 wurde sofort "
    "korrigiert. Gruß, Petra Wagner, Hauptstr. 5, 50667 Köln"
)
SABINE = (
    "Tolle Beratung, danke {agent}! Liebe Grüße Sabine Krüger, sabine.krueger@web.de, "
    "Tel. 0221 9876543"
)
# The values of the messages and of the extra columns a helpdesk export carries.
PERSONAL = (
    "Klaus",
    "Schneider",
    "4711-0815",
    "2345678",
    "klaus.schneider@",
    "DE89",
    "0532 0130",
    "Petra",
    "Wagner",
    "Hauptstr",
    "50667",
    "Sabine",
    "Krüger",
    "krueger@",
    "9876543",
)
# Extra columns of an export: who asked, how to reach them. Read by no import field.
REQUESTER_COLUMNS = ("Requester email", "Customer name", "Telefon")
REQUESTERS = {
    "klaus": ("klaus.schneider@example.de", "Klaus Schneider", "+49 171 2345678"),
    "petra": ("petra.wagner@example.de", "Petra Wagner", "0221 111222"),
    "sabine": ("sabine.krueger@web.de", "Sabine Krüger", "0221 9876543"),
}


def found_in(haystack: str) -> list[str]:
    """The personal values that occur in ``haystack`` (any case)."""
    folded = haystack.casefold()
    return [value for value in PERSONAL if value.casefold() in folded]


def everything_stored(engine: Engine) -> str:
    """Every value of every row of every table of the store, as one text (JSON kept readable:
    an audit row's text shows as typed)."""
    parts: list[str] = []
    with engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                parts.append(f"{table}: {_readable(tuple(row))}")
    return "\n".join(parts)


def _readable(row: Sequence[Any]) -> str:
    values = []
    for value in row:
        shown: Any = value
        if isinstance(value, str) and value[:1] in "[{":
            with contextlib.suppress(ValueError):
                shown = json.loads(value)
        values.append(json.dumps(shown, ensure_ascii=False, default=str))
    return " | ".join(values)


def file_bytes(*paths: Path) -> str:
    """The files' bytes as text (a SQLite file and its log, a backup, an export)."""
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in paths if p.exists())
