"""Names the first-name list lacks, signed after a dash where a message ends.

A customer signs a chat message, a post or a short mail with a dash: "thank you so much for
your help today - Yaw Asante", "your quote was spot on! - Efua & Kwaku Mensah", "great job -
Thabo". ``redact_trailing`` reads a listed first name there ("- Maria Lopez"), and a message's
last words when no dictionary knows any of them after a sentence's end; a dash is no sentence's
end, and "Yaw" is an English word. Here what follows the dash (set apart by a space, or opening
a line) to the message's end is a name when:

* it is one to three capitalised words whose last no German or English dictionary knows (the
  surname: "Nguyen Van Duc") and whose first is a listed first name or unknown too, or one
  such word alone ("Thabo", after thanks or a sentence's end). After thanks ("thank you so
  much … - Yaw Asante") the first word may be any ("yaw" is an English word) and the surname
  one that only the German dictionary knows ("Asante", "Schmidt"), not an English word;
  without thanks, "Tolles Produkt - Philips Sonicare" is a brand and its product;
* or several such names joined by "&", "and" or "und", each of them one word that no
  dictionary knows or that the list gives, or a full name as above ("Efua & Kwaku Mensah").

No word may be a function word, a closing word or a company's: "- The Smiths", "- Customer
Service Team", "- Vodafone Deutschland" stay, and so do words a dictionary knows ("- Great
Service", "- Top Support"). Agents' names stay, as everywhere. A text that is nothing but the
dash and one listed first name ("— Grace") is a signature too: no other word is there that
"Grace" could belong to.
"""

from __future__ import annotations

import re

from feedback.analyze.lemmas import known
from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import closing_words, function_words, known_word
from feedback.first_names import is_first_name

__all__ = ["find_dash_signatures"]

_SP = r"[ \t\u00a0]"
_WORD = r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)*"
_NAME = rf"{_WORD}(?:{_SP}+{_WORD}){{0,2}}"
_JOIN = rf"{_SP}+(?:&|and|und){_SP}+"
# the dash after a space or at a line's start, the names, then only marks and emoji to the end
_DASH_SIGN_RE = re.compile(
    rf"(?:(?<=[ \t\u00a0])|(?<=\n)|\A)[-–—]{_SP}*(?P<names>{_NAME}(?:{_JOIN}{_NAME})*)"
    r"[ \t\u00a0.!]*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t\u00a0]*\Z"
)
_WORD_RE = re.compile(_WORD)
_THANKS_WINDOW = 80  # characters before the dash searched for thanks
_THANKS_RE = re.compile(
    r"(?i:\b(?:thank|thanks|thx|ty|cheers|ta|danke|dank|merci|grateful|appreciated?|dankbar)\b)"
)
_JOIN_RE = re.compile(_JOIN)
_RUN_TOGETHER_RE = re.compile(r"[^\W\d_A-Z][A-Z]")
_MAC_RE = re.compile(r"\AMa?c(?=[A-Z])")
# one word alone signs only after thanks or a sentence's end: "… today. - Thabo" (in a list of
# events "Dresden – Beatpool" names a club)
_SENTENCE_END_RE = re.compile(r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff\ufe0f][ \t\u00a0\n]*\Z")
# words that sign for a group; the name rules read the surname after them ("Familie S.")
_GROUP_WORDS = frozenset(["familie", "family", "fam", "ehepaar", "team", "eheleute"])


def _plain(word: str) -> bool:
    """A word that can be no part of a signed name here: in lower case, in capitals ("TY",
    "RL"), run together ("CaptiveAudience", not "McKenzie"), or a word of the lists."""
    folded = word.casefold()
    return (
        not word[0].isupper()
        or word.isupper()
        or _RUN_TOGETHER_RE.search(_MAC_RE.sub("", word)) is not None
        or folded in function_words()
        or folded in closing_words()
        or is_org_word(folded)
        or folded in _GROUP_WORDS
    )


def _unknown(word: str) -> bool:
    return not known_word(word) and not known_word(word.casefold())


def _full_name(words: list[str], *, joined: bool, thanked: bool, whole: bool = False) -> bool:
    """``whole``: the dash and the names are all the text ("— Grace")."""
    if len(words) == 1:
        word = words[0]
        return _unknown(word) or ((joined or whole) and is_first_name(word))
    first, surname = words[0], words[-1]
    if not (thanked or is_first_name(first) or _unknown(first)):
        return False  # "Tolles Produkt - Philips Sonicare": a brand and its product
    return _unknown(surname) or (thanked and not known(surname, "en"))


def _initials(text: str, start: int, end: int) -> str:
    return " ".join(w[0] + "." for w in _WORD_RE.findall(text, start, end))


def find_dash_signatures(text: str, known: frozenset[str]) -> list[Candidate]:
    """The names signed after a dash at the end of ``text`` (see the module docstring;
    ``known``: the agents' name keys)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return []
    m = _DASH_SIGN_RE.search(text)
    if m is None:
        return []
    start, end = m.span("names")
    region = text[start:end]
    parts = _JOIN_RE.split(region)
    joined = len(parts) > 1
    thanked = _THANKS_RE.search(text, max(0, m.start() - _THANKS_WINDOW), m.start()) is not None
    alone = len(parts) == 1 and " " not in region.strip()
    # A text that is only the signature ("— Grace") has nothing else a word could mean.
    whole = not text[: m.start()].strip()
    if alone and not (thanked or whole) and _SENTENCE_END_RE.search(text, 0, m.start()) is None:
        return []
    found: list[Candidate] = []
    offset = start
    for part in parts:
        at = text.index(part, offset)
        words = _WORD_RE.findall(part)
        if any(_plain(w) for w in words) or not _full_name(
            words, joined=joined, thanked=thanked, whole=whole
        ):
            return []
        if is_agent_name(words, known):
            return []
        end = at + len(part)
        initials = _initials(text, at, end)
        found.append(Candidate(at, end, RedactionKind.NAME, initials, Priority.NAME))
        offset = end
    return found
