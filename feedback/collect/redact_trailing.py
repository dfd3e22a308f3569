"""Customers' names where a message ends, and names right before the customer's own data.

``redact_context`` finds names after introductions, family words and closings. Real messages
also end with a bare name, or put one before a phone number or a date of birth:

* the last words of a message or a line, after a sentence, a comma, a dash, a colon or a
  closing word: "… umgetauscht. Danke! Thomas Fink", "Much appreciated, Greg", "Gruß
  H. Großkopf", "xx Becky", "Bussi, Moni & Gerd";
* a name before the customer's own data or whereabouts: "Helga Marquardt, geb. …",
  "Patricia Gomez, DOB …", "K. Schneider, Tel. …", "May Thornton (account …)",
  "Tom Baranski | …", "– Chris Yamamoto (DM me …)", "steve from glasgow";
* a name that introduces itself: "Jonny hier", "Maria Winter hier, …", "Ich, Georgios
  Papadopoulos, bedanke mich", "Wir, Jens und Katrin Albers, …".

The first word must be a listed first name ("Thomas", not "Daumen"), or the name must start
with initials ("K. Schneider", "J. R. Hartley"). Agents' names are kept, as everywhere.

One exception, where a message ends: its last two or three words alone after a sentence or on
a line of their own ("… Well done Priya! Tunde Bakare") are a name when none of them is a word
that simplemma's German and English dictionaries know. The first-name list lacks many West
and Southern African names and Irish spellings ("Tunde", "Thabo", "Ciarán"); the dictionaries
know brands, places and phrases ("Vodafone Deutschland", "Merry Christmas", "Great Service").
"""

from __future__ import annotations

import functools
import re
import unicodedata

import simplemma
import stopwordsiso

from feedback.analyze.lemmas import LOW_MEMORY, known
from feedback.collect.redact_after_agent import signed_after_agent, thanks_after_agent
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate
from feedback.first_names import WORDLIKE_NAMES, is_first_name

__all__ = [
    "after_break",
    "after_emoji",
    "closing_words",
    "english_word",
    "function_words",
    "has_title",
    "known_word",
    "name_openers",
    "reads_as_word",
    "trailing_names",
    "unlisted_end",
]

_SP = r"[ \t\u00a0]"
_WORD_RE = re.compile(r"[^\W\d_]+")
_INITIAL_RE = re.compile(r"[^\W\d_]\.")
_TWO_INITIALS_RE = re.compile(r"[^\W\d_]\.[ \t\u00a0]?[^\W\d_]\.")
_LAST_WORD_RE = re.compile(r"[^\W\d_]+\Z")
_AND_RE = re.compile(rf"{_SP}+(?:und|and|&){_SP}+")
# Words after which a name is a signature: "Gruß W. Hoffmann", "xx Becky", "MFG Hans Meier".
_CLOSING_WORDS = (
    "gruß from von grüßen gruessen grüße gruss grüsse lg vg mfg bussi hochachtungsvoll tschüss"
    " gruess grüess grüessli gruessli grüessle"  # Swiss
    " ciao bye best regards cheers thanks thx ta danke xx xxx xo xoxo love sincerely signed gez"
    # a possessive or a kiss: "bis bald, eure mia", "eure Vroni", "big up hannah!!! x lou"
    " eure euer deine dein yours x"
)
_CLOSINGS = frozenset(_CLOSING_WORDS.split())


def closing_words() -> frozenset[str]:
    """Words that close a message before a signature ("gruß", "lg", "cheers", "xx")."""
    return _CLOSINGS


