"""The audit page through dashboard.py: filters, local times, paging, the Excel-ready CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from zoneinfo import ZoneInfo

import pytest
import streamlit as st
from streamlit.runtime.media_file_storage import MediaFileKind
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.util import calc_hash

from feedback.auth.roles import Actor, Role
from feedback.demo.seed import DEMO_PASSWORD
from feedback.i18n import t
from feedback.insights import audit
from feedback.services.audit import AuditRow, read_audit
from feedback.store.audit import record
from feedback.store.db import transaction
from feedback.store.users import sign_in
from feedback.ui.audit import EXPORT_ROWS, PAGE_ROWS
from tests.pages.conftest import signed_in_app

BERLIN = "Europe/Berlin"
HOSTILE = '=HYPERLINK("http://evil.example","Klick")'


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    """AppTest looks up ``format_func`` labels in Streamlit's bare-mode session state."""
    st.session_state.clear()


def open_audit(lang: str = "de", zone: str | None = BERLIN):
    at = signed_in_app("admin")
    if zone:
        at.context = {"timezone": zone}
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/audit.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def apply(at, lang: str = "de", **values):
    for key, value in values.items():
        widget = at.text_input(key=f"audit_{key}") if key == "actor" else None
        widget = widget or at.selectbox(key=f"audit_{key}")
        widget.set_value(value)
    next(b for b in at.button if b.label == t("audit.apply", lang)).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def headings(at) -> dict[str, str]:
    config = json.loads(at.dataframe[0].proto.columns)
    return {column: spec["label"] for column, spec in config.items() if "label" in spec}


def test_an_admin_filters_by_action_and_sees_only_those_rows(store):
    now = dt.datetime.now(dt.UTC)
    sign_in(store, "demo.lead", "not the password", now=now)
    sign_in(store, "demo.agent", DEMO_PASSWORD, now=now)
    at = open_audit()
    assert len(at.dataframe[0].value) == PAGE_ROWS, "the demo data fill the first page"

    apply(at, action="login_failed")

    shown = at.dataframe[0].value
    assert shown[["actor", "action", "entity"]].values.tolist() == [
        ["demo.lead", "Anmeldung fehlgeschlagen", "Konto"]
    ]
    assert headings(at)["at"] == "Zeit (Berlin)"
    local = now.astimezone(ZoneInfo(BERLIN))
    assert shown.iloc[0]["at"].startswith(local.strftime("%d.%m.%Y"))


def test_the_actor_filter_finds_part_of_a_name_in_english(store):
    sign_in(store, "demo.manager", DEMO_PASSWORD, now=dt.datetime.now(dt.UTC))
    at = open_audit("en", zone=None)
    apply(at, "en", actor="MANAGER", entity="user")

    shown = at.dataframe[0].value
    assert shown[["actor", "action", "entity"]].values.tolist() == [
        ["demo.manager", "signed in", "Account"]
    ]
    # No zone from the browser: the contact centre's, as on the moderation page, and it says so.
    assert headings(at)["at"] == "Time (Berlin)"


def test_older_entries_are_a_page_away(store):
    at = open_audit()
    first = at.dataframe[0].value
    at.button(key="audit_older").click().run()
    second = at.dataframe[0].value
    assert t("audit.shown", "de", first=PAGE_ROWS + 1, last=2 * PAGE_ROWS) in [
        c.value for c in at.caption
    ]
    # The newest entries are the demo quotes, created in order: page two holds older ones.
    assert len(second) == PAGE_ROWS
    assert second["entity_id"].max() < first["entity_id"].min()
    at.button(key="audit_newer").click().run()
    assert at.dataframe[0].value.equals(first)


def test_no_match_says_so(store):
    at = apply(open_audit(), action="forget")
    assert not at.dataframe
    assert [i.value for i in at.info] == [t("audit.empty", "de")]


def test_the_csv_download_is_german_excel_and_formula_safe(store):
    with transaction(store) as session:
        record(session, actor=HOSTILE, action="edit", entity="team", entity_id=None, changes={})
    at = apply(open_audit(), actor="hyperlink")
    assert at.dataframe[0].value["actor"].tolist() == [HOSTILE], "shown as text on the page"

    rows, today = _last_30_days(store, "hyperlink")
    expected = audit.export_csv(rows, "de", ZoneInfo(BERLIN))
    (button,) = at.get("download_button")
    assert button.proto.url == _download_url(expected, today), "the download holds these bytes"

    assert expected.startswith(b"\xef\xbb\xbf")
    cells = list(csv.reader(io.StringIO(expected.decode("utf-8-sig")), delimiter=";"))
    assert cells[0] == ["Zeit (Berlin)", "Wer", "Aktion", "Bereich", "Nr.", "Änderung"]
    assert cells[1][1:4] == ["'" + HOSTILE, "geändert", "Team"]
    assert not [c for line in cells for c in line if c.startswith("=")]


def at_address(key: str, role: str):
    """The app as ``role`` after typing the page's address (a page it may not use has no file
    in its navigation, so AppTest.switch_page cannot find it)."""
    at = signed_in_app(role)
    at.query_params["lang"] = "de"
    at.run()
    at._page_hash = calc_hash(key)  # st.Page hashes its URL path
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("role", ["lead", "manager", "agent"])
def test_other_roles_cannot_reach_the_audit(store_url, role):
    at = at_address("audit", role)
    assert [h.value for h in at.title] == [t("auth.not_allowed_title", "de")]
    assert not at.dataframe
    assert not at.get("download_button")


