""" "Es wäre schön, wenn man mal zurückgerufen würde": the condition of a wish frame is wished
for, not had, so its theme cues credit no one.

A request opener of the themes ("wäre schön", "would be nice", "würde mich freuen") reaches its
``request_window`` of words. When a condition follows it ("wenn", "falls", "dass", "if"), the whole
condition up to the sentence's end is the wish: "It would be nice if someone had called me back
within the week" credits reliability to nobody, however long the condition is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Words that open a wished-for condition; the sentiment's wish frames read them too
# (sentiment/wish_frames.py).
CONDITIONS = frozenset({"wenn", "falls", "dass", "daß", "if"})
_BETWEEN = frozenset({",", "it", "es"})  # "wäre schön, wenn", "would appreciate it if"
_SENTENCE_ENDS = frozenset(".!?…")


def wished(tokens: Sequence[str], request_ends: Iterable[int]) -> set[int]:
    """Positions of the conditions that follow the request openers ending at ``request_ends``,
    each up to its sentence's end."""
    out: set[int] = set()
    n = len(tokens)
    for end in request_ends:
        k = end + 1
        while k < n and k <= end + 2 and tokens[k].lower() in _BETWEEN:
            k += 1
        if k >= n or tokens[k].lower() not in CONDITIONS:
            continue
        while k < n and not (tokens[k] and tokens[k][0] in _SENTENCE_ENDS):
            out.add(k)
            k += 1
    return out
