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


def _download(page: Page, lang: str, chart: str) -> tuple[str, bytes]:
    """Click the download button of ``chart`` (the start of its name, e.g. "sentiment"). Every
    chart has one, keyed ``download_<name>`` (Streamlit's class ``st-key-…``). The tab bar shows
    a tab as open before the run that draws its chart has finished, and a run of the freshness
    poll may finish first: the button to wait for is the open chart's, not any one on show."""
    keyed = page.get_by_test_id("stMain").locator(f'[class*="st-key-download_{chart}"]')
    button = keyed.get_by_role("button", name=t("trends.download_csv", lang))
    expect(button).to_have_count(1)
    with page.expect_download() as info:
        button.click()
    download = info.value
    path = download.path()
    assert path is not None
    return download.suggested_filename, path.read_bytes()


def test_the_german_trends_csv_opens_as_german_excel_reads_it(page: Page, server: Server) -> None:
    open_page(page, server.url("trends", "de"))
    name, data = _download(page, "de", "quotes_by_channel")
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
    name, data = _download(page, "de", "sentiment")
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
    name, data = _download(page, "en", "quotes_by_channel")
    assert re.fullmatch(r"quotes-by-channel-per-(week|month)\.csv", name), name
    table = pd.read_csv(io.BytesIO(data))
    assert list(table.columns) == [
        t("trends.col_period", "en"),
        t("trends.by_channel", "en"),
        t("trends.quotes", "en"),
    ]
    assert table[t("trends.col_period", "en")].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
