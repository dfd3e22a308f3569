"""Streets and towns that a full postcode vouches for, as ``[ADDRESS]`` candidates.

A full British postcode, an Irish Eircode, a Canadian postal code (with its province), a US
state and ZIP code or an Australian state and postcode names a handful of homes, so the words
before it are an address whatever the street is called:

a house number, up to five capitalised words (any street word: "23 Ash Park", "1200 Boulevard
René-Lévesque O", "4 The Paddocks"), a comma, the town (in any letters: "Montréal") and the
postcode: "23 Ash Park, Galway H91 E2K3", "1200 Boulevard René-Lévesque O, Montréal, QC H3B 4W8",
also with a flat before the town: "…, Apt 804, Montréal QC H3B 1K9", and with the street's kind
in lower case as Quebec writes it ("120 rue Saint-Jean, Québec QC G1R 1P4"), with a particle
inside the street's name ("8 Heol y Bont, Llandeilo SA19 6AB") and with a Dublin district
before the Eircode ("4 Elm Park, Drumcondra, Dublin 9, D09 X1Y2").
A US state needs the comma after the town ("Austin, TX 78701"). A town before a postcode
without a street stays ("Leeds [ADDRESS]"), as ``redact_address_shapes`` decides.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["US_STATES", "US_STATE_RE", "find_postcode_streets"]

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UP}][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?"
_TOWN = rf"[{_UP}][^\W\d_]+(?:[- ][{_UP}][^\W\d_]+){{0,2}}"
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH"
    " NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
US_STATES = frozenset(_US_STATES.split())
# A US state before a plate: "plate NY ABC-1234" (the plate is letters and digits after it)
US_STATE_RE = re.compile(rf"(?:{'|'.join(_US_STATES.split())})\s(?=\S*[A-Z])(?=\S*\d)\S+\Z")
_CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT"
_POSTCODE = (
    r"(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]?\s\d[ABD-HJLNP-UW-Z]{2}"  # UK, full
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}"  # Eircode
    rf"|(?:(?:{'|'.join(_CA_PROVINCES.split())}),?\s)?[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # Canada
    r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}"  # Australia
    rf"|(?<=,\s)(?:{'|'.join(_US_STATES.split())})\s\d{{5}}(?:-\d{{4}})?)"  # after "Town, "
    r"(?![\w-])"
)
_FLAT = r"(?:(?:Flat|Apt|Apartment|Unit|Suite)\.?\s?\d{1,5}[A-Za-z]?,?\s)?"
# A flat after the street, before the town: "…René-Lévesque O, Apt 1203, Montréal QC …"
_UNIT_AFTER = r"(?:(?:Apt|Apartment|Unit|Suite|Flat|App)\.?\s?\#?\d{1,5}[A-Za-z]?,\s)?"
# a French street's kind in lower case, as Quebec writes it: "120 rue Saint-Jean, Québec QC …"
_LOWER_KIND = r"(?:(?:rue|avenue|boulevard|boul\.|chemin|place|allée|impasse|route|rang)\s)?"
# a particle inside a street's name: Welsh "8 Heol y Bont", "3 Ffordd yr Orsaf"; "Rue de la Paix"
_PARTICLE = r"(?:y|yr|de|la|du|des|of)"
# a Dublin district between the town or quarter and the Eircode: "…, Drumcondra, Dublin 9, D09 …"
_DUBLIN = r"(?:Dublin\s\d{1,2}[Ww]?,?\s)?"
_STREET_RE = re.compile(
    rf"(?<![\w.,/-]){_FLAT}\d{{1,5}}[A-Za-z]?\s{_LOWER_KIND}"
    rf"(?:{_WORD}\s(?:(?:{_WORD}|{_PARTICLE})\s){{0,3}})?"
    rf"{_WORD},\s{_UNIT_AFTER}"
    rf"(?:{_TOWN},?\s)?{_DUBLIN}{_POSTCODE}"
)


def find_postcode_streets(text: str) -> list[Candidate]:
    """A house number, a street of any name, the town and a full postcode."""
    kind = RedactionKind.ADDRESS
    spans = [m.span() for m in _STREET_RE.finditer(text)]
    return [Candidate(s, e, kind, PLACEHOLDERS[kind], Priority.ADDRESS) for s, e in spans]
