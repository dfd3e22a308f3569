"""A name before an address that the customer gives as where mail reaches them: the German
"bei" ("Neue Anschrift: bei Meier, Rosenstr. 7, 01067 Dresden", "bei Fam. Öztürk, …"), written
like "c/o" (``redact_trailing`` reads "c/o"). The address must follow right after the comma,
already replaced ("bei Meier, [ADDRESS]"), so "bei Anruf, bitte …" stays; so do companies
("bei Vodafone, [ADDRESS]") and agents' names.
"""

from __future__ import annotations

import re

from feedback.collect.redact_names import name_after
from feedback.collect.redact_orgs import is_organisation
from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, RedactionKind

__all__ = ["find_care_of_names"]

_SP = r"[ \t\u00a0]"
_BEI_RE = re.compile(rf"\b[Bb]ei{_SP}+(?:(?:Familie|Fam\.){_SP}+)?(?=[A-ZÄÖÜ])")
_ADDRESS_AFTER_RE = re.compile(rf"{_SP}*,{_SP}*{re.escape(PLACEHOLDERS[RedactionKind.ADDRESS])}")


def find_care_of_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names after "bei" right before an address (see the module docstring)."""
    found: list[Candidate] = []
    if PLACEHOLDERS[RedactionKind.ADDRESS] not in text:
        return found
    for m in _BEI_RE.finditer(text):
        named = name_after(text, m.end(), known, after_title=True)
        if (
            named is not None
            and _ADDRESS_AFTER_RE.match(text, named.end)
            and not is_organisation(text[named.start : named.end])
        ):
            found.append(named)
    return found
