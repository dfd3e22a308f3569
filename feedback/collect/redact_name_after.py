"""Reading a name at a position: the name words, initials, particles and nicknames from there.

``name_after`` is shared by every name rule: after a title ("Herr Müller"), a greeting, a
closing, an introduction or a family word, it reads the customer's name as initials ("H. S.").
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import FIRST_TOKEN_RE as _FIRST_TOKEN_RE
from feedback.collect.redact_agent_names import NAME_TOKEN as _NAME_TOKEN
from feedback.collect.redact_agent_names import is_agent_name, is_agent_word
from feedback.collect.redact_initials import (
    PREFIXED_SURNAME_RE,
    compact,
    initial_of,
    is_initial,
    place_initials,
)
from feedback.collect.redact_name_particles import inner_particle, nickname
from feedback.collect.redact_name_words import (
    KIN_NOUNS,
    dotted_abbreviation,
    is_name_word,
    unknown_surname,
)
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.first_names import is_first_name

__all__ = ["name_after"]

_SP = "[ \t\u00a0]"
# The next word, or, right after an initial's dot, the next initial: "J.W. Bakker", "H.-D."
_NEXT_TOKEN_RE = re.compile(rf"(?:{_SP}+|(?<=\.)-?)({_NAME_TOKEN})")

# Name particles directly after a title ("Frau van der Meer", "Herr von Arnim", Irish "Mrs Ó
# Briain", "Mr Mac Aodha"). "von der", "vom", "zu" are left out on purpose: after "Herr"/"Frau"
# they are prepositions far more often ("der Herr von der Telekom", "meine Frau zu Hause").
_PARTICLE_RE = re.compile(
    rf"(?:von(?!{_SP}+(?:der|dem|den){_SP})|van|de|del|della|di|da|dos|du|ten|ter|af|bin|ibn"
    rf"|le|la|Ó|Ní|Nic|Mac|Uí)(?:{_SP}+(?:der|den|de|la))?{_SP}+(?=\w)"
)

# A word glued by a dot to a host's labels ("Nummerweb.de", "Dearwww.example.de") is no name.
_HOST_RE = re.compile(
    r"\.(?:[a-z0-9-]+\.)*(?:de|com|at|ch|net|org|info|eu|io|co|uk|us|ie|berlin|shop|app|me|biz)"
    r"(?![\w.-])"
)

# Name words and initials together ("Hans Peter O. Schmidt"); one limit for both keeps redaction
# idempotent: a group re-read as initials stops where the first reading stopped.
_MAX_NAME_WORDS = 4


# After a title, a capital letter alone before a capitalised word is an initial without its dot.
_BARE_INITIAL_RE = re.compile(r"[ \t\u00a0]+(?=[A-ZÄÖÜ])")


def _agent_surname_ends(tokens: list[str], token: str, known: frozenset[str]) -> bool:
    """After a title, one word of an agent's name that is no listed first name (a surname) and
    then a word of no agent's name with it: "Herr Horn Fragen" ("Herr Thomas Müller" reads on)."""
    return (
        len(tokens) == 1
        and is_agent_word(tokens[0], known)
        and not is_first_name(tokens[0])
        and not is_agent_name([tokens[0], token], known)
    )


