"""A message typed in one case, as the name rules read it.

"gruß peter", "MFG HANS MEIER": a message all in lower case or all in capitals gives no
capitals to tell names by. ``cased`` writes its listed first names and title words, and the
surname after each, with a capital, every other word in lower case. Common words that are
listed first names too stay words: "the guy deicing", "gee thnx", "the file reference".
"""

from __future__ import annotations

import re

import simplemma

from feedback.analyze.lemmas import LOW_MEMORY, known
from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_trailing import english_word, function_words
from feedback.first_names import is_first_name, is_local_first_name

__all__ = ["cased"]

# "O'DONNELL", "D'SOUZA" are one word: read as "O'Donnell"
_WORD_RE = re.compile(r"(?<![^\W\d_])[OoDd]['’][^\W\d_]{2,}|[^\W\d_]+")
_CODE_RE = re.compile(r"\S*\d\S*")
# our own placeholders: "kennzeichen [ID], bin die kim o'connor" is still typed in lower case
_PLACEHOLDER_RE = re.compile(r"\[[A-Z]+\]")
_DIGIT_RE = re.compile(r"\d")
_MIN_SINGLE_CASE = 12  # characters: a text this long in one case is typed that way throughout
_MIN_SINGLE_CASE_WORDS = 4
# Chat abbreviations that are listed first names too ("ty ty ty to jess" is thanks, not Ty).
_CHAT_WORDS = frozenset(
    ["ty", "thx", "np", "luv", "hun", "bro", "sis", "pls", "plz", "tbh", "sim"]
)  # "sim karte": a SIM card
_MY = frozenset(["mein", "meine", "meinem", "meiner", "unsere", "my"])
# English words before a noun: "the guy deicing", "a file reference" name no one.
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "every", "each", "some", "any", "no"]
)  # fmt: skip
_TITLE_WORDS = frozenset(
    ["frau", "herr", "herrn", "hr", "fr", "familie", "fam", "mr", "mrs", "ms", "miss", "dr"]
)
# Particles between a first name and a surname ("anneliese van den bosch", "gethin ap rhys"):
# written in lower case, the surname after them with a capital. The German "von"/"zu" are
# left out ("anna von nebenan").
_LEAD_PARTICLES = frozenset(
    [
        "van",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "ten",
        "ter",
        "le",
        "la",
        "bin",
        "ibn",
        "abu",
        "al",
        "el",
        "ap",
        "ab",
    ]
)
_SECOND_PARTICLES = frozenset(["der", "den", "de", "la", "los", "las"])
_VON = frozenset(["von", "vom", "zu", "zum", "zur"])


def _may_be_surname(folded: str) -> bool:
    """False for a function word that is no name particle: "mit", "und", "dem" after
    "familie" name no one; "von", "van", "de" may start a surname ("herr von der heide")."""
    return folded not in function_words() or folded in _LEAD_PARTICLES or folded in _VON


def _lower_first_name(folded: str, previous: str) -> bool:
    """True when ``folded``, a word of a text in one case, reads as a first name: a listed one,
    no function or chat word, no noun after an article ("the guy"), and no common English word
    unless the list gives the name for an English- or German-speaking country ("gee", "file"
    are words; "ben", "mohammed" names)."""
    return (
        folded not in function_words()
        and folded not in _CHAT_WORDS
        and previous not in _DETERMINERS
        and is_first_name(folded)
        and (is_local_first_name(folded) or not english_word(folded))
    )


_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)")


def _surname_next(text: str, end: int) -> bool:
    """True when the word after ``end`` reads as a surname: German gives it a capital (its
    lemma is a noun or a name: "fink" -> "Fink", "meier" -> "Meier"), or neither dictionary
    knows it ("yilmaz"). "frau albrecht bedanken", "herr wagner dran" stay two words."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None or m.group(1).casefold() in function_words():
        return False
    word = m.group(1).casefold()
    if known(word, "de"):
        lemma = simplemma.lemmatize(word, lang="de", greedy=True, low_memory=LOW_MEMORY)
        return lemma[:1].isupper() or _no_form_of(word, lemma)
    return not english_word(word)


def _no_form_of(word: str, lemma: str) -> bool:
    """True when ``word`` cannot be a form of the verb ``lemma``: a stem ending in "d" or "t"
    takes "-et", never a bare "-t" ("brandt" is no form of "branden", which makes "brandet";
    "Brandt" is a surname). "lädt", "gesandt" change the stem and stay verb forms."""
    stem = lemma[:-2] if lemma.endswith("en") else ""
    return stem.endswith(("d", "t")) and word == stem + "t"


def _particle_before_surname(text: str, end: int) -> bool:
    """True when a second particle may follow the particle ending at ``end`` ("van den"), and
    then a word that reads as a surname and is no English word: "van den bosch", not "da
    wollte", "de boss"."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is not None and m.group(1).casefold() in _SECOND_PARTICLES:
        end = m.end()
    after = _NEXT_WORD_RE.match(text, end)
    return (
        after is not None
        and not english_word(after.group(1).casefold())
        and _surname_next(text, end)
    )


def _past_tense(folded: str) -> bool:
    """An English verb in the past after a first name ("jake called", "kai sorted it"), no
    surname; "hameed", "reed" stay names (no word, or too short)."""
    return len(folded) >= 5 and folded.endswith("ed") and english_word(folded)


def _capitalised(word: str) -> str:
    if word[1:2] in "'’":  # "O'Donnell"
        return word[:3].upper() + word[3:].lower()
    return word[:1].upper() + word[1:].lower()


