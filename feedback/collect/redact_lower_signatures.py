"""Signatures typed in lower case at the end of a message that has capitals elsewhere.

A message all in lower case is read by ``redact_cased.cased``; here the end of any message:

* a closing and a name: "lg nico aus bochum", "cheers greg", "cheers, dave o'connor",
  "Liebe Grüße, mandy", "kind regards, fraser" (a word that opens the closing), "Liebe
  Grüße\nmandy" (on the next line),
  "love, tash x", "liebe grüße von der ayse und dem mehmet" (southern German puts an article
  before a first name). The name is a listed first name, or a word of three or more letters
  that no dictionary knows and no chat word ("lg melli"; "cheers mate", "thx lol" stay), or
  the word a handle or an e-mail address in the message opens with ("im @gaz_1990 on there.
  cheers gaz": the dictionary knows "gaz");
* a closing, an initial and a surname: "mfg r. öztürk", "vg m. schulz", "grüße, k. o'reilly";
* the same before the family: "from yusra n her mum", "lg anna und familie";
* a dash and a listed first name: "… danke! -- ben", "super schnell – anna", with a surname
  no dictionary knows: "-- ahmed al-Mansouri"; after thanks any word but what follows thanks
  ("ta - gaz"), after a sentence's end a nickname and an initial (". - tommo k").
"""

from __future__ import annotations

import re

from feedback.collect.redact_kin_words import KIN_WORDS
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_trailing import (
    after_break,
    after_emoji,
    closing_words,
    english_word,
    function_words,
    known_word,
    reads_as_word,
)
from feedback.first_names import is_first_name, is_local_first_name, is_unaccented_first_name

__all__ = ["CHAT_WORDS", "lower_signatures"]

_SP = r"[ \t\u00a0]"
# lower-case letters with those of Polish, Czech, Turkish, Romanian … names ("zieliński")
_LC = "a-zß-öø-ÿā-ž"
_LOWER = rf"[{_LC}](?:[{_LC}]|['’-](?=[{_LC}]))+"
_ARTICLE = rf"(?:(?:der|dem|den|die){_SP}+)?"
_AND = r"(?:und|and|&)"
_KIN_OWNER = r"her|his|my|our|the|their|meine?|unsere?|ihre?|seine?|die|der|den"
# A surname may follow: "cheers, dave o'connor", "thanks, mary-jane smith", "lg, jürgen müller";
# a second name after "und"/"and": "grüße von der ayse und dem mehmet".
_LOWER_SIGN_RE = re.compile(
    # a line break may come between: "Liebe Grüße\nmandy"
    rf"(?i:\b(?P<closing>{'|'.join(sorted(closing_words()))}))[,!:]?(?:{_SP}*\n{_SP}*|{_SP}+)"
    rf"{_ARTICLE}"
    # an initial before a surname: "mfg r. öztürk"
    rf"(?:(?P<initial>[a-zäöü])\.{_SP}*)?"
    # an Irish or Italian surname after the initial: "k. o'reilly", "m. d'angelo"
    rf"(?P<name>(?:[a-z]['’](?=[a-zäöü]))?[^\W\d_][{_LC}-]+)"
    rf"(?:{_SP}+(?!{_AND}\b)(?P<surname>{_LOWER}))?"
    rf"(?:{_SP}+{_AND}{_SP}+{_ARTICLE}(?P<second>[^\W\d_][{_LC}-]+))?"
    rf"(?=(?:{_SP}+[xX]{{1,4}})?[^\w\n]*\Z|{_SP}+(?:aus|from|in){_SP}+[^\W\d_]+[^\w\n]*\Z"
    # and the family: "from yusra n her mum", "lg anna und familie", "cheers dave & the kids"
    rf"|{_SP}+(?:{_AND}|n|\+){_SP}+(?:(?i:{_KIN_OWNER}){_SP}+)?(?i:{KIN_WORDS}|family|familie)"
    rf"[^\w\n]*\Z)"
)
_SIGN_WINDOW = 80  # characters at the end of a message where such a signature can start
_MIN_UNLISTED = 3  # letters of a name the list lacks ("lg bc" is no name)
# Chat words, greetings and fillers that no dictionary knows: "thx nvm", "lg hdl", "cheers fam".
CHAT_WORDS = frozenset(
    [
        "thx", "tyvm", "nvm", "tbh", "imo", "asap", "bby", "fam", "yall", "idk", "btw", "hehe",
        "hihi", "xoxo", "lmk", "ily", "hdl", "hdgdl", "glg", "cya", "sry", "rofl", "fyi", "pfiat",
        "tschö", "tschau", "ade", "baba", "servus", "mfg", "vg", "lg", "gn8", "nochmal",
    ]
)  # fmt: skip
_THANKS = frozenset(["thanks", "thx", "danke"])
_MAIL_OR_HANDLE_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.]{3,}")
_PART_RE = re.compile(r"[^\W\d_]+")


