"""A customer's name in a message passed on through the agent: "tell them Deepa said so",
"tell him Bongani says hi", "let Kim know Thandiwe is very grateful", "Deepa says thanks",
"Sagt ihr, Svenja hat sich gefreut", "Sag Tom danke, sagt Emine".

Whoever is named as the one who says, sends or feels something in a message for the agent is
the writer or somebody of theirs; the agent is the one told ("tell Ravi", kept as an agent's
name anyway). The name must be a listed first name or a capitalised word no dictionary knows
("Bongani"); a lower-case one must be listed and no word ("tell her deepa said so"). A surname
may follow a capitalised first name.

The same holds for whoever the writer names beside themselves: "Chioma Eze and I finally got
the account opened", "Kwame Asante and family say thank you", "Huge thanks from Deborah and
me", "Tom und ich". Here the name must be capitalised.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, known_word
from feedback.first_names import is_first_name

__all__ = ["find_reported_names"]

_SP = r"[ \t\u00a0]"
_W = r"[^\W\d_][^\W\d_'’-]*[^\W\d_]"
_NAME = rf"(?P<name>{_W}(?:{_SP}+{_W})?)"
# What the named person does in the message passed on.
_EN_VERB = (
    r"said|says|sent|sends|is|was|wants|wanted|loved|loves|thinks|thought|appreciated"
    r"|appreciates|thanks|asked|asks|and\s+I|&\s+I"
)
_DE_VERB = (
    r"hat|ist|war|lässt|laesst|sagt|freut|bedankt|dankt|grüßt|gruesst|findet|fand|möchte"
    r"|will|meint|und\s+ich"
)
_TOLD = r"(?:him|her|them|you|\w+)"
_EN_TELL_RE = re.compile(
    rf"\b(?i:tell(?:ing)?{_SP}+{_TOLD}|let{_SP}+{_TOLD}{_SP}+know)"
    rf"(?:{_SP}*,)?{_SP}+(?i:that{_SP}+)?{_NAME}(?={_SP}+(?i:{_EN_VERB})\b)"
)
_DE_TELL_RE = re.compile(
    rf"\b(?i:sag(?:t|en{_SP}+sie|e)?|richte(?:t|n{_SP}+sie)?{_SP}+(?:ihr|ihm|ihnen)?{_SP}*aus)"
    rf"(?:{_SP}+(?i:ihr|ihm|ihnen|dem|der))?{_SP}*,?{_SP}*(?i:dass{_SP}+)?"
    rf"{_NAME}(?={_SP}+(?i:{_DE_VERB})\b)"
)
# "Deepa says thanks", "Oma Erna sends her love": a greeting passed on names its sender.
_SENDS_RE = re.compile(
    rf"(?<![\w'’]){_NAME}(?={_SP}+(?i:said{_SP}+so|says{_SP}+(?:hi|hello|hey|thanks|thank{_SP}+you"
    rf"|cheers|ta)|sends{_SP}+(?:(?:her|his|their|my|our){_SP}+)?(?:love|thanks|regards|best"
    r"|greetings|hugs))\b)"
)
# "…, sagt Emine." / "grüßt Svenja": the sender named after the verb, ending the clause.
_SAYS_END_RE = re.compile(
    rf"\b(?i:sagt|grüßt|gruesst|schreibt|meint|says|writes){_SP}+{_NAME}"
    rf"(?={_SP}*(?:[.!,;)]|\n|\Z|[\u2600-\u27bf\U0001f000-\U0001faff]))"
)

# "Chioma Eze and I", "Deborah and me", "Kwame Asante and family", "Tom und ich": found from
# the "and I" back to the one or two words before it (a scan of every word costs more)
_AND_ME_RE = re.compile(
    rf"{_SP}+(?:and|&|und){_SP}+(?:I|me|myself|ich|mir|mich"
    rf"|(?i:family|familie|the\s+kids|die\s+kinder))(?![\w'’])"
)
_WITH_ME_RE = re.compile(rf"(?<![\w'’@#]){_NAME}\Z")
_LOOK_BACK = 60  # characters before "and I" searched for the name
# Words before a place or a pet rather than a person: "from Milan and myself", "in India and
# I", "meine Katze Minka und ich" (an animal's name is nobody's personal data)
_PLACE_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|to|through|at|via|near|of|into|nach|auf|aus|bei|im|zum|zur|katze|kater|hund"
    r"|hündin|cat|dog|puppy|kitten|pony|pferd|horse)|(?<!thanks\s)"
    r"(?<!love\s)(?<!wishes\s)\bfrom)[ \t\u00a0]+\Z"
)


# Words one of which a text must hold for each pattern to be tried (cheap substring tests).
_CUES = (
    (_EN_TELL_RE, ("tell", "let ")),
    (_DE_TELL_RE, ("sag", "richte")),
    (_SENDS_RE, ("said so", "says ", "sends ")),
    (_SAYS_END_RE, ("sagt", "grüßt", "gruesst", "schreibt", "meint", "says", "writes")),
    (
        _WITH_ME_RE,
        (
            " and i",
            " and me",
            " and my",
            " and fam",
            " and the kids",
            "& i",
            "& me",
            " und ich",
            " und mi",
            " und fam",
            " und die kinder",
        ),
    ),
)

_CUE_FIRST = (_EN_TELL_RE, _DE_TELL_RE, _SAYS_END_RE)


def _first_word_ok(word: str, known: frozenset[str]) -> bool:
    if is_agent_word(word, known) or word.casefold() in function_words():
        return False
    if word[0].isupper():
        return is_first_name(word) or not known_word(word)
    return is_first_name(word) and not known_word(word)


def _surname_ok(word: str, known: frozenset[str]) -> bool:
    return (
        word[0].isupper()
        and not is_agent_word(word, known)
        and word.casefold() not in function_words()
        and not known_word(word)
    )


def _candidate(m: re.Match[str], known: frozenset[str]) -> Candidate | None:
    start, end = m.span("name")
    words = m.group("name").split()
    if not _first_word_ok(words[0], known):
        return None
    if len(words) == 2 and not (words[0][0].isupper() and _surname_ok(words[1], known)):
        return None  # a lower-case first word takes no surname; the second word must be one
    initials = " ".join(w[0].upper() + "." for w in words)
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)


def _cased_enough(pattern: re.Pattern[str], m: re.Match[str]) -> bool:
    """Beside "and I" only a capitalised name: "thanks and I hope" is no name."""
    return pattern is not _WITH_ME_RE or m.group("name")[0].isupper()


def _beside_me(text: str, start: int, words: list[str]) -> bool:
    """Beside "and I" a person: a listed first name written like one ("Deborah", not "DTW"),
    or two capitalised words that no dictionary knows ("Chioma Eze"), and not after a word
    that leads to a place ("from Milan and myself"; "thanks from Deborah and me" is one)."""
    if _PLACE_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    if not all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words):
        return False
    return is_first_name(words[0]) or (len(words) == 2 and not any(map(known_word, words)))


def _second_word(text: str, m: re.Match[str], known: frozenset[str]) -> Candidate | None:
    word = m.group("name").split()[-1]
    start = m.end("name") - len(word)
    if not (word[0].isupper() and _first_word_ok(word, known)):
        return None
    return Candidate(start, m.end("name"), RedactionKind.NAME, word[0] + ".", Priority.NAME)


def _matches(
    pattern: re.Pattern[str], text: str, lowered: str, cues: tuple[str, ...]
) -> list[re.Match[str]]:
    if pattern in _CUE_FIRST:
        # the pattern starts with its cue: try it only where a cue is (str.find runs in C)
        found: list[re.Match[str]] = []
        for cue in cues:
            at = lowered.find(cue)
            while at >= 0:
                if (m := pattern.match(text, at)) is not None:
                    found.append(m)
                at = lowered.find(cue, at + 1)
        return found
    if pattern is not _WITH_ME_RE:
        return list(pattern.finditer(text))
    found = []
    for anchor in _AND_ME_RE.finditer(text):
        m = _WITH_ME_RE.search(text, max(0, anchor.start() - _LOOK_BACK), anchor.start())
        if m is not None:
            found.append(m)
    return found


def find_reported_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of who sends a message passed on to the agent (see the module docstring)."""
    found: list[Candidate] = []
    lowered = text.lower()  # lower(), not casefold(): "ß" keeps its place
    for pattern, cues in _CUES:
        if not any(cue in lowered for cue in cues):
            continue  # most quotes hold no cue: skip the pattern's scan of every word
        for m in _matches(pattern, text, lowered, cues):
            c = _candidate(m, known) if _cased_enough(pattern, m) else None
            if c is None and pattern in (_SENDS_RE, _WITH_ME_RE) and " " in m.group("name"):
                # "Then Mark and I", "from Deborah and me": the name is the second word
                c = _second_word(text, m, known)
            if c is not None and pattern is _WITH_ME_RE:
                words = text[c.start : c.end].split()
                c = c if _beside_me(text, c.start, words) else None
            if c is not None:
                found.append(c)
    return found
