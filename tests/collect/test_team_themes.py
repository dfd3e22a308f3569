"""A team's own themes from the settings are detected on the next submission."""

from __future__ import annotations

from sqlalchemy import select

from feedback.collect.pipeline import submit_quote
from feedback.collect.reanalyse import reanalyse_quotes
from feedback.store.models import Quote
from feedback.store.settings import AppSettings, load_settings, save_settings
from tests.conftest import TODAY, draft

ENERGY_TIPS = {
    "themes": {
        "energy_tips": {
            "label": {"de": "Spartipps", "en": "Saving tips"},
            "description": {"de": "Tipps zum Energiesparen", "en": "Tips to save energy"},
            "keywords": {"de": ["spartipp*", "energiespar*"], "en": ["saving tip*"]},
        }
    }
}


def test_team_theme_is_detected_and_reanalysis_catches_up(engine, people):
    before = submit_quote(
        engine, draft("Danke für die tollen Spartipps!", people["anna"]), today=TODAY
    )
    assert before.prepared.analysis is not None
    assert "energy_tips" not in {h.label for h in before.prepared.analysis.themes}

    settings = load_settings(engine).model_copy(update={"theme_additions": ENERGY_TIPS})
    assert save_settings(
        engine, AppSettings.model_validate(settings.model_dump()), actor="lead"
    ) == ["theme_additions"]

    after = submit_quote(
        engine, draft("Super Energiespartipps, danke!", people["jonas"]), today=TODAY
    )
    assert after.prepared.analysis is not None
    assert "energy_tips" in {h.label for h in after.prepared.analysis.themes}

    count, version = reanalyse_quotes(engine)
    assert count == 1  # only the quote analysed with the old taxonomy
    with engine.connect() as conn:
        rows = conn.execute(select(Quote.themes, Quote.analyser_version)).all()
    assert all("energy_tips" in themes for themes, _ in rows)
    assert {v for _, v in rows} == {version}
