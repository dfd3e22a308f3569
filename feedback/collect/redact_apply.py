"""Putting chosen candidates into the text, and what each replacement was.

Every pass of ``redact`` applies its chosen candidates here. The passes that protect earlier
findings choose nothing that overlaps them; the closing reading of ``redact`` looks at its own
output as a second call would, with no span protected ("Herr HerrDr. Nummer O'Neill" gave
"Herr H. Nummer O'Neill", now a title, an initial and a name). A finding that a chosen
candidate overlaps is folded into the new one, so the findings keep exact spans in the final
text and their originals are the customer's own words, never an earlier placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback.collect.redact_patterns import Candidate, RedactionKind

__all__ = ["Finding", "apply_chosen"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One replacement. ``original`` stays in memory for the form preview; never persist it."""

    kind: RedactionKind
    original: str
    replacement: str
    start: int  # span of the replacement in the REDACTED text
    end: int


# A span of the text to rewrite, the candidates in it and the earlier findings it folds in.
_Group = tuple[int, int, list[Candidate], list[Finding]]


def _groups(chosen: Sequence[Candidate], findings: Sequence[Finding]) -> list[_Group]:
    """Each chosen candidate widened to the findings it overlaps, candidates merged where the
    widening makes them meet."""
    groups: list[_Group] = []
    for c in chosen:
        touched = [f for f in findings if f.start < c.end and f.end > c.start]
        start = min([c.start, *(f.start for f in touched)])
        end = max([c.end, *(f.end for f in touched)])
        if groups and groups[-1][1] > start:
            g_start, g_end, g_chosen, g_found = groups.pop()
            touched = [*g_found, *(f for f in touched if f not in g_found)]
            groups.append((min(start, g_start), max(end, g_end), [*g_chosen, c], touched))
        else:
            groups.append((start, end, [c], touched))
    return groups


def _original(text: str, start: int, end: int, found: list[Finding]) -> str:
    """``text[start:end]`` with each earlier finding's replacement put back to its original."""
    parts: list[str] = []
    cursor = start
    for f in sorted(found, key=lambda f: f.start):
        parts += [text[cursor : f.start], f.original]
        cursor = f.end
    parts.append(text[cursor:end])
    return "".join(parts)


def _moved(f: Finding, shift: int) -> Finding:
    return Finding(f.kind, f.original, f.replacement, f.start + shift, f.end + shift)


def apply_chosen(
    text: str, findings: Sequence[Finding], chosen: Sequence[Candidate]
) -> tuple[str, list[Finding]]:
    """Apply ``chosen`` (non-overlapping, in text order) to ``text``, whose earlier findings
    are ``findings``; return the new text and every finding in it, in text order."""
    groups = _groups(chosen, findings)
    folded = {id(f) for *_, found in groups for f in found}
    untouched = sorted((f for f in findings if id(f) not in folded), key=lambda f: f.start)
    parts: list[str] = []
    out: list[Finding] = []
    cursor = shift = u = 0  # shift: length change so far (new position = old + shift)
    for start, end, group, found in groups:
        while u < len(untouched) and untouched[u].end <= start:
            out.append(_moved(untouched[u], shift))
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
        out.append(Finding(group[0].kind, original, replacement, at, at + len(replacement)))
        parts += [text[cursor:start], replacement]
        shift += len(replacement) - (end - start)
        cursor = end
    out.extend(_moved(f, shift) for f in untouched[u:])
    parts.append(text[cursor:])
    return "".join(parts), out
