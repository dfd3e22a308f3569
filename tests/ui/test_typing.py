"""The typing listener's style: only a plain widget key reaches the browser's style sheet."""

from __future__ import annotations

import pytest

from feedback.ui.typing import hidden_css


def test_a_plain_key_hides_its_element():
    assert hidden_css("submit_one_text_typing") == (
        "<style>.st-key-submit_one_text_typing { display: none; }</style>"
    )


@pytest.mark.parametrize("key", ["x</style><script>alert(1)</script>", "a b", "a;}", "", "ä"])
def test_anything_else_is_refused(key):
    with pytest.raises(ValueError):
        hidden_css(key)