def _own_address_words(text: str) -> frozenset[str]:
    """The words that the message's handles and e-mail addresses are made of ("gaz" of
    "@gaz_1990", "jamie" of "jamie.r@…"), case-folded; not their domains."""
    if "@" not in text:
        return frozenset()
    words: set[str] = set()
    for m in _MAIL_OR_HANDLE_RE.finditer(text):
        local = m.group().split("@")[0] or m.group()
        words.update(w.casefold() for w in _PART_RE.findall(local))
    return frozenset(words)


def _signs_as_name(word: str, own: frozenset[str]) -> bool:
    word = word.casefold()
    if word[1:2] in ("'", "’"):  # "o'reilly": the part after the apostrophe ("y'all" stays)
        word = word[2:]
        return len(word) >= _MIN_UNLISTED and word.isalpha() and not known_word(word)
    if word in function_words() or word in CHAT_WORDS:
        return False
    return (
        is_first_name(word)
        or word in own
        or (len(word) >= _MIN_UNLISTED and word.isalpha() and not known_word(word))
    )


def _lower_case_signature(text: str, known: frozenset[str]) -> list[Candidate]:
    tail = text.rstrip()
    if not tail or not tail[-1].isalpha():
        return []  # cheap: the message must end in a word (or a kiss)
    pos = max(0, len(tail) - _SIGN_WINDOW)
    while (m := _LOWER_SIGN_RE.search(text, pos)) is not None:
        # "danke! lg finja": "danke" with the name "lg" reads no name; try the next closing
        found = _signature_at(text, m, known)
        if found or m.group("name").casefold() not in closing_words():
            return found
        pos = m.start("name")
    return []


# Words that open a closing: "Liebe Grüße, mandy", "kind regards, fraser", "many thanks, jo"
_CLOSING_OPENERS_RE = re.compile(
    r"(?i:liebe|viele|beste|herzliche|freundliche|schöne|sonnige|kind|best|warm|warmest"
    rf"|many|with){_SP}+\Z"
)


def _opens_closing(text: str, pos: int) -> bool:
    """True after a break or an emoji, or after a word that opens a closing there."""
    if after_break(text, pos) or after_emoji(text, pos):
        return True
    m = _CLOSING_OPENERS_RE.search(text, max(0, pos - 20), pos)
    return m is not None and after_break(text, m.start())


