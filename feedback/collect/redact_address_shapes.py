"""More address shapes, as ``[ADDRESS]`` candidates (the common ones are ``redact_addresses``'):

* French and Italian streets of western and southern Switzerland: "Rue de Lausanne 45, 1201
  Genève", "Chemin des Vignes 14", "Via Nassa 5, 6900 Lugano", "4 Rue du Lac, 1207 Genève".
  "Avenue", "Route", "Place" and "Boulevard" need their particle ("Route de Berne 12"), so that
  "Route 66" or "Place 2 orders" stay;
* the postcode and town before the street: "A-1010 Wien, Herrengasse 5";
* a full British postcode or an Irish Eircode on its own ("OX1 4AA", "A96 K4D8"): each names a
  handful of homes or a single one. Postcode districts ("SW1", "M1", "Dublin 2") and the
  numeric postcodes of Germany, Austria and Switzerland name a town or a quarter: they stay;
* a British street typed in lower case, with the town and the full postcode after it: "22
  church lane, york yo1 7hh", "22 kingsway, hove bn3 2pp". Without the postcode a lower-case
  street is too often a phrase ("2 hours to drive" stays).
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_more_addresses"]

_UP = "A-ZÄÖÜÀ-Ý"
_PARTICLE = r"(?:de\sla|de\sl'|de|du|des|d'|della|delle|dello|del|dei|di|al|alla|San|Santa)"
_NAME = rf"[{_UP}][\w'’-]+(?:\s[{_UP}][\w'’-]+)?"
_ROMANCE_STREET = (
    rf"(?:(?:Rue|Chemin|Ch\.|Quai|Impasse|Via|Viale|Piazza|Piazzale|Vicolo|Corso|Contrada)"
    rf"\s(?:{_PARTICLE}\s?)?{_NAME}"
    rf"|(?:Avenue|Av\.|Route|Rte|Place|Boulevard|Bd|Allée|Strada|Promenade)\s{_PARTICLE}\s?{_NAME})"
)
_TOWN_AFTER = (
    rf"(?:,?\s(?:CH-|F-|I-)?\d{{4,5}}\s[{_UP}][\w'’-]+(?:[\s-](?:sur|am|bei)[\s-][{_UP}]\w+)?)?"
)
_ROMANCE_RE = re.compile(
    # a letter after a slash: "Via Roma 12/B"
    rf"(?<![\w-])(?:{_ROMANCE_STREET}\s\d{{1,4}}(?:/?[a-zA-Z])?(?![\w])"
    rf"|\d{{1,4}}(?:\s?(?:bis|ter|[a-z]))?,?\s{_ROMANCE_STREET}(?![\w]))"
    rf"{_TOWN_AFTER}"
)
# "Avenue", "Boulevard", ... without a particle only with the number before and a French or
# Swiss postcode and town after: "14 Avenue Jean Médecin, 06000 Nice" ("Place 2 orders" stays)
_ROMANCE_WITH_TOWN_RE = re.compile(
    rf"(?<![\w-])\d{{1,4}}(?:\s?(?:bis|ter|[a-z]))?,?\s(?:Avenue|Av\.|Boulevard|Bd|Place|Route"
    rf"|Allée|Cours)\s{_NAME}(?:\s[{_UP}][\w'’-]+)?,?\s(?:F-|CH-)?\d{{4,5}}\s[{_UP}][\w'’-]+"
)
_DE_STREET_END = r"(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|steig|zeile)"
_POSTCODE_FIRST_RE = re.compile(
    rf"(?<![\w-])(?:(?:(?:A|CH|D|FL)-)\d{{4,5}}\s[{_UP}][\w-]+,?\s[{_UP}][\w.-]+"
    rf"|\d{{4,5}}\s[{_UP}][\w-]+,\s[{_UP}][\w-]*{_DE_STREET_END})"
    r"\s\d{1,3}[a-z]?(?:/\d{1,3}){0,3}(?![\w]|[.,]\d)"
)
# Full British postcodes (outward and inward code, spaced) and Eircodes with a digit and a
# letter in their last four characters.
_UK_POSTCODE_RE = re.compile(
    r"(?<![\w-])[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]?\s\d[ABD-HJLNP-UW-Z]{2}(?![\w-])"
)
_EIRCODE_RE = re.compile(
    r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?"
    r"(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}"
    r"(?![\w-])"
)

_LOW_EN_STREET_RE = re.compile(
    r"(?<![\w-])\d{1,4}[a-z]?\s[a-z]+(?:\s[a-z]+){0,2}"
    r",?\s(?:[a-z]+(?:\s[a-z]+)?,?\s)?[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2}(?![\w-])"
)

# A flat in a block or an estate, with up to four parts and the full postcode after it: "Apt 4,
# Block C, Riverside Gardens, Dublin 8, D08 F7P2" (the full postcode names a few homes)
# (or a house with a name and no number: "Hilltop Farm, Long Lane, Ludlow SY8 1AB"); in
# Ireland the county may end it
_UNIT_TO_POSTCODE_RE = re.compile(
    r"(?<![\w.,-])(?:(?:Apt|Apartment|Flat|Unit|Suite)\.?\s?\d{1,4}[A-Za-z]?"
    r"|(?:[A-Z][a-z'’]+\s){1,2}(?:Farm|Farmhouse|Cottage|Cottages|House|Lodge|Barn|Mill|Manor"
    r"|Grange|Croft|Villa|Bungalow|Rectory|Vicarage)(?=,))"
    # a hyphenated village too: "Rose Cottage, Lower Swell, Stow-on-the-Wold GL54 1LF"
    r"(?:,\s(?:(?:Block|Building|Floor)\s[A-Z\d]{1,2}"
    r"|[A-Z][a-z'’]+(?:-(?:[a-z]+|[A-Z][a-z'’]+))*(?:\s[A-Z][a-z'’]+(?:-(?:[a-z]+|[A-Z][a-z'’]+))*){0,2}"
    r"|Dublin\s\d{1,2}|Co\.\s[A-Z][a-z]+)){1,4}"
    r"(?:,?\s(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]?\s\d[ABD-HJLNP-UW-Z]{2}"
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})"
    # or, in Ireland, the county at the end: "Unit 4, The Mews, Kinsale, Co. Cork"
    r"|(?<=[a-z]),\sCo\.\s[A-Z][a-z]+)(?![\w-])"
)


def find_more_addresses(text: str) -> list[Candidate]:
    """Swiss French and Italian streets, postcode-first addresses, lone postcodes and Eircodes."""
    kind = RedactionKind.ADDRESS
    spans = [
        (m.start(), m.end())
        for rx in (
            _ROMANCE_RE,
            _ROMANCE_WITH_TOWN_RE,
            _POSTCODE_FIRST_RE,
            _UK_POSTCODE_RE,
            _EIRCODE_RE,
            _LOW_EN_STREET_RE,
            _UNIT_TO_POSTCODE_RE,
        )
        for m in rx.finditer(text)
    ]
    return [Candidate(s, e, kind, PLACEHOLDERS[kind], Priority.ADDRESS) for s, e in spans]
