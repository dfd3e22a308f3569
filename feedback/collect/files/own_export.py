"""Our own exports read back as stored: the import finds every quote of such a file again.

The files for people (CSV for German Excel, XLSX) write redaction placeholders in words of the
export's language ("[Telefonnummer]", "Kundennummer [entfernt]"), and the CSVs guard a text a
spreadsheet would run as a formula with a leading ``'`` (:mod:`feedback.export.cells`). Read
back as written, such a quote was another text: imported again as a new quote. Here each
becomes what the store holds: the guard's ``'`` goes, and every placeholder's words become its
token (``[PHONE]``), whichever language wrote them.

"[entfernt]" / "[removed]" stands where the words before already name what was removed
(:func:`feedback.render.placeholders.placeholder_label`): the token is the one those words name
("Telefon: [entfernt]" is ``[PHONE]``). Words that fit several ("Nummer [entfernt]": a customer
number, a phone, a card?) take the first of :data:`_PREFERRED` they fit, the kind redaction
finds most often after them.
"""

from __future__ import annotations

import re
from functools import cache

from feedback.export.cells import looks_like_formula
from feedback.i18n import LANGUAGES, t
from feedback.render.placeholders import TOKEN_KEYS, placeholder_label

__all__ = ["OWN_EXPORT", "stored_placeholders", "unguarded"]

# The format's name in formats.toml.
OWN_EXPORT = "own_export"
# Why this order: where the words before fit several kinds ("Nummer"), a customer or case
# number is what redaction finds most, then phones; kinds with words of their own after.
_PREFERRED = (
    "[REF]",
    "[PHONE]",
    "[CARD]",
    "[ID]",
    "[IBAN]",
    "[EMAIL]",
    "[ADDRESS]",
    "[BIRTHDATE]",
)
# Words naming one kind only: "Telefonnummer [entfernt]" is a phone, whatever "nummer" fits.
_OWN_WORDS = {
    "[PHONE]": re.compile(r"telefon|handy|mobil|phone|festnetz|whatsapp|\b(?:tel|fon|fax)\b", re.I),
    "[CARD]": re.compile(r"karte|card", re.I),
    "[IBAN]": re.compile(r"iban|konto|bankverbindung|account(?!\s*(?:no|number|id)\b)", re.I),
    "[EMAIL]": re.compile(r"mail", re.I),
    "[ID]": re.compile(r"ausweis|kennzeichen|plate|registration", re.I),
    "[BIRTHDATE]": re.compile(r"geb|birth|born|\bdob\b", re.I),
    "[ADDRESS]": re.compile(r"anschrift|adress|address", re.I),
}
_CLAUSE_END = re.compile(r"[.!?;,\n)\]]")
_TAIL = 40  # characters before a placeholder that may name it, as the export reads them


def unguarded(value: str) -> str:
    """``value`` without the ``'`` the CSV formula guard put before it ("'=1+1" -> "=1+1");
    a ``'`` the customer wrote before other words stays."""
    if value.startswith("'") and looks_like_formula(value[1:]):
        return value[1:]
    return value


@cache
def _labels() -> tuple[dict[str, str], frozenset[str], re.Pattern[str]]:
    """Words -> token for each placeholder in every language; the "removed" words; a pattern
    finding any of them in brackets."""
    by_words: dict[str, str] = {}
    removed: set[str] = set()
    for lang in LANGUAGES:
        for token, key in TOKEN_KEYS.items():
            by_words.setdefault(f"[{t(key, lang)}]", token)
        removed.add(f"[{t('common.redaction_removed', lang)}]")
    words = sorted({*by_words, *removed}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in words))
    return by_words, frozenset(removed), pattern


def stored_placeholders(text: str) -> str:
    """``text`` with the placeholders a human export wrote in words as stored tokens."""
    if "[" not in text:
        return text
    by_words, removed, pattern = _labels()
    parts: list[str] = []
    cursor = 0
    for match in pattern.finditer(text):
        words = match.group()
        before = "".join(parts) + text[cursor : match.start()]
        token = _removed_token(before, words) if words in removed else by_words[words]
        parts.append(text[cursor : match.start()] + (token or words))
        cursor = match.end()
    parts.append(text[cursor:])
    return "".join(parts)


def _removed_token(before: str, words: str) -> str | None:
    """The token that "[entfernt]" after ``before`` stands for; None if no kind's words are
    there (then the customer wrote "[entfernt]" themselves)."""
    lang = next(lang for lang in LANGUAGES if words == f"[{t('common.redaction_removed', lang)}]")
    fits = [token for token in _PREFERRED if placeholder_label(token, lang, before) == words]
    tail = _CLAUSE_END.split(before[-_TAIL:])[-1]
    own = [token for token in fits if (named := _OWN_WORDS.get(token)) and named.search(tail)]
    found = own or fits
    return found[0] if found else None
