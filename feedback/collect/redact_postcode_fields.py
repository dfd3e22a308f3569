"""A postcode given alone in a field: "PLZ 01067", "Zip 77036", "zip code for verification was
78704", "Postleitzahl: 4020".

A numeric postcode names a town or a quarter, and in prose it stays ("Grüße aus 4020 Linz",
"the team in 10115 Berlin"): a coarse place, not a customer's. After a postcode's label it is a
value of the customer's record, read out for verification next to a date of birth or a name, and
with those it narrows the customer down to a few people: the code goes. With a town after it
("Postleitzahl 6900 Bregenz ist im Liefergebiet") it names that town and stays.
A field's code follows its label right away, or after up to three words that make it a check
("for verification was"); "Meine PLZ ist 80331", "I'm in zip code 10001" say where someone
lives in prose, a coarse place, and stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_postcode_fields"]

_FIELD_RE = re.compile(
    r"(?i)(?:(?P<pre>[^\W\d_]+)[ \t]+)?"
    r"\b(?:plz|postleitzahl|zip(?:[ \t]?code)?|post(?:al)?[ \t]?code)(?![\w-])[ \t]*[:=]?[ \t]*"
    r"(?P<fill>(?:[^\W\d_]{1,14}[ \t]+){0,3}?)[:=]?[ \t]*"
    r"(?P<code>\d{4,5}(?:-\d{4})?)(?![\w]|[.,/:]\d)"
    # with a town after it the code names that town: "Postleitzahl 6900 Bregenz ist im
    # Liefergebiet", "PLZ 6020 Innsbruck" stay
    r"(?![ \t]+(?-i:[A-ZÄÖÜ])[^\W\d_]+)"
)
# words between the label and the code that make it a check of the customer's record
_CHECK_RE = re.compile(
    r"(?i)verif|security|sicherheit|identit|abgleich|prüfung|pruefung|check|confirm|bestätig"
)
# "I'm in zip code 10001", "aus PLZ 80331": where someone is, a place
_WHERE = frozenset({"in", "im", "aus", "from", "near", "around", "bei", "nach", "to", "area"})
_CHEAP_RE = re.compile(r"(?i)plz|postleitzahl|zip|post")


def find_postcode_fields(text: str) -> list[Candidate]:
    """The code after a postcode's label (module docstring)."""
    if _CHEAP_RE.search(text) is None:
        return []
    placeholder = PLACEHOLDERS[RedactionKind.ADDRESS]
    return [
        Candidate(
            m.start("code"), m.end("code"), RedactionKind.ADDRESS, placeholder, Priority.ADDRESS
        )
        for m in _FIELD_RE.finditer(text)
        if (m.group("pre") or "").casefold() not in _WHERE
        and (not m.group("fill") or _CHECK_RE.search(m.group("fill")))
    ]
