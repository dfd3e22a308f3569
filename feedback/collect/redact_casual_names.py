"""Customers' own names in casual English messages, typed in lower case beside capitals.

A chat or text message often gives the agent a capital and the writer none: "hey its aoife
here, Liam was class", "its declan murphy, cheers to Eve", "thx Emma! – jas". ``redact_cased``
reads a message as lower case only when all of it is; these forms are read here in any case:

* an introduction ("its", "it's", "im", "i'm", "my name's", "the name's", "this is", "its me,"),
  perhaps a title, then one to four name words that end the clause: a punctuation mark, "here",
  "again", "btw", "and", "from" or the end ("its mr zhang wei here", "i'm małgorzata
  wiśniewska and I …");
* a name that opens the message, a line or follows a greeting, before "here" or "from … here"
  ("jan van der berg here", "Kasia from accounts here", "Hey, Kemi Adebayo-Johnson here!");
* a possessive before what one owns with a provider ("This is Ngozi's account", "Ngozi Eze's
  phone was fixed"), and "the account of olumide adeyemi";
* a sign-off that ends the message after a dash, "ta,", "love from", "from" or kisses ("– jas",
  "ta, siobhán", "love from mags x", "xx bex");
* a full name in brackets right after a name found so ("its ravi (ravi shankar iyer)").

After an English introduction a listed first name that is an English word too is a name
before a surname ("its sam cooper") or before where one lives ("its jade from flat 4"). Two
words there, one a short English word of three letters at most and the other no English word,
are a name when a comma and the writer's own clause follow ("its emeka obi, just wanted to say
…", "hey its yaw mensah, cheers to ben"); "its netflix app, keeps crashing" stays.

A name word is no function word and no common English word, unless it is a listed first name
before "here" ("cat here"); after a first name, a listed surname-like word may be an English
word too ("declan murphy"). Particles ("van der", "de la", "ní", "mac", "o'") join the name.
Agents' names stay, as everywhere ("its been ages but Sam …", "Mark my words" stay too).
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_intro_names import german_common_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, function_words, known_word
from feedback.first_names import is_first_name, is_local_first_name

__all__ = ["find_casual_names"]

_SP = r"[ \t\u00a0]"
_W = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# a name word is none of the words that end a name ("Bartek from accounts here")
_NW = rf"(?!(?i:from|here|and|again|btw|on|x+)\b){_W}"
_NAME = rf"(?P<name>{_NW}(?:{_SP}+{_NW}){{0,3}})"
# what may follow a name: the clause ends, or "here", "again", "btw", "and", "from", kisses
_END = (
    rf"(?={_SP}*(?:[,.!;:()–—]|-{_SP}|\n|\Z)"
    rf"|{_SP}+(?:here|again|btw|and|from|on{_SP}+behalf|x+)\b)"
)
_GREETING = r"(?i:hi|hey|hello|hiya|heya|hola|yo|morning|evening)"
# where a clause starts: the text, a line, a punctuation mark or a greeting ("hey its …");
# "thanks to its ssd", "in its simplest form", "Changing Its Program" start none
_CLAUSE = rf"(?:\A|[,.!;:\n(–—-]|(?<![^\W\d_]){_GREETING}\b[,!]?)[ \t]*"
_INTRO_RE = re.compile(
    rf"{_CLAUSE}(?:(?P<en>[Ii]t['’]?s|[Ii]['’]m|[Ii]{_SP}+am|[Tt]his{_SP}+is)|im|"
    rf"(?P<strong>[Mm]y{_SP}+name{_SP}+is|(?:[Mm]y|[Tt]he){_SP}+name['’]?s)|"
    rf"(?:ich{_SP}+)?bin{_SP}+(?:der|die))"
    rf"(?:{_SP}+me,?)?(?:{_SP}+(?P<title>mr|mrs|ms|miss|dr)\.?)?{_SP}+{_NAME}{_END}"
)
# "here" and then the clause ends: "jan van der berg here, …"; "Kaggle here I come" goes on
_HERE_RE = re.compile(
    rf"(?:\A|[\n.!]|(?<![^\W\d_])(?P<title>{_GREETING})\b[,!]?)[ \t]*{_NAME}"
    rf"(?:{_SP}+from{_SP}+[a-z]+(?:{_SP}+[a-z]+)?)?{_SP}+here(?={_SP}*(?:[,.!:;()–—-]|\n|\Z))"
)
_OWNED = r"(?:account|phone|number|mobile|landline|sim|contract|email)"
_POSSESSIVE_RE = re.compile(
    rf"{_CLAUSE}(?:(?P<intro>[Tt]his{_SP}+is|[Ii]t['’]?s){_SP}+)?"
    rf"{_NAME}['’]s{_SP}+(?i:{_OWNED})\b"
)
_ACCOUNT_OF_RE = re.compile(
    rf"(?<![^\W\d_])(?:the{_SP}+account{_SP}+of|sent{_SP}+by|"
    rf"(?P<holder>(?i:acc(?:ount|t)?\.?|card){_SP}*holder:?)){_SP}+{_NAME}{_END}"
)
# a sign-off that ends the message: "legend! – jas", "great – dre", "…, love from mags x",
# "legend!! - big love, dami",
# "xx bex (…)"
_SIGNOFF_RE = re.compile(
    rf"(?:(?:[.!?)\n]{_SP}*[–—-]|{_SP}[–—]){_SP}*(?:from{_SP}+)?|(?:[,.!?\n]|{_SP}[–—-]){_SP}*"
    rf"(?:ta|cheers|love|love{_SP}+from|(?:lots{_SP}+of|big|much){_SP}+love|xx+)[,!]?{_SP}+)"
    rf"{_NAME}(?:{_SP}+x+)?{_SP}*[!.]*{_SP}*(?:\([^()\n]{{2,60}}\))?{_SP}*\Z"
)
_BRACKET_RE = re.compile(
    rf"(?:{_SP}+(?:here|again|x+))?{_SP}*\((?P<name>{_W}(?:\.?{_SP}+{_W}){{1,3}})\)"
)
_PARTICLES = frozenset(
    ["van", "der", "den", "de", "la", "los", "las", "del", "di", "da", "le", "ní", "nic", "ó",
     "ua", "mac", "mc", "an", "al", "el", "bin", "ibn", "st"]
)  # fmt: skip
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr"])
# particles that open a surname: the word after them is no common word ("van der berg")
_SURNAME_PARTICLES = _PARTICLES - frozenset(["der", "den", "an", "st", "le", "la", "el", "al"])
# chat words after a first name, no surname: "its ravi lol", "im arjun tho"
_CHAT_TAILS = frozenset(
    ["lol", "haha", "tho", "though", "sorry", "pls", "please", "thanks", "thx", "ty", "mate",
     "x", "xx", "too", "also", "now", "today"]
)  # fmt: skip
_PRONOUNS = frozenset(["me", "my", "we", "us", "you", "so", "ok"])  # "its me dani again"
_WORD_RE = re.compile(_W)
_DWELLING_RE = re.compile(
    rf"{_SP}+from{_SP}+(?i:flat|apt\.?|apartment|unit|house|room|no\.?|number){_SP}*\#?\d"
)


def _name_ok(
    name: str,
    known: frozenset[str],
    *,
    here: bool = False,
    strong: bool = False,
    cue: bool = False,
    english: bool = False,
) -> bool:
    """The words of ``name`` read as a person's name (see the module docstring). ``here``: it
    stands before "here"; ``strong``: after "my name's", where a word may be a name too;
    ``cue``: after a title or a greeting ("its mrs li na", "hey, jo here"), where a listed
    first name may be a function word; ``english``: after an English introduction ("its sam
    cooper"), where a listed first name may be a German word too."""
    words = _WORD_RE.findall(name)
    folded = [w.casefold() for w in words]
    if not words or folded[0] in _PARTICLES or folded[-1] in _PARTICLES:
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # "it's GTSVYB", "LAUREN IM SCREAMING": codes and shouts
    if any(
        german_common_word(w)
        for i, w in enumerate(folded)
        if w not in _PARTICLES
        and len(w) > 1
        and not _after_particle(folded, i)
        and not ((cue or (english and i == 0)) and is_first_name(w))
    ):
        return False  # "ich bin der kleinste Typ", "– einfach hervorragend"
    if is_agent_name(words, known) or any(is_agent_name([w], known) for w in words):
        return False
    first = folded[0]
    if first in _TITLES or first in _CHAT_TAILS:
        return False
    if len(words[-1]) == 1 or (len(words) == 1 and first[1:2] in "'’"):
        return False  # "- tommo k": a lone letter; "it's me, d'accord": French
    if first in function_words():
        # "jo o'brien": a listed first name that is a function word, before a surname that no
        # dictionary knows; after a title or a greeting alone ("hey, jo here")
        if first in _PRONOUNS or not (
            is_first_name(first) and (cue or (len(words) > 1 and not known_word(folded[-1])))
        ):
            return False
    elif english_word(first) and not (
        (here and is_first_name(first)) or strong or (english and _listed_pair(folded))
    ):
        return False
    if len(words) == 1 and known_word(first) and not (is_first_name(first) or here or strong):
        return False
    for i, word in enumerate(folded[1:], 1):
        if word in _PARTICLES or len(word) == 1 or _after_particle(folded, i):
            continue  # "tyler j. washington": an initial; "jan van der berg": a surname
        if cue and is_first_name(word) and word not in _PRONOUNS and word not in _CHAT_TAILS:
            continue  # "its mrs li na here"
        if word in function_words() or word in _CHAT_TAILS or _past_tense(word):
            return False
        # "declan murphy": a surname the dictionary knows as a word, after a listed first name
        if english_word(word) and not (is_first_name(word) or is_first_name(first)):
            return False
    return True


# the writer's own clause after an introduction and a comma: "its emeka obi, just wanted …"
_OWN_CLAUSE_RE = re.compile(
    rf",{_SP}*(?i:just|wanted|want|i|i['’]m|im|cheers|thanks|thank|ta|calling|ringing|writing"
    rf"|hope|hi|hey|quick)\b"
)


# short nouns for a device, product or service part: "its tesco app, …", "its vodafone sim, …"
_THINGS = frozenset(
    [
        "app",
        "apps",
        "sim",
        "fan",
        "pad",
        "tv",
        "box",
        "hob",
        "bit",
        "card",
        "plan",
        "kit",
        "pc",
        "hub",
        "bot",
        "cam",
        "mic",
        "tab",
        "bill",
        "fee",
        "pin",
        "key",
        "tag",
        "lid",
        "cap",
        "cot",
        "mat",
        "vac",
        "ssd",
        "hdd",
        "usb",
        "bag",
        "mod",
        "set",
        "pod",
    ]
)


def _short_word_pair(text: str, m: re.Match[str], known: frozenset[str]) -> bool:
    """ "its emeka obi, just wanted …": after an English introduction, two lower-case words,
    one an English word of three letters at most ("obi", "yaw"), the other no English word,
    neither a function word nor a German word, before a comma and the writer's own clause."""
    if m.group("en") is None or _OWN_CLAUSE_RE.match(text, m.end("name")) is None:
        return False
    words = m.group("name").split()
    if len(words) != 2 or is_agent_name(words, known) or words[1] in _THINGS:
        return False
    if any(w in function_words() or german_common_word(w) or not w.isalpha() for w in words):
        return False
    english = [english_word(w) for w in words]
    short = [len(w) <= 3 for w in words]
    return english.count(True) == 1 and short[english.index(True)]


def _listed_pair(folded: list[str]) -> bool:
    """ "its sam cooper": after an English introduction, a first name the list gives for an
    English- or German-speaking country, though an English word, before a second word that
    is a listed first name or no English word ("its summer time", "its april fools" stay)."""
    return (
        len(folded) == 2
        and is_local_first_name(folded[0])
        and (is_first_name(folded[1]) or not english_word(folded[1]))
    )


def _after_particle(folded: list[str], i: int) -> bool:
    """``folded[i]`` follows a particle of a name that opens a surname ("van der berg")."""
    return (
        i > 0
        and folded[i] not in _PARTICLES
        and folded[i - 1] in _PARTICLES
        and any(w in _SURNAME_PARTICLES for w in folded[1:i])
    )


def _past_tense(folded: str) -> bool:
    """ "its ravi called": a verb in the past, no surname."""
    return len(folded) >= 5 and folded.endswith("ed") and english_word(folded)


def _candidate(text: str, start: int, end: int) -> Candidate:
    words = [w for w in _WORD_RE.findall(text, start, end) if w.casefold() not in _PARTICLES]
    initials = " ".join(w[0].upper() + "." for w in words)
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)


