"""One record of a recognised format -> one draft, or the reasons there is none.

Cheap checks first: an empty text, or one longer than ``MAX_QUOTE_CHARS``, is rejected here,
so a 1 MB text never reaches redaction or analysis; a rated one is cut after a whole word
instead (:mod:`~feedback.collect.shorten`), so that its rating is not lost with it.

Every rated comment is imported, whatever its polarity: all of them feed trends and CSAT.
A positive one (or an unrated one from our own columns) is ``pending``: offered to moderation
for the wall. A neutral or negative one is ``archived``: kept for trends and CSAT, never on
the wall. A rating without a comment cannot be a quote (the store keeps quotes, and a quote
needs text), and most ratings in a real export have none: the row is skipped and counted
(``no_comment``), not an error, and its rating still counts in the import's summary, so the
CSAT the import reports covers every rated row. A survey that was only offered (Zendesk's
``offered``) is not rated: skipped and counted, not an error either.

A helpdesk id that no mapping names is not an error here either: the draft keeps no agent or
team, and :attr:`Row.unknown` lists the id, so the import can report it for mapping; a row
left with nobody to credit is rejected naming them (:meth:`Row.unmapped`). An id that
is not numeric is a name (Intercom's UI export: "Anna Meier"): our agent or team of that name.
A row that names no one at all (review sites and surveys name no agent and no team) is
rejected saying so and what to do (:data:`NOBODY_NAMED`), unless the import was given a team
for such rows (:meth:`Row.names_nobody`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from feedback.collect.files.formats import NO_ANSWER, NOT_RATED, Format, channel_alias, normal_name
from feedback.collect.files.markup import plain_comment
from feedback.collect.files.no_answer import no_answer
from feedback.collect.files.own_export import OWN_EXPORT, stored_placeholders, unguarded
from feedback.collect.files.ratings import Polarity, Rating, read_rating
from feedback.collect.files.recipients import EXCEL_SCIENTIFIC, recipient, unmapped_agent
from feedback.collect.files.resolve import Resolver
from feedback.collect.files.row_keys import RowKeys
from feedback.collect.files.table import Record
from feedback.collect.files.titles import titled
from feedback.collect.files.totals import repeated_header, summary_row
from feedback.collect.files.values import moment, parse_date, slashed_order, with_time, without_nul
from feedback.collect.normalize import normalize_lines, normalize_text
from feedback.collect.shorten import shortened
from feedback.collect.validate import Problem
from feedback.domain import MAX_QUOTE_CHARS, Channel, QuoteDraft, Source, Status
from feedback.helpdesks import system_name

__all__ = [
    "NOBODY_NAMED",
    "Row",
    "draft_row",
    "imported_text",
    "recipient_missing",
    "text_of",
]


# A row that names neither an agent nor a team nor a helpdesk id: said so, with what to do
# (choose a team for such rows), rather than the web form's "choose the praised agent or team".
NOBODY_NAMED = "nobody_named"


def recipient_missing(problem: Problem) -> bool:
    """Whether ``problem`` only says that a row has nobody to credit (it names no one, or its
    helpdesk ids are not mapped): a team given to the row answers it."""
    return problem.code == NOBODY_NAMED or problem.code.startswith("unmapped_")


@dataclass(frozen=True, slots=True)
class Row:
    """What one record became: a ``draft`` to store, or None with ``problems``; ``not_rated``
    rows, ``no_comment`` rows (rated, but nothing to quote), ``no_text`` rows (no comment and
    no rating read: a survey's answer left blank, its rating a question the import does not
    read), ``empty`` rows (no value at all) and ``total`` rows (a report's "Gesamt" or
    "Average": :mod:`~feedback.collect.files.totals`) are skipped. ``unknown`` lists the (kind,
    external id) pairs no mapping names."""

    line: int
    draft: QuoteDraft | None
    problems: tuple[Problem, ...] = ()
    rating: Rating | None = None
    not_rated: bool = False
    no_answer: bool = False  # not rated, and no survey answer at all (Format.unrated)
    unknown: tuple[tuple[str, str], ...] = ()
    no_comment: bool = False
    no_text: bool = False
    empty: bool = False
    total: bool = False
    # A rated comment longer than a quote may be, cut after a whole word and marked so.
    shortened: bool = False

    def unmapped(self) -> tuple[Problem, ...]:
        """Why a draft that names nobody has nobody: its helpdesk ids no mapping names, or it
        names no one at all (:data:`NOBODY_NAMED`); said so, rather than with the web form's
        "choose the praised agent or the team"; () for a draft with someone to credit."""
        draft = self.draft
        if draft is None or draft.agent_id is not None or draft.team_id is not None:
            return ()
        if not self.unknown:
            return (Problem("team", NOBODY_NAMED),)
        name = system_name(draft.source_system or "")
        return tuple(
            Problem(kind, f"unmapped_{kind}", {"value": ref, "system": name})
            for kind, ref in self.unknown
        )

    @property
    def names_nobody(self) -> bool:
        """A draft without an agent, a team or a helpdesk id: the team an import was given for
        such rows is its team. A row whose ids are not mapped names someone (the mapping it
        lacks decides whom), so it is not one of them."""
        draft = self.draft
        return (
            draft is not None
            and draft.agent_id is None
            and draft.team_id is None
            and not self.unknown
        )

    @property
    def skipped(self) -> bool:
        """Not rated yet, without a comment or empty: counted, neither stored nor rejected."""
        return self.not_rated or self.no_comment or self.no_text or self.empty or self.total


def text_of(value: Any) -> str:
    """A cell as text: 12.0 -> "12" (XLSX/JSON ids, ratings), None -> "", -1e308 -> "-1e+308"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(text_of(v) for v in value)
    return str(value)


