"""Customers' social-media handles: "@jamie_okafor92", "@lena.hartmann", "@kateosullivan".

A handle made of a person's name is personal data like the name itself, and an initial after
an "@" ("@J.") would read as another handle. Such a handle becomes ``[HANDLE]``, which the UI
localises. A handle is taken as a person's when its first part is a listed first name and
either another part follows ("jamie_okafor92", "max.vogt") or, all in lower case, the rest is a
word no dictionary knows ("kateosullivan"). Companies' and teams' handles stay: a part names a
role or a company ("@lena_support", "@StromNord_Hilfe", "@TelcoCareUK"), or the handle opens
with no first name ("@ShopRiteNG", "@energie_sued"). So do the agents' own handles. A handle
the customer gives as their own ("follow me @dj_kwesi_official", "Insta: @…") goes whatever
its shape ("I'm @gaz_1990 on there", "Insta is @…" too); so does an initial and a word no
dictionary knows ("@m.reyes_88"), and so does a Reddit user's name ("u/rach_k1990"). In lower
case, two parts that read as names no dictionary knows go too ("@kwesi.mensah"), and such a
name with two more parts ("@segun_cooks_mcr").
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import known_word, reads_as_word
from feedback.first_names import is_first_name, is_local_first_name

__all__ = ["find_handles"]

_HANDLE_RE = re.compile(r"(?<![\w@.])@([A-Za-z][\w.]{2,30}[A-Za-z\d_])")
_PARTS_RE = re.compile(r"[_.\d]+")
_NAME_ONSET_RE = re.compile(r"[^aeiouy]?[aeiouy]")  # "segun", "ama"; not "bpol", "ksta"
_VOWEL_RE = re.compile(r"[aeiouyäöüéèáàíóúı]")
_LETTER_PARTS_RE = re.compile(r"[a-z]+(?:[_.][a-z]+)+[_\d]*")  # "kwesi.mensah_92", not "uncre4tiv3"
# A Reddit user: "u/rach_k1990 here"; always a person's account, never a company's subreddit
_REDDIT_RE = re.compile(r"(?<![\w/.])u/[A-Za-z0-9][\w-]{2,19}(?![\w-])")
# Parts that make a handle a company's or a team's, besides ``is_org_word``'s words.
_ROLE_WORDS = (
    "help hilfe care cs service team official info news shop store app de at ch uk us hq"
    " kundenservice kunden customer customers press presse jobs careers"
)
_ROLE_PARTS = frozenset(_ROLE_WORDS.split())
_MIN_FIRST = 3  # letters of the first name a handle opens with ("al_smith" is too unsure)
# Shortest word that, at the end of a run-together handle, makes it a brand's ("…music"); and
# at its start ("american…"). Shorter ones end and open surnames too ("underwood", "marksmith").
_WORD_END = 5
_WORD_START = 6
_PLACEHOLDER = PLACEHOLDERS[RedactionKind.HANDLE]


def _first_name(part: str) -> bool:
    return len(part) >= _MIN_FIRST and not reads_as_word(part) and is_first_name(part)


def _plain_word(word: str) -> bool:
    """A dictionary word that is no name as well ("music", not "sullivan")."""
    return known_word(word) and not is_first_name(word)


def _joined(handle: str) -> bool:
    """ "kateosullivan": a first name of the languages' countries and a rest that reads as a
    surname, in lower case. Brands run words together too, so the rest may not end in a word
    ("orlandosentinel", "vitaminwater", "beatsmusic"), and the handle may not open with a
    longer word than the name ("americanair")."""
    if not handle.islower() or not handle.isalpha() or known_word(handle):
        return False
    for cut in range(_MIN_FIRST, len(handle) - _MIN_FIRST + 1):
        first, rest = handle[:cut], handle[cut:]
        if not (_first_name(first) and is_local_first_name(first)) or known_word(rest):
            continue
        if any(_plain_word(rest[i:]) for i in range(len(rest) - _WORD_END + 1)):
            continue
        if any(known_word(handle[:j]) for j in range(max(cut + 1, _WORD_START), len(handle))):
            continue
        return True
    return False


def _initial_and_surname(parts: list[str]) -> bool:
    """ "@m.reyes_88", "@j_okafor": an initial, then a part that no dictionary knows."""
    return (
        len(parts[0]) == 1
        and len(parts[1]) >= _MIN_FIRST
        and parts[1].isalpha()
        and not known_word(parts[1])
    )


def _unlisted_pair(handle: str, parts: list[str]) -> bool:
    """ "@kwesi.mensah", "@ama_owusu_": in lower case, a first part the list lacks and a later
    part, both read as names: no dictionary knows them and they hold a vowel (brands' parts
    are words or letters: "@bahn_info", "@sbb_cff_ffs"); or such a first part of four letters
    or more and two parts of any kind after it ("@segun_cooks_mcr")."""
    return (
        handle.islower()
        and _LETTER_PARTS_RE.fullmatch(handle) is not None
        and _unknown_name(parts[0])
        # or three parts after a name of four letters that opens like one ("@segun_cooks_mcr";
        # "@bpol_air_fra" is an agency's)
        and (
            any(_unknown_name(p) for p in parts[1:])
            or (
                len(parts) >= 3 and len(parts[0]) > 3 and _NAME_ONSET_RE.match(parts[0]) is not None
            )
        )
    )


def _unknown_name(part: str) -> bool:
    """A part no dictionary knows, also with umlauts written out ("koeln" is "köln")."""
    return (
        len(part) >= _MIN_FIRST
        and part.isalpha()
        and _VOWEL_RE.search(part) is not None
        and not known_word(part)
        and not known_word(part.replace("oe", "ö").replace("ue", "ü").replace("ae", "ä"))
    )


def _personal(handle: str, known: frozenset[str]) -> bool:
    parts = [p.casefold() for p in _PARTS_RE.split(handle) if p]
    if not parts or any(p in _ROLE_PARTS or is_org_word(p) for p in parts):
        return False
    if is_agent_name(parts, known):
        return False  # our agent's own handle
    if len(parts) >= 2:
        return _first_name(parts[0]) or _initial_and_surname(parts) or _unlisted_pair(handle, parts)
    return _joined(handle)


# The customer gives their own handle: "follow me @dj_kwesi_official", "find me on insta @…",
# "folgt mir gern: @…", "my insta is @…", "Insta: @…", "bin auf Insta als @…", "🙏 me @…".
# Any shape is then theirs, unless it is an agent's.
_CLAUSE_END = "[.!?…,\n\u2600-\u27bf\U0001f000-\U0001faff]"
_OWN_CUE_RE = re.compile(
    r"(?i:\b(?:follow[ \t]+me(?:[ \t]+on[ \t]+\w+)?|folg(?:t|en[ \t]+sie)?[ \t]+mir"
    r"(?:[ \t]+gerne?)?"
    # "find me on insta @…", "ihr findet mich auf TikTok unter @…"
    r"|find(?:et|en[ \t]+sie)?[ \t]+(?:me|mich)(?:[ \t]+(?:on|auf)[ \t]+\w+)?"
    r"(?:[ \t]+(?:unter|als|as))?|(?:my|mein|meine)[ \t]+(?:insta(?:gram)?|ig|twitter|tiktok|handle"
    r"|account|profil|kanal|channel|username|nutzername|benutzername)(?:[ \t]+(?:is|ist))?"
    r"|(?:insta(?:gram)?|ig|tiktok)(?=[ \t]*:)"
    # "Handle here is @…", "my username there: @…", "mein Nutzername hier ist @…"; not after
    # another word ("their handle here is @NetflixUK")
    r"|(?:(?<![^\W\d_][ \t])|(?<=\bmy[ \t])|(?<=\bmein[ \t]))"
    r"(?:handle|username|nutzername|benutzername)[ \t]+(?:here|there|hier|dort)"
    r"(?:[ \t]+(?:is|ist))?"
    # "Insta is @…", "my IG's @…", "auf Insta als @…", "on TikTok as @…"
    r"|(?:insta(?:gram)?|ig|tiktok|snap(?:chat)?|twitter|facebook|fb|youtube)"
    r"(?:[ \t]+(?:is|ist|als|as)|['’]s)"
    # "me @…" opening a clause: "🙏 me @segun_cooks_mcr still cooking", "it's me, @…"
    rf"|(?:\A|(?<={_CLAUSE_END})|(?<={_CLAUSE_END}[ \t]))(?:it['’]?s[ \t]+)?me,?))"
    r"[ \t]*:?[ \t]*\Z"
)
# "I'm @gaz_1990 on there", "ich bin @…": the customer's name there, unless the handle names a
# role or a company ("I'm @shop_help's biggest fan"); "im" is German too ("im @Kanal"), so
# without an apostrophe only before "on".
_I_AM_RE = re.compile(r"(?i:\b(?P<im>im|i['’]m|i[ \t]+am|ich[ \t]+bin))[ \t]+\Z")
_ON_RE = re.compile(r"[ \t]+on\b")
_CUE_WINDOW = 40  # characters before a handle searched for the cue


def _own(text: str, m: re.Match[str], known: frozenset[str]) -> bool:
    window = max(0, m.start() - _CUE_WINDOW)
    parts = [p for p in _PARTS_RE.split(m.group(1)) if p]
    if _OWN_CUE_RE.search(text, window, m.start()) is None:
        i_am = _I_AM_RE.search(text, window, m.start())
        if (
            i_am is None
            or (i_am.group("im").casefold() == "im" and not _ON_RE.match(text, m.end()))
            or any(p.casefold() in _ROLE_PARTS or is_org_word(p.casefold()) for p in parts)
        ):
            return False
    return not is_agent_name(parts, known)


def find_handles(text: str, known: frozenset[str]) -> list[Candidate]:
    """Handles made of a customer's name, or given as the customer's own, as ``[HANDLE]``
    (``known``: agents' name keys)."""
    found = (
        [
            Candidate(m.start(), m.end(), RedactionKind.HANDLE, _PLACEHOLDER, Priority.NAME)
            for m in _REDDIT_RE.finditer(text)
        ]
        if "u/" in text
        else []
    )
    if "@" not in text:
        return found
    return found + [
        Candidate(m.start(), m.end(), RedactionKind.HANDLE, _PLACEHOLDER, Priority.NAME)
        for m in _HANDLE_RE.finditer(text)
        if _personal(m.group(1), known) or _own(text, m, known)
    ]