def _bracketed(text: str, end: int, known: frozenset[str]) -> re.Match[str] | None:
    """A full name in brackets right after ``end`` ("ravi (ravi shankar iyer)"), or None."""
    m = _BRACKET_RE.match(text, end)
    if m is not None and _name_ok(m.group("name").replace(".", " "), known, strong=True):
        return m
    return None


def _named(
    text: str, m: re.Match[str], known: frozenset[str], *, here: bool = False
) -> list[Candidate]:
    """The name of ``m`` and a full name in brackets after it. A nickname the rules would not
    take alone ("its raj (rajesh kumar)") is taken when the bracket's name starts with it."""
    start, end = m.span("name")
    strong = "strong" in m.re.groupindex and m.group("strong") is not None
    cue = "title" in m.re.groupindex and m.group("title") is not None
    english = "en" in m.re.groupindex and m.group("en") is not None
    bracket = _bracketed(text, end, known)
    # "its jade from flat 4": where one lives names the writer as "here" does
    here = here or (english and _DWELLING_RE.match(text, end) is not None)
    words = m.group("name").split()
    if len(words) > 1 and words[-1] in _THINGS:
        return []  # "its tesco app, just wanted …", "its vodafone sim, thanks": a brand's thing
    alone = _name_ok(m.group("name"), known, here=here, strong=strong, cue=cue, english=english)
    nickname = (
        bracket is not None
        and " " not in m.group("name")
        and bracket.group("name").casefold().startswith(m.group("name").casefold()[:2])
        and m.group("name").casefold() not in function_words()
    )
    if not (alone or nickname):
        return []
    found = [_candidate(text, start, end)]
    if bracket is not None:
        found.append(_candidate(text, *bracket.span("name")))
    return found


