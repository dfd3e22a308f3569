"""Remove customers' personal data from a quote before it is stored or shown.

Pure Python, no I/O. ``redact`` replaces e-mail addresses, phone numbers, IBANs, card numbers,
street addresses, order/ticket/customer numbers (and public IP addresses, card security
codes and voucher codes, as references), links and dates of birth with tokens
(``[EMAIL]``, ``[PHONE]``, ``[IBAN]``, ``[CARD]``, ``[ADDRESS]``, ``[REF]``, ``[URL]``,
``[BIRTHDATE]``, ``[ID]`` for tax, insurance and passport numbers and licence plates,
``[HANDLE]`` for a social-media handle made of a customer's name) that the UI localises, and
customers' names with initials ("Herr M.", "H. S."). Agents' names (``known_names``) are kept.

Decisions (details in the detector modules):

* Dates (but for a date of birth), times, prices, percentages, years, counts, product names
  and postcodes outside a street address are kept, and so are a company's register, VAT and
  company numbers in its footer (``redact_company_ids``). Bare digit runs of 6 or more are
  references, even when they might be a compact date ("20240312"): such numbers in a
  thank-you note are almost always IDs.
* A plain homepage or help-page link stays; links with a query, credentials, a token-like or
  account-like path go.
* Names are found by context, not by a language model: titles, greetings and closings
  (``redact_names``); introductions, family words, signatures and lines that are only a name
  (``redact_context``), where weak contexts need a listed first name (``first_names``).
* The placeholders are language-neutral; ``feedback.render.placeholders`` puts them into the
  reader's words in every view.

Findings point at the replacement in the redacted text. ``redact`` is idempotent and never
raises; it runs for the live form preview, so everything is compiled once and each detector
skips texts that cannot contain its pattern (no "@", no digit, ...).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from feedback.collect.redact_addresses import find_addresses
from feedback.collect.redact_agent_names import is_agent_short_form, known_name_keys
from feedback.collect.redact_apply import Finding, apply_chosen
from feedback.collect.redact_apposed_names import find_apposed_names
from feedback.collect.redact_bare_handles import find_bare_handles
from feedback.collect.redact_birthdates import find_birthdates
from feedback.collect.redact_capital_signatures import find_capital_signatures
from feedback.collect.redact_care_of import find_care_of_names
from feedback.collect.redact_casual_names import find_casual_names
from feedback.collect.redact_chat_names import find_chat_names
from feedback.collect.redact_cjk_names import find_cjk_names
from feedback.collect.redact_company_ids import company_id_spans
from feedback.collect.redact_context import find_all_names
from feedback.collect.redact_cues import find_cued_names
from feedback.collect.redact_dash_signatures import find_dash_signatures
from feedback.collect.redact_dictated_numbers import find_dictated_numbers
from feedback.collect.redact_emoji_signatures import find_emoji_signature
from feedback.collect.redact_field_labels import field_label
from feedback.collect.redact_figures import figure_spans
from feedback.collect.redact_german_chat_names import find_german_chat_names
from feedback.collect.redact_handles import find_handles
from feedback.collect.redact_ids import find_personal_ids
from feedback.collect.redact_intro_names import find_intro_names
from feedback.collect.redact_inverted_names import find_inverted_names
from feedback.collect.redact_ips_and_codes import find_ips_and_codes
from feedback.collect.redact_ipv6 import find_ipv6
from feedback.collect.redact_korean_names import find_korean_names
from feedback.collect.redact_lead_titles import without_lead_titles
from feedback.collect.redact_line_shapes import find_line_shape_names
from feedback.collect.redact_lower_pairs import find_lower_pairs
from feedback.collect.redact_month_surnames import with_month_surnames
from feedback.collect.redact_name_frames import framed_as_thing, without_kin_word
from feedback.collect.redact_numbers import find_ibans, find_numbers
from feedback.collect.redact_orgs import before_legal_form, named_practice
from feedback.collect.redact_parcels import find_parcel_numbers
from feedback.collect.redact_partial_cards import find_partial_cards
from feedback.collect.redact_patterns import (
    PLACEHOLDERS,
    Candidate,
    RedactionKind,
    find_emails,
    find_keyword_references,
    find_urls,
)
from feedback.collect.redact_placeholder_names import find_placeholder_names
from feedback.collect.redact_possessive_kin import find_possessive_kin
from feedback.collect.redact_postcode_fields import find_postcode_fields
from feedback.collect.redact_repeated_names import (
    genitive_parents,
    joined_partners,
    repeated_names,
)
from feedback.collect.redact_reported import find_reported_names
from feedback.collect.redact_script_names import find_script_names
from feedback.collect.redact_signature_places import without_signature_places
from feedback.collect.redact_signature_tails import find_signature_tails
from feedback.collect.redact_spelled_emails import find_spelled_emails
from feedback.collect.redact_spelled_names import find_spelled_names
from feedback.collect.redact_spoken_names import find_spoken_names
from feedback.collect.redact_spoken_phones import find_spoken_phones
from feedback.collect.redact_verdict_words import verdict_alone
from feedback.collect.redact_vietnamese_names import find_vietnamese_names
from feedback.collect.redact_vouchers import find_vouchers

__all__ = ["PLACEHOLDERS", "Finding", "Redaction", "RedactionKind", "redact"]

# Passes repeat until one finds nothing, which makes redact idempotent by construction: a
# replacement can uncover a remainder or change the context another rule looked at. Clean text
# takes one pass, text with findings two; more than two are a safety net.
_MAX_PASSES = 4
# Then the output is read once more as a new call would read it, no span protected, and what
# that reading changes is folded in (redact_apply.py): "Herr HerrDr. Nummer O'Neill" gave
# "Herr H. Nummer O'Neill", which a second call read as a title before a name. Text with no
# finding skips it.
_SETTLING_PASSES = 2
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Redaction:
    """The redacted text and what was replaced, in text order."""

    text: str
    findings: tuple[Finding, ...]


def _candidates(text: str, known_names: tuple[str, ...]) -> list[Candidate]:
    found = find_urls(text) + find_emails(text) + find_spelled_emails(text)
    found += find_spoken_phones(text) + find_dictated_numbers(text)
    if _DIGIT_RE.search(text):
        found += find_ibans(text)
        found += find_numbers(text)
        found += find_keyword_references(text)
        found += find_addresses(text) + find_postcode_fields(text)
        found += find_birthdates(text)
        found += find_personal_ids(text)
        found += find_ips_and_codes(text)
        found += find_ipv6(text)
        found += find_parcel_numbers(text)
        found += find_partial_cards(text)
        found += find_vouchers(text)
        found = _outside(found, company_id_spans(text))
    if verdict_alone(text):
        return found  # "Mies", "Fine!": a one-word verdict names nobody
    names = _names(text, known_names)
    names += find_script_names(text, known_names, _names)
    names += find_cjk_names(text)
    return found + names


def _names(text: str, known_names: tuple[str, ...]) -> list[Candidate]:
    """Customers' names in ``text`` by the rules for Latin script."""
    names = find_all_names(text, known_names)
    known = known_name_keys(known_names)
    names += find_cued_names(text, known)
    names += find_handles(text, known)
    names += find_bare_handles(text, known)
    names += find_apposed_names(text, known)
    names += find_vietnamese_names(text)
    names += find_reported_names(text, known)
    names += find_possessive_kin(text, known)
    names += find_spelled_names(text, known)
    names += find_line_shape_names(text, known)
    names += find_dash_signatures(text, known)
    names += find_intro_names(text, known)
    names += find_spoken_names(text, known)
    names += find_casual_names(text, known)
    names += find_signature_tails(text, known)
    names += find_german_chat_names(text, known)
    names += find_chat_names(text, known)
    names += find_care_of_names(text, known)
    names += find_inverted_names(text, known)
    names += find_korean_names(text)
    names += find_emoji_signature(text, known)
    names += find_placeholder_names(text, known)
    names += find_capital_signatures(text, known)
    names += find_lower_pairs(text, known)
    # "Cheers Nige" to agent Nigel: what the agent is called, no customer
    # "Reg: 12-KY-3344": a field's label, no sender; "Fenwick Build Ltd", "Praxis Dr. Wendt":
    # a company
    names = [
        c
        for c in names
        if not is_agent_short_form(text, c.start, c.end, known)
        and not field_label(text, c.start, c.end)
        and not before_legal_form(text, c.end)
        and not named_practice(text, c.start)
        and not framed_as_thing(text, c)  # "a Mercedes Sprinter", "the team in Milton Keynes"
    ]
    names += genitive_parents(text, known)  # "ich bin Mias Mama"
    names += repeated_names(text, names, known)  # "Mein Sohn Yusuf … Yusuf war froh"
    names += joined_partners(text, names, known)  # "Sabine u. Klaus Oltmanns"
    names = [without_kin_word(text, c) for c in names]  # "Mein Enkel Dawid"
    names = without_signature_places(text, _outside(names, figure_spans(text)))
    return with_month_surnames(text, without_lead_titles(text, names))


