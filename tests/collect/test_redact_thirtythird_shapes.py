"""Shapes added in the thirty-third redaction session (dev set 33: signature blocks, forwarded
mails, transcripts, call notes, names that are words) and the misses the brief quoted: a field
label that is a first name ("Reg: 12-KY-3344"), a town after "Best wishes from", German plates
without their hyphen, transcript speakers ("Rose Mitchell: …", "Visitor (Shaz Ahmed): …"), a
company before its legal form ("Fenwick Build Ltd"), a surname ending like a role ("Bishop"),
Quebec streets in lower case, a lower-case title and initial ("mr p. ashworth-jones"), a month
as the surname on a name's own line ("Anja März"), and casual names after a title, a greeting
or a particle ("its mrs li na here", "hey, jo here", "jan van der berg here"). With their
look-alikes: towns, products, form fields, mail headers, dates and agents."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Ben Carter", "Owen Hart", "Tom Price", "Sophie Wells", "Adam Cole", "Kai Busch")

REDACTED = [
    ("Thanks Ben for the MOT. Reg: 12-KY-3344", "Thanks Ben for the MOT. Reg: [ID]"),
    ("Mein Auto (M AB 1234) war in der Werkstatt", "Mein Auto ([ID]) war in der Werkstatt"),
    ("Auto B XY 123 abgeschleppt, danke Kai", "Auto [ID] abgeschleppt, danke Kai"),
    ("Best wishes from Leeds,\nMartin Hale", "Best wishes from Leeds,\nM. H."),
    ("Gil's talking to Ben about the bill", "G.'s talking to Ben about the bill"),
    (
        "Ivy Sheridan: my bill is wrong\nAgent (Owen): let me check\nIvy Sheridan: thanks Owen",
        "I. S.: my bill is wrong\nAgent (Owen): let me check\nI. S.: thanks Owen",
    ),
    (
        "Visitor (Shaz Ahmed): hi\nTom: Hi, how can I help?",
        "Visitor (S. A.): hi\nTom: Hi, how can I help?",
    ),
    (
        "All fixed.\n\nRay Bishop\nSite Manager\nFenwick Build Ltd",
        "All fixed.\n\nR. B.\nSite Manager\nFenwick Build Ltd",
    ),
    ("From: Bishop, Ray <r@x.co.uk>\nSent: today", "From: B., R. <[EMAIL]>\nSent: today"),
    (
        "Send the forms to Mathieu Gagnon, 120 rue Saint-Jean, Québec QC G1R 1P4",
        "Send the forms to M. G., [ADDRESS]",
    ),
    ("Rose Mitchell: hi\nSam (Support): hello", "R. M.: hi\nSam (Support): hello"),
    ("cust (mr p. ashworth-jones) called to thank Ben", "cust (mr P. A.) called to thank Ben"),
    ("Herzliche Grüße\nAnja März\nBüroleitung", "Herzliche Grüße\nA. M.\nBüroleitung"),
    ("its mrs li na here, thanks Sophie", "its mrs L. N. here, thanks Sophie"),
    ("hey, jo here. Adam was great", "hey, J. here. Adam was great"),
    ("jan van der berg here, Sophie was great", "J. B. here, Sophie was great"),
]

KEPT = [
    "Best wishes from Bath! Ben sorted my account.",
    "Greetings from Leeds, the team was great",
    "Thank you from Lisbon!",
    "Ich habe die Größe M AB 1234 Stück bestellt",
    "Unser Auto, ein VW ID 4, und der BMW M 3 laufen",
    "Reg: thanks a lot for the help",
    "Order Number: see below\nDelivery Address: none",
    "From: Customer Care\nTo: Support\nSubject: thanks",
    "Danke an den Fanshop und den Webshop",
    "Thanks, Holzbau Reiter GmbH and Fenwick Build Ltd",
    "I bought 3 place settings, Toronto ON",
    "Danke an Frau Hart seit März, alles gut",
    "the mr p. is a Code",
    "ich und meine frau a. haben Spaß",
    "hey, so here we go again",
    "hi, me here again",
    "ich bin der berg hier",
    "its samsung galaxy, not great",
    "its ssd drive, fast",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtythird_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtythird_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)


def test_the_care_of_rule_reads_the_address_placeholder_from_the_table() -> None:
    # "bei Meier, [ADDRESS]": the placeholder the address rule writes, from one table
    assert_redacted_once(
        "Neue Anschrift: bei Meier, Rosenstraße 7, 01067 Dresden",
        "Neue Anschrift: bei M., [ADDRESS]",
        AGENTS,
    )
