"""The submit form's plain logic: form values -> drafts, pasted text -> blocks, results -> rows.

The form page reads its widgets into :class:`FormValues`, builds drafts here, and hands them to
the one submission pipeline (``feedback.collect.pipeline``). Nothing here stores anything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from feedback.domain import Channel, QuoteDraft, Source, Status
from feedback.i18n import t
from feedback.render.placeholders import shown_text

if TYPE_CHECKING:  # the pipeline module pulls in the analysers; the types are all we need
    from feedback.collect.pipeline import Prepared, SubmitResult
    from feedback.collect.validate import Problem

# Rating scales offered in the form: stars, school grades, NPS-like, percent.
RATING_SCALES: tuple[int, ...] = (5, 6, 10, 100)
# Why 80: one line of a results table; the full text is in the store.
_EXCERPT_CHARS = 80
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_TAG_SEPARATORS = re.compile(r"[,;\n]")


@dataclass(frozen=True, slots=True)
class FormValues:
    """What the submit form holds. ``agent_id`` None with a ``team_id`` praises a whole team."""

    text: str
    channel: str = Channel.EMAIL.value
    said_on: dt.date | None = None
    agent_id: int | None = None
    team_id: int | None = None
    rating: float | None = None
    rating_scale: int | None = None
    verbatim: bool | None = None
    tags: str = ""


@dataclass(frozen=True, slots=True)
class BlockOutcome:
    """One pasted block after submission: stored (with its id) or rejected (with reasons)."""

    number: int
    text: str  # as stored (placeholders as tokens), or as typed when not stored
    quote_id: int | None
    problems: tuple[Problem, ...]
    redacted: tuple[str, ...]

    @property
    def stored(self) -> bool:
        return self.quote_id is not None

    def reasons(self, lang: str) -> list[str]:
        """Why the block was rejected, in ``lang``."""
        return [problem.message(lang) for problem in self.problems]


def split_blocks(raw: str) -> list[str]:
    """Pasted text -> one quote per block; blocks are separated by blank lines.

    Line breaks inside a block are kept here, but the pipeline's normalising joins a single
    break into a space (the form's help says so); blocks that are only whitespace are dropped.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [block.strip() for block in _BLANK_LINE.split(text) if block.strip()]


def parse_tags(raw: str) -> list[str]:
    """'Lob, Rückruf; lob' -> ['Lob', 'Rückruf']: split on , ; or newlines, a leading '#'
    dropped, duplicates (ignoring case) removed, order kept."""
    seen: dict[str, str] = {}
    for part in _TAG_SEPARATORS.split(raw):
        tag = part.strip().lstrip("#").strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


def build_draft(values: FormValues, *, submitted_by: str, today: dt.date) -> QuoteDraft:
    """The draft the pipeline validates. A rating without a scale keeps the scale empty, so the
    pipeline reports it; verbatim only applies to phone quotes."""
    return QuoteDraft(
        text=values.text,
        channel=values.channel,
        said_on=values.said_on or today,
        submitted_by=submitted_by,
        agent_id=values.agent_id,
        team_id=values.team_id,
        rating=values.rating,
        rating_scale=values.rating_scale if values.rating is not None else None,
        tags=parse_tags(values.tags),
        source=Source.MANUAL,
        verbatim=values.verbatim if values.channel == Channel.PHONE.value else None,
        status=None,  # the pipeline decides: manual quotes wait for moderation
    )


def build_drafts(
    blocks: Sequence[str], common: FormValues, *, submitted_by: str, today: dt.date
) -> list[QuoteDraft]:
    """One draft per pasted block, all sharing the form's other values."""
    return [
        build_draft(replace(common, text=block), submitted_by=submitted_by, today=today)
        for block in blocks
    ]


def excerpt(text: str, limit: int = _EXCERPT_CHARS) -> str:
    """The first ``limit`` characters on one line, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def redacted_kinds(prepared: Prepared) -> tuple[str, ...]:
    """The kinds of personal data removed (``email``, ``phone`` ...), each once, in order."""
    kinds = (str(getattr(f.kind, "value", f.kind)) for f in prepared.redaction.findings)
    return tuple(dict.fromkeys(kinds))


def block_outcomes(results: Sequence[SubmitResult]) -> list[BlockOutcome]:
    """Per-block rows for the "paste several" result table (numbers start at 1)."""
    return [
        BlockOutcome(
            number=index,
            text=result.prepared.text or result.prepared.draft.text,
            quote_id=result.quote_id,
            problems=result.prepared.problems,
            redacted=redacted_kinds(result.prepared),
        )
        for index, result in enumerate(results, start=1)
    ]


def visible_problems(prepared: Prepared, lang: str, *, attempted: bool) -> list[str]:
    """Messages to show under the live preview. Before the first save attempt an empty or a
    still too short text or a praised person not yet chosen is no error (nobody wants red text
    while still typing), and the duplicate gets its own warning."""
    hidden = {"duplicate", "duplicate_external"}
    if not attempted:
        hidden.update({"empty_text", "text_too_short", "missing_recipient"})
    return [p.message(lang) for p in prepared.problems if p.code not in hidden]


def save_only_problems(saved: Sequence[Problem], preview: Prepared, lang: str) -> list[str]:
    """Messages of a failed save's problems that the preview of the same draft does not show
    (it checks the draft again, but cannot know that the store failed)."""
    shown = {(p.field, p.code) for p in preview.problems}
    return [p.message(lang) for p in saved if (p.field, p.code) not in shown]


def saved_message_key(status: str | None) -> str:
    """Where the new card will appear: approved quotes go straight to the wall."""
    return "submit.saved_approved" if status == Status.APPROVED.value else "submit.saved_pending"


def summary(outcomes: Sequence[BlockOutcome], lang: str) -> str:
    """'3 stored, 1 rejected' in the UI language."""
    stored = sum(o.stored for o in outcomes)
    return t("submit.many_summary", lang, stored=stored, rejected=len(outcomes) - stored)


def outcome_rows(outcomes: Sequence[BlockOutcome], lang: str) -> list[dict[str, object]]:
    """Rows for the result table: block number, what happened, and the start of the text."""
    rows: list[dict[str, object]] = []
    for outcome in outcomes:
        if outcome.stored:
            result = t("submit.block_stored", lang, quote_id=outcome.quote_id)
            if outcome.redacted:
                kinds = ", ".join(_redaction_label(kind, lang) for kind in outcome.redacted)
                result += " · " + t("submit.block_redacted", lang, kinds=kinds)
        else:
            result = t("submit.block_rejected", lang, reasons=" ".join(outcome.reasons(lang)))
        rows.append(
            {
                t("submit.col_block", lang): outcome.number,
                # before the text: on a phone the table scrolls, and the result must show
                t("submit.col_result", lang): ("✅ " if outcome.stored else "⛔ ") + result,
                # "[Telefonnummer]", not the stored token "[PHONE]"
                t("submit.col_text", lang): excerpt(shown_text(outcome.text, lang, no_break=False)),
            }
        )
    return rows


def rejection_lines(outcomes: Sequence[BlockOutcome], lang: str) -> list[str]:
    """One line per rejected block, "No. 3: not stored: …", in full: the table cuts long
    reasons off on a phone, and a rejected block must say why where it can be read."""
    return [
        f"{t('submit.col_block', lang)} {outcome.number}: "
        + t("submit.block_rejected", lang, reasons=" ".join(outcome.reasons(lang)))
        for outcome in outcomes
        if not outcome.stored
    ]


def _redaction_label(kind: str, lang: str) -> str:
    try:
        return t(f"common.redaction_{kind}", lang)
    except KeyError:
        return kind
