"""A review's title is part of its praise: Trustpilot's and Google Play's titles were dropped,
so "Toller Kundenservice" never reached the wall."""

from __future__ import annotations

import pytest

from feedback.collect.files.titles import titled
from tests.collect.files.helpers import FIXTURES, read_bytes, read_fixture


@pytest.mark.parametrize(
    ("title", "text", "joined"),
    [
        ("Toller Kundenservice", "Sofort geholfen.", "Toller Kundenservice. Sofort geholfen."),
        ("Super!", "Sofort geholfen.", "Super! Sofort geholfen."),
        ("Danke :)", "Sofort geholfen.", "Danke :) Sofort geholfen."),
        ("„Top“", "Sofort geholfen.", "„Top“ Sofort geholfen."),
        ("Klasse 👍", "Sofort geholfen.", "Klasse 👍 Sofort geholfen."),
        ("Wirklich gut…", "Sofort geholfen.", "Wirklich gut… Sofort geholfen."),
        # The text starts with the title: a site's title made of the text's first words.
        ("Frau Meier hat", "Frau Meier hat sofort geholfen.", "Frau Meier hat sofort geholfen."),
        ("frau  meier HAT…", "Frau Meier hat sofort geholfen.", "Frau Meier hat sofort geholfen."),
        ("Frau Meier hat...", "Frau Meier hat sofort geholfen.", "Frau Meier hat sofort geholfen."),
        ("", "Sofort geholfen.", "Sofort geholfen."),
        ("Toller Kundenservice", "", "Toller Kundenservice"),
        ("", "", ""),
    ],
)
def test_a_title_is_joined_as_people_write_it(title, text, joined):
    assert titled(title, text) == joined


def test_trustpilot_reviews_keep_their_titles():
    read = read_fixture("real_shapes/trustpilot_reviews.csv")

    assert read.problems == {}
    assert [d.text for d in read.drafts.values()] == [
        "Toller Kundenservice. Frau Meier vom Kundenservice hat sich sofort gekümmert.",
        "Enttäuscht. Niemand hat zurückgerufen.",
    ]


def _google_play(*rows: tuple[str, str, str]) -> bytes:
    """Play Console's header, and rows of (stars, title, text) in its sixteen columns."""
    fixture = FIXTURES / "real_shapes" / "reviews_de.example.kundenapp_202611.csv"
    header = fixture.read_bytes().decode("utf-16").splitlines()[0]
    lines = [header]
    for number, (stars, title, text) in enumerate(rows, start=1):
        lines.append(
            f"de.example.app,412,4.1.2,de,a52q,2026-11-03T08:15:22Z,1793693722000,"
            f'2026-11-03T08:15:22Z,1793693722000,{stars},"{title}","{text}",,,,'
            f"https://play.google.com/apps/publish?account=1&reviewid=gp-{number}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-16")


def test_google_play_reviews_keep_their_titles_and_a_title_alone_is_a_comment():
    read = read_bytes(
        _google_play(
            ("5", "Top Hotline!", "Mir wurde sofort geholfen."),
            ("5", "", "Schnell und freundlich."),
            ("4", "Sehr nett", ""),
            ("4", "", ""),
        ),
        "reviews_de.example.app_202611.csv",
    )

    assert read.parsed.format.name == "google_play"
    assert read.problems == {}
    assert {line: d.text for line, d in read.drafts.items()} == {
        2: "Top Hotline! Mir wurde sofort geholfen.",
        3: "Schnell und freundlich.",
        4: "Sehr nett",  # the reviewer's words: a comment, not a rating without one
    }
    assert read.parsed.summary.no_comment == 1  # line 5: stars only