def _filter_button(at) -> str:
    popover = next(b for b in at.main.children.values() if getattr(b, "type", "") == "popover")
    return str(popover.proto.popover.label)


def test_the_filters_wait_in_a_popover_named_after_the_period_it_applied(store):
    """Drawn only when opened (a new tab's load); its label still says what the table shows."""
    at = open_audit()
    assert re.fullmatch(r"Filter: \d\d\.\d\d\.\d{4} – \d\d\.\d\d\.\d{4}", _filter_button(at))
    day = dt.date(2026, 11, 2)
    at.date_input(key="audit_days").set_value((day, day))
    apply(at)
    assert _filter_button(at) == "Filter: 02.11.2026"


def test_the_actor_column_has_room_for_a_name(store):
    at = open_audit()
    columns = json.loads(at.dataframe[0].proto.columns)
    assert columns["actor"]["width"] == 150
    # A settings entry has no number: its cell is empty, not "None".
    assert at.dataframe[0].proto.placeholder == ""


def _works_council_mode(store) -> None:
    from feedback.store.settings import AppSettings, load_settings, save_settings

    new = load_settings(store).model_copy(update={"works_council_mode": True})
    save_settings(store, AppSettings.model_validate(new.model_dump()), actor="test")


def test_in_works_council_mode_the_log_and_its_csv_name_nobody(store):
    """The mode's promise (nobody is named, no view per person) holds in the audit log too:
    people show by role, names and handles inside changes as hidden, no filter by person."""
    from feedback.store.directory import add_agent, read_directory
    from feedback.store.users import list_users

    now = dt.datetime.now(dt.UTC)
    sign_in(store, "demo.lead", DEMO_PASSWORD, now=now)
    sign_in(store, "demo.agent", DEMO_PASSWORD, now=now)
    team_id = next(iter(read_directory(store).teams))
    with transaction(store) as session:
        add_agent(
            session,
            handle="zora.quist",
            first_name="Zora",
            last_name="Quist",
            team_id=team_id,
            consent_named=False,
            actor="demo.admin",
        )
        record(
            session,
            actor="zora.quist",
            action="create",
            entity="quote",
            entity_id=None,
            changes={"status": "pending", "agent_id": 1},
        )
    _works_council_mode(store)
    people = re.compile(r"(?i)demo\.|zora|quist")

    at = open_audit()

    shown = at.dataframe[0].value
    assert not [v for v in shown.values.ravel() if people.search(str(v))]
    assert at.text_input(key="audit_actor").disabled
    assert t("audit.works_council", "de") in [i.value for i in at.info]
    logins = shown[shown["action"] == t("audit.action_login", "de")]
    assert set(logins["actor"]) == {"Teamleitung (Name verborgen)", "Agent (Name verborgen)"}
    assert logins["entity_id"].isna().all(), "an account's number would name it again"
    created = shown[shown["entity"] == t("audit.entity_agent", "de")].iloc[0]
    assert created["actor"] == "Administration (Name verborgen)"
    assert "Kürzel: verborgen" in created["change"]
    handed_in = shown[shown["actor"] == "Agent (Name verborgen)"]
    assert t("audit.action_create", "de") in set(handed_in["action"])

    # The download holds the same view: the page's rows, people by role.
    rows, today = _last_30_days(store, "")
    directory = read_directory(store)
    roles = audit.actor_roles(
        (a.handle for a in directory.agents.values()),
        ((u.username, u.email, u.role.value) for u in list_users(store)),
    )
    names = audit.Names(teams=dict(directory.teams), roles=roles, hide_people=True)
    expected = audit.export_csv(rows, "de", ZoneInfo(BERLIN), names)
    (button,) = at.get("download_button")
    assert button.proto.url == _download_url(expected, today), "the download holds these bytes"
    exported = expected.decode("utf-8-sig")
    assert "Teamleitung (Name verborgen)" in exported
    assert not people.search(exported)


def _last_30_days(store, who: str) -> tuple[list[AuditRow], dt.date]:
    """The rows the page's default period (the last 30 days in Berlin) holds for ``who``, and
    that period's last day (the download's file name carries it)."""
    zone = ZoneInfo(BERLIN)
    today = dt.datetime.now(zone).date()
    flt = audit.build_filter(
        (today - dt.timedelta(days=29), today), who, audit.ANY, audit.ANY, zone, limit=EXPORT_ROWS
    )
    return list(read_audit(store, Actor("demo.admin", Role.ADMIN), flt).rows), today


def _download_url(data: bytes, today: dt.date) -> str:
    """The media URL Streamlit gives a CSV download of ``data`` made on ``today``."""
    file_name = f"{t('audit.file_name', 'de')}-{today.isoformat()}.csv"
    storage = MemoryMediaFileStorage("/mock/media")
    file_id = storage.load_and_get_id(data, "text/csv", MediaFileKind.DOWNLOADABLE, file_name)
    return storage.get_url(file_id)
