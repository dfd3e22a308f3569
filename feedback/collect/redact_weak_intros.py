"""A speaker's own name after a weak introduction: "Ich bin Klaus", "I'm Rose", "this is
Peter", "it's Bex here", "ich, Gertrud v. Stetten, bedanke mich" (one of ``redact_context``'s
rules).

After such an introduction a listed first name is taken; a name the list lacks only when no
dictionary knows it and what follows shows it is the speaker's own ("I'm Ngozi, 32, from
Abuja"; "I'm German" and "This is Zalando support" stay).
"""

from __future__ import annotations

import re

from feedback.collect.redact_name_readers import lower_case_name, named, with_more
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import known_word
from feedback.first_names import is_first_name

__all__ = ["unlisted", "weak_intro_names"]

_SP = r"[ \t\u00a0]"
_WORD_RE = re.compile(r"[^\W\d_]+")

# "I'm Ngozi, 32, from Abuja", "this is Tunde Bakare from flat 4": after a speaker's own
# introduction, a name the first-name list lacks, when no German or English dictionary knows
# any of its words ("Ich bin Kundin", "I'm German" stay) and the clause ends after it or goes
# on with where the speaker is from ("This is Zalando support" stays).
_PERSONAL_INTRO_RE = re.compile(
    r"(?i:ich\s+bin|hier\s+(?:ist|spricht|schreibt)(?:\s+(?:die|der))?|i['’]m|i\s+am|this\s+is"
    r"|(?:hi|hey|hello|hiya)[,!]?\s+im)"
)
_I_COMMA_RE = re.compile(r"(?i:ich|i)\s*,")
_AFTER_OWN_NAME_RE = re.compile(
    rf"{_SP}*(?:[,.!;:()–—]|\n|\Z|[\u2600-\u27bf\U0001f000-\U0001faff]"
    r"|(?i:from|aus|von|here|hier|speaking|writing|calling|again|wieder|and\s+i|und\s+ich)\b"
    # chat laughter after one's name: "hi its kasia lol, thanks Becky"
    r"|(?i:lol|haha+|hehe+|xx*)(?:[,.!\s]|\Z))"
)


# "it's Bex here", "its me dani again": after "it's" only "here" or "again" shows that a name
# the list lacks is the speaker's own ("it's Tuesday here" stays: a dictionary knows it).
_ITS_RE = re.compile(r"(?i:it(?:['’]?s|\s+is)(?:\s+(?:only|just))?(?:\s+me)?)")
_AND_RE = re.compile(rf"{_SP}+(?i:and|und){_SP}+")
_IT_IS_RE = re.compile(r"(?i:it\s+is(?:\s+(?:only|just))?(?:\s+me)?)")
# "it's Bex here", "It is Folasade Adeyemi writing"
_HERE_AGAIN_RE = re.compile(
    rf"{_SP}+(?i:here|again|hier|wieder|writing|calling|speaking|on\s+the\s+line)\b"
)


def unlisted(
    text: str, pos: int, known: frozenset[str], *, after: re.Pattern[str] = _AFTER_OWN_NAME_RE
) -> Candidate | None:
    """The name at ``pos`` when a dictionary knows none of its words, or all but a surname
    ("I am Chukwuemeka Obi"; "I'm Very Happy" stays). In lower case ("this is zuzanna,"),
    one word that no dictionary knows. ``after`` must follow it."""
    found = named(text, pos, known, listed=False) or lower_case_name(text, pos, known)
    if found is None or not after.match(text, found.end):
        return None
    words = _WORD_RE.findall(text, found.start, found.end)
    return None if known_word(words[0]) or all(map(known_word, words)) else found


_SURNAME_GAP_RE = re.compile(rf"{_SP}+")


def _listed_lower(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """A listed first name in lower case that no dictionary knows, where the speaker's own
    name ends: "hi its priya again", "hier ist der timo 🙂" ("it's fine." stays)."""
    found = lower_case_name(text, pos, known)
    if found is None:
        return None
    word = text[found.start : found.end]
    if not is_first_name(word) or known_word(word):
        return None
    if _AFTER_OWN_NAME_RE.match(text, found.end):
        return found
    # "hi its bartosz nowicki, account …": a surname no dictionary knows, then the clause ends
    gap = _SURNAME_GAP_RE.match(text, found.end)
    surname = lower_case_name(text, gap.end(), known) if gap else None
    if surname is None or not _AFTER_OWN_NAME_RE.match(text, surname.end):
        return None
    if known_word(text[surname.start : surname.end]):
        return None
    replacement = f"{found.replacement} {surname.replacement}"
    return Candidate(found.start, surname.end, RedactionKind.NAME, replacement, Priority.NAME)


def weak_intro_names(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    """The speaker's name after the weak introduction ``m`` ("ich bin", "i'm", "it's")."""
    pos = m.end()
    if _IT_IS_RE.fullmatch(m.group().strip()):
        # "It is Sarah writing"; formal "It is Grace who …" is about somebody else
        first = named(text, pos, known, listed=True) or unlisted(
            text, pos, known, after=_HERE_AGAIN_RE
        )
        if first is None or not _HERE_AGAIN_RE.match(text, first.end):
            return []
        return [first]
    first = named(text, pos, known, listed=True) or _listed_lower(text, pos, known)
    if _I_COMMA_RE.fullmatch(m.group().strip()):
        names = with_more(text, first, known)  # "ich, Gertrud, …": a comma after it
        return names if names and text.startswith(",", names[-1].end) else []
    if first is None and _PERSONAL_INTRO_RE.fullmatch(m.group().strip()):
        # "I'm Chidi Okafor and Megan …": a full name may go on with "and"
        full = unlisted(text, pos, known, after=_AND_RE)
        full = full if full is not None and " " in full.replacement else None
        first = unlisted(text, pos, known) or full
    if first is None and _ITS_RE.fullmatch(m.group().strip()):
        first = unlisted(text, pos, known, after=_HERE_AGAIN_RE)
    return with_more(text, first, known)
