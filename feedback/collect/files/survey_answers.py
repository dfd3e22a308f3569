"""Zendesk's CSAT survey responses (``GET /api/v2/guide/survey_responses``): the rating and
the comment as columns of their own. Pure, no I/O.

A response holds its answers in a list, one object per question, each with a ``type``: the
rating is the ``rating_scale`` answer's ``rating`` (1 to 5 on the usual survey), the
customer's words are the ``open_ended`` answers' ``value``s; ``closed_ended`` (a chosen reason)
and ``skipped`` answers carry nothing to quote. The ticket is the subject of type ``ticket``
(``"subjects": [{"id": "99", "type": "ticket", ...}]``, also written as ``zen:ticket:99`` in
``subject_zrns``). A list of answers is no column a format can name, so the response gains
``answers.rating``, ``answers.comment``, ``answers.created_at`` and ``subjects.ticket``
(formats.toml, ``zendesk_survey_responses``) in place of the list; every response gains all
four, empty where it has no such answer, so that the file's columns do not depend on its first
rows.
"""

from __future__ import annotations

from typing import Any

__all__ = ["with_answers"]

_RATING = "rating_scale"
_OPEN = "open_ended"
_TICKET_ZRN = "zen:ticket:"
_ANSWER_TYPES = frozenset({_RATING, _OPEN, "closed_ended", "skipped"})


def with_answers(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` with its answers lifted into columns if it is a Zendesk survey response (a
    list of answers of Zendesk's types under ``answers``); anything else unchanged."""
    answers = value.get("answers")
    if not isinstance(answers, list) or not answers:
        return value
    typed = [a for a in answers if isinstance(a, dict) and a.get("type") in _ANSWER_TYPES]
    if len(typed) != len(answers):  # another survey tool's answers (Typeform's "choice" …)
        return value
    rated = next((a for a in typed if a["type"] == _RATING), None)
    words = [a.get("value") for a in typed if a["type"] == _OPEN]
    comment = "\n".join(w.strip() for w in words if isinstance(w, str) and w.strip())
    lifted = {
        "answers.rating": rated.get("rating") if rated else None,
        "answers.comment": comment or None,
        "answers.created_at": (rated or {}).get("created_at") or value.get("created_at"),
        "subjects.ticket": _ticket(value),
    }
    # The list itself goes: as a column it was one long cell of JSON in the import preview.
    return {**{k: v for k, v in value.items() if k != "answers"}, **lifted}


def _ticket(value: dict[str, Any]) -> str | None:
    subjects = value.get("subjects")
    for subject in subjects if isinstance(subjects, list) else ():
        if isinstance(subject, dict) and subject.get("type") == "ticket" and subject.get("id"):
            return str(subject["id"])
    zrns = value.get("subject_zrns")
    for zrn in zrns if isinstance(zrns, list) else ():
        if isinstance(zrn, str) and zrn.startswith(_TICKET_ZRN):
            return zrn.removeprefix(_TICKET_ZRN)
    return None