def name_after(
    text: str,
    pos: int,
    known: frozenset[str],
    *,
    after_title: bool,
    first_name: bool = False,
    lead_initials: bool = False,
) -> Candidate | None:
    """The name starting at ``pos`` (after a title, greeting or closing) as a candidate.

    Initials between the words ("Michael O. Brown") become part of the name, so no surname is
    left behind. Initials before the first word ("M. Schneider") only with ``lead_initials``,
    for a line that is only a name: elsewhere "Herr B. Danach" may be a name that ended a
    sentence ("Herr Braun. Danach"), and reading on would make redaction not idempotent. With
    ``first_name`` the first word must be a listed first name ("Ich bin Klaus", not "Kunde").
    """
    particle = _PARTICLE_RE.match(text, pos) if after_title else None
    word = _FIRST_TOKEN_RE.match(text, particle.end() if particle else pos)
    if word is None:
        return None
    spans: list[tuple[int, int]] = []  # (start, end) of each word or initial, initials with "."
    verbatim: set[int] = set()  # particles inside a name ("de", "van"): part of it, no initial
    nicknames: set[int] = set()  # "Robert (Bob) Delaney": the "Bob", initialled in brackets
    tokens: list[str] = []  # the name words, without initials
    while word is not None and len(spans) - len(verbatim) < _MAX_NAME_WORDS:
        token = word.group(word.lastindex or 0)
        start, end = word.span(word.lastindex or 0)
        if is_initial(token) and text.startswith(".", end):
            spans.append((start, end + 1))  # an initial
        elif (
            after_title
            and not tokens
            and token.isascii()
            and is_initial(token)
            and _BARE_INITIAL_RE.match(text, end)
        ):
            spans.append((start, end))  # "Mrs P Oyelaran", "Dr A B Khan": initials without dots
        elif (
            spans
            and not tokens
            and not lead_initials
            and not compact(text, spans)
            and not all(text[e - 1] != "." for _, e in spans)  # bare "P": never a replacement
            # after a title, one initial and a surname no dictionary knows: "Mr P. Mulcahy"
            and not (after_title and len(spans) == 1 and unknown_surname(text, start, end))
        ):
            break
        elif tokens and is_org_word(token):
            break  # "Julian Stratenschulte Deutschland": the company's word ends the name
        elif after_title and _agent_surname_ends(tokens, token, known):
            break  # "falls Herr Horn Fragen hat" (agent Max Horn): the agent's name ends there
        elif tokens and token.casefold() in KIN_NOUNS and text[start - 2 : start - 1] == "s":
            break  # "Frau Okafor-Meyers Sohn, Chidi": a family word after a genitive
        elif (
            text.startswith(".", end)
            and text[end + 1 : end + 2].isalpha()
            and (tokens or dotted_abbreviation(token, text, end))
        ):
            break  # "Müller Dr.Müller", "Kundennr.Müller": an abbreviation glued to a word
        elif _HOST_RE.match(text, end):
            break  # "Nummerweb.de", "Dearwww.example.de": a host, and "N.de" would read "N."
        elif spans and dotted_abbreviation(token, text, end):
            # "Herr Müller Tel. 0171 …": the abbreviation starts the next datum; after initials
            # too ("P. M. Tel.", our own "Petra Müller Tel." read again)
            break
        elif (
            is_name_word(
                token, first_after_title=after_title and not tokens, allow_caps=after_title
            )
            or (spans and PREFIXED_SURNAME_RE.fullmatch(token))
        ) and (not first_name or tokens or is_first_name(token)):
            spans.append((start, end))
            tokens.append(token)
        elif spans and (inner := inner_particle(text, spans[-1][1], spans[0][0])) is not None:
            # "Ilse de Vries", "G. van der Berg": the particle is part of the name
            spans.append((inner.start(1), inner.end(1)))
            verbatim.add(len(spans) - 1)
            word = _FIRST_TOKEN_RE.match(text, inner.end())
            continue
        else:
            break
        word = _NEXT_TOKEN_RE.match(text, spans[-1][1])
        if word is None and tokens and (nick := nickname(text, spans[-1][1])) is not None:
            spans.append(nick.span(1))
            nicknames.add(len(spans) - 1)
            word = _FIRST_TOKEN_RE.match(text, nick.end())
    while spans and (len(spans) - 1 in verbatim or len(spans) - 1 in nicknames):
        spans.pop()  # a particle or nickname with no surname after it is no part of the name
    if not tokens:
        return None  # nothing but initials: "Herr M." is already redacted
    lead = text[spans[0][0] : spans[0][1]] if len(spans) > 1 else ""
    if lead.endswith(".") and place_initials(text, spans):
        return None  # "Washington, D.C. Area"
    if is_agent_name(tokens, known):
        return None  # our agent, praised by name: keep
    start = particle.start() if particle else spans[0][0]
    # Particles go with the name ("Gertrud van der Berg" -> "G. B."): they say much of a family
    replacement = " ".join(
        f"({initial_of(text[s:e])})" if i in nicknames else initial_of(text[s:e])
        for i, (s, e) in enumerate(spans)
        if i not in verbatim
    )
    end = spans[-1][1]
    if text.startswith(".", end):
        replacement = replacement[:-1]  # "Herr M." + "." would read "Herr M.."
    return Candidate(start, end, RedactionKind.NAME, replacement, Priority.NAME)
