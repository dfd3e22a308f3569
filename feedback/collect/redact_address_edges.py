"""What sits at the edges of a found address and belongs to it.

* The flat before the street: "Whg. 3, Hauptstr. 5, 04109 Leipzig", "Wohnung 12, Goethestraße
  41", "Top 7, Lindengasse 12", "flat 3, 12 Clyde Street" (the street alone was taken and the
  flat number stayed, next to the placeholder), also with the floor or the building's name
  between: "Unit 12, 3rd floor, 45 Deansgate", "Flat 7, Ashford House, 21 Marsh Lane".
* A Dublin postal district after the street, and the Eircode after it: "17 Harcourt Street,
  Dublin 2, D02 W272", also with the quarter before the district ("…, Sandymount, Dublin 4,
  D04 X2Y3"; a district alone names a quarter and stays, as in ``redact_address_shapes``;
  next to a house it is part of the address); an Irish town or
  county after the street: "8 Blackrock Road, Cork", "Main Street, Mallow, Co. Cork".
* A North American town with its province or state and postcode after the street, where the
  town has accents: "120 Rue Sherbrooke, Québec QC G1R 2B3", "…, Montréal, QC H2X 3K8".

* After a Swiss postcode and town, the canton: "Seestrasse 112, 8700 Küsnacht ZH"; after a PO
  box's town, the post office's number: "Postfach 2210, 8021 Zürich 1".
* After a German postcode and town, the region in brackets: "87435 Kempten (Allgäu)".

The town after a PO box stays ("PO Box 4471, Cork."): it names the post office, not a home.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import UNIT_AFTER_RE

__all__ = ["widen_address"]

_FLAT_BEFORE_RE = re.compile(
    r"(?<![\w.-])(?:(?i:Whg|Wohnung|Whng|App|Appartement|Top|Tür|Flat|Apartment|Apt|Unit|Suite)"
    r"\.?\s?(?:Nr\.\s?)?\d{1,4}[a-zA-Z]?(?:/\d{1,3})?,?\s"
    # and the floor after it: "Unit 12, 3rd floor, 45 Deansgate", "Whg. 4, 2. OG, Hauptstr. 5"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)|[Gg]round|[Ff]irst|[Ss]econd|[Tt]hird|[Tt]op)\s[Ff]loor,?\s"
    r"|\d{1,2}\.\s?(?:OG|Stock|Etage),?\s)?"
    # the building's name between: "Flat 7, Ashford House, 21 Marsh Lane"
    r"(?:(?:[A-Z][a-z]+\s){1,2}(?:House|Court|Mansions|Apartments|Tower|Towers|Building|Lodge"
    r"|Hall|Heights|Gardens|Residency|Haus|Hof),?\s)?)\Z"
)
# A German postcode and town written before the street: "Lieferung an: 04109 Leipzig,
# Nikolaistraße 27" (the street alone was taken)
_TOWN_BEFORE_RE = re.compile(
    r"(?<![\w.,/-])(?:D-)?\d{5}\s[A-ZÄÖÜ][\w-]+(?:\s(?:am|an\sder|im|in\sder)\s[A-ZÄÖÜ]\w+)?"
    r",\s\Z"
)
_DISTRICT_AFTER_RE = re.compile(
    # perhaps the quarter before it: "12 Strand Road, Sandymount, Dublin 4, D04 X2Y3"
    r"(?:,\s(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=,\s(?:Dublin|Co\.\sDublin)\s))?"
    r",?\s(?:Dublin|Co\.\sDublin)\s(?:\d{1,2}|6W)(?![\w])"
    r"(?:,?\s(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\w-]))?"
)

# An Irish town or county after the street, where Irish addresses often have no postcode: "8
# Blackrock Road, Cork", "Main Street, Mallow, Co. Cork" (a county alone after the street too),
# perhaps with the Eircode after it
_IRISH_PLACES = (
    r"Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Wexford|Wicklow|Kildare|Meath|Louth|Kerry"
    r"|Clare|Mayo|Donegal|Tipperary|Carlow|Laois|Offaly|Westmeath|Longford|Leitrim|Roscommon"
    r"|Cavan|Monaghan|Drogheda|Dundalk|Athlone|Tralee|Killarney|Ennis|Letterkenny|Clonmel|Navan"
    r"|Naas|Bray|Swords|Mullingar|Tullamore|Portlaoise|Castlebar|Carlow"
)
_IRISH_TOWN_AFTER_RE = re.compile(
    rf"(?:,\s(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=,\sCo\.?\s))?"
    rf",\s(?:Co\.?\s|County\s)?(?:{_IRISH_PLACES})(?![\w-])"
    r"(?:,?\s(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\w-]))?"
)
_PO_BOX_START_RE = re.compile(r"(?i:p\.?\s?o\.?\s?box)")  # its town names the post office

_TOWN_AFTER_RE = re.compile(
    r",?\s(?-i:[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),?\s"
    r"(?:(?:[A-Z]{2}\s)?[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{2}\s\d{5}(?:-\d{4})?)(?![\w-])"
)


_CANTONS = "AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH"
# ends in a Swiss (four-digit) postcode and a town
_SWISS_TOWN_END_RE = re.compile(r"(?<![\w-])(?:CH-)?\d{4}\s(?:St\.\s)?[A-ZÄÖÜ][\w-]+\Z")
_CANTON_AFTER_RE = re.compile(rf"\s(?:{_CANTONS})(?![\w-]|[.,]\w)")
_OFFICE_AFTER_RE = re.compile(r"\s\d{1,2}(?![\w-]|[.,:/]\d)")
_GERMAN_TOWN_END_RE = re.compile(r"(?<![\w-])(?:D-)?\d{5}\s[A-ZÄÖÜ][\w-]+\Z")
_REGION_AFTER_RE = re.compile(r"\s\((?:[A-ZÄÖÜ][\w.-]+)\)")


def _swiss_or_german_tail(text: str, start: int, end: int) -> int:
    """The end of an address with the canton, the post office or the region after its town."""
    if _SWISS_TOWN_END_RE.search(text, max(start, end - 40), end):
        canton = _CANTON_AFTER_RE.match(text, end)
        if canton:
            return canton.end()
        office = _OFFICE_AFTER_RE.match(text, end)
        if (
            office
            and text.startswith(("Postfach", "Postf.", "Case postale"), start)
            and not UNIT_AFTER_RE.match(text, office.end())
        ):
            return office.end()
    elif _GERMAN_TOWN_END_RE.search(text, max(start, end - 40), end):
        region = _REGION_AFTER_RE.match(text, end)
        if region:
            return region.end()
    return end


def widen_address(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` of an address, with a flat before it and a Dublin district or a North
    American town and postcode after it."""
    before = _FLAT_BEFORE_RE.search(text, max(0, start - 64), start)
    if before:
        start = before.start()
    town = _TOWN_BEFORE_RE.search(text, max(0, start - 48), start)
    if town and text[start].isalpha():
        start = town.start()
    after = (
        _DISTRICT_AFTER_RE.match(text, end)
        or _TOWN_AFTER_RE.match(text, end)
        or (_PO_BOX_START_RE.match(text, start) is None and _IRISH_TOWN_AFTER_RE.match(text, end))
    )
    if after:
        end = after.end()
    return start, _swiss_or_german_tail(text, start, end)
