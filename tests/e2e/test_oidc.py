"""Company sign-in end to end: Chromium, ``st.login`` and a real OpenID provider on this machine.

``oidc-provider-mock`` (a Flask app, run as a subprocess on a free port) plays the company's
identity provider; its "Authorize Client" page has one button per predefined user. The app
runs with a secrets file of its own (``--secrets.files``): ``[auth]`` points at the mock, and
``[love_wall.roles]``/``[love_wall.emails]`` map the claims onto roles.

One host everywhere: Streamlit writes the redirect URI's origin into its identity cookie and
accepts the cookie only on a connection from that origin, and the browser keeps cookies per
host, so the app, the redirect URI and the browser all use 127.0.0.1 (never "localhost").
The server runs on the real calendar: the provider's tokens carry real timestamps.
"""

from __future__ import annotations

import json
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from feedback.i18n import t
from feedback.store.db import make_engine
from feedback.store.settings import load_settings
from feedback.ui.registry import PAGES
from tests.e2e.driving import exceptions, open_page, prepare_page, rerun, wait_ready
from tests.e2e.server import START_TIMEOUT_S, Server, free_port, run_server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

HOST = "127.0.0.1"
# The people the provider knows: a lead by group, a manager by e-mail, one the mapping misses.
LEAD = {"sub": "lea.lead", "email": "lea.lead@example.com", "groups": ["lovewall-leads"]}
MANAGER = {"sub": "max.manager", "email": "Max.Manager@Example.com", "groups": ["sales"]}
NOBODY = {"sub": "nora.nobody", "email": "nora.nobody@example.com", "groups": ["sales"]}

SECRETS = """\
[auth]
redirect_uri = "http://{host}:{app_port}/oauth2callback"
cookie_secret = "{cookie_secret}"
client_id = "love-wall-test"
client_secret = "{client_secret}"
server_metadata_url = "http://{host}:{idp_port}/.well-known/openid-configuration"

[love_wall.roles]
claim = "groups"
admin = ["lovewall-admins"]
lead = ["lovewall-leads"]

[love_wall.emails]
"max.manager@example.com" = "manager"
"""


@dataclass(frozen=True, slots=True)
class Provider:
    base_url: str
    process: subprocess.Popen[bytes]


def _shown(email: str) -> str:
    """An e-mail address as the page shows it: as typed, with the invisible word joiner after
    "@" that keeps markdown from making it a mailto link (render.plain.markdown_literal)."""
    return email.replace("@", "@\u2060")


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    """oidc-provider-mock on a free port, with the three users above."""
    port = free_port()
    command = [sys.executable, "-m", "oidc_provider_mock", "--host", HOST, "--port", str(port)]
    for claims in (LEAD, MANAGER, NOBODY):
        command += ["--user-claims", json.dumps(claims)]
    log_path = tmp_path_factory.mktemp("oidc") / "provider.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    running = Provider(f"http://{HOST}:{port}", process)
    try:
        _wait_for(f"{running.base_url}/.well-known/openid-configuration", process, log_path)
        yield running
    finally:
        _stop(process)


@pytest.fixture(scope="module")
def oidc_server(
    provider: Provider, seeded_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The dashboard on a port named before the start, with the provider in its secrets."""
    folder = tmp_path_factory.mktemp("oidc-app")
    store = folder / "store.db"
    shutil.copyfile(seeded_store, store)
    app_port = free_port()
    secrets_file = folder / "secrets.toml"
    secrets_file.write_text(
        SECRETS.format(
            host=HOST,
            app_port=app_port,
            idp_port=provider.base_url.rsplit(":", 1)[1],
            cookie_secret=secrets.token_urlsafe(32),
            client_secret=secrets.token_urlsafe(16),
        )
    )
    with run_server(
        f"sqlite:///{store}",
        folder / "streamlit.log",
        pinned_clock=False,
        port=app_port,
        extra_args=["--secrets.files", str(secrets_file)],
    ) as running:
        assert running.base_url == f"http://{HOST}:{app_port}"
        yield running


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:
    """A fresh browser context: no cookies, so nobody is signed in."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    prepare_page(page)
    try:
        yield page
    finally:
        context.close()


def _sign_in_at_provider(page: Page, server: Server, provider: Provider, sub: str) -> str:
    """From the sign-in page through the provider and back; returns the UI language."""
    open_page(page, server.url("", "en"))
    page.get_by_role("button", name=t("auth.sign_in_company", "en")).click()
    page.wait_for_url(f"{provider.base_url}/oauth2/authorize?**")
    page.locator(f'button[name="sub"][value="{sub}"]').click()
    # Back through /oauth2callback to the app's root, where a new session starts.
    page.wait_for_url(f"{server.base_url}/**")
    wait_ready(page)
    # The callback lands on "/" without ?lang=, so the page speaks the team's default language.
    engine = make_engine(server.database_url)
    try:
        return load_settings(engine).ui_language.value
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("claims", "role"), [(LEAD, "lead"), (MANAGER, "manager")], ids=["group", "email"]
)
def test_company_sign_in_maps_claims_to_a_role_and_its_pages(
    tab: Page, oidc_server: Server, provider: Provider, claims: dict[str, object], role: str
) -> None:
    lang = _sign_in_at_provider(tab, oidc_server, provider, str(claims["sub"]))

    sidebar = tab.get_by_test_id("stSidebar")
    signed_in = t(
        "auth.signed_in_as",
        lang,
        name=_shown(str(claims["email"])),
        role=t(f"auth.label_{role}", lang),
    ).replace("**", "")
    expect(sidebar.get_by_text(signed_in, exact=True)).to_be_visible()
    nav = tab.get_by_test_id("stSidebarNav")
    expected = {"lead": {"moderation", "trends", "submit"}, "manager": {"trends"}}[role]
    missing = {"lead": {"settings"}, "manager": {"settings", "moderation", "submit"}}[role]
    for key in ("wall", *sorted(expected)):
        expect(nav.get_by_text(t(f"nav.{key}", lang), exact=True)).to_be_visible()
    for key in sorted(missing):
        expect(nav.get_by_text(t(f"nav.{key}", lang), exact=True)).to_have_count(0)
    assert exceptions(tab) == []


