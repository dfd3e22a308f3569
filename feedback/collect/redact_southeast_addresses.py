"""Greek, Polish and Turkish addresses, as ``[ADDRESS]`` candidates.

* Greek: a street with its number, then a comma and the town with the five-digit postcode
  written "NNN NN" before or after it: "Odos Tsimiski 78, Thessaloniki 546 22", "31 Patission
  Street, 104 32 Athens". The street alone was caught by the German and English rules, but the
  postcode and the town were left ("[ADDRESS], Thessaloniki 546 22");
* Polish: a street after "ul."/"al."/"os."/"pl." with its number, flat ("21/3", "5 m. 7") and
  the postcode "NN-NNN" with the town: "ul. Floriańska 21/3, 31-019 Kraków";
* Turkish: a street ending in "Cad."/"Caddesi"/"Sok."/"Sokak"/"Bulvarı", the quarter before it
  ("Cumhuriyet Mah."), "No: 17", "D: 3" or "Daire 3", and the five-digit postcode with the
  district and the province ("06420 Çankaya/Ankara").

Each needs its number after the street word, and the Greek one a town after or before the
postcode that is no unit ("120 30 Euro" stays).
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_southeast_addresses"]

_UP = "A-ZÀ-ÝĀ-žΑ-Ω"  # Latin, Latin Extended-A (Ł, Ś, İ, Ş …) and Greek capitals
_WORD = rf"[{_UP}][\w'’.-]*"
# a town of one or two words, on one line ("Łódź\nPolen": the country stays)
_TOWN = rf"[{_UP}][\w'’-]+(?:[ \t\u00a0][{_UP}][\w'’-]+)?"
_GR_POSTCODE = r"[1-8]\d{2}\s\d{2}(?![\d])"
_GR_STREET = (
    rf"(?:(?:Odos|Odou|Odós|Leoforos|Leof\.|Plateia|Plateía)\s{_WORD}(?:\s{_WORD}){{0,2}}"
    rf"\s\d{{1,4}}[A-Za-z]?"
    rf"|\d{{1,4}}[A-Za-z]?,?\s{_WORD}(?:\s{_WORD}){{0,3}}"
    rf"|{_WORD}(?:\s{_WORD}){{0,2}}\s\d{{1,4}}[A-Za-z]?)"
)
_GREEK_RE = re.compile(
    rf"(?<![\w-]){_GR_STREET},\s(?:(?P<town1>{_TOWN})\s{_GR_POSTCODE}|{_GR_POSTCODE}\s(?P<town2>{_TOWN}))"
)
_UNITS = frozenset(
    {"euro", "eur", "stück", "gb", "kwh", "minuten", "minutes", "mb", "km", "kg", "usd"}
)
_PL_RE = re.compile(
    rf"(?<![\w-])(?:ul|al|os|pl)\.\s?{_WORD}(?:\s{_WORD}){{0,3}}\s\d{{1,4}}[A-Za-z]?"
    r"(?:/\d{1,4}[A-Za-z]?)?(?:\s?(?:m\.|lok\.)\s?\d{1,4})?"
    rf"(?:,?\s\d{{2}}-\d{{3}}\s{_TOWN})?"
)
_TR_RE = re.compile(
    rf"(?<![\w-])(?:{_WORD}(?:\s{_WORD})?\s(?:Mah\.|Mahallesi),?\s)?"
    rf"{_WORD}(?:\s{_WORD}){{0,2}}\s(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sk\.|Bulvarı|Blv\.)"
    r",?\s(?:No\s?:?\s?\d{1,4}[A-Z]?)(?:[\s,/]+(?:D|Daire|Kat)\s?:?\s?\d{1,4})*"
    rf"(?:,?\s\d{{5}}\s{_TOWN}(?:\s?/\s?{_TOWN})?)?"
)


def find_southeast_addresses(text: str) -> list[Candidate]:
    """Greek, Polish and Turkish addresses (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    if re.search(r"\d{3}\s\d{2}", text):
        for m in _GREEK_RE.finditer(text):
            town = m.group("town1") or m.group("town2")
            if town.split()[0].casefold() not in _UNITS:
                spans.append((m.start(), m.end()))
    if "." in text:
        spans += [(m.start(), m.end()) for m in _PL_RE.finditer(text)]
    if "No" in text:
        spans += [(m.start(), m.end()) for m in _TR_RE.finditer(text)]
    kind = RedactionKind.ADDRESS
    return [Candidate(s, e, kind, PLACEHOLDERS[kind], Priority.ADDRESS) for s, e in spans]
