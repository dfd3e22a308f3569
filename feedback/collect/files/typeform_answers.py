"""Typeform's responses (``GET /forms/{form_id}/responses``, the responses under ``items``):
the rating and the comment as columns of their own. Pure, no I/O.

Source: typeform.com/developers/responses/JSON-response-explanation. A response holds its
answers in a list, one object per question answered: ``field`` names the question (its
``id``, its ``ref`` and its question ``type``), ``type`` names the answer's kind and the key
that holds it (``"type": "number", "number": 3``). The rating is the first answer to a
``rating`` question (stars, a number); the customer's words are the answers to ``long_text``
questions. Every other answer is left out: a ``short_text`` question usually asks for a name
("Lian" in Typeform's own example), others for an e-mail address or a phone number. Hidden
fields (``hidden``: values the link carried, such as the agent's id) and ``metadata`` are
objects: flattened as any other (``hidden.agent_id``). A list of answers is no column a format
can name, so the response gains ``answers.rating.number`` and ``answers.long_text.text``
(formats.toml, ``typeform``) in place of the list; every response gains both, empty where it
has no such answer, so that the file's columns do not depend on its first rows.
"""

from __future__ import annotations

from typing import Any

__all__ = ["RATING", "TEXT", "with_typeform_answers"]

RATING = "answers.rating.number"
TEXT = "answers.long_text.text"


def with_typeform_answers(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` with its answers lifted into columns if it is a Typeform response (a list of
    answers, each naming its question under ``field``); anything else unchanged."""
    answers = value.get("answers")
    if not isinstance(answers, list) or not answers:
        return value
    if not all(_question(a) for a in answers):
        return value
    rating = next((a.get("number") for a in answers if _question(a) == "rating"), None)
    words = [a.get("text") for a in answers if _question(a) == "long_text"]
    comment = "\n".join(w.strip() for w in words if isinstance(w, str) and w.strip())
    kept = {k: v for k, v in value.items() if k != "answers"}
    return {**kept, RATING: rating, TEXT: comment or None}


def _question(answer: Any) -> str | None:
    """The type of the question ``answer`` answers, if it names one as Typeform does."""
    if not isinstance(answer, dict):
        return None
    field = answer.get("field")
    if not isinstance(field, dict) or not isinstance(field.get("type"), str):
        return None
    return str(field["type"]) if "id" in field else None
