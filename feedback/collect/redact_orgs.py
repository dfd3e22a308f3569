"""Companies and brands that stand where a name would: "Danke, Vodafone Deutschland".

The name rules look at places (after "Danke,", "Grüße,", "von", at the end of a message) and at
the shape of the words. A thank-you note often signs off to, or names, the company itself:
"Danke, Vodafone Deutschland", "Cheers, Virgin Media team", "das Team von Sky Deutschland",
"Grüße, Telekom Kundenservice". A candidate name with a word that only companies carry (a
country, a legal form, "Kundenservice", "Airlines") or with a well-known service brand is no
person's name, and stays as written.

Words that are also surnames often enough ("Post", "Bank", "Otto", "Sky" as a first name on
its own) are not listed, or count only beside another company word; the lists are short on
purpose: every word here is a name the redaction will never take.
"""

from __future__ import annotations

import re

__all__ = ["before_legal_form", "is_org_word", "is_organisation", "named_practice"]

_WORD_RE = re.compile(r"[^\W\d_][\w&.-]*")
# a company's legal form right after the words: "Fenwick Build Ltd", "Holzbau Reiter GmbH"
_LEGAL_FORM_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:&[ \t\u00a0]*Co\.?[ \t\u00a0]*)?(?:Ltd|Limited|LTD|GmbH|AG|KG|OHG|UG|GbR|plc"
    r"|PLC|Inc|LLC|Corp|LLP|S\.?A\.?R\.?L|B\.?V)\b"
)
# a practice or office named after its doctor or lawyer: "Zahnarztpraxis Dr. Wendt", "Kanzlei
# Dr. Brenner", "Praxis Prof. Dr. med. Keller" (the title before the name is required)
_PRACTICE_BEFORE_RE = re.compile(
    r"(?i:praxis|kanzlei|ordination|apotheke|klinik|tierklinik|gemeinschaftspraxis)"
    r"[ \t\u00a0]+(?:(?:Dr|Prof|Dipl\.-Med|med|dent|vet|jur)\.[ \t\u00a0]*){1,4}\Z"
)

# Words no person's name holds: countries and regions the companies add to their brand, legal
# forms, the departments a message is signed to, and institutions.
_ORG_WORDS = frozenset(
    [
    "deutsche", "british", "deutschland", "germany", "österreich", "oesterreich", "austria",
    "schweiz", "switzerland", "suisse", "uk", "usa", "gmbh", "ag", "kg", "ohg", "ug", "ltd",
    "plc", "inc", "llc", "corp", "co.kg", "kundenservice", "kundendienst", "kundenbetreuung",
    "kundencenter", "servicecenter", "serviceteam", "support", "helpdesk", "hotline", "callcenter",
    "customer", "customers", "care", "airlines", "airways", "airline", "fluggesellschaft",
    "versicherung", "versicherungen", "insurance", "stadtwerke", "energie", "energy", "electric",
    "electricity", "broadband", "telecom", "telecommunications", "mobilfunk", "mobile", "media",
    # institutions praised by name: "Duke University", "Uni Heidelberg", "Klinikum Fulda"
    "university", "universität", "universitaet", "uni", "college", "hochschule",
    "fachhochschule", "institute", "institut", "academy", "akademie", "hospital", "klinikum",
    "krankenhaus",
    # carriers and offices named with a word of their own: "Royal Mail", "Post Office"
    "mail", "office",
    ]
)  # fmt: skip
# Service brands that customers thank by name. Only brands that are no one's first name or
# surname on their own; "Sky", "Otto", "Three" or "Post" count only beside a word above.
_BRANDS = frozenset(
    [
    "vodafone", "telekom", "congstar", "otelo", "telefonica", "telefónica", "unitymedia",
    "kabelbw", "netcologne", "o2", "1&1", "drillisch", "freenet", "aldi-talk", "talktalk",
    "virgin", "plusnet", "vodafone.de", "zalando", "amazon", "ebay", "paypal", "ikea",
    "mediamarkt", "dhl", "dpd", "hermes", "ups", "fedex", "gls", "lufthansa", "eurowings",
    "ryanair", "easyjet", "condor", "dkb", "comdirect", "commerzbank", "sparkasse", "volksbank",
    "n26", "santander", "barclays", "natwest", "allianz", "huk", "ergo", "debeka", "aok", "barmer",
    "eon", "e.on", "enbw", "vattenfall", "rwe", "octopus", "ovo", "check24", "verivox", "netflix",
    "spotify", "rossmann", "edeka", "rewe", "kaufland", "lidl", "tchibo", "aviva", "axa",
    "hsbc", "lloyds", "monzo", "revolut", "bupa", "ocado", "tesco", "asda", "argos", "currys",
    "verizon", "comcast", "xfinity", "at&t", "t-mobile", "google", "microsoft", "samsung",
    # the ways a customer paid: "(Visa)", "per Mastercard", "mit Klarna"
    "visa", "mastercard", "amex", "klarna", "giropay",
    ]
)  # fmt: skip


def is_org_word(word: str) -> bool:
    """True for a word only companies carry ("Deutschland", "GmbH", "Kundenservice"): a name
    that reaches it has ended ("Foto: Julian Stratenschulte Deutschland")."""
    return word.casefold().rstrip(".") in _ORG_WORDS


def is_organisation(span: str) -> bool:
    """True when ``span`` (a candidate name) names a company, brand or department."""
    words = [w.casefold().rstrip(".") for w in _WORD_RE.findall(span)]
    return any(w in _ORG_WORDS or w in _BRANDS for w in words)


def before_legal_form(text: str, end: int) -> bool:
    """True when a company's legal form follows ``end``: the words before it name a company
    ("Fenwick Build Ltd"), not a person."""
    return _LEGAL_FORM_AFTER_RE.match(text, end) is not None


def named_practice(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a practice word and a doctor's title: the
    practice's public name on its sign ("die Zahnarztpraxis Dr. Wendt hat mich verwiesen"), a
    business, no customer. "mein Zahnarzt Dr. Wendt", "Frau Dr. Wendt" are people and go."""
    return _PRACTICE_BEFORE_RE.search(text, max(0, start - 80), start) is not None
