"""Redaction placeholders read the same in every view, in the reader's language, on one line."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.collect.redact import PLACEHOLDERS, redact
from feedback.export.formats import ExportFormat, render
from feedback.i18n import t
from feedback.insights import moderation
from feedback.insights.privacy import NAME_PLACEHOLDER
from feedback.render.highlight import highlighted_html
from feedback.render.placeholders import placeholder_label, shown_html, shown_text, unbreakable

TOKENS = [*PLACEHOLDERS.values(), NAME_PLACEHOLDER]
LANGS = ["de", "en"]

# (token, German words, English words): the catalogue's wording, in brackets.
WORDS = [
    ("[EMAIL]", "[E-Mail-Adresse]", "[email address]"),
    ("[PHONE]", "[Telefonnummer]", "[phone number]"),
    ("[IBAN]", "[Bankverbindung]", "[bank details]"),
    ("[CARD]", "[Kartennummer]", "[card number]"),
    ("[ADDRESS]", "[Adresse]", "[address]"),
    ("[REF]", "[Kunden-/Vorgangsnummer]", "[customer/case number]"),
    ("[URL]", "[Link mit Zugangsdaten]", "[link with credentials]"),
    ("[BIRTHDATE]", "[Geburtsdatum]", "[date of birth]"),
    ("[ID]", "[Steuer-/Versicherungs-/Ausweisnummer]", "[tax/insurance/ID number]"),
    ("[HANDLE]", "[Social-Media-Name]", "[social media handle]"),
    ("[NAME]", "[Name]", "[name]"),
]


@pytest.mark.parametrize(("token", "de", "en"), WORDS)
def test_each_token_has_its_words_in_both_languages(token, de, en):
    assert placeholder_label(token, "de") == de
    assert placeholder_label(token, "en") == en


def test_every_token_is_covered():
    assert sorted(TOKENS) == sorted(token for token, _, _ in WORDS)


def _stripped(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


@pytest.mark.parametrize("lang", LANGS)
def test_preview_moderation_wall_and_slides_use_the_same_words(lang):
    """The same stored text reads the same in the submit preview, moderation and on the wall."""
    result = redact("Ruf mich an: 0151 23456789, Kundennummer 123456789")
    # "Kundennummer" names what was removed: the placeholder only says that it was.
    words = [placeholder_label("[PHONE]", lang), t("common.redaction_removed", lang)]
    preview = highlighted_html(result.text, result.findings, lang)
    parts = moderation.segments(
        result.text, [{"start": f.start, "end": f.end, "kind": f.kind} for f in result.findings], []
    )
    review = moderation.highlighted_html(parts, {}, lang)
    wall = shown_html(result.text, lang)
    for markup in (preview, review, wall):
        assert "[PHONE]" not in markup
        assert "[REF]" not in markup
        assert all(word in _stripped(markup) for word in words)
    assert '<span class="lw-ph" style="white-space:nowrap">' in wall


NAMED_BEFORE = [
    ("Kundennummer: [REF]", "Kundennummer: [entfernt]", "Kundennummer: [removed]"),
    ("Kunden-Nr. [REF]", "Kunden-Nr. [entfernt]", "Kunden-Nr. [removed]"),
    ("Meine Handynummer ist [PHONE]", "Meine Handynummer ist [entfernt]", None),
    ("my phone number is [PHONE]", None, "my phone number is [removed]"),
    ("IBAN [IBAN]", "IBAN [entfernt]", "IBAN [removed]"),
    ("geb. am [BIRTHDATE]", "geb. am [entfernt]", None),
    ("E-Mail: [EMAIL]", "E-Mail: [entfernt]", "E-Mail: [removed]"),
    ("Meine IP ist [REF]", "Meine IP ist [entfernt]", None),
    ("Kennzeichen [ID]", "Kennzeichen [entfernt]", None),
    # nothing before names it: the kind in words
    ("Ruf mich an unter [PHONE]", "Ruf mich an unter [Telefonnummer]", None),
    ("Rechnung [REF] kam", "Rechnung [Kunden-/Vorgangsnummer] kam", None),
    ("Danke Stefano [PHONE]", "Danke Stefano [Telefonnummer]", None),
    ("Schreib an [EMAIL]", None, "Schreib an [email address]"),
]


@pytest.mark.parametrize(("text", "de", "en"), NAMED_BEFORE)
def test_a_placeholder_the_words_before_already_name_says_only_removed(text, de, en):
    for lang, expected in (("de", de), ("en", en)):
        if expected is not None:
            assert shown_text(text, lang, no_break=False) == expected
            assert _stripped(shown_html(text, lang)) == html.escape(expected)


def test_the_preview_reads_the_words_before_a_placeholder_as_the_wall_does():
    result = redact("Meine Kundennummer ist 123456789, danke!")
    preview = _stripped(highlighted_html(result.text, result.findings, "de"))
    assert "Kundennummer ist [entfernt]" in preview
    assert _stripped(shown_html(result.text, "de")) in preview


def test_the_moderation_history_shows_words_not_tokens():
    import pandas as pd

    audit = pd.DataFrame(
        [{"at": pd.Timestamp("2026-11-20 10:00"), "actor": "lead", "action": "edit",
          "changes": {"text": ["Mail an [EMAIL]", "Mail: [EMAIL]"]}}]
    )  # fmt: skip
    change = moderation.audit_table(audit, "de")["change"][0]
    assert "[EMAIL]" not in change
    assert "[E\u2011Mail\u2011Adresse]" in change


@pytest.mark.parametrize("lang", LANGS)
def test_spreadsheet_exports_show_words_and_data_exports_keep_tokens(lang):
    from tests.export.test_formats import _table  # the export tests' one-row table

    table = _table(["Schreib an [EMAIL]"])
    excel = render(table, ExportFormat.CSV_EXCEL, lang).decode("utf-8-sig")
    assert placeholder_label("[EMAIL]", lang) in excel
    assert "[EMAIL]" in render(table, ExportFormat.CSV, lang).decode()


def test_plain_renderings_have_no_break_opportunity_inside_a_placeholder():
    label = unbreakable(placeholder_label("[REF]", "de"))
    assert label == "[Kunden\u2011/\u2060Vorgangsnummer]"
    assert not re.search(r"[ \-/](?!\u2060)", label)
    assert unbreakable("[phone number]") == "[phone\u00a0number]"


# Where a line may break in plain text (PPTX, PNG): white space other than U+00A0, after a
# hyphen-minus, after a slash unless a word joiner (U+2060) follows.
BREAK_RE = re.compile(r"[^\S\u00a0]+|(?<=-)|(?<=/)(?!\u2060)")
PROSE = st.sampled_from(["Danke", "für", "die", "Hilfe", "thanks", "a-lot", "and/or", "😊", "\n"])


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.one_of(PROSE, st.sampled_from(TOKENS)), min_size=1, max_size=30),
    lang=st.sampled_from(LANGS),
)
def test_a_placeholder_is_never_split_where_a_line_may_break(words, lang):
    text = shown_text(" ".join(words), lang)
    pieces = BREAK_RE.split(text)
    for token in TOKENS:
        label = unbreakable(placeholder_label(token, lang))
        count = text.count(label)
        assert count == words.count(token)
        assert sum(piece.count(label) for piece in pieces) == count


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.one_of(PROSE, st.sampled_from(TOKENS)), max_size=20))
def test_in_html_each_placeholder_is_one_no_wrap_span(words):
    text = " ".join(words)
    markup = shown_html(text, "de")
    spans = re.findall(r'<span class="lw-ph" style="white-space:nowrap">([^<]*)</span>', markup)
    assert len(spans) == sum(text.count(token) for token in TOKENS)
    assert not any(token in _stripped(markup) for token in TOKENS)


@pytest.mark.parametrize(
    ("lang", "words"), [("de", "[Telefonnummer]"), ("en", "[phone\u00a0number]")]
)
def test_the_pptx_deck_shows_placeholders_in_words_on_one_line(lang, words):
    import io
    from dataclasses import replace

    from pptx import Presentation

    from feedback.present.deck import build_pptx
    from tests.render.test_cards import CARD
    from tests.render.test_slides import _deck

    deck = replace(_deck(), cards=(replace(CARD, text="Rückruf an [PHONE]!"),), spotlight=None)
    prs = Presentation(io.BytesIO(build_pptx(deck, lang=lang, period_label="", theme_names={})))
    text = " ".join(
        shape.text_frame.text for shape in list(prs.slides)[1].shapes if shape.has_text_frame
    )
    assert words in text
    assert "[PHONE]" not in text


def test_the_legend_names_each_placeholder_once_in_the_readers_words():
    from feedback.render.placeholders import placeholder_legend

    text = "Ruf an: [PHONE], [EMAIL] oder nochmal [PHONE]; [NAME] hilft."
    assert placeholder_legend(text, "de") == (
        "`[PHONE]` = Telefonnummer, `[EMAIL]` = E-Mail-Adresse, `[NAME]` = Name"
    )
    assert placeholder_legend(text, "en").startswith("`[PHONE]` = phone number")
    assert placeholder_legend("Danke [sic]!", "de") == ""


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("token", TOKENS)
def test_no_label_reads_as_a_raw_token(token, lang):
    """A browser walk looking for raw placeholders found "[IBAN]" on every page: the words of
    the IBAN were "IBAN", so the shown label was the stored token itself."""
    label = placeholder_label(token, lang)
    assert label != token
    assert re.fullmatch(r"\[[A-Z_]+\]", label) is None
