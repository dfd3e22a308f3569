"""A saved column mapping can be deleted on the import page (one saved with a wrong column, or
for a survey no longer sent, stayed in every lead's picker for good), and renamed (a survey
renamed, a typo in the name) without saving its columns again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.i18n import t
from feedback.services.settings import (
    MappingNameProblem,
    MappingNameTaken,
    remove_import_mapping,
    rename_import_mapping,
    save_import_mapping,
)
from feedback.store.models import AuditEntry
from feedback.store.settings import load_settings
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, upload

SURVEY = b"Ihr Kommentar;Wie zufrieden?\nDanke!;5\n"


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_saved_mapping_is_deleted_from_the_picker(store_url, store, language):
    save_import_mapping(store, Actor.system("test"), "Umfrage alt", {"text": "Ihr Kommentar"})
    save_import_mapping(store, Actor.system("test"), "Umfrage neu", {"text": "Ihr Kommentar"})
    at = open_page(PAGE, language)
    upload(at, "umfrage.csv", SURVEY)
    assert not [b for b in at.button if b.key == "import_remove_mapping"]  # none chosen yet

    at.selectbox(key="import_saved").set_value("Umfrage alt").run()
    at.button(key="import_remove_mapping").click().run()

    assert not at.exception, [e.value for e in at.exception]
    assert set(load_settings(store).import_mappings) == {"Umfrage neu"}
    shown = [s.value for s in at.success]
    assert t("imports.mapping_removed", language, name="Umfrage alt") in shown
    assert "Umfrage alt" not in at.selectbox(key="import_saved").options


def test_an_agent_may_not_delete_a_mapping_and_a_missing_one_is_no_change(store):
    save_import_mapping(store, Actor.system("test"), "Umfrage", {"text": "Ihr Kommentar"})
    with pytest.raises(NotAllowed):
        remove_import_mapping(store, Actor("anna.meier", Role.AGENT), "Umfrage")
    assert not remove_import_mapping(store, Actor.system("test"), "gibt es nicht")
    assert set(load_settings(store).import_mappings) == {"Umfrage"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_saved_mapping_is_renamed_and_stays_picked(store_url, store, language):
    save_import_mapping(store, Actor.system("test"), "Umfrage alt", {"text": "Ihr Kommentar"})
    at = open_page(PAGE, language)
    upload(at, "umfrage.csv", SURVEY)
    assert not [b for b in at.button if b.key == "import_rename_mapping"]  # none chosen yet

    at.selectbox(key="import_saved").set_value("Umfrage alt").run()
    at.text_input(key="import_rename_to").input("  Umfrage 2027 ").run()
    at.button(key="import_rename_mapping").click().run()

    assert not at.exception, [e.value for e in at.exception]
    assert load_settings(store).import_mappings == {"Umfrage 2027": {"text": "Ihr Kommentar"}}
    shown = [s.value for s in at.success]
    assert t("imports.mapping_renamed", language, old="Umfrage alt", new="Umfrage 2027") in shown
    picker = at.selectbox(key="import_saved")
    assert "Umfrage alt" not in picker.options
    assert picker.value == "Umfrage 2027"
    assert at.text_input(key="import_rename_to").value == ""


def test_a_rename_onto_another_mappings_name_is_refused_on_the_page(store_url, store):
    for name in ("Umfrage alt", "Umfrage neu"):
        save_import_mapping(store, Actor.system("test"), name, {"text": "Ihr Kommentar"})
    at = open_page(PAGE, "en")
    upload(at, "umfrage.csv", SURVEY)

    at.selectbox(key="import_saved").set_value("Umfrage alt").run()
    at.text_input(key="import_rename_to").input("Umfrage neu").run()
    at.button(key="import_rename_mapping").click().run()

    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [
        t("imports.mapping_name_taken", "en", name="Umfrage neu")
    ]
    assert set(load_settings(store).import_mappings) == {"Umfrage alt", "Umfrage neu"}


def test_rename_is_audited_refused_for_agents_and_checks_the_name(store):
    admin = Actor.system("test")
    save_import_mapping(store, admin, "Umfrage", {"text": "Ihr Kommentar", "rating": "Note"})
    save_import_mapping(store, admin, "Andere", {"text": "Text"})

    with pytest.raises(NotAllowed):
        rename_import_mapping(store, Actor("anna.meier", Role.AGENT), "Umfrage", "X")
    with pytest.raises(MappingNameTaken):
        rename_import_mapping(store, admin, "Umfrage", " Andere ")
    for bad in ("", "   ", "x" * 61):
        with pytest.raises(MappingNameProblem):
            rename_import_mapping(store, admin, "Umfrage", bad)
    assert not rename_import_mapping(store, admin, "gibt es nicht", "Neu")
    assert not rename_import_mapping(store, admin, "Umfrage", "Umfrage")
    assert rename_import_mapping(store, admin, "Umfrage", "Umfrage 2027")

    assert load_settings(store).import_mappings == {
        "Umfrage 2027": {"text": "Ihr Kommentar", "rating": "Note"},
        "Andere": {"text": "Text"},
    }
    with store.connect() as conn:
        entry = conn.execute(
            select(AuditEntry).where(AuditEntry.entity == "settings").order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None
    assert (entry.actor, entry.action) == ("test", "edit")
    before, after = entry.changes["import_mappings"]
    assert (sorted(before), sorted(after)) == (["Andere", "Umfrage"], ["Andere", "Umfrage 2027"])