# cheap tests first: most quotes hold none of these words, and the patterns are not free
_INTRO_CUE_RE = re.compile(r"(?i:it['’]?s|i['’]?m|i am|name|this is|bin d(?:er|ie))\b")
_OWNED_CUE_RE = re.compile(rf"['’]s{_SP}+(?i:{_OWNED})\b")
_ACCOUNT_CUE_RE = re.compile(r"(?i:account of|sent by|holder)")
_SIGNOFF_CUE_RE = re.compile(r"[–—-]|(?i:ta|cheers|love|xx)\b")


def find_casual_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Writers' own names of the forms above in ``text`` (``known``: the agents' name keys)."""
    found: list[Candidate] = []
    if _INTRO_CUE_RE.search(text):
        for m in _INTRO_RE.finditer(text):
            if m.group("name").islower():  # capitalised names are read by the other rules
                named = _named(text, m, known)
                if not named and _short_word_pair(text, m, known):
                    named = [_candidate(text, *m.span("name"))]
                found += named
    if "here" in text:
        for m in _HERE_RE.finditer(text):
            found += _named(text, m, known, here=True)
    if _OWNED_CUE_RE.search(text):
        for m in _POSSESSIVE_RE.finditer(text):
            name = m.group("name")
            # alone, "Ngozi Eze's phone" needs two words; after "this is" one will do
            enough = len(name.split()) > 1 or (
                m.group("intro") is not None and not known_word(name)
            )
            if enough and _name_ok(name, known):
                found.append(_candidate(text, *m.span("name")))
    if _ACCOUNT_CUE_RE.search(text):
        for m in _ACCOUNT_OF_RE.finditer(text):
            # "acc holder Róisín Ní Bhriain": after a holder, a capitalised name too
            cased = m.group("name").islower() or m.group("holder") is not None
            if cased and _name_ok(m.group("name"), known):
                found.append(_candidate(text, *m.span("name")))
    tail = max(0, len(text) - 120)
    if _SIGNOFF_CUE_RE.search(text, tail):
        signoff = _SIGNOFF_RE.search(text, tail)
        if signoff is not None and signoff.group("name").islower():
            found += _named(text, signoff, known)
    return found