# What may follow a name for it to count: the end of the line (after punctuation or emoji),
# the customer's own data, "hier" (introducing oneself), or where they live.
_DATA_LABELS = (
    r"tel|telefon|phone|mobil|handy|fon|kundennr|kundennummer|knr|kd|mitglieds\w*|vertrags\w*"
    r"|vers|versicherten\w*|geb|geboren|dob|born|customer|account|acct|acc|e-?mail|mail|c/o"
    r"|ticket|order|bestell\w*|auftrag\w*|dm|call|ref|member\w*"
)
_FOLLOW_RE = re.compile(
    rf"[^\w\n]*(?:\n|\Z)"
    rf"|{_SP}+[xX]{{1,4}}[^\w\n]*(?:\n|\Z)"  # kisses after the name: "Eimear x"
    rf"|{_SP}*(?:,|\(|\||[-–—]){_SP}*(?i:{_DATA_LABELS})\b"
    # the data itself: a placeholder already put in, a phone number, an e-mail address
    rf"|{_SP}*(?:,|\(|\||[-–—]|:){_SP}*(?:\[|\+?\d|[\w.+-]+@)"
    # an address typed on the same line without a comma: "Deliver to: Chidi Okeke [ADDRESS]"
    rf"|{_SP}+\[ADDRESS\]"
    rf"|{_SP}+(?i:hier|here)\b"
    # "Grace Thompson commented:", "Anna schrieb:", "Kwame Asante and family say thanks"
    rf"|{_SP}+(?:commented|wrote|replied|posted|schrieb|kommentierte|antwortete)\b"
    rf"|{_SP}+(?:and|und|&){_SP}+(?i:family|familie)\b"
    rf"|{_SP}+(?:in|aus|from){_SP}+[^\W\d_]+[^\w\n]*(?:\n|\Z)"
    rf"|{_SP}*\)"  # "und ich (Ruth)"
    # a note in brackets that ends the message: "Siobhan (his daughter)", "- Tilly (the one
    # who lost her keys)"; a note in lower case ("Chester (UK)" is a place)
    rf"|{_SP}+\((?=[a-zäöüß])[^()\n]{{1,60}}\)[^\w\n]*\Z"
)
# "Ich, Georgios Papadopoulos, …": the name between commas after "ich"/"wir".
_SELF_BEFORE_RE = re.compile(r"(?i:\b(?:ich|wir|i|we)),[ \t\u00a0]*\Z")
_SELF_AFTER_RE = re.compile(rf"{_SP}*,")
_TITLE_WORDS = frozenset(["dr", "prof", "herr", "herrn", "frau", "mr", "mrs", "ms", "hr", "fr"])
_MIN_AFTER_INITIALS = 4  # letters of a surname after initials ("K. Schneider", not "T. Tel")
_MIN_SENTENCE_WORD = 3  # letters of the word before a dot that ends a sentence ("Dr." does not)
# Short words that end a sentence and abbreviate nothing ("da.", not "Nr." or "ca.")
_SHORT_SENTENCE_ENDS = frozenset(["da", "so", "ok", "zu", "es", "up", "it", "me", "us", "go", "do"])
_CACHE_LIMIT = 100_000  # distinct words before the cache of name openers is cleared
_LOOK_BACK = 12  # characters before a name searched for "ich, " / "wir, "
# "c/o Müller": the person a parcel goes to.
_CARE_OF_RE = re.compile(rf"\b[Cc]/[Oo]{_SP}+")
# "From all of us, the Robinson family": English names a family by its surname.
_FAMILY_RE = re.compile(
    rf"\b[Tt]he{_SP}+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){_SP}+(?:family|household|clan)\b"
)


# Labels of data that are listed first names too ("Iban"): "IBAN: DE89 …" names nobody.
_LABEL_WORDS = frozenset(["iban", "bic", "tel", "fax", "pin", "plz", "kd", "nr", "knr", "ref"])


def has_title(words: list[str]) -> bool:
    """True when one of ``words`` is a title ("Dr", "Herr"): part of no name."""
    return not _TITLE_WORDS.isdisjoint(w.casefold() for w in words)


@functools.cache
def function_words() -> frozenset[str]:
    """German and English function words ("bei", "hat", "to", "from"): some are listed first
    names too, but a name does not start with them."""
    return frozenset(stopwordsiso.stopwords(["de", "en"])) | _LABEL_WORDS


def reads_as_word(word: str) -> bool:
    """A listed first name that reads as an ordinary word first: a function word ("will",
    "an") or one of ``WORDLIKE_NAMES`` ("Hope", "Sonne")."""
    folded = word.casefold()
    return folded in function_words() or folded in WORDLIKE_NAMES


def after_break(text: str, pos: int) -> bool:
    """True at the start of the text or a line, after a sentence, a comma, a colon, a dash,
    a bar or a bracket, or after a closing word ("Gruß", "xx")."""
    i = pos - 1
    while i >= 0 and (text[i] in " \t\u00a0" or _pictograph(text[i])):
        i -= 1  # "danke! 👍 Micha": an emoji between the sentence and the name
    if i < 0 or text[i] in "\n,:;|(":
        return True
    if text[i] in "–—-~/" and i < pos - 1:
        return True  # a dash or slash with a space after, not the hyphen of "Hans-Peter"
    if text[i] in "!?…" and i < pos - 1:
        return True
    if text[i] == "." and i < pos - 1:
        # a sentence's end, not an abbreviation's or an initial's dot ("Dr. M. …", "T. …")
        word = _LAST_WORD_RE.search(text, max(0, i - 20), i)
        return (
            word is None
            or len(word.group()) >= _MIN_SENTENCE_WORD
            or word.group().casefold() in _SHORT_SENTENCE_ENDS  # "ich bin ab 17 Uhr da. Sonja"
        )
    last = _LAST_WORD_RE.search(text, max(0, i - 20), i + 1)
    return last is not None and last.group().casefold() in _CLOSINGS


