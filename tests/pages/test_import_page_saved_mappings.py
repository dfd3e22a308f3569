"""A saved column mapping can be deleted on the import page (one saved with a wrong column, or
for a survey no longer sent, stayed in every lead's picker for good)."""

from __future__ import annotations

import pytest

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.i18n import t
from feedback.services.settings import remove_import_mapping, save_import_mapping
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
