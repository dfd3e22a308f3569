"""Streamlit's own words in Chromium: German on German pages, English on English ones.

The served index page carries a script (feedback/render/frontend_words.py) that shows
Streamlit's English frontend texts (the tables' toolbar, "Open", "Collapse sidebar", the date
picker's buttons and names) in German while ``<html lang="de">``, and puts them back when the
page switches to English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.dates import get_day_names, get_month_names
from playwright.sync_api import Browser, ConsoleMessage, Locator, Page, expect

from feedback.i18n import t
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import open_filters, open_page, prepare_page, switch_language
from tests.e2e.server import Server, run_server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

_TOOLBAR = ["show_hide_columns", "search", "fullscreen"]
# The English month and weekday names that German spells otherwise ("November" is both).
_ENGLISH_NAMES = re.compile(
    r"\b("
    + "|".join(
        str(name)
        for names in (
            get_month_names("wide", locale="en_US"),
            get_day_names("wide", locale="en_US"),
        )
        for name in names.values()
        if name not in get_month_names("wide", locale="de_DE").values()
    )
    + r")\b"
)


def _word(key: str, lang: str) -> str:
    return t(f"frontend.{key}", lang)


def _console_errors(page: Page) -> list[str]:
    errors: list[str] = []

    def logged(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", logged)
    return errors


def _labels(page: Page) -> list[str]:
    return list(
        page.evaluate(
            "() => [...document.querySelectorAll('[aria-label]')]"
            ".map((el) => el.getAttribute('aria-label'))"
        )
    )


def _toolbar(page: Page) -> list[str]:
    page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first.hover()
    buttons = page.get_by_test_id("stElementToolbar").first.get_by_role("button")
    expect(buttons.first).to_be_visible()
    return [button.get_attribute("aria-label") or "" for button in buttons.all()]


def _open_column_menu(page: Page) -> Locator:
    """Open the first table's column menu: its button shows at a header's right end when the
    pointer is over the header (drawn on a canvas, so it is found by trying along the row)."""
    grid = page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first
    box = grid.bounding_box()
    assert box is not None
    menu = page.get_by_test_id("stDataFrameColumnMenu")
    y = box["y"] + 17  # the middle of the header row
    for x in range(30, int(box["width"]) - 5, 10):
        page.mouse.move(box["x"] + x, y)
        page.mouse.click(box["x"] + x, y)
        if menu.count():
            return menu
        page.keyboard.press("Escape")
    raise AssertionError("no column menu opened")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_tables_column_menu_speaks_the_page_language(
    page: Page, server: Server, lang: str
) -> None:
    open_page(page, server.url("audit", lang))
    menu = _open_column_menu(page)
    for key in ["sort_ascending", "sort_descending", "autosize", "pin_column", "hide_column"]:
        expect(menu).to_contain_text(_word(key, lang))
    expect(menu).to_contain_text(_word("statistics", lang))
    if lang == "de":
        expect(menu).not_to_contain_text(_word("sort_ascending", "en"))
    name = _word("dataframe_column_menu", lang)
    expect(menu.get_by_role("menu", name=name, exact=True)).to_be_visible()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_tables_toolbar_and_column_list_speak_the_page_language(
    page: Page, server: Server, lang: str
) -> None:
    errors = _console_errors(page)
    open_page(page, server.url("audit", lang))
    assert _toolbar(page) == [_word(key, lang) for key in _TOOLBAR]

    page.get_by_role("button", name=_word("show_hide_columns", lang)).click()
    menu = page.get_by_test_id("stDataFrameColumnVisibilityMenu")
    expect(menu).to_contain_text(_word("select_all", lang))
    if lang == "de":
        expect(menu).not_to_contain_text(_word("select_all", "en"))
    labels = _labels(page)
    for key in ["collapse_sidebar", "app_pages", "sidebar"]:
        assert _word(key, lang) in labels
        if lang == "de":
            assert _word(key, "en") not in labels
    assert errors == []


def test_the_words_follow_a_switch_to_english_and_back(page: Page, server: Server) -> None:
    open_page(page, server.url("audit", "de"))
    assert _toolbar(page) == [_word(key, "de") for key in _TOOLBAR]
    switch_language(page, "en")
    assert _toolbar(page) == [_word(key, "en") for key in _TOOLBAR]
    switch_language(page, "de")
    assert _toolbar(page) == [_word(key, "de") for key in _TOOLBAR]


@pytest.fixture
def english_browser_page(browser: Browser, server: Server) -> Iterator[Page]:
    """A browser that speaks English: its calendar names months and days in English."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    sign_in_cookie(context, server)
    tab = context.new_page()
    prepare_page(tab)
    try:
        yield tab
    finally:
        context.close()


