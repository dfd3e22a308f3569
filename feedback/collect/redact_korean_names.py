"""A Korean name with a hyphenated given name: "Kim Soo-jin", "Park Mi-young", "Lee Ji-hoon".

Korean names in Latin letters put the family name first and often join the given name's two
syllables with a hyphen. The family names are English words too ("Park", "Kim", "Lee",
"Young"), and the given name's syllables are short words ("Mi", "young", "jin"), so the other
rules left the given name ("P. Mi-young"). A listed Korean family name (or its initial, left
by an earlier pass) before a given name of two romanised syllables joined by a hyphen, the
second in lower case, is the whole name: "Park Mi-young" → "P. M.". A hyphenated word of
other shape stays ("Park Follow-up"; "Kim Co-op": no syllable opens with a bare "c").
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind

__all__ = ["find_korean_names"]

_FAMILY = (
    "Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim"
    " Im Han Oh Seo Suh Shin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Ko Go Moon Mun Yang"
    " Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Min Na Jin"
    " Chae Won Chun Bang Gong Hyun Ham Byun Yeom Yeo Seok Sun Seol Ma Gil Yeon Pyo Myung Ki"
    " Ban Wang Geum Ok Maeng Tak"
)
_FAMILIES = frozenset(_FAMILY.split())
# One romanised syllable: an onset, a vowel (the common spellings: "oo", "ou", "eo", "ae",
# "ye", "yeo", "wo"), a coda.
_ONSET = r"(?:kk|tt|pp|ss|jj|ch|[bdghjklmnprsty])?"  # no bare "c", "f", "v"
_VOWEL = r"(?:yeo|yae|wae|ae|eo|eu|ui|oe|oo|ou|ee|ya|yo|yu|ye|wa|wo|we|wi|a|e|i|o|u)"
_CODA = r"(?:ng|n|k|l|m|p|t)?"
_SYLLABLE = rf"{_ONSET}{_VOWEL}{_CODA}"
_NAME_RE = re.compile(
    rf"(?<![\w.-])(?P<family>[A-Z][a-z]{{0,4}}|[A-Z]\.)[ \t\u00a0]+"
    rf"(?P<given>(?=[A-Z])(?i:{_SYLLABLE})-{_SYLLABLE})(?![\w'’-])"
)


def find_korean_names(text: str) -> list[Candidate]:
    """Korean names with a hyphenated given name, as initials ("K. S.")."""
    if "-" not in text:
        return []
    found: list[Candidate] = []
    for m in _NAME_RE.finditer(text):
        family, given = m.group("family"), m.group("given")
        if not (family in _FAMILIES or family.endswith(".")) or not given[1:].islower():
            continue
        replacement = f"{family[0]}. {given[0]}."
        found.append(Candidate(m.start(), m.end(), RedactionKind.NAME, replacement, Priority.NAME))
    return found
