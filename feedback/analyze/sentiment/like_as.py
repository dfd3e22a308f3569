""" "Tastes just like the real thing": "like" after no subject compares, it likes nothing.

VADER scores "like" as the verb (+2.0; ours +1.2, lexicon_en.tsv), but in reviews and tweets it
is mostly the preposition: "the screen was changing like crazy", "feels like it could break",
"my plane sounds like a DJ scratching", "examples like those case studies". "like" is the verb
when a subject stands before it, perhaps with adverbs or auxiliaries between ("I really like",
"the kids do like them", "we'd like", "hard not to like"), or when it opens the sentence ("Like
the new app"); otherwise it counts nothing. "liked" and "likes" are always verbs.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

LIKE = "like"
# Words between a subject and its verb: skipped when looking back from "like".
_BETWEEN = frozenset(
    {
        "really", "also", "just", "actually", "truly", "definitely", "genuinely", "still",
        "always", "quite", "so", "very", "particularly", "especially", "kinda", "do", "does",
        "did", "don't", "doesn't", "didn't", "dont", "doesnt", "didnt", "would", "could",
        "should", "will", "may", "might", "not", "never", "all", "both", "totally", "honestly",
        "simply", "usually", "generally", "certainly", "surely", "absolutely", "too", "n't",
        "won't", "wouldn't",
    }
)  # fmt: skip
# Subjects (and "to": "easy to like") that make the next "like" a verb.
_SUBJECTS = frozenset(
    {
        "i", "we", "you", "they", "he", "she", "who", "u", "ya", "people", "everyone",
        "everybody", "anyone", "anybody", "nobody", "someone", "somebody", "kids", "children",
        "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "i'll", "we'll", "you'll", "they'll",
        "im", "i'm", "family", "wife", "husband", "son", "daughter", "dog", "dogs", "cat", "cats",
        "customers", "folks", "guests", "many", "most", "some", "to",
    }
)  # fmt: skip


def compared(items: list[Item], low: Sequence[str], sent_of: Sequence[int]) -> None:
    """Zero each "like" that follows no subject in its sentence (in place)."""
    for it in items:
        if it.end - it.start != 1 or low[it.start] != LIKE or it.valence <= 0:
            continue
        k = it.start - 1
        while k >= 0 and sent_of[k] == sent_of[it.start] and low[k] in _BETWEEN:
            k -= 1
        if k < 0 or sent_of[k] != sent_of[it.start] or not low[k][0].isalnum():
            continue  # the sentence (or a clause after a break) opens with it: a verb
        if low[k] not in _SUBJECTS:
            it.valence = 0.0
