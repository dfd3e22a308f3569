"""Comments exported as HTML read as what the customer wrote; other text stays as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.collect.files.markup import plain_comment
from tests.collect.files.helpers import read_bytes

CASES = [
    ("Danke &amp; Grüße, super Service!", "Danke & Grüße, super Service!"),
    ("It&#39;s great, thanks!", "It's great, thanks!"),
    ("Top&nbsp;Service", "Top\u00a0Service"),
    ("<p>Thanks!</p><p>Best</p>", "Thanks!\nBest\n"),
    ("Danke!<br>Max<BR/>Berlin", "Danke!\nMax\nBerlin"),
    # a NUL byte where a separator was: a space, not two words joined
    ("Mit\0\0freundlichen Grüßen", "Mit freundlichen Grüßen"),
    ('<div class="x"><b>Super</b> Hilfe</div>', "Super Hilfe\n"),
    # not HTML: as written
    ("I <3 you", "I <3 you"),
    ("a < b and c > d", "a < b and c > d"),
    ("AT&T and R&D", "AT&T and R&D"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
]


@pytest.mark.parametrize(("exported", "written"), CASES)
def test_an_exports_markup_becomes_the_written_text(exported, written):
    assert plain_comment(exported) == written


@given(st.text(alphabet=st.characters(blacklist_characters="<&\0")))
def test_text_without_markup_is_unchanged(text):
    assert plain_comment(text) == text


def test_an_imported_html_comment_is_stored_as_text():
    data = 'text;agent\n"<p>Vielen Dank &amp; bis bald!</p>";anna.meier\n'
    read = read_bytes(data.encode(), "html.csv")
    assert read.drafts[2].text == "Vielen Dank & bis bald!"
