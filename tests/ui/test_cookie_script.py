"""The sign-in cookie's script (feedback.ui.auth.cookie_script) goes to the browser with
unsafe_allow_javascript: every value in it must stay a JavaScript string."""

from __future__ import annotations

import json
import re

from feedback.ui.auth import cookie_script
from feedback.ui.typing import DRAFT_PREFIX

HOSTILE = "lovewall_session=</script><script>alert(1)</script>&\u2028"


def test_no_value_can_end_the_script_or_its_string():
    html = cookie_script(HOSTILE, forget_drafts=True)
    assert html.startswith("<script>")
    assert html.endswith("</script>")
    inner = html[len("<script>") : -len("</script>")]
    assert "<" not in inner
    assert ">" not in inner.replace("=>", "")  # only the arrow functions' own
    assert "&" not in inner
    assert "\u2028" not in inner
    value = re.match(r"document\.cookie = (\"[^\"]*\");", inner)
    assert value is not None
    assert json.loads(value.group(1)) == HOSTILE  # the same text once the browser reads it


def test_sign_out_also_forgets_the_drafts_and_sign_in_does_not():
    prefix = json.dumps(DRAFT_PREFIX)
    assert prefix in cookie_script("lovewall_session=; max-age=0", forget_drafts=True)
    assert "sessionStorage" not in cookie_script("lovewall_session=abc", forget_drafts=False)
