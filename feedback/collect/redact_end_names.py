"""Unlisted full names that end a message after a sentence, before the customer's town.

``redact_trailing`` takes a message's last two or three words as a name when no dictionary
knows any of them; after a full name the customer's town is that last segment, so "God bless.
Yaw Boateng-Owusu, Kumasi" and "Vielen Dank für die Hilfe. Chidinma Okonkwo-Eze, Lagos" were
left. Here the two or three words between a sentence's end and a comma are the name when they
are capitalised and no dictionary knows them (the first may be a listed first name, or any
word before a double-barrelled surname: "yaw" is an English word), and one capitalised word,
the town, ends the message. The town stays, as after every signed name.

One word alone that ends a message after a sentence of thanks or blessing ("Thanks. Adaeze",
"God bless you all. Ngozi", "Gott vergelt's Ihnen allen. Ifeoma") is the sender's name when it
is capitalised and no dictionary and no first-name list knows it (a listed first name there is
read by ``redact_trailing``): "Thanks. Bye" and "Danke. Top" stay. The thanks may end in
several marks or a line break ("Thanks so much!! Ama", "…\n\nMwangi"); a sentence of thanks has
at most five words, one that opens with "God bless" at most nine. A first try without the
thanks before it took a word that a held-out set keeps (docs/benchmarks.md, fifteenth session).

After any other sentence, in a message that thanks earlier, one word ends it as the sender's
name (eighteenth session): a listed first name in lower case ("… if the engineer needs it.
jess"), or a capitalised word that no dictionary and no list knows, not named before, and only
after the customer's own data ("Call [PHONE] if anything. Otieno", "… [PHONE]. Bisi"); without
that data the rule took words a held-out set keeps.
"""

from __future__ import annotations

import re

from feedback.collect.redact_lower_signatures import CHAT_WORDS
from feedback.collect.redact_names import name_after
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_trailing import (
    after_break,
    closing_words,
    english_word,
    function_words,
    has_title,
    known_word,
    reads_as_word,
)
from feedback.first_names import is_first_name, is_local_first_name

__all__ = ["end_names"]

_END_TRIM = " \t\u00a0\n!."
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_BREAKS = ".!?…\n"
# A sentence ends there, not an initial or an abbreviation ("K. Mensah", "Dr. Obi")
_SENTENCE_END_RE = re.compile(r"(?:[^\W\d_]{3}[.!?…]|[!?…\n])\Z")
# or a placeholder's ("… worked. [PHONE]. Bisi"), for a word after a sentence only
_PLACEHOLDER_END_RE = re.compile(r"[A-Z]\][.!]\Z")
_SIGN_OFFS = closing_words() | frozenset(["from", "von", "love", "xx", "x", "xo", "cheers"])


def end_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """A full name before the town at the end of ``text`` (see the module docstring)."""
    end = len(text.rstrip(_END_TRIM))
    if end == 0:
        return []
    comma = text.rfind(",", 0, end)
    sentence = max(text.rfind(mark, 0, end) for mark in _SENTENCE_BREAKS)
    if comma > sentence > 0 and _SENTENCE_END_RE.search(text, 0, sentence + 1):
        return _name_before_town(text, known, sentence + 1, comma, end)
    if sentence > 0 and _SENTENCE_END_RE.search(text, 0, sentence + 1):
        return _word_after_thanks(text, known, sentence, end) or _word_after_sentence(
            text, known, sentence, end
        )
    start = len(text) - len(text[sentence + 1 :].lstrip())
    if sentence > 0 and (
        _PLACEHOLDER_END_RE.search(text, 0, sentence + 1)
        # "… needs it. jess": a short word's full stop, not one set apart ("Prof . X")
        or (text[sentence - 1].isalpha() and after_break(text, start))
    ):
        return _word_after_sentence(text, known, sentence, end)  # "… needs it. jess"
    return []


def _word_after_sentence(
    text: str, known: frozenset[str], sentence: int, end: int
) -> list[Candidate]:
    """One word after any sentence ends a message that thanks before: "Thanks Wanjiku! …
    Call [PHONE] if anything. Otieno" (capitalised, no dictionary and no list knows it), "big
    thanks to Mo!! … if the engineer needs it. jess" (a listed first name in lower case that
    reads as no word; an English word only when the list gives it for an English- or
    German-speaking country)."""
    word = text[sentence + 1 : end].strip()
    if _THANKS_RE.search(text, 0, sentence) is None or not _NAME_WORD_RE.fullmatch(word):
        return []
    folded = word.casefold()
    if folded in closing_words() or folded in CHAT_WORDS or _after_title(text, sentence):
        return []  # "… ohne Abgase . Mfg", "…? Thx!", "thanks Prof. Geoffery"
    if word[0].isupper():
        # a brand or a place named before ("Thanks, Kabelnet! … Kabelnet") is no signature
        if is_first_name(word) or not _unknown_name_word(word) or is_org_word(word):
            return []
        named_before = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text[:sentence], re.I)
        if named_before is not None or _OWN_DATA_RE.search(text, 0, sentence) is None:
            return []  # a capitalised word signs only after the customer's own data
    elif (
        len(word) < 3
        or not is_first_name(word)
        or reads_as_word(word)
        or (english_word(folded) and not is_local_first_name(folded))
    ):
        return []
    pos = text.index(word, sentence + 1)
    view = text[:pos] + word[0].upper() + text[pos + 1 :]  # same length
    name = name_after(view, pos, known, after_title=False)
    return [name] if name is not None and name.end == end else []