def _outside(candidates: list[Candidate], kept: list[tuple[int, int]]) -> list[Candidate]:
    """``candidates`` that touch no ``kept`` span (a company register number, "Frau Holle")."""
    if not kept:
        return candidates
    return [c for c in candidates if not any(s < c.end and c.start < e for s, e in kept)]


def _choose(
    candidates: list[Candidate], text: str, taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Non-overlapping candidates (by priority, then leftmost, then longest), in text order.

    A candidate that loses to an overlapping one is dropped; if it only partly overlapped, its
    remainder is looked at again in the next pass ("Kundennummer 0151 2345678" → "[REF]" first).
    """
    chosen: list[Candidate] = []
    # Accepted spans never overlap, so sorted starts and ends find a clash by bisection.
    starts = sorted(s for s, _ in taken)
    ends = sorted(e for _, e in taken)
    for c in sorted(candidates, key=lambda c: (c.priority, c.start, c.start - c.end)):
        if c.start >= c.end or text[c.start : c.end] == c.replacement:
            continue
        i = bisect.bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def redact(text: str, known_names: Iterable[str] = ()) -> Redaction:
    """Replace personal data in ``text``; keep the agents named in ``known_names``.

    ``known_names`` are agents' full names or single name words ("Anna Meier", "Meier",
    "Jonas"); they are matched on whole words, case- and accent-insensitively. Apply
    ``normalize_text`` first: redaction copes with any string, but matches best on NFC text.
    Never raises; ``redact(redact(x).text).text == redact(x).text``.
    """
    names = (known_names,) if isinstance(known_names, str) else tuple(known_names)
    current = text
    findings: list[Finding] = []
    for _ in range(_MAX_PASSES):
        taken = [(f.start, f.end) for f in findings]
        chosen = _choose(_candidates(current, names), current, taken)
        if not chosen:
            break
        current, findings = apply_chosen(current, findings, chosen)
    for _ in range(_SETTLING_PASSES if findings else 0):
        # As a second call would read it: no span protected (redact_apply.py).
        chosen = _choose(_candidates(current, names), current, [])
        if not chosen:
            break
        current, findings = apply_chosen(current, findings, chosen)
    return Redaction(current, tuple(findings))
