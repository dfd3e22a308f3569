"""Fictional personal data for the quotes that redaction has to clean.

Everything is made up on purpose and shaped so that it cannot reach a real person:

* phone numbers come from the Bundesnetzagentur's "drama numbers", reserved for films and books
  and never assigned (Berlin 030 23125 xxx, Frankfurt 069 90009 xxx, Hamburg 040 66969 xxx,
  Köln 0221 4710 xxx, München 089 99998 xxx; mobile 0152 28817386 and 0172 9980752);
* e-mail addresses use the reserved ``example.*`` domains, or the proverbial Mustermanns;
* IBANs have valid check digits (so a checksum-aware redactor must catch them) around random
  bank codes and account numbers;
* customer, order and ticket numbers are random digits; URLs point at ``example.com``.
"""

from __future__ import annotations

import random

from feedback.demo.people import CUSTOMER_NAMES_DE, CUSTOMER_NAMES_EN

# Which kind of personal data a quote carries, weighted by how often customers volunteer it:
# contact details first, then reference numbers, their own name under a mail, bank details
# (for refunds), links pasted from a mail, and postal addresses (moves, deliveries).
PII_KINDS: tuple[str, ...] = ("email", "phone", "custno", "name", "iban", "url", "address")
PII_WEIGHTS: tuple[float, ...] = (30, 25, 22, 18, 8, 7, 6)
# What callers say out loud (the agent notes the words verbatim): numbers and addresses.
SPOKEN_PII_KINDS: tuple[str, ...] = ("phone", "custno", "email", "address")
SPOKEN_PII_WEIGHTS: tuple[float, ...] = (40, 35, 15, 10)

_LANDLINE_BLOCKS = (("030", "23125"), ("069", "90009"), ("040", "66969"), ("0221", "4710"),
                    ("089", "99998"))  # fmt: skip
_MOBILES = (("0152", "28817386"), ("0172", "9980752"))
_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com", "example.de")
_MUSTERMANN_DOMAINS = ("web.de", "gmx.de", "t-online.de")
_STREETS = ("Musterstraße", "Beispielweg", "Lindenallee", "Am Markt", "Hafenstraße",
            "Birkenweg", "Schillerstraße")  # fmt: skip
_CITIES = (("12345", "Musterstadt"), ("28195", "Bremen"), ("24103", "Kiel"),
           ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"))  # fmt: skip
_URL_TEMPLATES = (
    "https://kundenportal.example.com/passwort-reset?token={hex}",
    "https://shop.example.de/sendung?id={num}&key={hex}",
    "https://www.example.com/rechnung/ansehen?session={hex}",
    "https://app.example.net/login?magic={hex}",
)
_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ç": "c", "ś": "s", "ć": "c",
                        "Ö": "Oe", "'": ""})  # fmt: skip


def customer_name(rng: random.Random, language: str) -> str:
    """A fictional customer's full name (English speakers get English names)."""
    names = CUSTOMER_NAMES_EN if language == "en" else CUSTOMER_NAMES_DE
    return names[int(rng.random() * len(names))]


def email_for(rng: random.Random, name: str) -> str:
    """An address derived from ``name``, the way people really build theirs."""
    parts = name.lower().translate(_ASCII).split()
    first, last = parts[0], parts[-1]
    style = int(rng.random() * 4)
    local = (
        f"{first}.{last}",
        f"{first[0]}.{last}",
        f"{first}{last}{rng.randint(60, 99)}",
        f"{last}.{first}",
    )[style]
    if "mustermann" in last:
        return f"{local}@{_MUSTERMANN_DOMAINS[int(rng.random() * len(_MUSTERMANN_DOMAINS))]}"
    return f"{local}@{_DOMAINS[int(rng.random() * len(_DOMAINS))]}"


def phone_number(rng: random.Random) -> str:
    """A drama number in one of the ways people write numbers."""
    if rng.random() < 0.4:
        prefix, number = _MOBILES[int(rng.random() * len(_MOBILES))]
        style = int(rng.random() * 3)
        return (
            f"{prefix} {number}",
            f"+49 {prefix[1:]} {number}",
            f"{prefix}-{number}",
        )[style]
    area, block = _LANDLINE_BLOCKS[int(rng.random() * len(_LANDLINE_BLOCKS))]
    line = f"{rng.randint(0, 999):03d}"
    style = int(rng.random() * 5)
    return (
        f"{area} {block}{line}",
        f"+49 (0){area[1:]} {block}{line}",
        f"{area}/{block} {line}",
        f"({area}) {block}-{line}",
        f"+49 {area[1:]} {block} {line}",
    )[style]


def iban(rng: random.Random) -> str:
    """A German IBAN with correct ISO 7064 mod-97 check digits, sometimes grouped in fours."""
    bban = f"{rng.randint(10_000_000, 89_999_999)}{rng.randint(0, 9_999_999_999):010d}"
    # Check digits: move "DE00" to the end, letters to numbers (D=13, E=14), 98 - n mod 97.
    check = 98 - int(bban + "131400") % 97
    compact = f"DE{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def iban_is_valid(value: str) -> bool:
    """ISO 13616 check of an IBAN (spaces allowed): used by the tests."""
    compact = value.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def customer_number(rng: random.Random) -> str:
    """An eight-digit customer number ("48213377")."""
    return f"{rng.randint(10_000_000, 99_999_999)}"


def order_number(rng: random.Random) -> str:
    """A shop order number ("302-4471129-8812")."""
    return f"{rng.randint(300, 309)}-{rng.randint(1_000_000, 9_999_999)}-{rng.randint(1000, 9999)}"


def token_url(rng: random.Random) -> str:
    """A link with a secret in its query string, as pasted from a service mail."""
    template = _URL_TEMPLATES[int(rng.random() * len(_URL_TEMPLATES))]
    return template.format(hex=f"{rng.getrandbits(96):024x}", num=rng.randint(100_000, 999_999))


def postal_address(rng: random.Random) -> str:
    """A street address with postcode and city ("Musterstraße 12, 12345 Musterstadt")."""
    street = _STREETS[int(rng.random() * len(_STREETS))]
    postcode, city = _CITIES[int(rng.random() * len(_CITIES))]
    suffix = "a" if rng.random() < 0.15 else ""
    return f"{street} {rng.randint(1, 120)}{suffix}, {postcode} {city}"


def pii_slots(rng: random.Random, name: str) -> dict[str, str]:
    """Values for every personal-data slot, consistent with the customer's ``name``."""
    return {
        "email": email_for(rng, name),
        "phone": phone_number(rng),
        "iban": iban(rng),
        "custno": customer_number(rng),
        "orderno": order_number(rng),
        "url": token_url(rng),
        "address": postal_address(rng),
    }
