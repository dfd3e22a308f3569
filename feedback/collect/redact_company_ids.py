"""A company's own registration data, as e-mail footers print it: it stays.

"Amtsgericht Köln HRB 45872", "FN 123456a", "USt-IdNr. DE 812 345 678", "UID ATU12345678",
"CHE-123.456.789 MWST", "WEEE-Reg.-Nr. DE 12345678", "Registered in England and Wales No.
08123456", "Company No. 04561234", "VAT Reg No. GB 123 4567 89". Such numbers name a company,
not a person, and are printed in every footer and on every invoice. ``company_id_spans``
gives where they stand; ``redact`` drops the number, phone and ID candidates inside them. A
private person's tax ("Steuer-ID", "Steuernummer") and insurance numbers are no company
data: ``redact_ids`` takes them.
"""

from __future__ import annotations

import re

__all__ = ["company_id_spans"]

_SP = r"[ \t\u00a0]"
_FILL = r"[ \t\u00a0]*(?:[:#.]|(?i:is|ist|lautet))?[ \t\u00a0]*"
# A VAT number: country letters, then digit groups ("DE 812 345 678", "GB 123 4567 89",
# "ATU12345678", "NL123456789B01", "CHE-123.456.789 MWST").
_VAT_VALUE = (
    r"(?:[A-Z]{2,3}[ \t\u00a0-]?)?\d{2,4}(?:[ \t\u00a0.]?\d{2,4}){1,4}"
    r"(?:[ \t\u00a0]?(?:B\d{2}|MWST|TVA|IVA))?"
)
_COMPANY_ID_RE = re.compile(
    # commercial register: "HRB 45872", "HRA 1234 B", Austrian "FN 123456a"
    rf"(?<![\w-])(?P<reg>HR[AB]{_SP}?\d{{1,6}}(?:{_SP}?[A-Z]{{1,2}}\b)?"
    rf"|FN{_SP}?\d{{3,6}}{_SP}?[a-z])(?![\w-])"
    # VAT: "USt-IdNr.", "Ust.-ID", "Umsatzsteuer-ID", "UID-Nr.", "MwSt-Nr.", "VAT Reg No.";
    # the register of electrical equipment and customs: "WEEE-Reg.-Nr. DE 12345678", "EORI"
    r"|(?<![\w-])(?:(?i:ust\.?-?id(?:ent)?\.?(?:-?nr\.?)?|umsatzsteuer-?id(?:entifikationsnummer"
    r"|\.?-?nr\.?)?|mwst\.?-?nr\.?|weee-?reg\.?-?nr\.?|eori(?:-?nr\.?)?)|UID(?:-?Nr\.?)?"
    r"|VAT(?:[ \t\u00a0](?:Reg(?:istration)?\.?|ID|No\.?|Number|number|no\.?))*)"
    rf"{_FILL}(?P<vat>{_VAT_VALUE})(?![\w-])"
    # UK and Irish company numbers: "Company No. 04561234", "Registered in England and Wales
    # No. 08123456", "Company number SC123456"
    rf"|(?<![\w-])(?:Company|Registered(?:{_SP}in(?:{_SP}[A-Z][a-z]+|{_SP}and){{1,4}})?"
    r"|Reg(?:istered)?\.?[ \t\u00a0]Office)"
    r"[ \t\u00a0](?:(?i:no\.?|number|reg(?:istration)?\.?[ \t\u00a0]no\.?)|Company[ \t\u00a0]"
    rf"(?i:no\.?|number)){_FILL}(?P<company>(?:[A-Z]{{2}})?\d{{6,8}})(?![\w-])"
    # a Swiss company's UID on its own: "CHE-123.456.789"
    r"|(?<![\w-])(?P<che>CHE-\d{3}\.\d{3}\.\d{3})(?![\w-])"
)
# Letters one of the shapes above must hold (a cheap test first).
_STEM_RE = re.compile(
    r"HR[AB]|FN|(?i:ust|umsatzsteuer|mwst|weee|eori)|UID|VAT|Compan|Regist|Reg|CHE-"
)


def company_id_spans(text: str) -> list[tuple[int, int]]:
    """Where a company's register, VAT or company number stands in ``text`` (the number only)."""
    if _STEM_RE.search(text) is None:
        return []
    spans = []
    for m in _COMPANY_ID_RE.finditer(text):
        group = m.lastgroup or "reg"
        spans.append(m.span(group))
    return spans
