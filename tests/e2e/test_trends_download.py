"""The manager's job in Chromium: read trends and download a CSV that German Excel opens."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.driving import exceptions, open_page, open_tab
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _download(page: Page, lang: str) -> tuple[str, bytes]:
    """Click the download button of the tab on show. Every tab has one; a role locator skips
    hidden ones, so while a tab change is drawn two are seen: wait until one is left."""
    button = page.get_by_test_id("stMain").get_by_role(
        "button", name=t("trends.download_csv", lang)
    )
    expect(button).to_have_count(1)
    with page.expect_download() as info:
        button.click()
    download = info.value
    path = download.path()
    assert path is not None
    return download.suggested_filename, path.read_bytes()


def test_the_german_trends_csv_opens_as_german_excel_reads_it(page: Page, server: Server) -> None:
    open_page(page, server.url("trends", "de"))
    name, data = _download(page, "de")
    assert re.fullmatch(r"zitate-nach-kanal-je-(woche|monat)\.csv", name), name
    assert data.startswith("\ufeff".encode()), "a BOM, so Excel reads UTF-8"
    # German Excel: ";" between cells, "," before decimals, dd.mm.yyyy dates.
    table = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig", dtype=str)
    period, channel, quotes = (
        t("trends.col_period", "de"),
        t("trends.by_channel", "de"),
        t("trends.quotes", "de"),
    )
    assert list(table.columns) == [period, channel, quotes]
    assert table[period].str.fullmatch(r"\d{2}\.\d{2}\.\d{4}").all()
    assert t("common.channel_email", "de") in set(table[channel])
    assert table[quotes].astype(int).sum() > 0

    # The sentiment tab's shares are percent with a decimal comma, rounded.
    tab = page.get_by_role("tab", name=t("trends.sentiment_heading", "de"))
    open_tab(page, tab)  # its panel is the one on show
    name, data = _download(page, "de")
    assert name.startswith("stimmung-je-")
    table = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    positive = table[t("trends.col_positive", "de")].dropna()
    assert positive.between(0, 100).all()
    assert positive.max() > 1, "percent, not a share"
    numbers = re.sub(r"\d{2}\.\d{2}\.\d{4}", "", data.decode("utf-8-sig"))  # dates aside
    assert not re.search(r"\d\.\d", numbers), "no dot decimals"
    assert not re.search(r"\d,\d{3,}", numbers), "rounded, not 16 digits"
    assert exceptions(page) == []


def test_the_english_trends_csv_is_plain(page: Page, server: Server) -> None:
    open_page(page, server.url("trends", "en"))
    name, data = _download(page, "en")
    assert re.fullmatch(r"quotes-by-channel-per-(week|month)\.csv", name), name
    table = pd.read_csv(io.BytesIO(data))
    assert list(table.columns) == [
        t("trends.col_period", "en"),
        t("trends.by_channel", "en"),
        t("trends.quotes", "en"),
    ]
    assert table[t("trends.col_period", "en")].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
