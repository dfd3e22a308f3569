"""Helpdesk export formats (defined in ``formats.toml``) and recognising one from the columns."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from feedback.domain import Channel
from feedback.i18n import LANGUAGES, t

__all__ = [
    "DEFAULT_SYSTEM",
    "HEADER_ROWS_UNDER",
    "NOT_RATED",
    "NO_ANSWER",
    "TITLE_ROWS",
    "Format",
    "channel_alias",
    "formats",
    "header_position",
    "id_column",
    "normal_name",
    "recognise",
    "second_header",
]

NOT_RATED = "not_rated"
NO_ANSWER = "no_answer"
# The source system of our own columns when the import names none (the command line's
# default, the import page's only one): a bare "ID" column is then no rating's id (formats.toml).
DEFAULT_SYSTEM = "helpdesk"
# Why 10: report exports put a title, a period, filters and blank lines above the header.
TITLE_ROWS = 10
_SEPARATORS = re.compile(r"[\s\-/]+")
# Invisible characters a header picks up: a byte-order mark (a file saved again after being
# read as text), zero-width spaces and joiners, a soft hyphen.
# Control characters too: a header "Kommentar\x00" (a NUL from a broken export) is "kommentar".
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: one per entry
class Format:
    """One export format: which columns hold which field, and how its ratings read.

    ``values`` maps a raw rating (lower case) to ``(rating, scale)`` or :data:`NOT_RATED`;
    ``ratings`` is ``table`` (only those) or ``number`` (those, else a number on
    ``low``..``scale``).
    ``system`` is the helpdesk ("" for our own columns: the caller names the system).
    ``unrated``: why a row without any rating is skipped, :data:`NOT_RATED` (a survey only
    offered) or :data:`NO_ANSWER` (no survey answer at all: a ticket never rated).
    """

    name: str
    system: str
    requires: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    ratings: str
    values: dict[str, tuple[float, int] | str]
    scale: int
    channel: str
    unrated: str = NOT_RATED
    low: int = 1  # where ``scale`` starts: 1, or 0 (a survey question titled "(0-10)")
    # Whether ``scale`` is only a guess (our own columns' 1..5): the rating column's title may
    # name the range (ratings.titled), and a rating outside it says how to name it.
    scale_guessed: bool = False

    def column(self, field: str, present: Iterable[str]) -> str | None:
        """The first alias of ``field`` among the normalised column names ``present``; an
        alias ending in ``(*)`` takes any name in the brackets (Intercom names its time
        columns with the workspace's time zone: "Updated at (Europe/Berlin)"), one ending in
        ``_*`` any name that goes on after it (LiveChat's without brackets: "chat start date
        Europe/London", "chat start date UTC"); one with ``(n)`` the lowest-numbered of its
        columns (see :meth:`numbered`)."""
        found = self.numbered(field, present)
        return found[0] if found else None

    def numbered(self, field: str, present: Iterable[str]) -> tuple[str, ...]:
        """The columns of ``field``'s first alias present, in their numbers' order: an alias
        with ``(n)`` stands for the columns its number fills ("operator_(n)_nick": LiveChat
        names each agent of a chat "operator 1 nick", "operator 2 nick", …; the row's last
        filled one is its value); any other alias for one column."""
        names = set(present)
        for alias in self.columns.get(field, ()):
            if alias.endswith("(*)"):
                stem = alias[:-2]
                found = sorted(n for n in names if n.startswith(stem) and n.endswith(")"))
                if found:
                    return (found[0],)
            elif alias.endswith("_*"):
                stem = alias[:-1]
                found = sorted(n for n in names if n.startswith(stem) and len(n) > len(stem))
                if found:
                    return (found[0],)
            elif "(n)" in alias:
                pattern = re.compile(re.escape(alias).replace(r"\(n\)", r"(\d+)"))
                numbered = [(int(m[1]), n) for n in names if (m := pattern.fullmatch(n))]
                if numbered:
                    return tuple(n for _, n in sorted(numbered))
            elif alias in names:
                return (alias,)
        return ()

    def matches(self, present: Iterable[str]) -> bool:
        names = set(present)
        return all(self.column(field, names) is not None for field in self.requires)


def normal_name(name: str) -> str:
    """A column name as formats.toml writes it: "Ticket ID" -> "ticket_id"; any case, white
    space (a no-break space too) and invisible characters as in "KOMMENTAR\u00a0" -> "kommentar"."""
    return _SEPARATORS.sub("_", _INVISIBLE.sub("", name).strip().lower())


@cache
def _data() -> dict[str, Any]:
    source = resources.files("feedback.collect.files") / "formats.toml"
    return tomllib.loads(source.read_text("utf-8"))


@cache
def formats() -> tuple[Format, ...]:
    """Every known format, in the order they are tried (``generic`` last)."""
    entries = _data()["format"]
    by_name = {entry["name"]: entry for entry in entries}
    return tuple(_format(entry, by_name) for entry in entries)


def _format(entry: dict[str, Any], by_name: dict[str, dict[str, Any]]) -> Format:
    """One entry of formats.toml; ``like`` names a format whose aliases of the fields in
    ``like_fields`` (those the entry does not name itself) and whose rating words it takes
    too: a ticket list's comment and rating columns are named by whoever set them up, as in
    our own columns."""
    columns = dict(entry["columns"])
    raw_values = dict(entry.get("values", {}))
    if like := entry.get("like"):
        model = by_name[like]
        for field in entry.get("like_fields", ()):
            columns.setdefault(field, model["columns"].get(field, []))
        raw_values = {**model.get("values", {}), **raw_values}
    values: dict[str, tuple[float, int] | str] = {}
    for raw, target in raw_values.items():
        values[raw.lower()] = target if isinstance(target, str) else (target[0], target[1])
    return Format(
        name=entry["name"],
        system=entry["system"],
        requires=tuple(entry["requires"]),
        columns={field: tuple(aliases) for field, aliases in columns.items()},
        ratings=entry["ratings"],
        values=values,
        scale=entry.get("scale", 5),
        channel=entry["channel"],
        unrated=entry.get("unrated", NOT_RATED),
        low=entry.get("scale_from", 1),
        scale_guessed=entry.get("scale_guessed", False),
    )


def recognise(columns: Iterable[str]) -> Format | None:
    """The first format whose required fields all have a column; None if none has."""
    present = {normal_name(c) for c in columns}
    return next((f for f in formats() if f.matches(present)), None)


# The fields whose columns hold the helpdesk's own ids: a ticket's, a rating's, a response's
# number, the agent's and the group's id in the helpdesk. No customer's data.
_ID_FIELDS = ("id", "number", "form", "agent_ref", "group_ref")
# Other columns named as ids ("Brand ID", "Satisfaction Rating ID", "Ticket-Nr."), unless they
# name a customer's ("Requester ID", "User ID", "Phone number", "Kundennummer").
_ID_END = re.compile(r"(?:^|_|\.)(?:id|nr\.?|no\.?|nummer|number)$|#$")
_CUSTOMER = re.compile(
    r"requester|customer|kunde|user|contact|client|anfrag|organi[sz]ation|mail|phone|telefon"
)


def id_column(name: str) -> bool:
    """Whether the column ``name`` holds the helpdesk's ids (a ticket's, an agent's, a group's),
    which the import page's preview shows as they are: a column a known format reads as
    such (:data:`_ID_FIELDS`), or one named as an id that names no customer."""
    normal = normal_name(name)
    if _CUSTOMER.search(normal):
        return False
    return normal in _id_aliases() or bool(_ID_END.search(normal))


# A customer's name: "Customer name", "Requester name", "Kundenname", or a column named only
# for the person ("Requester", as Zendesk's reports call it). Not "Kundenkommentar" (the praise).
_PERSON_ALONE = frozenset({"requester", "customer", "client", "contact", "kunde", "kundin"})


def person_column(name: str) -> bool:
    """Whether the column ``name`` holds a customer's name, which the import page's preview
    shows as initials whatever its script (the redaction knows Latin names only)."""
    normal = normal_name(name)
    return normal in _PERSON_ALONE or bool(_CUSTOMER.search(normal) and "name" in normal)


@cache
def _id_aliases() -> frozenset[str]:
    """The aliases of :data:`_ID_FIELDS`, but "name": Google's reviews name a review by its
    path there, where any other file's "Name" is a person's."""
    aliases = {
        alias for f in formats() for field in _ID_FIELDS for alias in f.columns.get(field, ())
    }
    return frozenset(aliases - {"name"})


def header_position(rows: Sequence[Sequence[str]]) -> int:
    """Which of a file's first rows is its header: the first whose columns a known format
    reads (a report's title lines come before it); else, when the first row is a title (one
    value at most: "Umfrage Kundenzufriedenheit November"), the first row with the most values
    (the header of a survey whose questions no format knows, for a mapping by hand: with the
    title taken for the header, there was no column to map); else the first row."""
    found = next((i for i, row in enumerate(rows) if recognise(row) is not None), None)
    if found is not None:
        return found
    filled = [sum(1 for value in row if str(value).strip()) for row in rows]
    if not filled or filled[0] > 1:
        return 0
    return filled.index(max(filled))


# SurveyMonkey writes the answer options under the questions: a second header line, whose
# open questions say "Open-Ended Response" ("Offene Antwort"), single choices "Response".
_SUB_HEADERS = frozenset(
    {
        "response",
        "open-ended response",
        "other (please specify)",
        "antwort",
        "offene antwort",
        "sonstiges (bitte angeben)",
        "andere (bitte angeben)",
    }
)
_RESPONDENT = "respondent_id"
# Qualtrics' third header row: each column's import id as JSON ('{"ImportId":"QID1"}').
_IMPORT_ID = re.compile(r'\{\s*"importid"\s*:', re.IGNORECASE)
# Qualtrics' header rows: its field ids, and the same fields named in words ("ResponseId",
# "Response ID"); compared without separators.
_QUALTRICS_FIELDS = frozenset({"responseid", "recordeddate", "startdate", "enddate"})
# Why 2: Qualtrics writes three header rows; the header is one of them, two may follow it.
HEADER_ROWS_UNDER = 2


def second_header(header: Sequence[str], values: Sequence[object], *, first: bool = True) -> bool:
    """Whether ``values``, a line right under ``header`` (``first``: the first, else one under
    a header line already skipped), continues the header rather than holding a response: a
    survey tool's answer options only (SurveyMonkey), no respondent where the header has a
    respondent id column (the first line only: further down it is a response without one),
    Qualtrics' import ids, or Qualtrics' field ids where the header names them in words (or
    the other way round)."""
    texts = ["" if v is None else str(v).strip() for v in values]
    filled = [v.casefold() for v in texts if v]
    if filled and all(v in _SUB_HEADERS for v in filled):
        return True
    if filled and all(_IMPORT_ID.match(v) for v in filled):
        return True
    squashed = [normal_name(h).replace("_", "") for h in header]
    named = sum(
        1
        for name, text in zip(squashed, texts, strict=False)
        if name in _QUALTRICS_FIELDS and normal_name(text).replace("_", "") == name
    )
    if named >= 2:
        return True
    names = [normal_name(h) for h in header]
    if first and _RESPONDENT in names and filled:
        at = names.index(_RESPONDENT)
        return at < len(texts) and not texts[at]
    return False


def channel_alias(raw: str) -> str:
    """Our channel for a helpdesk's channel name ("web" -> "chat"), or for the names the app
    itself shows in either language ("E-Mail", "Bewertung", "Social Media": the German Excel
    export writes them); compared without case, spaces, dashes and dots. Unknown names
    unchanged."""
    return _channel_names().get(_folded(raw), raw)


def _folded(name: str) -> str:
    return _CHANNEL_FOLD.sub("", name.casefold())


_CHANNEL_FOLD = re.compile(r"[\s._\-/]+")


@cache
def _channel_names() -> dict[str, str]:
    names = {_folded(alias): ours for alias, ours in _data()["channels"].items()}
    for channel in Channel:
        names[_folded(channel.value)] = channel.value
        for language in LANGUAGES:
            names[_folded(t(f"common.channel_{channel.value}", language))] = channel.value
    return names
