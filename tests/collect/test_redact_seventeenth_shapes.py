"""Shapes added in the seventeenth redaction session: a Swiss canton or a post office's number
after the town, a region in brackets, Australian, South African and Kenyan PO boxes, "St." and
compass points before a unit or town, Nigerian plot-first streets, Kenyan and Nigerian plates
after a vehicle, handles after "Insta is" and of an initial and a surname, a name above a
device footer, after several marks or a blessing, "Bin Marlene, 34,", "mfg r. öztürk"; and the
look-alikes that stay."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    ("Adresse: Seestrasse 112, 8700 Küsnacht ZH. Merci", "Adresse: [ADDRESS]. Merci"),
    ("an Postfach 2210, 8021 Zürich 1. Danke", "an [ADDRESS]. Danke"),
    (
        "Lieferadresse: Kirchplatz 2, 87435 Kempten (Allgäu). Danke!",
        "Lieferadresse: [ADDRESS]. Danke!",
    ),
    # the post office's number only before no unit; a town after a box alone stays
    ("Postfach 2210, 8021 Zürich 10 Minuten", "[ADDRESS] 10 Minuten"),
    ("PO Box 4471, Cork.", "[ADDRESS], Cork."),
    ("Post it to P.O. Box 21, Nairobi 00100. Asante", "Post it to [ADDRESS]. Asante"),
    ("Send it to PO Box 3345-00200 Nairobi. Regards", "Send it to [ADDRESS]. Regards"),
    ("Mail to GPO Box 2334, Sydney NSW 2001, please", "Mail to [ADDRESS], please"),
    ("Postal: Postnet Suite 112, Private Bag X9, Melville 2109. Bye", "Postal: [ADDRESS]. Bye"),
    ("Ship to 123 Main St. Apt. 4, Boise, ID 83702. Cheers", "Ship to [ADDRESS]. Cheers"),
    ("Office: 45 King St W, Suite 900, Toronto, ON M5H 1J8. Best", "Office: [ADDRESS]. Best"),
    ("Post to Apt 4, The Maltings, Kilkenny R95 X2Y3 please", "Post to [ADDRESS] please"),
    ("Deliver to Plot 5, Admiralty Way, Lekki, Lagos today.", "Deliver to [ADDRESS] today."),
    ("My car KDA 123B is insured again.", "My car [ID] is insured again."),
    ("Insta is @m.reyes_88 if you want", "Insta is [HANDLE] if you want"),
    ("ask @j_okonkwo about it", "ask [HANDLE] about it"),
    ("Thx so much!! Ama\n\nSent from my iPhone", "Thx so much!! A.\n\nSent from my iPhone"),
    (
        "Thank you Wendy!\n\nMwangi\n\nSent from my Galaxy",
        "Thank you Wendy!\n\nM.\n\nSent from my Galaxy",
    ),
    ("God bless you and your family. Oluwakemi", "God bless you and your family. O."),
    ("Bin Marlene, 34, aus Wels, und zufrieden.", "Bin M., 34, aus Wels, und zufrieden."),
    ("Hi, I'm Tayo, 19, from Leeds.", "Hi, I'm T., 19, from Leeds."),
    (
        "alles gut, danke an den support. mfg r. öztürk",
        "alles gut, danke an den support. mfg r. Ö.",
    ),
]

KEPT = [
    "Ich wohne in der Schweiz. SO geht das.",
    "I live near Main St. Tom was great.",
    "Mein Auto, ein BMW 320, ist super.",
    "Thanks Kim! @telekom_hilft and @o2_uk were quick.",
    "Great job, Heike\n\nSent from my iPhone",
    "@user why thank you!! Yayayay!!",
    "Thanks!! Yesss",
    "God bless you and your family and everyone who works there. Amen",
    "Ich bin Rentner, 74, und zufrieden.",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_shape_is_redacted_a_look_alike_stays_and_a_second_run_changes_nothing(text, expected):
    once = redact(text, AGENTS).text
    assert (once, redact(once, AGENTS).text) == (expected, expected)
