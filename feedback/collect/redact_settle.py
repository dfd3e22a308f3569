"""Folding a reading of the redacted text back into the findings on the original.

``redact`` looks again at its own output as a second call would, with no span protected.
A replacement can make a new context ("Herr HerrDr. Nummer O'Neill" → "Herr H. Nummer
O'Neill", now a title, an initial and a name): what that reading chooses is applied here, and a
finding it overlaps is folded into the new one, so the findings keep exact spans in the final
text and their originals are the customer's own words, never an earlier placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from feedback.collect.redact_patterns import Candidate, RedactionKind


class Replaced(Protocol):
    """What ``redact.Finding`` holds: a replacement's span in the text and its original."""

    @property
    def kind(self) -> RedactionKind: ...
    @property
    def original(self) -> str: ...
    @property
    def replacement(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# (kind, original, replacement, start, end): one finding in the settled text.
Settled = tuple[RedactionKind, str, str, int, int]


def _groups(
    chosen: Sequence[Candidate], findings: Sequence[Replaced]
) -> list[tuple[int, int, list[Candidate], list[Replaced]]]:
    """Spans of ``text`` to rewrite: each chosen candidate widened to the findings it overlaps,
    candidates merged where the widening makes them meet."""
    groups: list[tuple[int, int, list[Candidate], list[Replaced]]] = []
    for c in chosen:
        start, end = c.start, c.end
        touched = [f for f in findings if f.start < end and f.end > start]
        start = min([start, *(f.start for f in touched)])
        end = max([end, *(f.end for f in touched)])
        if groups and groups[-1][1] > start:
            g_start, g_end, g_chosen, g_found = groups.pop()
            start, end = min(start, g_start), max(end, g_end)
            touched = [*g_found, *(f for f in touched if f not in g_found)]
            groups.append((start, end, [*g_chosen, c], touched))
        else:
            groups.append((start, end, [c], touched))
    return groups


def _original(text: str, start: int, end: int, found: list[Replaced]) -> str:
    """``text[start:end]`` with each earlier finding's replacement put back to its original."""
    parts: list[str] = []
    cursor = start
    for f in sorted(found, key=lambda f: f.start):
        parts += [text[cursor : f.start], f.original]
        cursor = f.end
    parts.append(text[cursor:end])
    return "".join(parts)


def settle(
    text: str, findings: Sequence[Replaced], chosen: Sequence[Candidate]
) -> tuple[str, list[Settled]]:
    """Apply ``chosen`` (non-overlapping, in text order) to ``text``, whose earlier findings
    are ``findings``; return the new text and every finding in it, in text order."""
    groups = _groups(chosen, findings)
    folded = {id(f) for *_, found in groups for f in found}
    untouched = sorted((f for f in findings if id(f) not in folded), key=lambda f: f.start)
    parts: list[str] = []
    settled: list[Settled] = []
    cursor = shift = u = 0  # shift: length change so far (new position = old + shift)
    for start, end, group, found in groups:
        while u < len(untouched) and untouched[u].end <= start:
            f = untouched[u]
            settled.append((f.kind, f.original, f.replacement, f.start + shift, f.end + shift))
            u += 1
        pieces: list[str] = []
        inner = start
        for c in group:
            pieces += [text[inner : c.start], c.replacement]
            inner = c.end
        pieces.append(text[inner:end])
        replacement = "".join(pieces)
        at = start + shift
        original = _original(text, start, end, found)
        settled.append((group[0].kind, original, replacement, at, at + len(replacement)))
        parts += [text[cursor:start], replacement]
        shift += len(replacement) - (end - start)
        cursor = end
    for f in untouched[u:]:
        settled.append((f.kind, f.original, f.replacement, f.start + shift, f.end + shift))
    parts.append(text[cursor:])
    return "".join(parts), settled