@lru_cache(maxsize=256)
def _columns(fmt: Format, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Field -> the record's keys holding it (several for a numbered alias, in their order);
    computed once per format and set of keys (a CSV or XLSX has one, JSON usually a few)."""
    by_normal: dict[str, str] = {}
    for key in keys:
        by_normal.setdefault(normal_name(key), key)
    return {
        field: tuple(by_normal[column] for column in columns)
        for field in fmt.columns
        if (columns := fmt.numbered(field, by_normal))
    }


def _last_filled(values: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the last of ``keys`` that holds one (the first key's where none does)."""
    if len(keys) == 1:
        return values[keys[0]]
    filled = [values[k] for k in keys if text_of(values[k]).strip()]
    return filled[-1] if filled else values[keys[0]]


class _Fields:
    """A record's values by field name of ``fmt`` (the first alias present winning): ``raw``
    as the file holds them, ``text`` as stripped text ("" when absent); a review's title is
    part of its ``text`` (:func:`~feedback.collect.files.titles.titled`)."""

    __slots__ = ("raw", "text")

    def __init__(self, fmt: Format, values: dict[str, Any]) -> None:
        columns = _columns(fmt, tuple(values)).items()
        self.raw = {f: _last_filled(values, keys) for f, keys in columns}
        self.text = {
            field: without_nul(value if type(value) is str else text_of(value)).strip()
            for field, value in self.raw.items()
        }
        if fmt.name == OWN_EXPORT:  # as stored: no guard, tokens, no markup read
            self.text = {field: unguarded(value) for field, value in self.text.items()}
            self.text["text"] = stored_placeholders(self.text.get("text", ""))
        elif comment := self.text.get("text"):
            plain = plain_comment(comment).strip()
            self.text["text"] = "" if no_answer(plain) else plain  # "N/A", "-": none
        if title := self.text.pop("title", ""):  # a review's: joined to its text
            self.text["text"] = titled(plain_comment(title).strip(), self.text.get("text", ""))


def date_cell(fmt: Format, record: Record) -> object:
    """What ``record`` holds in ``fmt``'s date column (None where it has none)."""
    keys = _columns(fmt, tuple(record.values)).get("date")
    return None if keys is None else _last_filled(record.values, keys)


def imported_text(fmt: Format, values: dict[str, Any]) -> str:
    """The text a record's quote has, as :func:`draft_row` reads it: a comment exported as
    HTML as the text it shows, a review's title joined to it ("Title. Text"); "" when none."""
    return _Fields(fmt, values).text.get("text", "")


def draft_row(
    record: Record,
    fmt: Format,
    resolver: Resolver,
    *,
    system: str,
    today: dt.date,
    numbers_are_ids: bool = False,
    row_keys: RowKeys | None = None,
    day_first: bool | None = None,
) -> Row:
    """The draft ``record`` gives in ``fmt`` (``system``: the helpdesk, for ids and mappings;
    ``numbers_are_ids``: a row's bare number is its id, see :func:`_external_id`;
    ``row_keys``: the file's, for the key of a dated or rated row without an id;
    ``day_first``: how the file writes "05/11/2026", where its rows have said)."""
    if record.problems:
        return Row(record.line, None, record.problems)
    fields = _Fields(fmt, record.values)
    # Our own export names each row's system (a helpdesk's, for its id): "" for a quote a
    # person handed in, which keeps the import's.
    system = fields.text.get("system") or system
    text = fields.text.get
    as_text = {column: text_of(value) for column, value in record.values.items()}
    if summary_row(as_text.values(), text("text", "")) or repeated_header(as_text):
        return Row(record.line, None, total=True)
    rating = read_rating(fmt, text("rating", ""), text("scale", ""), text("scale_from", ""))
    if rating == NOT_RATED or (rating is None and "rating" in fmt.requires):
        no_answer = rating is None and fmt.unrated == NO_ANSWER
        return Row(record.line, None, not_rated=True, no_answer=no_answer)
    problems: list[Problem] = [rating] if isinstance(rating, Problem) else []
    rated = rating if isinstance(rating, Rating) else None
    cut = rated is not None and _cut_to_fit(fields)
    problems.extend(_text_problems(text("text", "")))
    said_on = _date(fields, problems, today, day_first)
    agent_id, team_id, unknown = recipient(fields.text, resolver, system, problems)
    if rated is not None and not text("text", ""):
        # Its helpdesk ids are listed still: mapped, they serve the next import's comments.
        return Row(record.line, None, rating=rated, unknown=unknown, no_comment=True)
    if rating is None and not text("text", ""):
        # A survey's answer without a comment, its rating (if any) a question we do not read:
        # nothing to quote, as a rating without a comment; it was rejected with the web form's
        # "enter the customer's words". A row without any value is counted as empty.
        blank = not any(text_of(value).strip() for value in record.values.values())
        return Row(record.line, None, unknown=unknown, no_text=not blank, empty=blank)
    external_id = _external_id(fields, numbers_are_ids)
    if fmt.name == OWN_EXPORT and external_id and agent_id is None and team_id is None:
        # Its agent not named (no consent): the quote it is, if this store holds it.
        agent_id, team_id = resolver.stored_recipient(system, external_id)
    channel = channel_alias(text("channel", "").lower() or fmt.channel)
    if problems:
        # Every reason at once: a row rejected for its date names its unknown channel too.
        if channel not in Channel._value2member_map_:
            problems.append(Problem("channel", "unknown_channel", {"value": channel}))
        return Row(record.line, None, tuple(problems), rated, unknown=unknown)
    draft = QuoteDraft(
        text=text("text", ""),
        channel=channel,
        said_on=said_on,
        submitted_by=f"import:{system}",
        agent_id=agent_id,
        team_id=team_id,
        rating=rated.value if rated else None,
        rating_scale=rated.scale if rated else None,
        rating_from=rated.low if rated else 1,
        tags=_tags(fields.raw.get("tags")),
        source=Source.IMPORT,
        source_system=system,
        external_id=external_id,
        source_agent_ref=unmapped_agent(unknown),  # its mapping, saved later, credits it
        status=Status.ARCHIVED
        if rated and rated.polarity is not Polarity.POSITIVE
        else Status.PENDING,
    )
    dated = text("date", "")
    if row_keys is not None and draft.external_id is None and (rated or dated):
        when = moment(fields.raw["date"], today) if dated else ""
        if when and text("time", ""):  # a time column of its own: "Datum" and "Uhrzeit"
            when = with_time(when, fields.raw["time"])
        draft.row_key = row_keys.key(draft, when, unknown)
    return Row(record.line, draft, (), rated, unknown=unknown, shortened=cut)


def _cut_to_fit(fields: _Fields) -> bool:
    """Cut a rated comment too long for a quote after a whole word (marked), rather than
    lose its rating (:mod:`~feedback.collect.shorten`); True if cut. Its lines stay."""
    comment = fields.text.get("text", "")
    if len(comment) <= MAX_QUOTE_CHARS or len(normalize_text(comment)) <= MAX_QUOTE_CHARS:
        return False
    fields.text["text"] = shortened(normalize_lines(comment))
    return True


def _external_id(fields: _Fields, numbers_are_ids: bool) -> str | None:
    """The rating's id in its source system: a ticket's id; else a response's number with the
    form it belongs to ("4200001:114100000001", SurveyMonkey's collector and respondent);
    else the bare number ("ID" 1, 2, … of Microsoft Forms) only with ``numbers_are_ids`` (the
    import named the source system). Each form numbers its responses from 1: taken for an id,
    response 1 of a second form was "already present" and never imported. An id Excel wrote
    in its scientific notation ("7,81105E+12": a long number in a CSV saved by Excel) is no
    id: every rating whose id starts alike had it, and all but the first were "already
    present"; such a row is known by its content, as a row without an id."""
    text = fields.text.get
    if (ticket := text("id")) and not EXCEL_SCIENTIFIC.fullmatch(ticket):
        return ticket
    number = text("number")
    if not number:
        return None
    if form := text("form"):
        return f"{form}:{number}"
    return number if numbers_are_ids else None


def _text_problems(text: str) -> list[Problem]:
    if not text:
        return [Problem("text", "empty_text")]
    if len(text) > MAX_QUOTE_CHARS:
        # Normalising only ever shortens (white space, invisible characters); linear and cheap.
        length = len(normalize_text(text))
        if length > MAX_QUOTE_CHARS:
            return [Problem("text", "text_too_long", {"length": length, "limit": MAX_QUOTE_CHARS})]
    return []


def _date(
    fields: _Fields, problems: list[Problem], today: dt.date, day_first: bool | None
) -> dt.date:
    written = fields.text.get("date")
    if not written:
        return today
    raw = fields.raw["date"]
    day = parse_date(written if isinstance(raw, str) else raw, today, day_first)
    if day is None:
        either = slashed_order(written) == "either"
        code = "ambiguous_import_date" if either else "bad_import_date"
        problems.append(Problem("said_on", code, {"value": written}))
        return today
    if day > today:  # named as the file writes it, not as 2099-11-23; a workbook's date cell
        # holds a date and time ("9999-12-31 00:00:00"): named by its day
        shown = written if isinstance(raw, str) else day.isoformat()
        problems.append(Problem("said_on", "future_date", {"value": shown}))
    return day


def _tags(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [text_of(t).strip() for t in raw if text_of(t).strip()]
    text = text_of(raw).replace(";", ",")
    return [t.strip() for t in text.split(",") if t.strip()]
