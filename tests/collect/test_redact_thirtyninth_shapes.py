"""Shapes added in the thirty-ninth redaction session (dev set 39): handles named as a
message's author or as the customer's account, with or without "@" ("DM from chloe.bakes.uk:",
"Kommentar von @derechtebenni:", "username is …", "Insta: …", "– by …", "– olga_k1987,
12.03."); names after a filler in transcripts ("it's uh Kwabena Mensah calling"), in lower
case after "mein Name ist" / "bin die" / "hi its … from"; aliases ("(eigentlich Annegret)",
"nennt sich „Bobby“", "Ola for short", "G'day, Bec here"); "lautend auf"; Vietnamese names
typed without accents or with two given names; a family word that is also a listed first name
("Mein Enkel Dawid"). And the frames that make capitalised words a thing, a brand or a place
("a Mercedes Sprinter", "the Marks & Spencer voucher", "the team in Milton Keynes"). With their
look-alikes.
"""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Lars Vogel", "Zoe Hart", "Ben Ott", "Ina Marx", "Sven Kolb", "Owen Price")

REDACTED = [
    ("DM from mo.bakes.cakes: thanks Zoe, all sorted", "DM from [HANDLE]: thanks Zoe, all sorted"),
    ("PN von steffi_h_1990: danke Sven!", "PN von [HANDLE]: danke Sven!"),
    (
        "Kommentar von @omasgartenliebe: Frau Marx war super",
        "Kommentar von [HANDLE]: Frau Marx war super",
    ),
    ("Reply from @notjustanothermum: cheers Owen", "Reply from [HANDLE]: cheers Owen"),
    ("My username is frosty.pine42, thanks Ben", "My username is [HANDLE], thanks Ben"),
    (
        "Mein Nutzername lautet sonnenblume_77, danke Sven",
        "Mein Nutzername lautet [HANDLE], danke Sven",
    ),
    ("Insta: kochenmitkemal – danke an Sven", "Insta: [HANDLE] – danke an Sven"),
    ("★★★★★ Super App – by kuchen_fee_82", "★★★★★ Super App – by [HANDLE]"),
    ("App läuft wieder. – rudi_ratlos, 04.05.", "App läuft wieder. – [HANDLE], 04.05."),
    (
        "mein name ist yılmaz deniz und ich ruf an wegen Sven",
        "mein name ist Y. D. und ich ruf an wegen Sven",
    ),
    ("hallo bin die agnieszka nowak, danke an Sven", "hallo bin die A. N., danke an Sven"),
    ("hi its jess from hull, thanks Zoe", "hi its J. from hull, thanks Zoe"),
    ("yo its kieran, kieran o'brien, cheers Ben", "yo its K., K. O., cheers Ben"),
    ("it's uh Kofi Boateng calling, thanks Owen", "it's uh K. B. calling, thanks Owen"),
    (
        "hier spricht äh Waltraud Eder, danke Herr Vogel",
        "hier spricht äh W. E., danke Herr Vogel",
    ),
    (
        "Hey, Mausi hier (eigentlich Gudrun). Danke Sven!",
        "Hey, M. hier (eigentlich G.). Danke Sven!",
    ),
    (
        "Anruferin nennt sich „Nuni“, danke Frau Marx",
        "Anruferin nennt sich „N.“, danke Frau Marx",
    ),
    ("this is Oluwaseun, Seun for short. Thanks Zoe", "this is O., S. for short. Thanks Zoe"),
    ("G'day, Bec here, thanks Owen", "G'day, B. here, thanks Owen"),
    (
        "Gutschrift lautend auf Kovačević Amra, danke Frau Marx",
        "Gutschrift lautend auf K. A., danke Frau Marx",
    ),
    ("lg, tran thi mai – danke Sven", "lg, T. T. M. – danke Sven"),
    ("From Nguyen Thi Thu Hà, thanks Zoe", "From N. T. T. H., thanks Zoe"),
    (
        "Mein Enkel Dawid hat das geschrieben, danke Sven",
        "Mein Enkel D. hat das geschrieben, danke Sven",
    ),
    # people, though an article, "in" or "&" stands near
    ("Dank an Herrn Klaus Peters", "Dank an Herrn K. P."),
    ("With thanks, the Van Wyk family", "With thanks, the V. W. family"),
    ("Gruß Ilse & Heinz Moosbrugger", "Gruß I. & H. M."),
]

KEPT = [
    "the Marks & Spencer voucher came, thanks Zoe",
    "Love the Ben & Jerry's promo, thanks Owen",
    "a Mercedes Sprinter brought it, thanks Ben",
    "Der Fahrer kam mit einem Ford Transit, danke Sven",
    "the London Bridge store was great, thanks Zoe",
    "the team in Milton Keynes is great, thanks Owen",
    "cb5 - 132t - c1lk laptop, thanks Zoe",
    "DM von gestern: danke Sven",
    "Kommentar von @TelcoHilfe: danke Sven",
    "my username is fine now, thanks Ben",
    "Insta: gmx.de ist down, danke Sven",
    "Thanks Poppy, who will handle @ShopRite_NG now?",
    "Hühchen hier, Pommes da.",
    "ich bin die mama von lea, danke Sven",
    "bin der meinung, Sven war super",
    "the tran van der bahn, thanks Zoe",
    "Hello, Service here, thanks Zoe",
    "it's uh Monday again, thanks Zoe",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtyninth_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtyninth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