def cased(text: str, known: frozenset[str] = frozenset()) -> str:
    """``text`` as the name rules read it. A message typed all in lower case ("gruß peter") or
    all in capitals ("MFG HANS MEIER") gives no capitals to tell names by; its listed first
    names and title words, and the one word after each (a surname), are written with a
    capital, every other word in lower case. Same length, so the candidates' places fit
    ``text``; a text in mixed case is returned as it is. ``known``: the agents' name keys."""
    if len(text) < _MIN_SINGLE_CASE:
        return text
    if not (text.islower() or text.isupper()):
        # Codes with digits ("RA-448190", "A77-204193") keep their capitals in a typed message.
        typed = _CODE_RE.sub(" ", text) if _DIGIT_RE.search(text) else text
        typed = _PLACEHOLDER_RE.sub(" ", typed) if "[" in typed else typed
        if not (typed.islower() or typed.isupper()):
            return _titled(text, known)
    if len(_WORD_RE.findall(text)) < _MIN_SINGLE_CASE_WORDS:
        return text  # "IBAN: DE89 …", "OK DANKE": a label or a shout, not a typed message
    parts: list[str] = []
    cursor = 0
    # "title", "wife" ("meine frau"), "first" (a first name), "particle" ("van" after one) or ""
    # for the word before
    before = ""
    previous = ""  # the word before, case-folded
    for m in _WORD_RE.finditer(text):
        word = m.group()
        gap = text[cursor : m.start()]
        folded = word.casefold()
        joined = gap.strip(" \t") == ""
        if m.start() and _PLACEHOLDER_RE.match(text, m.start() - 1):
            parts += [gap, word]  # a placeholder stays as it is and ends a name
            before, previous, cursor = "", folded, m.end()
            continue
        if before in ("title", "wife") and joined:
            # "frau albrecht": the surname after a title, then the name ends; "meine frau anja
            # kessler": a wife's first name goes on to her surname; "frau hannelore fink": a
            # first name after a title too, before a word that reads as a surname
            # (not an agent's: "herr jonas technik" praises the agent Jonas of the technicians)
            first = is_first_name(word) and (
                before == "wife"
                or (not is_agent_word(word, known) and _surname_next(text, m.end()))
            )
            # "familie mit dem neuen tarif": a function word after a title is no surname
            kind, up = ("first" if first else ""), _may_be_surname(folded)
        elif (
            before == "first"
            and joined
            and folded in _LEAD_PARTICLES
            and _particle_before_surname(text, m.end())
        ) or (before == "particle" and joined and folded in _SECOND_PARTICLES):
            kind, up = "particle", False  # "anneliese van den bosch": the surname follows
        elif folded in _TITLE_WORDS:
            kind, up = ("wife" if previous in _MY else "title"), True
        elif _lower_first_name(folded, previous) and not is_agent_word(word, known):
            kind, up = "first", True  # (an agent's first name, "kai sorted it", stays a word)
        else:
            up = (
                before in ("first", "particle")
                and joined
                and folded not in function_words()
                and folded.strip("x") != ""  # "sue xxx": kisses, no surname
                and not _past_tense(folded)  # "my son jake called": a verb
            )
            kind = ""
        parts += [gap, _capitalised(word) if up else word.lower()]
        before, previous = kind, folded
        cursor = m.end()
    parts.append(text[cursor:])
    view = "".join(parts)
    return view if len(view) == len(text) else text


# A title typed in lower case in a message with capitals elsewhere: "with my grandad, mr ebenezer
# asante." No "dr", "hr", "fr" here: "24 hr support", "fr tho" are no titles in mixed case.
_LOWER_TITLE_RE = re.compile(r"(?<![^\W\d_])(?:mr|mrs|ms|herr|herrn|frau)[ \t]+(?=[^\W\d_])")


def _titled(text: str, known: frozenset[str]) -> str:
    """``text`` with each lower-case title and the lower-case name after it written with
    capitals, when the word after the title reads as a surname or a listed first name."""
    if _LOWER_TITLE_RE.search(text) is None:
        return text
    view = list(text)
    for m in _LOWER_TITLE_RE.finditer(text):
        after = _WORD_RE.match(text, m.end())
        if after is None or is_agent_word(after.group(), known):
            continue
        # "mr p. ashworth-jones": after an initial, the word after it must read as a surname
        initial = _initial_end(text, after)
        if not _surname_next(text, (m.end() if initial is None else initial) - 1):
            continue
        view[m.start()] = view[m.start()].upper()
        end = m.end()
        for _ in range(2):  # a first name and a surname at most
            word = _WORD_RE.match(text, end)
            if word is None or not word.group().islower():
                break
            initial = _initial_end(text, word)
            if initial is None and word.group() in function_words():
                break
            view[word.start()] = view[word.start()].upper()
            if initial is not None:
                end = initial  # the surname after the initial
                continue
            if not (is_first_name(word.group()) and _surname_next(text, word.end())):
                break
            end = word.end() + 1
            while end < len(text) and text[end] in " \t":
                end += 1
    titled = "".join(view)
    return titled if len(titled) == len(text) else text


def _initial_end(text: str, word: re.Match[str]) -> int | None:
    """Where the next word starts when ``word`` is an initial with its dot ("p. ashworth")."""
    if len(word.group()) != 1 or not text.startswith(". ", word.end()):
        return None
    return word.end() + 2
