""" "Without you I would have been lost": the loss is what did not happen, thanks to someone.

"Ohne Ihre Hilfe wäre ich verzweifelt", "Without Sarah I'd still be stuck on hold", "Ohne Sie
hätte ich das nie geschafft" are among the warmest thank-yous a contact centre gets, and every
word in them that carries a mood is a loss: "lost", "verzweifelt", "stuck on hold", "nie
geschafft". Scored word by word they read as complaints.

The pass finds "ohne" / "without" followed, within :data:`REACH` tokens, by someone who helped
(a pronoun of address, a title, a help noun or a capitalised first name), in a sentence that
says what would have happened (a conditional: "wäre", "hätte", "would", "I'd"). That sentence,
up to a contrast word, is then read as praise: "without you" is praise (:data:`VALENCE`), and
each loss in the sentence adds its weight to it, so that the evidence names "Ohne Herrn
Wagner", not "verzweifelt" lifting the mood.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item
from feedback.first_names import is_first_name

VALENCE = 2.0
REACH = 3  # tokens after "ohne" / "without" in which the helper must be named
WITHOUT = frozenset({"ohne", "without", "w/o"})
_HELPER = frozenset(
    {
        # German: address, titles, help and the people who give it
        "sie", "ihre", "ihren", "ihrer", "ihrem", "ihr", "dich", "dein", "deine", "deinen",
        "deiner", "euch", "eure", "euren", "eurer", "ihn", "herr", "herrn", "frau", "hilfe",
        "unterstützung", "einsatz", "kollegin", "kollege", "kollegen", "mitarbeiterin",
        "mitarbeiter", "team", "beratung",
        # English
        "you", "your", "yours", "u", "ur", "him", "her", "them", "their", "y'all", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "miss", "help", "support", "assistance", "agent",
        "colleague", "guys",
    }
)  # fmt: skip
TITLES = frozenset({"herr", "herrn", "frau", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"})
# Words that start the rest of the sentence, not the helper's name ("Without Sarah I'd …")
_PRONOUNS = frozenset({"i", "i'd", "i’d", "ich", "we", "wir", "sie", "you", "she", "he", "es"})
# Contrast words that turn to another matter ("…, but the app is still broken")
_TURNS = frozenset({"but", "however", "yet", "aber", "jedoch", "allerdings", "doch"})
_CONDITIONAL = frozenset(
    {
        "wäre", "wären", "wär", "hätte", "hätten", "hätt", "würde", "würden", "wüsste",
        "wüssten", "könnte", "könnten", "müsste", "müssten",
        "would", "wouldn't", "wouldnt", "would've", "could", "couldn't", "couldnt", "could've",
        "might", "i'd", "we'd", "i’d", "we’d",
    }
)  # fmt: skip


def _helper_end(tokens: Sequence[str], low: Sequence[str], j: int, sent: int,
                sent_of: Sequence[int]) -> int:  # fmt: skip
    """End (exclusive) of the helper's words from ``j`` on: "your help", "Herrn Wagner"."""
    named = tokens[j][:1].isupper() and is_first_name(tokens[j])
    end = j + 1
    while end < len(low) and end <= j + 2 and sent_of[end] == sent:
        word = low[end]
        if word in _PRONOUNS:
            break
        if word in _HELPER or ((named or low[j] in TITLES) and tokens[end][:1].isupper()):
            end += 1
        else:
            break
    return end


def _helper_after(tokens: Sequence[str], low: Sequence[str], q: int, sent: int,
                  sent_of: Sequence[int]) -> int:  # fmt: skip
    """End (exclusive) of the helper named right after "without" at ``q``; 0 when none."""
    for j in range(q + 1, min(q + 1 + REACH, len(low))):
        if sent_of[j] != sent or not low[j][:1].isalpha():
            return 0
        if low[j] in _HELPER or (tokens[j][:1].isupper() and is_first_name(tokens[j])):
            return _helper_end(tokens, low, j, sent, sent_of)
    return 0


def without_you(
    tokens: Sequence[str],
    low: Sequence[str],
    items: list[Item],
    sent_of: Sequence[int],
    contrast: dict[int, int],
    used: Sequence[bool],
) -> None:
    """Read each "without you, … would …" sentence as praise (in place); ``used[q]``: the token
    at ``q`` is already part of a matched phrase ("would have done without you")."""
    for q, word in enumerate(low):
        if word not in WITHOUT:
            continue
        sent = sent_of[q]
        end = _helper_after(tokens, low, q, sent, sent_of)
        if not end or not any(
            low[k] in _CONDITIONAL for k in range(len(low)) if sent_of[k] == sent
        ):
            continue
        cut = contrast.get(sent)
        if cut is not None and low[cut] not in _TURNS:
            cut = None  # "I'd still be stuck": "still" turns nothing here
        gain = VALENCE
        for it in items:
            if (
                it.valence < 0
                and sent_of[it.start] == sent
                and (cut is None or (it.start < cut) == (q < cut))
            ):
                gain -= it.valence
                it.valence = 0.0
        holder = next((it for it in items if it.start <= q < it.end), None) if used[q] else None
        if holder is not None:
            holder.valence += gain - VALENCE  # "would have done without you" is praise already
        else:
            items.append(Item(q, end, gain, " ".join(low[q:end])))
            items.sort(key=lambda it: it.start)