# The customer's own data, replaced in an earlier pass: "Call [PHONE] if anything. Otieno"
_OWN_DATA_RE = re.compile(r"\[(?:PHONE|EMAIL|ADDRESS|IBAN|REF|ID)\]")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*\Z")


def _after_title(text: str, sentence: int) -> bool:
    """The full stop at ``sentence`` is a title's ("Prof. Geoffery", "Dr . Obi")."""
    last = _LAST_WORD_RE.search(text, max(0, sentence - 20), sentence)
    return last is not None and has_title([last.group(1)])


def _unknown_name_word(word: str) -> bool:
    """Title case in Latin letters, no dictionary knows it, no thanks and no cheer."""
    return (
        _capitalised_unknown([word])
        and _TITLE_CASE_RE.fullmatch(word) is not None
        and word.casefold() not in _OTHER_THANKS
        and _CHEER_RE.search(word) is None
    )


# Latin letters only: a word in another script after thanks is often thanks ("Спасибо!")
_TITLE_CASE_RE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿĀ-ž][a-zß-öø-ÿā-ž]+)*"
)
# Thanks, blessings and greetings of other languages that end a message like a name
_OTHER_THANKS_WORDS = """
    gracias grazie obrigado obrigada merci danke dankjewel dankuwel bedankt tack takk tak
    kiitos spasibo dziękuję dziekuje teşekkürler tesekkurler teşekkür sağol sağolun sagol
    asante köszönöm hvala děkuji dekuji ďakujem dakujem mulțumesc multumesc efharisto
    shukran shukriya dhanyavaad dhanyavad arigato arigatou xiexie mahalo toda ngiyabonga
    siyabonga enkosi medaase nagode amen inshallah mashallah alhamdulillah salam shalom
    namaste servus grüezi tschau ciao adios adieu cheerio"""
_OTHER_THANKS = frozenset(_OTHER_THANKS_WORDS.split())
_MAX_THANKS_WORDS = 5
# A cheer, no name: "Yayayay", "Hahaha", "Yesss" (a syllable or a letter said three times)
_CHEER_RE = re.compile(r"(?i)([^\W\d_]{1,3})\1\1|([^\W\d_])\2\2")
# A blessing may be longer: "God bless you and your family. Oluwakemi"
_MAX_BLESSING_WORDS = 9
_BLESSING_RE = re.compile(r"(?i)(?:may[ \t]+)?(?:god|gott)[ \t]+(?:bless|segne)\w*\b")
_THANKS_RE = re.compile(
    r"(?i)\b(?:thanks?|thx|ty|danke\w*|dank|bless|segne\w*|vergelt\w*|cheers|merci"
    r"|grateful|dankbar|appreciated?)\b"
)


def _word_after_thanks(
    text: str, known: frozenset[str], sentence: int, end: int
) -> list[Candidate]:
    word = text[sentence + 1 : end].strip()
    if is_first_name(word) or not _unknown_name_word(word):
        return []  # "Danke. MfG": a closing in capitals is no name
    # "Thanks so much!! Ama", "…Wendy!\n\nMwangi": the sentence before the marks that end it
    head = len(text[: sentence + 1].rstrip(_SENTENCE_BREAKS + " \t\u00a0"))
    before = max(text.rfind(mark, 0, head) for mark in _SENTENCE_BREAKS)
    thanks = text[before + 1 : head]
    limit = _MAX_BLESSING_WORDS if _BLESSING_RE.match(thanks.strip()) else _MAX_THANKS_WORDS
    if _THANKS_RE.search(thanks) is None or len(thanks.split()) > limit:
        return []  # a short sentence of thanks only ("Danke für alles."), no long story
    pos = text.index(word, sentence + 1)
    name = name_after(text, pos, known, after_title=False)
    return [name] if name is not None and name.end == end else []


def _capitalised_unknown(words: list[str]) -> bool:
    return all(
        _NAME_WORD_RE.fullmatch(word) is not None
        and word[0].isupper()
        and word.casefold() not in function_words()
        for word in words
    ) and not any(known_word(word) for word in words)


_DOUBLE_RE = re.compile(r"[A-ZÀ-ÝĀ-ž][^\W\d_]+-[A-ZÀ-ÝĀ-ž][^\W\d_]+")


def _first_before_double(words: list[str]) -> bool:
    """ "Yaw Boateng-Owusu", "Kwame Osei-Bonsu": a first name that is also a word ("yaw") is
    one before a double-barrelled surname, or when it is a listed first name."""
    first = words[0]
    if not first[:1].isupper() or first.casefold() in function_words():
        return False
    return is_first_name(first) or _DOUBLE_RE.fullmatch(words[-1]) is not None


def _name_before_town(
    text: str, known: frozenset[str], start: int, comma: int, end: int
) -> list[Candidate]:
    town = text[comma + 1 : end].split()
    words = text[start:comma].split()
    while words and words[0].casefold().strip(",:!") in _SIGN_OFFS:
        # "Lg Sepp Moser, Linz": the closing is no first name (the closing rules read the name)
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    if len(town) != 1 or not town[0][:1].isupper() or not town[0].isalpha():
        return []
    if len(words) not in (2, 3) or has_title(words) or not _capitalised_unknown(words[1:]):
        return []
    if not _capitalised_unknown(words[:1]) and not _first_before_double(words):
        return []
    pos = start + len(text[start:comma]) - len(text[start:comma].lstrip())
    name = name_after(text, pos, known, after_title=False)
    return [name] if name is not None and name.end == comma else []
