"""Display labels that depend on data (themes can be extended by a team in the settings)."""

from __future__ import annotations

from feedback.analyze.taxonomy import load_taxonomy
from feedback.ui import resources
from feedback.ui.session import lang


def theme_labels() -> dict[str, str]:
    """Theme id -> label in the current language, in taxonomy order (team themes included)."""
    current = lang()
    taxonomy = load_taxonomy(resources.settings().theme_additions or None)
    return {theme.id: theme.label_for(current) for theme in taxonomy.themes}