def test_select_boxes_and_the_date_picker_speak_german_in_an_english_browser(
    english_browser_page: Page, server: Server
) -> None:
    page = english_browser_page
    errors = _console_errors(page)
    open_page(page, server.url("trends", "de"))
    body = open_filters(page, "de")
    labels = _labels(page)
    assert _word("open", "de") in labels
    assert _word("open", "en") not in labels
    assert t("frontend.help_for", "de", label="CSAT") in labels

    body.get_by_test_id("stDateInputCalendarButton").first.click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar.get_by_role("button", name=_word("next_month", "de"))).to_be_visible()
    expect(calendar.get_by_role("button", name=_word("next_month", "en"))).to_have_count(0)
    headings = calendar.get_by_role("heading").all_text_contents()
    assert headings
    assert not [text for text in headings if _ENGLISH_NAMES.search(text)]
    letters = [text.strip() for text in calendar.locator("th").all_text_contents()]
    assert letters
    assert not {"T", "W"} & set(letters)
    days = [label for label in _labels(page) if re.search(r"\d{4}", label)]
    assert days
    assert not [day for day in days if _ENGLISH_NAMES.search(day)]
    assert [day for day in days if re.search(r"(Montag|Dienstag|Mittwoch),", day)]
    assert errors == []


def test_an_english_page_keeps_streamlits_english(
    english_browser_page: Page, server: Server
) -> None:
    page = english_browser_page
    open_page(page, server.url("trends", "en"))
    body = open_filters(page, "en")
    labels = _labels(page)
    assert _word("open", "en") in labels
    assert _word("collapse_sidebar", "en") in labels
    body.get_by_test_id("stDateInputCalendarButton").first.click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar.get_by_role("button", name=_word("next_month", "en"))).to_be_visible()


# Streamlit's status widget (shown only while a run takes long) and user content that happens
# to say Streamlit's words: a quote "Search" in markdown, with an aria-label "Open".
_PROBE = """
() => {
  const probe = document.createElement("div");
  probe.id = "lw-probe";
  probe.innerHTML = '<div data-testid="stStatusWidget"><span>Running...</span>'
    + '<button title="Stop">Stop</button></div>'
    + '<div data-testid="stMarkdownContainer"><p>Search</p>'
    + '<span aria-label="Open">Running...</span></div>';
  document.querySelector('[data-testid="stMain"]').appendChild(probe);
}
"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_only_streamlits_own_parts_change_never_user_content(
    page: Page, server: Server, lang: str
) -> None:
    open_page(page, server.url("wall", lang))
    page.evaluate(_PROBE)
    status = page.locator("#lw-probe").get_by_test_id("stStatusWidget")
    expect(status).to_contain_text(_word("running", lang))
    expect(status.get_by_role("button")).to_have_text(_word("stop", lang))
    expect(status.get_by_role("button")).to_have_attribute("title", _word("stop", lang))
    user = page.locator("#lw-probe").get_by_test_id("stMarkdownContainer")
    expect(user.locator("p")).to_have_text("Search")
    expect(user.locator("span")).to_have_text("Running...")
    expect(user.locator("span")).to_have_attribute("aria-label", "Open")


@pytest.fixture(scope="module")
def failing_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """tests/e2e/failing_app.py on a server of its own: a page whose error no guard caught."""
    folder = tmp_path_factory.mktemp("failing")
    with run_server(
        f"sqlite:///{folder / 'unused.db'}",
        folder / "streamlit.log",
        script=Path(__file__).with_name("failing_app.py"),
    ) as running:
        yield running


@pytest.mark.parametrize("lang", ["de", "en"])
def test_streamlits_generic_error_speaks_the_page_language(
    page: Page, failing_server: Server, lang: str
) -> None:
    errors = _console_errors(page)
    page.goto(f"{failing_server.base_url}/?lang={lang}")
    box = page.get_by_test_id("stException")
    expect(box).to_contain_text(_word("app_error", lang))
    if lang == "de":
        expect(box).not_to_contain_text(_word("app_error", "en"))
    # No links to outside services and no "Copy" of the generic text (showErrorLinks = false
    # in .streamlit/config.toml switches off both).
    expect(box.get_by_role("link")).to_have_count(0)
    expect(box.get_by_role("button")).to_have_count(0)
    assert errors == []
