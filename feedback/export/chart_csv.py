"""A chart's data as a CSV file for people: German Excel in German, plain CSV in English.

| language | separator | decimal | dates      | line ends | BOM |
|----------|-----------|---------|------------|-----------|-----|
| `de`     | `;`       | `,`     | dd.mm.yyyy | CRLF      | yes |
| `en`     | `,`       | `.`     | ISO        | LF        | no  |

German Excel opens a ``;`` file with a BOM by double-click, with umlauts, numbers and dates as
such. Values are rounded (``decimals``), shares are written as percent, headers come in words,
and text cells are formula-safe (:func:`feedback.export.cells.safe_cell`).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from feedback.export.cells import safe_cell

# Why 2: a mean score or a percent with two decimals is as exact as any chart reader needs.
DEFAULT_DECIMALS = 2


def chart_csv(
    frame: pd.DataFrame,
    lang: str,
    headers: Mapping[str, str],
    *,
    percent: Sequence[str] = (),
    decimals: Mapping[str, int] | None = None,
) -> bytes:
    """The columns of ``frame`` named in ``headers`` (column -> heading), in that order.

    ``percent`` columns hold shares in [0, 1] and are written as percent (0.917 -> 91.7);
    ``decimals`` rounds a column (default :data:`DEFAULT_DECIMALS` for every float; 1 for
    percent). Timestamps and dates become dates, booleans "ja"/"nein" or "yes"/"no".
    """
    german = lang == "de"
    places = dict(decimals or {})
    columns = [c for c in headers if c in frame.columns]
    rows = []
    for record in frame[columns].to_dict("records"):
        row = []
        for column in columns:
            value = record[column]
            if column in percent and _is_number(value):
                value = float(value) * 100
                digits = places.get(column, 1)
            else:
                digits = places.get(column, DEFAULT_DECIMALS)
            row.append(_cell(value, digits, german))
        rows.append(row)
    table = pd.DataFrame(rows, columns=[headers[c] for c in columns], dtype=object)
    buffer = io.StringIO()
    table.to_csv(
        buffer, index=False, sep=";" if german else ",", lineterminator="\r\n" if german else "\n"
    )
    body = buffer.getvalue().encode("utf-8")
    return "\ufeff".encode() + body if german else body


def file_name(words: str) -> str:
    """A file name from words ("Zitate nach Kanal je Monat" -> "zitate-nach-kanal-je-monat.csv");
    letters with umlauts stay, anything else becomes a hyphen."""
    slug = re.sub(r"[^\w]+", "-", words.casefold(), flags=re.UNICODE).strip("-_")
    return f"{slug or 'data'}.csv"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _cell(value: Any, digits: int, german: bool) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return ("ja" if value else "nein") if german else ("yes" if value else "no")
    if isinstance(value, pd.Timestamp | dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y") if german else value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if german else text
    return safe_cell(str(value))
