"""The uploader's script: the page's words go in as data; no word can end the script."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from feedback.render.uploader import uploader_script

_WORDS = re.compile(r"window\.__lwUploaderWords = (.*?);\n", re.S)


def _words_in(script: str) -> dict[str, str]:
    found = _WORDS.search(script)
    assert found is not None
    return dict(json.loads(found.group(1)))


def test_hostile_words_stay_data_inside_the_one_script():
    words = {
        "button": "</script><script>alert(1)</script>",
        "limit": "<!-- & \u2028 ' \" %s %d",
        "decimal": ",",
    }
    script = uploader_script(words)
    assert script.count("<script") == 1
    assert script.count("</script") == 1
    assert script.endswith("</script>")
    assert "<!--" not in script
    assert _words_in(script) == words


@given(st.dictionaries(st.sampled_from(["button", "limit", "decimal"]), st.text(), min_size=3))
def test_any_words_come_back_as_they_went_in(words):
    script = uploader_script(words)
    assert script.count("</script") == 1
    assert _words_in(script) == words
