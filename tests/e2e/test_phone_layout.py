"""On a phone (390 × 844, the size of a common handset), in German and in English: the settings'
theme editor fits without scrolling sideways, and an Arabic quote runs right to left wherever a
quote is shown as text (the wall, moderation's text, editor and picker) while a German one keeps
running left to right. On a tablet (768 × 1024) and a small laptop (1024 × 768) the submit
form's rating and scale show their words whole.

The store is this module's own: the Arabic quotes would change what the other browser tests
count.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.i18n import LANGUAGES, t
from feedback.insights.submit import RATING_SCALES
from feedback.store.open import open_store
from feedback.store.users import find_user
from tests.clock import pinned_today
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import choose, exceptions, open_expander, open_page, prepare_page
from tests.e2e.server import Server, run_server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PHONE: ViewportSize = {"width": 390, "height": 844}
TABLET: ViewportSize = {"width": 768, "height": 1024}
# A small laptop: the sidebar stays open beside the page.
LAPTOP: ViewportSize = {"width": 1024, "height": 768}
# Approved (on the wall) and waiting (in moderation); both handed in by the demo agent.
ARABIC_APPROVED = "شكرًا لكم على الخدمة الممتازة والسريعة، أنتم رائعون!"
ARABIC_PENDING = "شكرا جزيلا على المساعدة السريعة واللطيفة، فريق رائع!"

_DIRECTION = "(el) => getComputedStyle(el).direction"
_BIDI = "(el) => getComputedStyle(el).unicodeBidi"
# Whether ``text`` fits the content box of the input ``el`` in its font.
_FITS = """
(el, text) => {
  const style = getComputedStyle(el);
  const pen = document.createElement("canvas").getContext("2d");
  pen.font = style.font;
  const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return pen.measureText(text).width <= room;
}
"""


@pytest.fixture(scope="module")
def rtl_server(seeded_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server on a copy of the seeded store with the two Arabic quotes."""
    folder = tmp_path_factory.mktemp("phone")
    store = folder / "store.db"
    shutil.copyfile(seeded_store, store)
    engine = open_store(f"sqlite:///{store}")
    try:
        agent = find_user(engine, "demo.agent")
        assert agent is not None
        assert agent.agent_id is not None
        drafts = [
            QuoteDraft(
                text=text,
                channel="email",
                said_on=pinned_today(),
                submitted_by="demo.agent",
                agent_id=agent.agent_id,
                status=status,
            )
            for text, status in ((ARABIC_APPROVED, Status.APPROVED), (ARABIC_PENDING, None))
        ]
        results = submit_many(engine, drafts)
    finally:
        engine.dispose()
    assert all(r.stored for r in results), [r.prepared.messages("en") for r in results]
    with run_server(f"sqlite:///{store}", folder / "streamlit.log") as running:
        yield running


@contextmanager
def phone(
    browser: Browser, server: Server, username: str, url: str, viewport: ViewportSize = PHONE
) -> Iterator[Page]:
    """``url`` open on a phone (or ``viewport``), signed in as ``username``; after the test: no
    exception, and no page wider than the screen."""
    context = browser.new_context(viewport=viewport, is_mobile=True, has_touch=True)
    context.set_default_timeout(30_000)
    sign_in_cookie(context, server, username)
    page = context.new_page()
    prepare_page(page)
    try:
        open_page(page, url)
        yield page
        assert exceptions(page) == []
        width, screen = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert int(width) <= int(screen), f"the page is {width} px wide on a {screen}-px phone"
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_theme_editor_fits_a_phone(browser: Browser, rtl_server: Server, lang: str) -> None:
    with phone(browser, rtl_server, "demo.admin", rtl_server.url("settings", lang)) as page:
        editor = page.get_by_test_id("stDataFrame")
        # The grid scrolls inside this element when its columns are wider than the screen.
        wide, shown = editor.locator(".dvn-scroller").evaluate(
            "(el) => [el.scrollWidth, el.clientWidth]"
        )
        assert wide <= shown + 1, f"the theme editor is {wide} px wide in {shown}"
        assert t("settings.taxonomy", lang) in page.get_by_test_id("stMain").inner_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_arabic_quote_runs_right_to_left_on_the_wall(
    browser: Browser, rtl_server: Server, lang: str
) -> None:
    with phone(browser, rtl_server, "demo.lead", rtl_server.url("wall", lang)) as page:
        arabic = page.locator("blockquote.lw-quote", has_text=ARABIC_APPROVED)
        assert arabic.evaluate(_DIRECTION) == "rtl"
        german = page.locator("blockquote.lw-quote", has_text="Kolibrigeschwindigkeit")
        assert german.evaluate(_DIRECTION) == "ltr"
        # Still text: the quote is not markup, whatever direction it runs in.
        assert arabic.inner_text().strip() == ARABIC_APPROVED


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_arabic_quote_runs_right_to_left_in_moderation(
    browser: Browser, rtl_server: Server, lang: str
) -> None:
    with phone(browser, rtl_server, "demo.lead", rtl_server.url("moderation", lang)) as page:
        picker = page.get_by_role("combobox", name=t("moderation.pick_quote", lang))
        choose(page, picker, ARABIC_PENDING[:20])
        text = page.get_by_test_id("stMain").locator("div[dir=auto]", has_text=ARABIC_PENDING)
        assert text.evaluate(_DIRECTION) == "rtl"
        # The editor and the picker take each line's direction from its first letter.
        open_expander(page, t("moderation.edit_open", lang))
        editor = page.get_by_role("textbox", name=t("moderation.edit_label", lang))
        assert editor.input_value() == ARABIC_PENDING
        assert editor.evaluate(_BIDI) == "plaintext"
        assert picker.evaluate(_BIDI) == "plaintext"


@pytest.mark.parametrize("screen", [TABLET, LAPTOP], ids=["tablet", "laptop"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_rating_and_scale_show_their_words_on_a_tablet_and_a_laptop(
    browser: Browser, rtl_server: Server, lang: str, screen: ViewportSize
) -> None:
    """At 768 px the rating read "optiona" and the scale "out of" (without its number)."""
    url = rtl_server.url("submit", lang)
    with phone(browser, rtl_server, "demo.agent", url, viewport=screen) as page:
        rating = page.get_by_role("spinbutton", name=t("submit.rating", lang))
        assert rating.evaluate(_FITS, t("submit.optional", lang)) is True
        scale = page.get_by_role("combobox", name=t("submit.scale", lang))
        widest = t("submit.scale_of", lang, scale=max(RATING_SCALES))
        choose(page, scale, widest)
        assert scale.input_value() == widest
        assert scale.evaluate(_FITS, widest) is True


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_spotlight_choice_shows_whole_on_a_laptop(
    browser: Browser, rtl_server: Server, lang: str
) -> None:
    """Beside the open sidebar the German "Automatisch (wechselt wöchentlich)" lost its end."""
    url = rtl_server.url("presentation", lang)
    with phone(browser, rtl_server, "demo.lead", url, viewport=LAPTOP) as page:
        open_expander(page, t("presentation.options", lang))  # drawn only while open
        spotlight = page.get_by_role("combobox", name=t("presentation.spotlight_team", lang))
        shown = spotlight.input_value()
        assert shown == t("presentation.rotation", lang)
        assert spotlight.evaluate(_FITS, shown) is True
