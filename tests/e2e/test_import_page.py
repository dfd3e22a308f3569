"""The import page in Chromium: upload a small CSV, run the dry run (nothing stored), import
it, and read the result counts. On a server of its own: the import changes its store."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, FilePayload, Page, expect
from sqlalchemy import func, select

from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.store.open import open_store
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import dialogs, exceptions, open_page, prepare_page, rerun
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WORD = "Kometenkundendienst"  # made up, to find the imported quotes among the demo quotes


@pytest.fixture
def import_page(browser: Browser, fresh_server: Server) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    context.set_default_timeout(30_000)
    sign_in_cookie(context, fresh_server)
    tab = context.new_page()
    prepare_page(tab)
    yield tab
    context.close()


def _handle(server: Server) -> str:
    engine = open_store(server.database_url)
    try:
        return min(a.handle for a in read_directory(engine).agents.values() if a.active)
    finally:
        engine.dispose()


def _imported(server: Server) -> int:
    engine = open_store(server.database_url)
    try:
        with engine.connect() as conn:
            query = select(func.count()).select_from(Quote).where(Quote.text.contains(WORD))
            return int(conn.scalar(query) or 0)
    finally:
        engine.dispose()


def test_upload_dry_run_import_and_result(import_page: Page, fresh_server: Server) -> None:
    page, handle = import_page, _handle(fresh_server)
    csv = (
        "text;agent\n"
        f"Danke für den {WORD}, das war großartig!;{handle}\n"
        f"Ihr {WORD} hat mir sehr geholfen, vielen Dank.;{handle}\n"
        # an agent nobody knows: rejected (an empty comment would be skipped and counted)
        f"Sehr freundlich, danke!;niemand.unbekannt\n"
    )
    open_page(page, fresh_server.url("import", lang="de"))
    # Streamlit's own words in the drop zone ("Upload", "25MB per file") are German here too.
    zone = page.get_by_test_id("stFileUploaderDropzone")
    expect(zone).to_contain_text(t("imports.upload_button", "de"))
    expect(zone).to_contain_text(t("imports.upload_limit", "de", size="25"))
    assert "per file" not in zone.inner_text()
    uploader = page.get_by_test_id("stFileUploaderDropzoneInput")
    payload: FilePayload = {"name": "lob.csv", "mimeType": "text/csv", "buffer": csv.encode()}
    rerun(page, lambda: uploader.set_input_files(files=[payload]))
    expect(page.get_by_test_id("stFileChip")).to_contain_text(
        re.compile(r"^lob\.csv\d+(,\d)?\xa0K?B$")
    )
    expect(page.get_by_text(t("imports.format_generic", "de"))).to_be_visible()
    assert dialogs(page) == []

    rerun(page, page.get_by_role("button", name=t("imports.dry_run", "de")).click)
    expect(page.get_by_text(t("imports.dry_title", "de"))).to_be_visible()
    assert _imported(fresh_server) == 0

    rerun(page, page.get_by_role("button", name=t("imports.start", "de"), exact=True).click)
    expect(page.get_by_text("2 neu, 0 bereits vorhanden, 1 abgelehnt")).to_be_visible()
    expect(page.get_by_role("button", name=t("imports.download", "de"))).to_be_visible()
    assert exceptions(page) == []
    assert _imported(fresh_server) == 2
