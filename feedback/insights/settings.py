"""The settings page's plain logic: the theme editor's table <-> ``AppSettings.theme_additions``.

A team extends the shipped taxonomy with rows of (theme id, German label, English label,
German keywords, English keywords). Existing theme ids only add keywords; new ids need both
labels. The merged taxonomy is validated by ``load_taxonomy`` before anything is saved.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from feedback.i18n import t

THEME_COLUMNS: tuple[str, ...] = ("theme", "label_de", "label_en", "keywords_de", "keywords_en")
_SPLIT = re.compile(r"[,;\n]")


def theme_rows(additions: Mapping[str, Any]) -> list[dict[str, str]]:
    """The editor's rows for the stored additions (only the parts the table can show)."""
    rows: list[dict[str, str]] = []
    themes = additions.get("themes", {})
    if not isinstance(themes, Mapping):
        return rows
    for theme_id, spec in themes.items():
        spec = spec if isinstance(spec, Mapping) else {}
        label = spec.get("label", {}) if isinstance(spec.get("label"), Mapping) else {}
        keywords = spec.get("keywords", {}) if isinstance(spec.get("keywords"), Mapping) else {}
        rows.append(
            {
                "theme": str(theme_id),
                "label_de": str(label.get("de", "")),
                "label_en": str(label.get("en", "")),
                "keywords_de": ", ".join(str(k) for k in keywords.get("de", [])),
                "keywords_en": ", ".join(str(k) for k in keywords.get("en", [])),
            }
        )
    return rows


def theme_table(additions: Mapping[str, Any]) -> pd.DataFrame:
    """:func:`theme_rows` as a DataFrame with all editor columns (also when empty)."""
    return pd.DataFrame(theme_rows(additions), columns=list(THEME_COLUMNS), dtype="string")


def split_keywords(raw: object) -> list[str]:
    """'schnell*, super schnell; blitzschnell' -> three keywords (order kept, no duplicates)."""
    if not isinstance(raw, str):
        return []
    return list(dict.fromkeys(part.strip() for part in _SPLIT.split(raw) if part.strip()))


def additions_from_rows(
    rows: Sequence[Mapping[Any, object]], previous: Mapping[str, Any]
) -> dict[str, Any]:
    """New ``theme_additions`` from the editor's rows.

    Parts of ``previous`` the table does not show (descriptions, removed keywords, language
    rules) are kept for themes that are still listed. Empty rows are ignored.
    """
    result = {k: copy.deepcopy(v) for k, v in previous.items() if k != "themes"}
    old = previous.get("themes", {}) if isinstance(previous.get("themes"), Mapping) else {}
    themes: dict[str, Any] = {}
    for row in rows:
        theme_id = _text(row.get("theme")).lower()
        if not theme_id:
            continue
        spec: dict[str, Any] = {
            k: copy.deepcopy(v)
            for k, v in (old.get(theme_id) or {}).items()
            if k not in ("label", "keywords")
        }
        labels = {lang: _text(row.get(f"label_{lang}")) for lang in ("de", "en")}
        if any(labels.values()):
            spec["label"] = {lang: text for lang, text in labels.items() if text}
        keywords = {lang: split_keywords(row.get(f"keywords_{lang}")) for lang in ("de", "en")}
        if any(keywords.values()):
            spec["keywords"] = {lang: words for lang, words in keywords.items() if words}
        existing = themes.setdefault(theme_id, {})
        existing.update(spec)
    if themes:
        result["themes"] = themes
    return result


def taxonomy_problem(additions: Mapping[str, Any], lang: str) -> str | None:
    """None when the shipped taxonomy plus ``additions`` is valid, else a message that names
    the offending entry (from ``TaxonomyError``)."""
    from feedback.analyze.taxonomy import TaxonomyError, load_taxonomy

    if not additions:
        return None
    try:
        load_taxonomy(dict(additions))
    except TaxonomyError as exc:
        return t("settings.taxonomy_invalid", lang, reason=str(exc))
    return None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
