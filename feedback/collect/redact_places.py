"""Places whose names hold a word in brackets: "Halle (Saale)", "Frankfurt (Oder)"; and US
towns before their state's code: "San Jose CA.", "Austin, TX 78765".

German towns are told apart by the river or region they lie on, written in brackets after the
town and often shortened: "Halle (S.)", "Weiden (Opf.)", "Rotenburg (Wümme)". Some of these
words are listed first names too ("Saale", "Elbe", "Lech"), and a first name alone in brackets
is read as a person's ("und ich (Ruth)"); the qualifiers here never are.
"""

from __future__ import annotations

import re

from feedback.collect.redact_postcode_streets import US_STATES

__all__ = ["place_qualifier", "us_town"]

_QUALIFIER_WORDS = """
    saale oder main elbe donau spree havel weser mosel rhein lahn dill ilm inn isar lech neckar
    ruhr fils saar ems aller leine wümme werra fulda eder sieg tauber jagst kocher murr enz nahe
    ahr erft lippe alz iller wertach vils naab regen ammer ohre elster mulde pleiße zschopau
    harz opf oberpf westf westfalen oldb oldenburg holst holstein sachs sachsen thür thüringen
    erzgeb vogtl allgäu schwarzwald breisgau pfalz ostfriesland hessen württ württemberg baden
    niederbayern oberbayern uckermark altmark prignitz lausitz wald taunus eifel hunsrück
"""
_QUALIFIERS = frozenset(_QUALIFIER_WORDS.split())
_BRACKETED_RE = re.compile(r"[^\W\d_][\w-]*[ \t\u00a0]*\([ \t\u00a0]*\Z")


def place_qualifier(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a river or region in brackets right after a word:
    the "Saale" of "Halle (Saale)"."""
    word = text[start:end].rstrip(".").casefold()
    return (
        word in _QUALIFIERS
        and text.startswith(")", end + (text[end : end + 1] == "."))
        and _BRACKETED_RE.search(text, max(0, start - 40), start) is not None
    )


# A state's code after a town, then the sentence's end or a ZIP code: "San Jose CA.", "Austin,
# TX 78765" ("Maria Lopez, OR …" is no town: a word follows)
_STATE_AFTER_RE = re.compile(
    r",?[ \t\u00a0]+([A-Z]{2})(?:[ \t\u00a0]*(?:[.,;!)]|\n|\Z)|[ \t\u00a0]+\d{5}\b)"
)


def us_town(text: str, end: int) -> bool:
    """True when a US state's code follows ``end``: the words before it are a town."""
    m = _STATE_AFTER_RE.match(text, end)
    return m is not None and m.group(1) in US_STATES
