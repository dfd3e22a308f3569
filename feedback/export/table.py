"""The rows an export holds: one per quote of a filtered view, consent applied, typed values."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from typing import Any

import pandas as pd

from feedback.export.cells import EXPORT_COLUMNS
from feedback.insights.privacy import NamePrivacy

# Column kinds, for the writers: how each flavour formats a value.
DATE_COLUMNS = frozenset({"said_on"})
FLOAT_COLUMNS = frozenset({"sentiment_compound", "rating"})
INT_COLUMNS = frozenset({"id", "rating_scale", "rating_from"})
LIST_COLUMNS = frozenset({"themes"})
# Codes that human flavours (German Excel CSV, XLSX) show as words: column -> catalog prefix.
LABELLED = {
    "channel": "common.channel_",
    "language": "common.language_",
    "sentiment_label": "common.sentiment_",
    "status": "common.status_",
    "source": "export.source_",
}


def export_table(
    quotes: pd.DataFrame, privacy: NamePrivacy, own_system: str | None = None
) -> pd.DataFrame:
    """The export columns of ``quotes`` (a :func:`feedback.store.read.quotes_frame`).

    Each row names where its quote came from: a helpdesk's rating by that system and its id;
    one handed in here by ``own_system`` (this store's name,
    :func:`feedback.store.installation.own_system`) and its quote number, so that the import
    knows every row again (without ``own_system``: no system, no id).

    Consent: an agent is named (``"First Last"``) only with their consent, else ``None``; the
    names of agents without consent are masked inside every text. Values keep their types:
    ``said_on`` a date, ``sentiment_compound`` in [-1, 1] and ``rating`` floats or None,
    ``id``, ``rating_scale`` and ``rating_from`` ints or None (``rating_from`` None without a
    rating), ``themes`` a list of theme ids.
    """
    masked = privacy.mask_frame(quotes)
    rows = [_row(record, own_system) for record in masked.to_dict(orient="records")]
    return pd.DataFrame(rows, columns=list(EXPORT_COLUMNS), dtype=object)


def records(table: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """The rows of an :func:`export_table` as plain Python values (None for missing)."""
    for record in table.to_dict(orient="records"):
        yield {str(key): _plain(value) for key, value in record.items()}


def _row(record: dict[Any, Any], own_system: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if _plain(record.get("external_id")) is None and own_system is not None:
        record = {**record, "source_system": own_system, "external_id": str(record["id"])}
    for column in EXPORT_COLUMNS:
        if column == "agent":
            out[column] = _agent_name(record)
        elif column == "said_on":
            out[column] = _date(record["said_on"])
        elif column in LIST_COLUMNS:
            out[column] = list(record[column] or [])
        elif column == "rating_from":
            # None without a rating; 1 in a frame from before scales could start at 0.
            low, rated = _plain(record.get(column)), _plain(record["rating"]) is not None
            out[column] = int(1 if low is None else low) if rated else None
        elif column in INT_COLUMNS:
            value = _plain(record[column])
            out[column] = None if value is None else int(value)
        elif column in FLOAT_COLUMNS:
            value = _plain(record[column])
            out[column] = None if value is None else float(value)
        else:
            out[column] = _plain(record[column])
    return out


def _agent_name(record: dict[Any, Any]) -> str | None:
    if not bool(_plain(record.get("agent_consent")) or False):
        return None
    first = _plain(record.get("agent_first_name")) or ""
    last = _plain(record.get("agent_last_name")) or ""
    return f"{first} {last}".strip() or None


def _date(value: Any) -> dt.date | None:
    value = _plain(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _plain(value: Any) -> Any:
    """pandas' missing markers (NaN, NaT, NA) as None; numpy scalars as Python scalars."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (list, dict, str)):
        return item()
    return value
