"""Word and emoji clouds from term counts: scoping, frequencies, rendering and word lookup."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from feedback.insights import clouds
from feedback.store.filters import QuoteFilter


def _terms(rows: list[tuple[str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["term", "surface", "count"])


@pytest.mark.parametrize(
    ("scope", "value", "field", "expected"),
    [
        ("team", 3, "team_ids", (3,)),
        ("agent", "7", "agent_ids", (7,)),
        ("theme", "speed", "themes", ("speed",)),
    ],
)
def test_scoped_filter_narrows_one_field_and_keeps_the_rest(scope, value, field, expected):
    base = QuoteFilter(start=dt.date(2026, 1, 1), channels=("email",))
    scoped = clouds.scoped_filter(base, scope, value)
    assert getattr(scoped, field) == expected
    assert scoped.start == dt.date(2026, 1, 1)
    assert scoped.channels == ("email",)


def test_scoped_filter_overall_is_unchanged():
    base = QuoteFilter(team_ids=(1,))
    assert clouds.scoped_filter(base, "overall", None) is base


def test_a_cloud_of_words_is_of_one_language_whatever_the_filter_held():
    base = QuoteFilter(team_ids=(1,), languages=("de", "en"))
    scoped = clouds.scoped_filter(base, "theme", "speed", "en")
    assert scoped.languages == ("en",)
    assert (scoped.themes, scoped.team_ids) == (("speed",), (1,))


def test_frequencies_keep_the_biggest_and_merge_equal_surfaces():
    terms = _terms(
        [
            ("schnell", "schnell", 9),
            ("freundlich", "freundlich", 5),
            ("Schnell", "schnell", 2),
            ("nett", "nett", 1),
        ]
    )
    assert clouds.frequencies(terms, limit=3) == {"schnell": 11, "freundlich": 5}
    assert clouds.frequencies(_terms([])) == {}


def test_heart_mask_is_a_heart_in_the_middle():
    mask = clouds.heart_mask(160, 90)
    assert mask.shape == (90, 160)
    assert set(np.unique(mask)) == {0, 255}
    assert mask[45, 80] == 0  # centre is inside
    assert mask[0, 0] == 255
    assert mask[89, 159] == 255
    assert mask[85, 80] == 255 or mask[88, 80] == 255  # the tip ends above the bottom edge
    # Symmetric around the vertical axis (up to one pixel of rounding).
    assert (mask[:, 1:] == mask[:, 1:][:, ::-1]).mean() > 0.97
    assert 0.2 < (mask == 0).mean() < 0.5


def test_render_cloud_is_reproducible_and_draws_umlauts():
    freqs = {"Grüße": 30, "großartig": 20, "schön": 10, "hilfsbereit": 8}
    first = clouds.render_cloud(freqs, width=320, height=180)
    second = clouds.render_cloud(freqs, width=320, height=180)
    assert first == second  # fixed random state
    image = Image.open(io.BytesIO(first))
    assert image.size == (320, 180)
    # Laid out at half the size, drawn at full: any size comes out exactly as asked.
    odd = clouds.render_cloud(freqs, width=321, height=181)
    assert Image.open(io.BytesIO(odd)).size == (321, 181)
    pixels = np.asarray(image.convert("L"))
    assert (pixels < 200).sum() > 500  # words were drawn on the white background


def test_render_cloud_with_heart_stays_inside_the_mask():
    freqs = {f"wort{i}": 50 - i for i in range(40)}
    png = clouds.render_cloud(freqs, heart=True, width=320, height=180)
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("L"))
    outside = clouds.heart_mask(320, 180) == 255
    assert (pixels[outside] < 200).sum() == 0


def _quotes(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": range(1, len(texts) + 1),
            "text": texts,
            "said_on": pd.to_datetime([f"2026-01-{i + 1:02d}" for i in range(len(texts))]),
        }
    )


def test_quotes_with_term_matches_word_starts_lemma_and_surface_only():
    frame = _quotes(
        [
            "Sehr freundliche Beratung!",  # lemma + ending
            "Unfreundlich war niemand.",  # inside a word: no match
            "Ihre Freundlichkeit!",  # another word: no match
            "FREUNDLICH und schnell",  # case-insensitive
            "Ganz ohne das Wort",
        ]
    )
    hits = clouds.quotes_with_term(pd.concat([frame, frame]), "freundlich", "freundliche")
    assert hits["id"].tolist() == [4, 1]  # newest first, each once


def test_quotes_with_term_handles_bigrams_and_regex_characters():
    frame = _quotes(["vielen   Dank!", "Dank vielen", "c++ (wirklich) super"])
    assert clouds.quotes_with_term(frame, "viel dank", "vielen Dank")["id"].tolist() == [1]
    assert clouds.quotes_with_term(frame, "c++", "c++")["id"].tolist() == [3]


def test_emoji_sizes_scale_with_the_square_root_of_the_count():
    sizes = clouds.emoji_sizes(_terms([("❤️", "❤️", 100), ("👍", "👍", 25), ("🙏", "🙏", 1)]))
    by_emoji = {s.emoji: s.px for s in sizes}
    assert by_emoji["❤️"] == clouds.EMOJI_MAX_PX
    assert by_emoji["🙏"] == clouds.EMOJI_MIN_PX
    # sqrt(25) = 5 lies 4/9 of the way from sqrt(1) to sqrt(100)
    expected = round(clouds.EMOJI_MIN_PX + 4 / 9 * (clouds.EMOJI_MAX_PX - clouds.EMOJI_MIN_PX))
    assert by_emoji["👍"] == expected
    assert clouds.emoji_sizes(_terms([("😀", "😀", 3)]))[0].px == clouds.EMOJI_MAX_PX


def test_emoji_cloud_html_escapes_everything():
    sizes = [clouds.EmojiSize('<img src=x onerror="1">', 2, 30), clouds.EmojiSize("❤️", 5, 60)]
    out = clouds.emoji_cloud_html(sizes, 'shown {count}× "x"')
    assert "<img" not in out
    assert "&lt;img src=x onerror=&quot;1&quot;&gt;" in out
    assert "shown 5× &quot;x&quot;" in out
    assert "font-size:60px" in out