def test_a_lead_signed_in_by_company_opens_moderation(
    tab: Page, oidc_server: Server, provider: Provider
) -> None:
    lang = _sign_in_at_provider(tab, oidc_server, provider, str(LEAD["sub"]))

    open_page(tab, oidc_server.url("moderation", lang))  # a new session: the identity cookie
    expect(tab.get_by_test_id("stSidebar").get_by_text(_shown(str(LEAD["email"])))).to_be_visible()
    main = tab.get_by_test_id("stMain")
    expect(main.get_by_text(t("auth.not_allowed_title", lang), exact=True)).to_have_count(0)
    expect(main.get_by_label(t("auth.password", lang), exact=True)).to_have_count(0)
    assert exceptions(tab) == []


def test_signing_out_ends_the_company_sign_in_at_the_provider_too(
    tab: Page, oidc_server: Server, provider: Provider
) -> None:
    lang = _sign_in_at_provider(tab, oidc_server, provider, str(LEAD["sub"]))

    sidebar = tab.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name=t("auth.sign_out", lang)).click()
    # st.logout clears Streamlit's identity cookie and sends the browser to the provider's
    # end-session page, which sends it back through /oauth2callback to the app's root.
    tab.wait_for_url(f"{provider.base_url}/oauth2/end_session?**")
    tab.get_by_role("button", name="End session").click()
    tab.wait_for_url(f"{oidc_server.base_url}/**")
    wait_ready(tab)

    main = tab.get_by_test_id("stMain")
    expect(main.get_by_role("button", name=t("auth.sign_in_company", lang))).to_be_visible()
    expect(main.get_by_text(_shown(str(LEAD["email"])))).to_have_count(0)
    expect(tab.get_by_test_id("stSidebarNav")).to_have_count(0)
    # Still signed out in a new session of the same browser: the cookie is gone.
    open_page(tab, oidc_server.url("moderation", lang))
    expect(main.get_by_text(t("auth.sign_in_needed", lang), exact=True)).to_be_visible()
    expect(tab.get_by_test_id("stSidebarNav")).to_have_count(0)
    assert exceptions(tab) == []


def test_a_company_account_without_a_role_gets_no_pages(
    tab: Page, oidc_server: Server, provider: Provider
) -> None:
    lang = _sign_in_at_provider(tab, oidc_server, provider, str(NOBODY["sub"]))

    main = tab.get_by_test_id("stMain")
    no_role = t("auth.no_role", lang, email=_shown(str(NOBODY["email"])))
    expect(main.get_by_text(no_role, exact=True)).to_be_visible()
    expect(tab.get_by_test_id("stSidebarNav")).to_have_count(0)
    # Their only way on: sign out of the company account (to use another one).
    expect(main.get_by_role("button", name=t("auth.sign_out", lang))).to_have_count(1)
    sidebar = tab.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("button", name=t("auth.sign_out", lang))).to_have_count(0)
    # Every page's address still shows the sign-in page, never the page.
    for spec in PAGES:
        if spec.default:
            continue
        open_page(tab, oidc_server.url(spec.key, lang))
        expect(main.get_by_text(no_role, exact=True)).to_be_visible()
        expect(tab.get_by_test_id("stSidebarNav")).to_have_count(0)
    assert exceptions(tab) == []


def test_a_company_account_without_a_role_can_still_sign_in_locally(
    tab: Page, oidc_server: Server, provider: Provider
) -> None:
    lang = _sign_in_at_provider(tab, oidc_server, provider, str(NOBODY["sub"]))

    main = tab.get_by_test_id("stMain")
    lead = t("auth.demo_sign_in", lang, role=t("auth.role_lead", lang))
    rerun(tab, main.get_by_role("button", name=lead).click)

    signed_in = t("auth.signed_in_as", lang, name="demo.lead", role=t("auth.label_lead", lang))
    expect(tab.get_by_test_id("stSidebar").get_by_text(signed_in.replace("**", ""))).to_be_visible()
    nav = tab.get_by_test_id("stSidebarNav")
    expect(nav.get_by_text(t("nav.moderation", lang), exact=True)).to_be_visible()
    # Signing out leaves the local account; the company sign-in (without a role) remains.
    # Waited for by what it shows, not by counting runs: in a CI run and in 4 of 5 runs on one
    # machine the no-role page was drawn and idle, but the run counter never passed its count
    # from before the click (why was not found; the page itself was right).
    tab.get_by_test_id("stSidebar").get_by_role("button", name=t("auth.sign_out", lang)).click()
    no_role = t("auth.no_role", lang, email=_shown(str(NOBODY["email"])))
    expect(main.get_by_text(no_role, exact=True)).to_be_visible()
    wait_ready(tab)
    expect(tab.get_by_test_id("stSidebarNav")).to_have_count(0)
    assert exceptions(tab) == []


# --- the provider's process ---------------------------------------------------------------------


def _wait_for(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if process.poll() is not None:
            raise RuntimeError(
                f"oidc-provider-mock exited with {process.returncode}:\n{log_path.read_text()}"
            )
        if time.monotonic() > deadline:
            raise TimeoutError(f"oidc-provider-mock not up after {START_TIMEOUT_S} s")
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
