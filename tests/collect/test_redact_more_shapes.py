"""Shapes added in the eighth redaction session: IPv6 anywhere, the flat before the street, a
Dublin district and a PO box's town, family members in apposition, Vietnamese names ending
in "An", US plates after "plate", social-network profile links; and figures that stay."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

REDACTED = [
    (
        "Der Router hat 2003:e8:2f1a:4c00:b5d2:19ff:fe3a:8c21, danke!",
        "Der Router hat [REF], danke!",
    ),
    ("The router is at 2a02:8010:6359:1::7b10 now.", "The router is at [REF] now."),
    ("Neu: Whg. 3, Hauptstr. 5, 04109 Leipzig. Danke!", "Neu: [ADDRESS]. Danke!"),
    ("Wohnung 4, Schillerstraße 17, 99423 Weimar ist neu.", "[ADDRESS] ist neu."),
    ("Use Flat 2, 17 Harcourt Street, Dublin 2, D02 W272 please.", "Use [ADDRESS] please."),
    ("Baba, der Hansi, hat sich gefreut.", "Baba, der H., hat sich gefreut."),
    ("Mein Mann, der Bernd, war ungeduldig.", "Mein Mann, der B., war ungeduldig."),
    ("My nan, our Doreen, was so happy.", "My nan, our D., was so happy."),
    (
        "Sorry, it's me again – Paddy, the one with the modem.",
        "Sorry, it's me again – P., the one with the modem.",
    ),
    ("Herr Nguyễn Văn An bedankt sich.", "Herr N. V. A. bedankt sich."),
    ("Mr Nguyen Van An called back.", "Mr N. V. A. called back."),
    ("plate 8ABC123 (California), towed.", "plate [ID] (California), towed."),
    ("My Facebook is facebook.com/samira.haddad.904 – see!", "My Facebook is [URL] – see!"),
    # Hypothesis found it: a signature over a line break took the surname into an e-mail
    # ("Schneider\n(at) web.de") and left the first name.
    ("\nDanke!\nIhre Klaus Schneider\n(at) web.de", "\nDanke!\nIhre K. S.\n(at) web.de"),
    ("See linkedin.com/in/huang-lijun-5a3b91 for me.", "See [URL] for me."),
]

KEPT = [
    "Es schneit wie bei Frau Holle, toll.",
    "Mr Bean would have given up, not us.",
    "Intern fd00::1, das Gateway fe80::1 und 2001:db8::1 im Handbuch.",
    "Um 20:30:15 Uhr, Psalm 2345:12:3:4.",
    "Mein Sohn, der Kleine, hat das Handy fallen lassen.",
    "Die Kollegin, die Sabine, war super.",
    "The plate 2 was cracked.",
    "Follow facebook.com/telekom for news.",
    "Der Van An der Ecke.",
    "Letters to PO Box 12, Sandton, 2146.",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED, ids=[r[0][:30] for r in REDACTED])
def test_these_shapes_are_redacted(text: str, expected: str) -> None:
    result = redact(text)
    assert result.text == expected
    assert redact(result.text).text == expected  # idempotent


@pytest.mark.parametrize("text", KEPT, ids=[k[:30] for k in KEPT])
def test_these_words_stay(text: str) -> None:
    out = redact(text).text
    for word in ("Holle", "Bean", "fd00::1", "fe80::1", "2001:db8::1", "20:30:15", "Kleine",
                 "Sabine", "plate 2", "telekom", "Van An", "Sandton"):  # fmt: skip
        assert (word in out) == (word in text), (word, out)


def test_an_agent_in_apposition_stays() -> None:
    assert redact("Mein Mann, der Bernd, war da.", ("Bernd Kraus",)).text == (
        "Mein Mann, der Bernd, war da."
    )
