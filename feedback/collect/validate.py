"""Step 1 of the submission pipeline: check a draft and say what is wrong, in both languages."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from feedback.collect.redact import Redaction
from feedback.domain import (
    MAX_QUOTE_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MIN_QUOTE_LETTERS,
    Channel,
    QuoteDraft,
    Source,
)
from feedback.i18n import format_number, t
from feedback.render.hidden import hidden_characters

# Parameters that are amounts, written in the reader's language (131.072 in German).
_AMOUNTS = frozenset({"length", "limit", "count", "found", "expected"})
# A value from the row (a rating, a date, an agent) is cut to this many characters in a message:
# a 100,000-character rating cell was repeated whole in the rejected row's message.
_SHOWN_VALUE = 60
_CUT_KEYS = frozenset({"value", "system", "column", "element"})
# Why 2..100: real scales are stars (5), school grades (6), NPS (10) or percentages (100).
_MIN_SCALE, _MAX_SCALE = 2, 100


# Problems that name the quote already there: its number, or "#n" for an earlier block or row.
_DUPLICATES = frozenset({"duplicate", "duplicate_external"})
# Problems with a singular message ("<code>_one") for a count of one.
_COUNTED = frozenset({"extra_columns"})


@dataclass(frozen=True, slots=True)
class Problem:
    """One rejected field: ``code`` names a message in ``validation.toml``."""

    field: str
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def message(self, lang: str | None) -> str:
        params = {
            key: format_number(value, lang)
            if key in _AMOUNTS and isinstance(value, int) and not isinstance(value, bool)
            else _shown(value)
            if key in _CUT_KEYS
            else value
            for key, value in self.params.items()
        }
        if self.code in _DUPLICATES and str(self.params.get("quote_id", "")).startswith("#"):
            # A repeat inside the same paste or file: "(#2)", not "(Nr. #2)" as if it were the
            # number of a stored quote.
            return t(f"validation.{self.code}_earlier", lang, **params)
        if self.code == "unknown_channel":
            # the channels as the reader knows them from the app, not our codes
            allowed = ", ".join(t(f"common.channel_{c.value}", lang) for c in Channel)
            params = {**params, "allowed": allowed}
        if self.code in _COUNTED and self.params.get("count") == 1:
            return t(f"validation.{self.code}_one", lang, **params)  # "1 Wert", not "1 Werte"
        return t(f"validation.{self.code}", lang, **params)


def _shown(value: Any) -> Any:
    """A row's value as a message names it: a long text cut ("xxx…"), anything else as it is."""
    if isinstance(value, str) and len(value) > _SHOWN_VALUE + 1:
        return value[:_SHOWN_VALUE] + "…"
    return value


def validate_draft(
    draft: QuoteDraft,
    normalized_text: str,
    *,
    agent_ids: Collection[int],
    team_ids: Collection[int],
    today: dt.date,
) -> list[Problem]:
    """All problems of ``draft`` at once, so a form or an import row can show them together."""
    problems: list[Problem] = []
    if not normalized_text:
        problems.append(Problem("text", "empty_text"))
    elif draft.source is Source.MANUAL and too_short(normalized_text):
        problems.append(Problem("text", "text_too_short", {"limit": MIN_QUOTE_LETTERS}))
    elif len(normalized_text) > MAX_QUOTE_CHARS:
        problems.append(
            Problem(
                "text", "text_too_long", {"length": len(normalized_text), "limit": MAX_QUOTE_CHARS}
            )
        )
    if draft.channel not in Channel._value2member_map_:
        allowed = ", ".join(c.value for c in Channel)
        problems.append(
            Problem("channel", "unknown_channel", {"value": draft.channel, "allowed": allowed})
        )
    if draft.said_on > today:
        problems.append(Problem("said_on", "future_date", {"value": draft.said_on.isoformat()}))
    if draft.agent_id is not None and draft.agent_id not in agent_ids:
        problems.append(Problem("agent", "unknown_agent", {"value": draft.agent_id}))
    if draft.team_id is not None and draft.team_id not in team_ids:
        problems.append(Problem("team", "unknown_team", {"value": draft.team_id}))
    if draft.agent_id is None and draft.team_id is None:
        problems.append(Problem("agent", "missing_recipient"))
    if not draft.submitted_by.strip():
        problems.append(Problem("submitted_by", "missing_submitter"))
    elif hidden_characters(draft.submitted_by):
        # "--by" on the command line: a byte that is no UTF-8 arrives as a lone surrogate,
        # which the store cannot write (it raised a traceback).
        problems.append(Problem("submitted_by", "bad_submitter"))
    problems.extend(_rating_problems(draft))
    problems.extend(_tag_problems(draft.tags))
    if draft.external_id and not draft.source_system:
        problems.append(Problem("external_id", "external_id_without_system"))
    return problems


def _rating_problems(draft: QuoteDraft) -> list[Problem]:
    if draft.rating is None:
        return []
    if draft.rating_scale is None:
        return [Problem("rating", "rating_without_scale")]
    if not _MIN_SCALE <= draft.rating_scale <= _MAX_SCALE:
        return [Problem("rating_scale", "bad_rating_scale", {"value": draft.rating_scale})]
    if draft.rating_from not in (0, 1):
        return [Problem("rating_from", "bad_rating_from", {"value": draft.rating_from})]
    if not draft.rating_from <= draft.rating <= draft.rating_scale:
        return [
            Problem(
                "rating",
                "rating_out_of_range",
                {"value": draft.rating, "scale": draft.rating_scale, "low": draft.rating_from},
            )
        ]
    return []


def _tag_problems(tags: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    if len(tags) > MAX_TAGS:
        problems.append(Problem("tags", "too_many_tags", {"limit": MAX_TAGS}))
    problems.extend(
        Problem("tags", "tag_too_long", {"value": tag[:20] + "…", "limit": MAX_TAG_CHARS})
        for tag in tags
        if len(tag) > MAX_TAG_CHARS
    )
    return problems


def only_personal_data(redaction: Redaction) -> bool:
    """Whether too little is left to be praise once the personal data is taken out: a text
    that was only an e-mail address would be stored as "[EMAIL]"."""
    if not redaction.findings:
        return False
    kept: list[str] = []
    cursor = 0
    for finding in sorted(redaction.findings, key=lambda f: f.start):
        kept.append(redaction.text[cursor : finding.start])
        cursor = max(cursor, finding.end)
    kept.append(redaction.text[cursor:])
    return too_short(" ".join(kept))


def too_short(text: str) -> bool:
    """Fewer letters than :data:`MIN_QUOTE_LETTERS`, and no emoji that says it ("👍👍")."""
    if sum(ch.isalpha() for ch in text) >= MIN_QUOTE_LETTERS:
        return False
    return not any(unicodedata.category(ch) == "So" for ch in text)
