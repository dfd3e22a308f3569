"""Loading lexicon TSV files shipped in this package into ``Lexicon`` objects (once per process)."""

from __future__ import annotations

import hashlib
from importlib import resources

from feedback.analyze.sentiment.lexicon import Lexicon, Morphology


def read_entries(filename: str) -> tuple[list[tuple[str, float, str]], bytes]:
    """Parse a lexicon TSV shipped in this package: ``(kind, value, entry)`` rows and raw bytes."""
    raw = resources.files(__package__).joinpath(filename).read_bytes()
    rows: list[tuple[str, float, str]] = []
    for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            kind, value, entries = line.split("\t")
            parsed = float(value)
        except ValueError as exc:
            raise ValueError(f"{filename}:{number}: expected kind<TAB>value<TAB>entries") from exc
        rows.extend((kind, parsed, e.strip().lower()) for e in entries.split(", ") if e.strip())
    return rows, raw


def build_lexicon(
    name: str,
    morphology: Morphology,
    files: tuple[str, ...],
    base_words: dict[str, float] | None = None,
    base_boosters: dict[str, float] | None = None,
    base_negators: tuple[str, ...] = (),
) -> Lexicon:
    """Load ``files`` (later ones override) on top of optional base entries (VADER's)."""
    lexicon = Lexicon(name=name, morphology=morphology)
    digest = hashlib.sha256()
    for word, value in (base_words or {}).items():
        digest.update(f"{word}\t{value}\n".encode())
        lexicon.add("w", value, word)
    for word, value in (base_boosters or {}).items():
        lexicon.add("b", value, word)
    for word in base_negators:
        lexicon.add("n", 0.0, word)
    for filename in files:
        rows, raw = read_entries(filename)
        digest.update(raw)
        for kind, value, entry in rows:
            lexicon.add(kind, value, entry)
    lexicon.digest = digest.hexdigest()
    lexicon.finish()
    return lexicon
