"""Typeform's responses (``GET /forms/{form_id}/responses``, the responses under ``items``):
the rating and the comment as columns of their own. Pure, no I/O.

Source: typeform.com/developers/responses/JSON-response-explanation. A response holds its
answers in a list, one object per question answered: ``field`` names the question (its
``id``, its ``ref`` and its question ``type``), ``type`` names the answer's kind and the key
that holds it (``"type": "number", "number": 3``). The rating is the first answer to a
``rating`` question (stars, a number), else to an ``opinion_scale`` question (a number on a
scale from 0, 0 to 10 unless the form says otherwise: the NPS's "how likely ... recommend");
the customer's words are the answers to ``long_text`` questions. Every other answer is left
out: a ``short_text`` question usually asks for a name ("Lian" in Typeform's own example),
others for an e-mail address or a phone number. Hidden fields (``hidden``: values the link
carried, such as the agent's id) and ``metadata`` are objects: flattened as any other
(``hidden.agent_id``).

A response does not say its question's steps; the form's definition does
(typeform.com/developers/create/reference/retrieve-form: a field's ``properties.steps``, and
an opinion scale's ``properties.start_at_one``), and a webhook's ``form_response`` carries it
as ``definition`` (typeform.com/developers/webhooks/example-payload; a log of webhook payloads
is read response by response). A response with such a definition (``definition.fields``)
reads its rating on the scale it names: an opinion scale of ``steps`` from 0 (``steps - 1`` at
the top) or from 1, a rating of 1 to ``steps``. Without one, a rating is on the format's 5 and
an opinion scale on 0 to 10.

A list of answers is no column a format can name, so the response gains
``answers.rating.number``, ``answers.rating.scale``, ``answers.rating.from`` and
``answers.long_text.text`` (formats.toml, ``typeform``) in place of the list; every response
gains all four, empty where it has no such answer, so that the file's columns do not depend
on its first rows.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FROM", "RATING", "SCALE", "TEXT", "with_typeform_answers"]

RATING = "answers.rating.number"
SCALE = "answers.rating.scale"
FROM = "answers.rating.from"
TEXT = "answers.long_text.text"
_RATED = ("rating", "opinion_scale")
_OPINION_STEPS = 11  # Typeform's default opinion scale: 0 to 10


def with_typeform_answers(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` with its answers lifted into columns if it is a Typeform response (a list of
    answers, each naming its question under ``field``), or a webhook's payload holding one
    (``"event_type": "form_response"``, the response under ``form_response``); anything else
    unchanged."""
    if value.get("event_type") == "form_response" and isinstance(value.get("form_response"), dict):
        value = value["form_response"]
    answers = value.get("answers")
    if not isinstance(answers, list) or not answers:
        return value
    if not all(_question(a) for a in answers):
        return value
    rated = next((a for kind in _RATED for a in answers if _question(a) == kind), None)
    scale, low = _scale(rated, _properties(value)) if rated else (None, None)
    words = [a.get("text") for a in answers if _question(a) == "long_text"]
    comment = "\n".join(w.strip() for w in words if isinstance(w, str) and w.strip())
    kept = {k: v for k, v in value.items() if k not in ("answers", "definition")}
    rating = rated.get("number") if rated else None
    return {**kept, RATING: rating, SCALE: scale, FROM: low, TEXT: comment or None}


def _scale(answer: dict[str, Any], properties: dict[str, dict[str, Any]]) -> tuple[Any, Any]:
    """(top, lower bound) of the question ``answer`` answers, or (None, None) for a rating
    question the definition leaves unnamed (read on the format's scale)."""
    field = answer["field"]
    named = properties.get(str(field["id"]), {})
    steps = named.get("steps")
    if field["type"] == "rating":
        return (steps, 1) if isinstance(steps, int) else (None, None)
    low = 1 if named.get("start_at_one") is True else 0
    steps = steps if isinstance(steps, int) else _OPINION_STEPS
    return steps - 1 + low, low


def _properties(value: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The properties of each question of the form's definition the response carries (a
    webhook's ``form_response``), by the question's id; empty without one."""
    definition = value.get("definition")
    fields = definition.get("fields") if isinstance(definition, dict) else None
    found: dict[str, dict[str, Any]] = {}
    for field in fields if isinstance(fields, list) else ():
        if isinstance(field, dict) and "id" in field and isinstance(field.get("properties"), dict):
            found[str(field["id"])] = field["properties"]
    return found


def _question(answer: Any) -> str | None:
    """The type of the question ``answer`` answers, if it names one as Typeform does."""
    if not isinstance(answer, dict):
        return None
    field = answer.get("field")
    if not isinstance(field, dict) or not isinstance(field.get("type"), str):
        return None
    return str(field["type"]) if "id" in field else None
