"""Cells that are safe to open in Excel or LibreOffice (no formula injection).

The guard belongs to spreadsheets only (CSV and XLSX). JSON is data for programs: it carries
every text exactly as stored (``=1+1`` stays ``=1+1``).
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

# A cell starting with one of these is run as a formula by spreadsheet programs (OWASP CSV
# injection); tab and carriage return can hide such a prefix.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

EXPORT_COLUMNS = (
    "id",
    "said_on",
    "channel",
    "language",
    "team",
    "agent",
    "text",
    "sentiment_label",
    "sentiment_compound",
    "themes",
    "rating",
    "rating_scale",
    # Where the scale starts: 1, or 0 (an NPS answer's 0..10); empty without a rating.
    "rating_from",
    "status",
    "source",
    # Where an imported quote came from and its id there (a helpdesk's rating or ticket id):
    # the import knows the quote again by them (re-importing an export adds nothing).
    "source_system",
    "external_id",
)


def looks_like_formula(value: Any) -> bool:
    """Whether a spreadsheet would take the text ``value`` for a formula."""
    return isinstance(value, str) and value.lstrip(" ").startswith(_FORMULA_PREFIXES)


def safe_cell(value: Any) -> Any:
    """Neutralise a text cell that a spreadsheet would run as a formula by prefixing ``'``."""
    return "'" + value if looks_like_formula(value) else value


# Columns added to the export later; a caller's frame may not have them yet.
_ADDED = frozenset({"source_system", "external_id", "rating_from"})


def public_view(quotes: pd.DataFrame) -> pd.DataFrame:
    """The columns an export shows. Agents appear by name only with their consent."""
    out = pd.DataFrame(index=quotes.index)
    for column in EXPORT_COLUMNS:
        if column == "agent":
            named = quotes["agent_consent"].fillna(False).astype(bool)
            full = (
                quotes["agent_first_name"].fillna("") + " " + quotes["agent_last_name"].fillna("")
            ).str.strip()
            out["agent"] = full.where(named, "")
        elif column == "themes":
            out["themes"] = quotes["themes"].map(lambda v: ", ".join(v or []))
        elif column == "said_on":
            out["said_on"] = pd.to_datetime(quotes["said_on"]).dt.date.astype(str)
        elif column in _ADDED and column not in quotes:
            out[column] = None  # a frame from before the export named where quotes came from
        else:
            out[column] = quotes[column]
    return out


def to_csv(frame: pd.DataFrame) -> str:
    """CSV text (UTF-8, comma) with every text cell made formula-safe."""
    return frame.map(safe_cell).to_csv(index=False)


def to_json(frame: pd.DataFrame) -> str:
    """JSON records with every text exactly as in ``frame`` (no formula guard: not a sheet)."""
    records = frame.to_dict(orient="records")
    return json.dumps(records, ensure_ascii=False, indent=2, default=str)
