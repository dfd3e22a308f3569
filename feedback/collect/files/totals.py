"""A report's summary rows: "Gesamt", "Summe", "Durchschnitt", "Total", "Average" under (or
over) the data, as Excel reports and survey tools' summaries put them.

Read as data, "Gesamt;;;4,5" was a rating of 4.5 without a comment: skipped, but counted in
the import's CSAT as one more positive rating, and "Anzahl;12;;" was rejected as a row with
the date "Anzahl". A row whose first value is such a label and that has no comment (or only a
number where the comment goes) is a summary row: skipped and counted as one, its figures
counted nowhere. A report's footer naming its time zone (Zammad's "Timezone: Europe/Berlin",
"Zeitzone: …") is one too. So is a row whose label stands in the comment column itself (a
report whose first column is the comment: "Total,,", "Average,4.5,") when every other value
in it is a number or empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from feedback.collect.files.values import parse_number

__all__ = ["summary_row"]

_LABELS = (
    "gesamt|gesamtergebnis|gesamtsumme|insgesamt|summe|zwischensumme|ergebnis|durchschnitt"
    "|mittelwert|ø|schnitt|anzahl|median|total|totals|grand total|subtotal|sum|average|avg"
    "|mean|count|min|max|minimum|maximum"
)
# A label, a colon after it, and a remark in brackets: "Summe:", "Gesamt (12 Antworten)".
_LABEL = re.compile(rf"(?:{_LABELS})\s*:?\s*(?:\(.*\))?", re.IGNORECASE)
_FOOTER = re.compile(r"(?:time\s?zone|zeitzone)\s*:\s*\S.*", re.IGNORECASE)


def summary_row(values: Iterable[str], comment: str) -> bool:
    """Whether a row of ``values`` (as text, in column order) whose comment reads
    ``comment`` is a summary row, as the module says."""
    filled = [value.strip() for value in values if value.strip()]
    first = filled[0] if filled else ""
    if not (_LABEL.fullmatch(first) or _FOOTER.fullmatch(first)):
        return False
    if not comment or parse_number(comment) is not None:
        return True
    return comment.strip() == first and all(parse_number(v) is not None for v in filled[1:])
