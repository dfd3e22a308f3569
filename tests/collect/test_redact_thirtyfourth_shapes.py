"""Shapes added in the thirty-fourth redaction session (dev set 34: structured data in many
written forms, names of many origins in German and English text) and the misses the brief
quoted: a surname the lemma list reads as a verb ("frau elke brandt"), English first names
that are words after "its" ("its sam cooper", "its jade from flat 4"), a practice named after
its doctor ("Zahnarztpraxis Dr. Wendt", a business: kept), field labels and date headers
("Grace Period:", "Date: Thu, …"), a customer number's last digit at a line's end, a name after
a greeting's "von", and a handle after "find me on". With their look-alikes. Two quoted misses
were left and marked as such; round 37 fixed "its emeka obi," (now a normal test), "love from
mags x" is still left (see docs/benchmarks.md)."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Ben Carter", "Owen Hart", "Tom Price", "Sophie Wells", "Adam Cole", "Kai Busch")

REDACTED = [
    ("its emeka obi, thanks Ben", "its E. O., thanks Ben"),  # fixed in round 37
    (
        "frau elke brandt hat angerufen, kd.-nr. 4471 8820, bedankt sich bei kollegin busch.",
        "frau E. B. hat angerufen, kd.-nr. [REF], bedankt sich bei kollegin busch.",
    ),
    ("its sam cooper from the barbers, thanks Ben", "its S. C. from the barbers, thanks Ben"),
    (
        "its jade from flat 4, thanks to Adam for the boiler fix",
        "its J. from [ADDRESS], thanks to Adam for the boiler fix",
    ),
    ("Kundennummer 3300 4410 2\nAgent Tom: ok", "Kundennummer [REF]\nAgent Tom: ok"),
    # a count after the number stays apart
    ("Kundennummer 3300 4410 2 Stück bestellt", "Kundennummer [REF] 2 Stück bestellt"),
    (
        "Super Service. Liebe Grüße aus Ulm von Folake Adewale",
        "Super Service. Liebe Grüße aus Ulm von F. A.",
    ),
    ("Thanks Ben! Find me on insta @fatima.cooks.uk", "Thanks Ben! Find me on insta [HANDLE]"),
    # a doctor named as a person, not as a practice's sign, is a third person and goes
    (
        "Mein Zahnarzt Dr. Wendt hat mich empfohlen, danke Kai",
        "Mein Zahnarzt Dr. W. hat mich empfohlen, danke Kai",
    ),
    ("Grace Thompson: 0171 2345678\nBen: hi", "G. T.: [PHONE]\nBen: hi"),
    (
        "Date: Thu, 3 Dec 2026\nFrom: Kelechi Nwosu\nthanks Ben",
        "Date: Thu, 3 Dec 2026\nFrom: K. N.\nthanks Ben",
    ),
]

KEPT = [
    "frau elke lädt das handy auf, danke kai",  # a verb form: "E." only, checked below
    "its summer time, thanks Ben",
    "its grace period, thanks Ben",
    "its jade from the shop, thanks Ben",
    "Super Service. Liebe Grüße aus Ulm von Vodafone Deutschland",
    "Thanks Ben, you find me on the website",
    "Danke an die Zahnarztpraxis Dr. Wendt für die Empfehlung, Kai war super",
    "Die Praxis Prof. Dr. med. Keller hat mich an Kai verwiesen",
    "Grace Period: 14 days, thanks Ben",
    "Due Date: 3 Dec, thanks Ben",
    "Date: Thu, 3 Dec 2026\nSubject: thanks Ben",
    "its iphone screen, cracked",
]

LEFT = [
    ("thanks Ben. love from mags x", "thanks Ben. love from M. x"),
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtyfourth_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT[1:])
def test_a_look_alike_of_a_thirtyfourth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)


def test_a_verb_form_after_a_first_name_is_no_surname() -> None:
    # "lädt" is a form of "laden" (the stem changes); only the first name goes
    assert_redacted_once(KEPT[0], "frau E. lädt das handy auf, danke kai", AGENTS)


@pytest.mark.xfail(strict=True, reason="left: an English word after a name the list lacks")
@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_a_quoted_miss_left_for_now(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)