def after_emoji(text: str, pos: int) -> bool:
    stripped = text[:pos].rstrip(" \t\u00a0")
    return bool(stripped) and _pictograph(stripped[-1])


def _pictograph(ch: str) -> bool:
    """An emoji or a symbol, with its joiners and variation selectors."""
    return ch in "\u200d\ufe0f" or unicodedata.category(ch) in ("So", "Sk")


def _name_at(text: str, pos: int, known: frozenset[str]) -> list[Candidate]:
    """The name (and the names joined by "und"/"and"/"&") starting at ``pos``, if its first
    word is a listed first name or it starts with initials."""
    initials = _INITIAL_RE.match(text, pos) is not None
    if initials and _TWO_INITIALS_RE.match(text, pos) is None:
        # One initial and a word may be our own output ("Kundennr." became "K." in an earlier
        # pass); reading it as a name again would not be idempotent. "J. R. Hartley" is safe.
        return []
    first = name_after(
        text, pos, known, after_title=False, first_name=not initials, lead_initials=initials
    )
    found: list[Candidate] = []
    while first is not None:
        words = _WORD_RE.findall(text, first.start, first.end)
        if _phrase(words):
            return []  # "Merry Christmas", "Will Do": a first name that opens a phrase
        if has_title(words) or (initials and len(words[-1]) < _MIN_AFTER_INITIALS):
            # "H. Dr.", "T. Tel.": a title or an abbreviation is no surname (and an initial of
            # ours followed by one would be read again in the next pass)
            return []
        found.append(first)
        more = _AND_RE.match(text, first.end)
        first = (
            name_after(text, more.end(), known, after_title=False, first_name=True)
            if more
            else None
        )
    return found


def _phrase(words: list[str]) -> bool:
    """True for a first name that opens a common phrase: "Merry Christmas", "Will do"."""
    return len(words) > 1 and " ".join(words[:2]).casefold() in _PHRASES


# Phrases that open with a listed first name; "Grace Thompson" is no phrase, so a list.
_PHRASES = frozenset(
    [
        "merry christmas", "merry xmas", "happy holidays", "happy birthday", "happy new",
        "happy easter", "will do", "mark my", "frohe weihnachten", "frohe ostern",
        "frohes fest", "frohes neues", "gute besserung", "gute nacht", "liebe grüße",
    ]
)  # fmt: skip


@functools.lru_cache(maxsize=65_536)
def known_word(word: str) -> bool:
    """A word of the German or English dictionary (``lemmas.known``; a lookup decodes a block
    of the compressed dictionary, about 30 µs, so each word is looked up once)."""
    return known(word, "de") or known(word, "en")


@functools.lru_cache(maxsize=65_536)
def english_word(folded: str) -> bool:
    """A word of simplemma's English dictionary that is no proper noun there: its lemma is
    in lower case ("gee", "file"; not "mohammed", whose lemma is "Mohammed")."""
    return (
        known(folded, "en")
        and simplemma.lemmatize(folded, lang="en", greedy=True, low_memory=LOW_MEMORY).islower()
    )


class _Openers(dict[str, bool]):
    """Word -> True for a capitalised listed first name that is no function word, or a
    capital letter alone (an initial, if a dot follows). Filled on first sight, so that finding
    a text's candidates runs in C (a dict lookup per word)."""

    def __missing__(self, token: str) -> bool:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        opens = (len(token) == 1 and token.isupper()) or (
            token[:1].isupper()
            and token.casefold() not in function_words()
            and is_first_name(token)
        )
        self[token] = opens
        return opens


_OPENERS = _Openers()


def name_openers(text: str) -> list[re.Match[str]]:
    """The words of ``text`` a name may start with: listed first names and capital letters."""
    return [m for m in _WORD_RE.finditer(text) if _OPENERS[m.group()]]


