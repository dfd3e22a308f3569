"""Name particles and bracketed nicknames inside a person's name, for ``redact_names``.

A particle before a surname is part of the name ("Ilse de Vries", "G. van der Berg", "Amir bin
Said"); the German "von"/"zu" only where the name is a line of its own or set off by commas
("Charlotte von Bredow-Hagen", not "Lisa von Zalando"). A listed nickname in brackets between
first name and surname ("Robert (Bob) Delaney") is part of the name too.
"""

from __future__ import annotations

import re

from feedback.analyze.lemmas import known
from feedback.collect.redact_agent_names import FIRST_TOKEN_RE, NAME_TOKEN
from feedback.collect.redact_name_words import ACADEMIC, TITLE, is_name_word
from feedback.collect.redact_orgs import is_organisation
from feedback.first_names import is_first_name, is_local_first_name

__all__ = ["inner_particle", "nickname"]

_SP = "[ \t\u00a0]"


# A nickname in brackets or quotes between the first name and the surname: "Robert (Bob)
# Delaney", "William 'Billy' Hargreaves".
_NICKNAME_RE = re.compile(rf"{_SP}+[('‘\"“]({NAME_TOKEN})[)'’\"”]{_SP}+(?=[^\W\d_])")


def nickname(text: str, pos: int) -> re.Match[str] | None:
    """The bracketed nickname after ``pos`` when the name list gives it for an English- or
    German-speaking country: "(Bob)", "(Hannes)"; not the river of "Halle (Saale) Hbf"."""
    m = _NICKNAME_RE.match(text, pos)
    if m is None or not is_local_first_name(m.group(1)):
        return None
    return m if is_name_word(m.group(1), first_after_title=False, allow_caps=False) else None


# Particles inside a name, before its surname: "Ilse de Vries", "G. van der Berg", "Amir bin
# Said". Not the German "von"/"zu": "Anna von nebenan", "Grüße von Tom" are no names.
_INNER_PARTICLE_RE = re.compile(
    rf"{_SP}+((?:v\.|van|de|del|dela|della|delos|di|da|dos|du|ten|ter|le|la|bin|bint|ibn|abu|al|el|ap|ab|Ó|O|Ní"
    rf"|Nic|Mac)"
    rf"(?:{_SP}+(?:der|den|de|la|los|las))?){_SP}+(?=[^\W\d_])"
)


# A rank of the old nobility between the given names and "von": "Konstantin Graf von Bredow",
# "Wolfgang Freiherr von Richthofen". With it "von" is part of a name wherever it stands.
_RANKS = (
    "Graf|Gräfin|Freiherr|Freifrau|Freiin|Baron|Baronin|Baroness|Fürst|Fürstin|Prinz|Prinzessin"
    "|Herzog|Herzogin|Edler|Edle|Ritter|Reichsgraf|Reichsgräfin|Count|Countess"
)
# "von"/"zu" inside a name only where the name then ends its line: a signature such as
# "Charlotte von Bredow-Hagen" or "Dr. Friedrich von Hallerstein", not "Lisa von Zalando hat …".
# "von und zu" is tried first: "Leopold von und zu Hohenberg".
_INNER_VON_RE = re.compile(
    rf"{_SP}+((?P<rank>(?:{_RANKS}){_SP}+)?(?:von{_SP}+und{_SP}+zu|von|zu)(?:{_SP}+(?:der|dem))?)"
    rf"{_SP}+"
)
_SIGNATURE_ENDS_RE = re.compile(rf"{_SP}*(?:\n|\Z)")


