"""Normalisation: NFC, invisible characters, whitespace and emoji sequences."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.collect.normalize import normalize_text

FAMILY = "👨\u200d👩\u200d👧"
ENGLAND = "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"

# (id, input, expected)
CASES = [
    ("nfd_mueller_composed", "Mu\u0308ller", "Müller"),
    ("nfc_mueller_unchanged", "Müller", "Müller"),
    ("zero_width_space", "Mül\u200bler", "Müller"),
    ("zero_width_non_joiner", "Auf\u200clage", "Auflage"),
    ("byte_order_mark", "\ufeffHallo", "Hallo"),
    ("noncharacters", "Dan\ufffeke \uffffsehr\ufdd0!", "Danke sehr!"),
    ("soft_hyphen", "Kunden\u00adservice", "Kundenservice"),
    ("word_joiner", "a\u2060b", "ab"),
    ("rtl_ltr_marks", "\u200fHallo\u200e", "Hallo"),
    ("rtl_override", "abc\u202edcba\u202c", "abcdcba"),
    ("bidi_isolates", "\u2067x\u2069", "x"),
    ("arabic_letter_mark", "a\u061cb", "ab"),
    ("mongolian_vowel_separator", "a\u180eb", "ab"),
    ("combining_grapheme_joiner", "a\u034fb", "ab"),
    ("hangul_filler", "a\u3164b", "ab"),
    ("c0_controls", "Hallo\x00Welt\x07!", "HalloWelt!"),
    ("c1_control", "a\x9bb", "ab"),
    ("delete_char", "a\x7fb", "ab"),
    ("tabs_and_spaces", "a\t\t  b", "a b"),
    ("no_break_space", "49,99\u00a0€", "49,99 €"),
    ("narrow_and_ideographic_space", "a\u202fb\u3000c", "a b c"),
    ("crlf_single_break", "Zeile 1\r\nZeile 2", "Zeile 1 Zeile 2"),
    ("cr_single_break", "a\rb", "a b"),
    ("paragraph_crlf", "Absatz 1\r\n\r\nAbsatz 2", "Absatz 1\n\nAbsatz 2"),
    ("many_blank_lines", "a\n\n\n\n  \n b", "a\n\nb"),
    ("blank_line_with_spaces", "a\n \t \nb", "a\n\nb"),
    ("line_separator", "a\u2028b", "a b"),
    ("paragraph_separator", "a\u2029b", "a\n\nb"),
    ("vertical_tab_form_feed", "a\x0bb\x0cc", "a b c"),
    ("next_line", "a\x85b", "a b"),
    ("strip_outer_whitespace", "  \n hallo \n ", "hallo"),
    ("only_invisible", " \u200b\ufeff\n", ""),
    ("empty", "", ""),
    ("emoji_family_zwj_kept", f"Danke {FAMILY}!", f"Danke {FAMILY}!"),
    ("heart_fe0f_kept", "Danke ❤\ufe0f", "Danke ❤\ufe0f"),
    ("rainbow_flag_kept", "🏳\ufe0f\u200d🌈", "🏳\ufe0f\u200d🌈"),
    ("skin_tone_zwj_kept", "🧑🏽\u200d💻 top", "🧑🏽\u200d💻 top"),
    ("keycap_kept", "1\ufe0f\u20e3 Platz", "1\ufe0f\u20e3 Platz"),
    ("text_presentation_fe0e_kept", "☺\ufe0e", "☺\ufe0e"),
    ("england_flag_tags_kept", ENGLAND, ENGLAND),
    ("zwj_in_word_removed", "Mül\u200dler", "Müller"),
    ("selector_after_letter_removed", "a\ufe0f", "a"),
    ("selector_after_space_removed", "x \ufe0f y", "x y"),
    ("dangling_zwj_removed", "👍\u200d", "👍"),
    ("zwj_before_letter_removed", "👍\u200da", "👍a"),
    ("stray_tag_removed", "a\U000e0067", "a"),
    ("lone_surrogate_removed", "a\ud800b", "ab"),
    ("mark_meets_base_after_removal", "e\u200b\u0301", "é"),
    ("selector_after_mark_removed", "e\u0301\ufe0f", "é"),
    ("plain_german_unchanged", "Vielen Dank, Frau Meier! 👍", "Vielen Dank, Frau Meier! 👍"),
    ("plain_english_unchanged", "Thanks, you're a star ⭐", "Thanks, you're a star ⭐"),
    ("placeholders_unchanged", "Mail an [EMAIL]", "Mail an [EMAIL]"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_normalize_table(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


SPECIAL = [
    "a", "é", "e", "\u0301", "\u0308", "❤", "👨", "👩", "👍", "🏽", "🏳", "🌈", "🏴", "1", "#",
    "\u20e3", "\u200d", "\u200b", "\u200c", "\ufe0f", "\ufe0e", "\ufeff", "\u00ad", "\u202e",
    "\U000e0067", "\U000e007f", "\n", "\r", " ", "\t", "\u00a0", "\u2028", "\u2029", "\x00",
    "\x85", "\ud800", "\udfff", "ß", "Ω", "\u2126", "\u0958", "\u1100", "\u1161", "\u11a8",
]  # fmt: skip
special_texts = st.lists(st.sampled_from(SPECIAL), max_size=30).map("".join)
_STRIPPED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u200e\u200f\u202a-\u202e\ufeff\u00ad]"
)


def _check(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "\n\n\n" not in once
    assert unicodedata.is_normalized("NFC", once)
    assert not _STRIPPED.search(once)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in once)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_is_idempotent_on_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(special_texts)
def test_normalize_is_idempotent_on_joiners_marks_and_breaks(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=()), max_size=60))
def test_normalize_never_raises_even_on_surrogates(text: str) -> None:
    _check(text)


def test_stacked_diacritics_are_cut_to_a_few_per_letter():
    # "Zalgo" text: dozens of combining marks per letter, drawn over the neighbouring lines.
    zalgo = "Z" + "\u0335\u0327\u031b\u0316\u0317\u033c\u0330\u0339\u0323\u0343" * 3 + "ahlen"
    result = normalize_text(zalgo)
    # NFC orders the marks by their combining class first; four of them stay.
    assert result[0] == "Z"
    assert result[5:] == "ahlen"
    assert all(unicodedata.category(ch) == "Mn" for ch in result[1:5])
    assert normalize_text(result) == result


@pytest.mark.parametrize(
    "text", ["Tiếng Việt rất tốt, cảm ơn!", "שָׁלוֹם", "धन्यवाद", "ขอบคุณครับ", "1\ufe0f\u20e3 Danke"]
)
def test_the_diacritics_of_real_languages_stay(text):
    assert normalize_text(text) == unicodedata.normalize("NFC", text)
