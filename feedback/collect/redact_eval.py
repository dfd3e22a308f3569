"""Redaction measured on a set of written cases: name recall, structured recall, words kept.

``python -m feedback.collect.redact_eval [cases.jsonl]`` prints the figures; the default set is
``tests/fixtures/redaction_cases.jsonl`` (held out: never tune the rules on it). Each line is
one case::

    {"id": "de-001", "lang": "de", "text": "...", "agents": ["Anna Hartmann"],
     "remove": [{"kind": "name", "value": "Klaus Schneider"}, ...], "keep": ["Frau Hartmann"]}

An item to remove is caught when none of its identifying words is left in the redacted text
(counted: a word that also occurs outside the item may stay as often as it does there). For a
name these are its words of two or more letters (initials may stay: "K. S."); for structured
data the words holding a digit or "@", and for addresses and PO boxes their other words too,
except "Postfach", "PO" and "Box"; when no word holds a digit or "@" (a phone number written in
words), every word. For e-mail addresses, handles and web addresses every word
counts, except the "at" and "dot" of an address written out ("max dot huber at gmx dot de":
"max", "huber", "gmx" and "de"; "jens [punkt] [EMAIL]" keeps a name) and a web address's host
("facebook.com/anna.brenner": "anna.brenner"). A word to keep is kept when it occurs in the
redacted text as often as in the original. Besides the listed words, every capitalised word
outside the items to remove is checked the same way ("capitalised words kept"). For the items to
remove, a possessive "'s" is no part of a word: "Aditya's" in the text is the name "Aditya".
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedback.collect.redact import redact

__all__ = ["Scores", "evaluate", "load_cases", "main"]

DEFAULT_CASES = Path(__file__).resolve().parents[2] / "tests/fixtures/redaction_cases.jsonl"
TARGETS = {"name_recall": 0.95, "structured_recall": 0.99, "keep_rate": 0.98}

_TOKEN_RE = re.compile(r"[@.+]*[\w@](?:[\w@.+'’-]*[\w@])?")  # no leading dash: "-Travis"
_POSSESSIVE_RE = re.compile(r"['’]s\Z")
_GENERIC = frozenset({"postfach", "po", "p.o", "box"})
_PLACE_KINDS = frozenset({"address", "pobox"})
_ONLINE_KINDS = frozenset({"email", "handle", "url"})
_SPELLED_OUT = frozenset({"at", "dot", "punkt"})  # also "(at)", "[dot]"
_URL_HOST_RE = re.compile(r"\A(?:[a-z]+://)?[^/\s]*/(?=.)")


@dataclass
class Scores:
    names: list[bool] = field(default_factory=list)
    structured: list[bool] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)
    capitalised: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(hits: list[bool]) -> float:
        return sum(hits) / len(hits) if hits else 1.0

    @property
    def name_recall(self) -> float:
        return self._rate(self.names)

    @property
    def structured_recall(self) -> float:
        return self._rate(self.structured)

    @property
    def keep_rate(self) -> float:
        return self._rate(self.kept)

    @property
    def capitalised_rate(self) -> float:
        return self._rate(self.capitalised)


def _word(token: str) -> str:
    """A token without a possessive ending: "Aditya's" counts as "Aditya"."""
    return _POSSESSIVE_RE.sub("", token).rstrip(".")


def _tokens(text: str) -> Counter[str]:
    return Counter(_word(m.group()) for m in _TOKEN_RE.finditer(text))


def _written_tokens(text: str) -> Counter[str]:
    """Tokens as written ("Aditya's" stays one): the capitalised words checked as before."""
    return Counter(m.group().rstrip(".") for m in _TOKEN_RE.finditer(text))


def _identifying(kind: str, value: str) -> list[str]:
    words = [_word(m.group()) for m in _TOKEN_RE.finditer(value)]
    if kind == "name":
        return [w for w in words if sum(ch.isalpha() for ch in w) >= 2]
    if kind in _ONLINE_KINDS:
        host = _URL_HOST_RE.match(value) if kind == "url" else None
        if host is not None:
            words = [_word(m.group()) for m in _TOKEN_RE.finditer(value, host.end())]
        return [w for w in words if w.casefold() not in _SPELLED_OUT]
    found = [
        w
        for w in words
        if any(ch.isdigit() or ch == "@" for ch in w)
        or (kind in _PLACE_KINDS and w.casefold() not in _GENERIC)
    ]
    # a number written in words ("null eins sieben sechs ...") names none of the above: then
    # every word counts, else the item would be caught whatever the redaction did
    return found or words


def _phrase_count(text: str, phrase: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))


def _gone(word: str, n: int, before: Counter[str], after: Counter[str], kind: str) -> bool:
    """The item's ``n`` occurrences of ``word`` are gone. A number glued to the word before it
    ("Tel.+49(0)30 …" reads as one word "Tel.+49") is no word of the text: then no word of the
    redacted text may hold it (structured data only; a name's spelling must match the text)."""
    if before[word] or kind == "name":
        return after[word] <= before[word] - n
    return not any(word in other for other in after)


def _score_case(case: Mapping[str, Any], scores: Scores) -> None:
    text = str(case["text"])
    out = redact(text, tuple(case.get("agents", ()))).text
    before, after = _tokens(text), _tokens(out)
    removed_words: Counter[str] = Counter()
    for item in case.get("remove", ()):
        kind, value = str(item["kind"]), str(item["value"])
        words = Counter(_identifying(kind, value))
        removed_words.update(_tokens(value))
        caught = all(_gone(w, n, before, after, kind) for w, n in words.items())
        (scores.names if kind == "name" else scores.structured).append(caught)
        if not caught:
            scores.misses.append(f"{case['id']} {kind} {value!r} -> {out!r}")
    for phrase in case.get("keep", ()):
        kept = _phrase_count(out, phrase) >= _phrase_count(text, phrase)
        scores.kept.append(kept)
        if not kept:
            scores.misses.append(f"{case['id']} keep {phrase!r} -> {out!r}")
    written_before, written_after = _written_tokens(text), _written_tokens(out)
    for word, n in written_before.items():
        if word[0].isupper() and word.isalpha() and len(word) > 1:
            outside = n - removed_words[word]
            if outside > 0:
                scores.capitalised.append(written_after[word] >= outside)


def evaluate(cases: Iterable[Mapping[str, Any]]) -> Scores:
    """Scores of :func:`redact` on ``cases`` (see the module docstring for the rules)."""
    scores = Scores()
    for case in cases:
        _score_case(case, scores)
    return scores


def load_cases(path: Path = DEFAULT_CASES) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def report(scores: Scores, label: str = "") -> str:
    rows = [
        ("name recall", scores.name_recall, len(scores.names), TARGETS["name_recall"]),
        (
            "structured data recall",
            scores.structured_recall,
            len(scores.structured),
            TARGETS["structured_recall"],
        ),
        ("ordinary words kept", scores.keep_rate, len(scores.kept), TARGETS["keep_rate"]),
        ("capitalised words kept", scores.capitalised_rate, len(scores.capitalised), 0.98),
    ]
    lines = [f"{label}".strip()] if label else []
    for name, value, count, target in rows:
        verdict = "met" if value >= target else "MISSED"
        lines.append(f"{name:<24} {value:.3f}  (n={count}, target ≥ {target:.2f}: {verdict})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("-")]
    cases = load_cases(Path(paths[0]) if paths else DEFAULT_CASES)
    for lang in ("de", "en"):
        print(report(evaluate(c for c in cases if c.get("lang") == lang), f"[{lang}]"))
    scores = evaluate(cases)
    print(report(scores, f"[all, {len(cases)} cases]"))
    if "-v" in args or "--misses" in args:
        print("\n".join(scores.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
