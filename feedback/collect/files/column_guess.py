"""Columns a mapping by hand starts with: the names formats.toml lists for our own columns,
and where none is there, a column whose name holds a word that says what it is.

Exports of tools no format knows, and surveys with the team's own questions, name their
columns in words: "Rating comment", "Kommentar des Kunden", "Ihre Anmerkungen",
"Gesamtbewertung", "Operator". The words below find such a column for the lead to confirm on
the import page, and the command line prints them as a command to copy; nothing is imported
on a guess. A field two columns could hold is not guessed (which of "Kommentar intern" and
"Kommentar Kunde" is the customer's is the lead's to say), and a column is guessed for one
field only, the comment first ("Rating comment" holds a comment, not a rating).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from feedback.collect.files.formats import formats, normal_name
from feedback.collect.files.ratings import header_range

__all__ = ["FIELDS", "guessed_columns", "suggested_columns"]

# Our fields, in the order the import page asks for them; "text" is the one a row needs.
FIELDS = ("text", "date", "time", "agent", "team", "rating", "scale", "id", "channel", "tags")

# Words of a column's name that say which field it holds, in the order fields are guessed.
# Not "time" ("Response time" is a duration), "note" (a grade in German, a remark in English)
# or "reason" ("Contact reason" is a category).
_WORDS: dict[str, frozenset[str]] = {
    "text": frozenset(
        [
            "comment",
            "comments",
            "kommentar",
            "kommentare",
            "feedback",
            "review",
            "remark",
            "remarks",
            "anmerkung",
            "anmerkungen",
            "bemerkung",
            "bemerkungen",
            "freitext",
            "message",
            "nachricht",
            "rückmeldung",
            "begründung",
            "verbatim",
        ]
    ),
    "rating": frozenset(
        [
            "rating",
            "score",
            "bewertung",
            "csat",
            "zufriedenheit",
            "satisfaction",
            "satisfied",
            "zufrieden",
            "stars",
            "sterne",
            "nps",
            # The Net Promoter Score's question: "… recommend us …", "… weiterempfehlen?"
            "recommend",
            "promoter",
            "empfehlen",
            "weiterempfehlung",
        ]
    ),
    "date": frozenset(["date", "datum", "created", "erstellt", "timestamp", "zeitstempel"]),
    "agent": frozenset(
        [
            "agent",
            "operator",
            "assignee",
            "bearbeiter",
            "bearbeiterin",
            "mitarbeiter",
            "mitarbeiterin",
            "berater",
            "beraterin",
            "responder",
            "owner",
        ]
    ),
    "team": frozenset(["team", "group", "gruppe", "abteilung", "queue"]),
}
# A German compound ends in the word that says what it holds: "Gesamtbewertung",
# "Bewertungskommentar", "Kundenanmerkung". Only words this long: "datum" would find
# "Geburtsdatum", "team" "Steam".
_COMPOUND_MIN = 8
_TOKEN = re.compile(r"[^\W_]+")
# The name a repeated column is given after its first (table.unique_columns): "Kommentar (2)".
_COPY = re.compile(r"\s\(\d+\)$")


def _holds(column: str, words: frozenset[str]) -> bool:
    for token in _TOKEN.findall(normal_name(column)):
        if token in words:
            return True
        if any(token.endswith(w) for w in words if len(w) >= _COMPOUND_MIN):
            return True
    return False


def guessed_columns(columns: Sequence[str], taken: Collection[str] = ()) -> dict[str, str]:
    """Field -> the one column of ``columns`` (not in ``taken``) whose name says it holds
    that field, for the fields of :data:`_WORDS` (see the module docstring)."""
    free = [c for c in columns if c not in taken]
    guessed: dict[str, str] = {}
    for field, words in _WORDS.items():
        found = [c for c in free if _holds(c, words)]
        # Of two rating columns, the score question that names its scale or is the NPS's
        # ("How likely … recommend …?") over "What is the reason for your score?".
        scaled = [c for c in found if field == "rating" and header_range(c) is not None]
        if len(found) > 1 and len(scaled) == 1:
            found = scaled
        if len(found) == 1:
            guessed[field] = found[0]
        # Claimed (or disputed) by this field, a column is no other field's.
        free = [c for c in free if c not in found]
    return guessed


def suggested_columns(columns: Sequence[str], repeated: Collection[str] = ()) -> dict[str, str]:
    """Our field -> the file's column that our own columns' format reads for it (its names in
    formats.toml: "Zeitstempel" or "Fertigstellungszeit" for the date), and for a field without
    one a column :func:`guessed_columns` finds; a field without either is left out. A column
    the header has more than once (``repeated``) is never suggested: which one holds the field
    is the lead's to say."""
    generic = formats()[-1]
    twice = {normal_name(name) for name in repeated}
    by_normal: dict[str, str] = {}
    for column in columns:
        by_normal.setdefault(normal_name(column), column)
    suggested: dict[str, str] = {}
    for field in FIELDS:
        alias = generic.column(field, by_normal)
        if alias is not None and alias not in twice:
            suggested[field] = by_normal[alias]
    unique = [c for c in by_normal.values() if normal_name(_COPY.sub("", c)) not in twice]
    guessed = guessed_columns(unique, taken=set(suggested.values()))
    chosen = {**guessed, **suggested}
    return {field: chosen[field] for field in FIELDS if field in chosen}