def inner_particle(text: str, pos: int, name_start: int) -> re.Match[str] | None:
    """The particle after ``pos`` when a capitalised name word follows it; "von"/"zu" only in
    a name that is a line of its own ("Viele Grüße, Lisa von Flixbus" stays)."""
    m = _INNER_PARTICLE_RE.match(text, pos)
    von = m is None
    if von:
        m = _INNER_VON_RE.match(text, pos)
    if m is None:
        return None
    after = FIRST_TOKEN_RE.match(text, m.end())
    if after is None or not is_name_word(after.group(), first_after_title=False, allow_caps=False):
        return None
    if von and not (
        m.group("rank")
        or _after_rank(text, pos, name_start)
        or (_SIGNATURE_ENDS_RE.match(text, after.end()) and _starts_line(text, name_start))
        or _set_off_by_commas(text, name_start, after.end())
        or _titled_given_name(text, name_start, pos)
    ):
        return None
    return m


_RANK_BEFORE_RE = re.compile(rf"[^\W\d_]{_SP}+(?:{_RANKS})\Z")


def _after_rank(text: str, pos: int, name_start: int) -> bool:
    """True when a rank ends the name so far and a given name stands before it: "Konstantin
    Graf| von Bredow" ("Frau Graf von der Telekom": the rank is the whole name)."""
    return _RANK_BEFORE_RE.search(text, name_start, pos) is not None


# A title or a form's name label before the name: "Herr Carl von Ahlefeldt", "Absender: Dr.
# med. Carl-Friedrich von Ahlefeldt"
_TITLE_OR_LABEL_RE = re.compile(
    rf"(?:(?<![\w-]){TITLE}|(?P<label>(?i:absender(?:in)?|name|von|from|kontoinhaber(?:in)?)"
    rf"{_SP}*:))(?:{_SP}*{ACADEMIC})*{_SP}*\Z"
)


def _titled_given_name(text: str, start: int, pos: int) -> bool:
    """ "Herr Carl von Ahlefeldt", "Absender: Dr. med. Carl-Friedrich von Ahlefeldt": after a
    title or a name label, a listed given name before "von" is no "Lisa von Zalando" (no title
    there; "Herr Meier von Vodafone" stays: "Meier" is no given name). After a name label the
    surname may be a dictionary word too: "Absender: Prof. Dr. Hans-Georg zu Solms"."""
    head = _TITLE_OR_LABEL_RE.search(text, max(0, start - 40), start)
    if head is None:
        return False
    given = text[start:pos].split()
    von = _INNER_VON_RE.match(text, pos)
    after = FIRST_TOKEN_RE.match(text, von.end()) if von else None
    return (
        len(given) == 1
        and is_first_name(given[0].split("-")[0])
        and after is not None
        and (head.group("label") is not None or not known(after.group(), "de"))
        # "Frau Arslan von Herzen": no surname
        and not is_organisation(after.group())  # "Frau Lisa von Zalando": a firm
    )


def _set_off_by_commas(text: str, start: int, end: int) -> bool:
    """ "Mein Vater, Hans-Peter von Bülow, bedankt sich": a name in apposition."""
    return text[max(0, start - 3) : start].rstrip(" \t\u00a0").endswith(",") and text[
        end : end + 3
    ].lstrip(" \t\u00a0").startswith(",")


# A formal closing before the name on its line: "Gez. Leopold von Trotha", "Hochachtungsvoll,
# Adelheid von Bismarck" ("Viele Grüße, Lisa von Flixbus" stays)
_FORMAL_CLOSING = r"(?i:gez\.|gezeichnet|hochachtungsvoll|yours\s+(?:faithfully|sincerely))[,:]?"
_LINE_HEAD_RE = re.compile(
    rf"(?:(?:^|\n)[ \t\u00a0]*(?:{_FORMAL_CLOSING}{_SP}*)?|[.!?]{_SP}+{_FORMAL_CLOSING}{_SP}*)"
    rf"(?:{TITLE}{_SP}*(?:{ACADEMIC}{_SP}*)*)?\Z"
)


def _starts_line(text: str, start: int) -> bool:
    """True when only blanks, titles and a formal closing stand before ``start`` on its line
    ("Dr. Friedrich"), or a formal closing after a sentence ("… Mühe. Hochachtungsvoll, ")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_HEAD_RE.search(text[max(0, line_start - 1) : start]) is not None