def _signature_at(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    if not _opens_closing(text, m.start()):
        return []  # "the best tea" is no closing; "unterwegs 🚚 lg janina": an emoji ends one
    if m.group("name")[0].isupper() and m.group("closing").casefold() in _THANKS:
        return []  # "Danke, Mäx" may thank an agent the directory lacks
    own = _own_address_words(text)
    name, surname = m.group("name"), (m.group("surname") or "").casefold()
    if not _signs_as_name(name, own) or surname in function_words():
        return []  # "cheers, ben too"
    if surname and not is_first_name(name) and known_word(surname):
        return []  # a name the list lacks goes on with no word: "grüess ama brother"
    end = m.end("surname" if m.group("surname") else "name")
    if m.group("initial") and known_word(name) and not is_first_name(name):
        return []  # "mfg j. das": after an initial, a surname no dictionary knows
    found = _capitalised_name(text, m.start("name"), end, known)
    if found and m.group("second") and _signs_as_name(m.group("second"), own):
        found += _capitalised_name(text, m.start("second"), m.end("second"), known)
    return found


def _capitalised_name(text: str, start: int, end: int, known: frozenset[str]) -> list[Candidate]:
    """The name typed in lower case at ``start``:``end``, read with capitals ("o'connor" as
    "O'Connor"), if it is a name and ends there."""
    typed = text[start:end]
    written = re.sub(r"(?<![^\W\d_])[^\W\d_]", lambda w: w.group().upper(), typed)
    if len(written) != len(typed):
        return []
    view = text[:start] + written + text[end:]  # same length
    name = name_after(view, start, known, after_title=False, first_name=False)
    return [name] if name is not None and name.end == end else []


# "… danke! -- ben", "super schnell – anna": a dash and a listed first name in lower case end
# the message. A single hyphen only after a sentence or a line break: "mitfiebern - abe" (cut
# off "aber") is a clause. Common words stay ("-- love", "- mark"): no word-like name ("grace",
# "hope") and no common English word unless the list gives the name for an English- or
# German-speaking country ("ben", "anna").
_LOWER_DASH_RE = re.compile(
    rf"(?:(?:^|(?<=[\n.!?…])){_SP}*-(?!-)|(?:^|(?<=\s))(?:--|[–—~]))"
    rf"{_SP}*(?P<name>[a-zäöüß][a-zäöüß-]+)"
    # a surname no dictionary knows may follow: "-- ahmed al-Mansouri", "– priya raman"
    rf"(?:{_SP}+(?P<surname>[^\W\d_]+(?:['’-][^\W\d_]+)*))?[^\w\n]*\Z"
)


def _lower_dash_signature(text: str, known: frozenset[str]) -> list[Candidate]:
    m = _LOWER_DASH_RE.search(text, max(0, len(text) - _SIGN_WINDOW))
    if m is None:
        return []
    word = m.group("name")
    listed = is_first_name(word) or (is_unaccented_first_name(word) and not known_word(word))
    if reads_as_word(word) or not listed or (english_word(word) and not is_local_first_name(word)):
        return []
    start, end = m.span("name")
    if m.group("surname"):
        surname = m.group("surname")
        if known_word(surname) or surname.casefold() in function_words():
            return []  # "-- anna too": a word the dictionary knows is no surname
        end = m.end("surname")
    return _capitalised_name(text, start, end, known)


# "ta - gaz", "cheers – baz", "danke - melli": a thanks, a dash and one word in lower case end
# the message; there the word signs even when a dictionary knows it ("gaz") or no list has it,
# unless it is what follows thanks ("thanks - bye", "cheers - mate", "danke - super"). After a
# sentence's end, a nickname the list lacks with one letter of the surname: ". - tommo k".
_THANKS_DASH_RE = re.compile(
    rf"(?i:\b(?:ta|thanks|thx|cheers|ty|danke|merci)[!,.]*){_SP}+[-–—]{_SP}*"
    rf"(?P<name>[a-zäöüß]{{2,}})(?:{_SP}+(?P<initial>[a-z]))?[^\w\n]*\Z"
)
_NICK_INITIAL_RE = re.compile(
    rf"[.!?…\n]{_SP}*[-–—]{_SP}*(?P<name>[a-zäöüß]{{3,}}){_SP}+(?P<initial>[a-z])[^\w\n]*\Z"
)
_AFTER_THANKS_WORDS = """
    bye love mate mates all again guys lads team everyone lot much you ya u x xx xxx lol haha
    ok okay top super great good nice cool fab ace best well kind fine gut toll tschüss ciao
    bis dann nochmal euch dir ihnen
    """
_AFTER_THANKS = frozenset(_AFTER_THANKS_WORDS.split())


def _thanks_dash_signature(text: str, known: frozenset[str]) -> list[Candidate]:
    m = _THANKS_DASH_RE.search(text, max(0, len(text) - _SIGN_WINDOW))
    if m is None:
        m = _NICK_INITIAL_RE.search(text, max(0, len(text) - _SIGN_WINDOW))
        if m is None or known_word(m.group("name")) or m.group("name") in CHAT_WORDS:
            return []
    word = m.group("name")
    if word in _AFTER_THANKS or word in function_words() or word in closing_words():
        return []
    if word in CHAT_WORDS or word in KIN_WORDS.split("|"):
        return []
    start, end = m.span("name")
    return _capitalised_name(text, start, end, known)


def lower_signatures(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names typed in lower case after a closing or a dash at the end of ``text`` (see the
    module docstring; ``known``: the agents' name keys)."""
    found = _lower_case_signature(text, known) + _lower_dash_signature(text, known)
    return found or _thanks_dash_signature(text, known)
