"""What the customer did, in the agent check (``agent_context``): a cue that tells how fast the
customer bought ("ordered three more boxes, straight away") is no one's service."""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze import agent_words as words
from feedback.analyze.agent_people import first_name, serves
from feedback.analyze.agent_words import Lists
from feedback.analyze.theme_keywords import fold

# How far before the cue a purchase may stand: "ordered three more boxes , straight - away".
_REACH = 8


def customer_bought(
    tokens: Sequence[str], start: int, sentence: tuple[int, int], lists: Lists
) -> bool:
    """True when a word of the customer's purchase (``buys``: "ordered", "bestellt") stands up
    to eight tokens before the cue in its sentence, the customer ("I", "ich": ``subjects``)
    before it, and nobody who served, no pronoun and no first name between the purchase and the
    cue: "I ... ordered three more boxes, straight away", "ich habe sofort nachbestellt";
    "I ordered a router and she set it up right away" keeps its credit."""
    lo = sentence[0]
    for j in range(start - 1, max(lo, start - _REACH) - 1, -1):
        form = fold(tokens[j])
        if form in lists.buys:
            return any(fold(tokens[k]) in lists.self_subjects for k in range(lo, j))
        kind = lists.kind(tokens[j])
        if (
            (kind == words.AGENT and serves(tokens, j, lists))
            or (kind == words.PRONOUN and form not in ("it", "es"))
            or (kind == words.OTHER and first_name(tokens, j))
        ):
            return False
    return False
