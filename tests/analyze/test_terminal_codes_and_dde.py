"""Terminal colour codes and spreadsheet DDE calls are markup, not words (round 23).

A quote with "\\x1b[31m" lost only its ESC in the pipeline, so the word clouds counted "31m",
"31mrot" and "0m"; "=cmd|' /C calc'!A0" gave "cmd", "calc" and "a0". New quotes lose the
whole code in normalisation (collect/normalize.py); quotes stored before keep "[31m" in their
text, and the analysis reads past it (analyze/markup.py)."""

from __future__ import annotations

import re

import pytest

from feedback.analyze.markup import plain
from feedback.analyze.pipeline import ANALYSER_VERSION, analyze_text
from feedback.collect.normalize import normalize_text

_CODE_LIKE = re.compile(r"^\d+m|^[0-9;]+m$")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[31mSuper[0m Service von [1;32mAnna[0m", "Super Service von Anna"),
        ("=cmd|' /C calc'!A0 danke", "  danke"),
        ("Danke! 1+1*cmd|'/C calc'!A0 super", "Danke! 1+1*  super"),
        # Not a code: brackets and pipes people write.
        ("Liste [1] und [2], siehe [3m]", "Liste [1] und [2], siehe [3m]"),
        ("Kanal a|b und 'x'! super", "Kanal a|b und 'x'! super"),
    ],
)
def test_plain_drops_colour_codes_and_dde_calls(text, expected):
    assert plain(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\x1b[31mSuper\x1b[0m Service, vielen Dank an \x1b[1mAnna\x1b[0m für die Hilfe",
        "[31mSuper[0m Service, vielen Dank an [1mAnna[0m für die Hilfe",  # stored before
        "\x1b[1;31mGreat\x1b[0m service from the \x1b[4mteam\x1b[0m, thank you so much",
        "=cmd|' /C calc'!A0 Super Service, vielen Dank für die Hilfe",
    ],
)
def test_no_code_or_dde_piece_reaches_the_clouds(text):
    terms = {t.term for t in analyze_text(normalize_text(text)).terms}
    assert terms  # the words still count
    assert not [term for term in terms if _CODE_LIKE.search(term)], terms
    assert terms.isdisjoint({"cmd", "calc", "a0", "0m", "31m", "1m"}), terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1b[31mRot\x1b[0m war gut", "Rot war gut"),
        ("a\x1b]0;Titel\x07b", "ab"),  # a window title (OSC, ended by BEL)
        ("a\x1b]8;;https://x.example\x1b\\Link\x1b]8;;\x1b\\ b", "aLink b"),  # a hyperlink
        ("\x1b(Bok \x1b[2J\x1b[Hda", "ok da"),
        ("Esc\x1bhier", "Eschier"),  # a lone ESC goes alone
        ("a\x9bb", "ab"),  # the 8-bit CSI alone: it may be cp1252's "›", the letter stays
    ],
)
def test_normalising_removes_terminal_escape_sequences_whole(text, expected):
    assert normalize_text(text) == expected
    assert normalize_text(expected) == expected


def test_the_analyser_version_says_the_terms_changed():
    # .63 changed the terms; later versions keep the change
    assert tuple(int(part) for part in ANALYSER_VERSION.split(".")) >= (2026, 12, 63)