def trailing_names(
    text: str, known: frozenset[str], openers: list[re.Match[str]] | None = None
) -> list[Candidate]:
    """Names that end a message or a line, stand before the customer's data, or introduce
    themselves (see the module docstring). ``known``: the agents' name keys; ``openers``:
    :func:`name_openers` of ``text`` when the caller has them."""
    found: list[Candidate] = []
    covered = 0
    for word in openers if openers is not None else name_openers(text):
        start = word.start()
        if start < covered:
            continue
        if len(word.group()) == 1 and not text.startswith(".", word.end()):
            continue  # a capital letter, but no initial
        self_named = _SELF_BEFORE_RE.search(text, max(0, start - _LOOK_BACK), start) is not None
        if not self_named and not after_break(text, start):
            continue
        names = _name_at(text, start, known)
        if not names:
            continue
        end = names[-1].end
        if (
            _FOLLOW_RE.match(text, end)
            or (self_named and _SELF_AFTER_RE.match(text, end))
            # "LG aus Linz, Jovana 😘 neue Nummer …": an emoji after a name that signs a greeting
            or (_EMOJI_AFTER_RE.match(text, end) and _after_greeting(text, start))
        ):
            found += names
            covered = end
    return found + _families(text, known) + _care_of(text, known) + unlisted_end(text, known)


_EMOJI_AFTER_RE = re.compile(rf"{_SP}*[\u2600-\u27bf\U0001f000-\U0001faff]")
_END_TRIM = " \t\u00a0\n!."
_SEGMENT_BREAKS = "\n.!?…,"
# "… from Nomvula Khumalo"; a closing word too: "… please. Thx Brenda" thanks the agent
_SENDER_WORDS = frozenset(["from", "von", "love", "xx", "x"]) | _CLOSINGS
_END_WORD_RE = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)*")
_END_WORDS = (2, 3)  # words in a name that ends a message
_GAELIC = frozenset(["Ó", "Ní", "Nic", "Mac", "Uí"])  # particles inside an Irish name


# Closings that greet, not thank: "Liebi Grüess us Luzern, Mäx" signs; "Danke, Mäx" may thank
# an agent.
_GREETINGS = _CLOSINGS - frozenset(["thanks", "thx", "danke", "from", "von", "x"])
_GREETING_WINDOW = 40  # characters before the name searched for the greeting


def _after_greeting(text: str, start: int) -> bool:
    """True when the clause before ``start`` (a comma there) holds a greeting ("Gruß aus
    Wien, …", "Liebe Grüße, …")."""
    if not text[:start].rstrip().endswith(","):
        return False
    before = text[max(0, start - _GREETING_WINDOW) : start]
    clause = re.split(r"[\n.!?…]", before)[-1]
    return any(w.casefold() in _GREETINGS for w in _WORD_RE.findall(clause))


def unlisted_end(text: str, known: frozenset[str]) -> list[Candidate]:
    """The message's last two or three words as a name when no dictionary knows any of them
    (see the module docstring)."""
    end = len(text.rstrip(_END_TRIM))
    start = max(text.rfind(mark, 0, end) for mark in _SEGMENT_BREAKS) + 1
    segment = text[start:end]
    words = segment.split()
    if words and words[0].casefold() in _SENDER_WORDS:
        start += segment.index(words[0]) + len(words[0])
        segment, words = text[start:end], words[1:]
    elif any(w.casefold() in _GREETINGS for w in words[:2]):
        # "Liebe Grüße aus Ulm von Folake Adewale": the words after the greeting's "von"
        cut = max(segment.rfind(" von "), segment.rfind(" from "))
        if cut > 0:
            start += segment.index(" ", cut + 1)
            segment = text[start:end]
            words = segment.split()
    if start == 0 or not (
        len(words) in _END_WORDS
        or (
            len(words) == 1
            and (
                _after_greeting(text, start)
                or thanks_after_agent(text, start, known)
                or signed_after_agent(text, start, known)
            )
        )
    ):
        return []  # a message that is only a name is no message to thank anyone
    # an Irish particle inside the name is part of it: "Ciarán Ó Súilleabháin"
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _GAELIC)]
    for word in words:
        if (
            _END_WORD_RE.fullmatch(word) is None
            or not word[0].isupper()
            or word.casefold() in function_words()
        ):
            return []
    if any(known_word(word) for word in words):  # the costly test last
        return []
    pos = start + len(segment) - len(segment.lstrip())
    name = name_after(text, pos, known, after_title=False)
    return [name] if name is not None and name.end == end else []


def _care_of(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    if "/" in text:
        for m in _CARE_OF_RE.finditer(text):
            named = name_after(text, m.end(), known, after_title=True)
            if named is not None:
                found.append(named)
    return found


def _families(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _FAMILY_RE.finditer(text):
        named = name_after(text, m.start(1), known, after_title=True)
        if named is not None and named.end == m.end(1):
            found.append(named)
    return found
