"""Screenshots of the working pages (submit, word clouds, moderation, import, settings, people,
audit) at three sizes and in both languages; the meeting pages are in test_meeting_screens.

Saved under ``artifacts/screenshots/jobs`` (gitignored) for a look by eye; each test also
checks that the page drew without an exception, in the right language, with nothing wider
than the window and no checkbox label cut short.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.driving import exceptions, full_page_screenshot, open_page
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SIZES = {"laptop": (1440, 900), "projector": (1920, 1080), "phone": (390, 844)}
# Each page as the role that works on it.
PAGES = {
    "submit": "demo.agent",
    "wordclouds": "demo.agent",
    "moderation": "demo.lead",
    "import": "demo.lead",
    "settings": "demo.admin",
    "people": "demo.admin",
    "audit": "demo.admin",
}
FOLDER = SCREENSHOTS / "jobs"
STREAMLIT_PLACEHOLDERS = re.compile(r"Choose options")
# The page's text with the placeholders of its multi-selects (shown while nothing is chosen).
_SHOWN_TEXT = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const boxes = main.querySelectorAll('[data-testid="stMultiSelect"] input[placeholder]');
  const hints = [...boxes].map((el) => el.placeholder);
  return [main.innerText, ...hints].join("\\n");
}"""

_OVERFLOW = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  return main.scrollWidth - main.clientWidth;
}"""

# Checkbox and toggle labels cut with "…" (Streamlit sets them on one line): found by the
# browser walk on the people page, "Yes, replace the password of "demo.admin" (they will n…".
_CUT_LABELS = """() => [...document.querySelectorAll('[data-testid="stCheckbox"]')]
  .map((box) => box.querySelector('[data-testid="stMarkdownContainer"]'))
  .filter((label) => label && [label, ...label.children].some(
    (el) => el.getBoundingClientRect().width > label.clientWidth + 1
      || el.scrollWidth > el.clientWidth + 1))
  .map((label) => label.innerText)"""


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("size", list(SIZES))
def test_working_pages_at_every_size(page: Page, server: Server, size: str, lang: str) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    for key, username in PAGES.items():
        page.context.clear_cookies()
        sign_in_cookie(page.context, server, username)
        open_page(page, server.url(key, lang))
        assert exceptions(page) == [], key
        heading = page.get_by_test_id("stMain").locator("h1").first
        expect(heading).to_have_text(t(f"nav.{key}", lang))
        assert page.evaluate(_OVERFLOW) <= 1, f"{key} is wider than the window"
        assert page.evaluate(_CUT_LABELS) == [], f"{key}: a checkbox label is cut short"
        if lang == "de":  # Streamlit's English select placeholders are replaced everywhere
            shown = page.evaluate(_SHOWN_TEXT)
            assert not STREAMLIT_PLACEHOLDERS.search(shown), key
        full_page_screenshot(page, FOLDER / f"{key}-{size}-{lang}.png")
    print(f"\nscreenshots in {FOLDER}")
