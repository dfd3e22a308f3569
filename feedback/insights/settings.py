"""The settings page's plain logic: the theme editor's table <-> ``AppSettings.theme_additions``.

A team extends the shipped taxonomy with rows of (German label, English label, German
keywords, English keywords). Nobody types an internal id: a row that names an existing theme
(by either label) adds keywords to it, any other row is a new theme whose id is derived from
its name (:func:`slugify`, unique). Stored rows keep their id in a hidden column, so renaming
a theme keeps its history. The merged taxonomy is validated by ``load_taxonomy`` before
anything is saved.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from feedback.i18n import format_number, t
from feedback.render.hidden import hidden_characters, shown_hidden
from feedback.render.plain import markdown_literal
from feedback.store.settings import AppSettings

THEME_COLUMNS: tuple[str, ...] = ("theme", "label_de", "label_en", "keywords_de", "keywords_en")
_SPLIT = re.compile(r"[,;\n]")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# A theme's name, at most (the taxonomy's own limit).
MAX_LABEL = 60
# Why 20: enough to tell which row a message means, as the tag messages show a tag.
_SHOWN_CHARS = 20
# The taxonomy's rule for ids: a letter, then 1 to 39 letters, digits or underscores.
_ID_CHARS = 40


def slugify(name: str) -> str:
    """An internal theme id from a display name: 'Rückruf & Kulanz' -> 'rueckruf_kulanz'."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_UMLAUTS))
    ascii_text = text.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    if not slug[:1].isalpha():
        slug = f"theme_{slug}".rstrip("_")
    return slug[:_ID_CHARS].rstrip("_")


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        suffix = f"_{number}"
        candidate = slug[: _ID_CHARS - len(suffix)] + suffix
    return candidate


def _theme_id(
    row: Mapping[Any, object], known: Mapping[str, Mapping[str, str]], taken: set[str]
) -> str:
    """The id a row stands for: its stored id, an existing theme it names, else a new one."""
    stored = _text(row.get("theme")).lower()
    if stored:
        return stored
    labels = [_text(row.get(f"label_{lang}")).casefold() for lang in ("de", "en")]
    for theme_id, names in known.items():
        if any(label and label == str(n).casefold() for label in labels for n in names.values()):
            return theme_id
    name = next((label for label in labels if label), "")
    return _unique(slugify(name) if name else "new_theme", taken | set(known))


def shipped_labels() -> dict[str, dict[str, str]]:
    """The shipped themes' labels by language, by theme id."""
    from feedback.analyze.taxonomy import load_taxonomy

    return {theme.id: dict(theme.label) for theme in load_taxonomy().themes}


def theme_rows(
    additions: Mapping[str, Any], shipped: Mapping[str, Mapping[str, str]] | None = None
) -> list[dict[str, str]]:
    """The editor's rows for the stored additions (only the parts the table can show); a row
    that only adds keywords to a ``shipped`` theme shows that theme's labels."""
    rows: list[dict[str, str]] = []
    themes = additions.get("themes", {})
    if not isinstance(themes, Mapping):
        return rows
    for theme_id, spec in themes.items():
        spec = spec if isinstance(spec, Mapping) else {}
        label = spec.get("label", {}) if isinstance(spec.get("label"), Mapping) else {}
        label = {**(shipped or {}).get(str(theme_id), {}), **label}
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


def theme_table(
    additions: Mapping[str, Any], shipped: Mapping[str, Mapping[str, str]] | None = None
) -> pd.DataFrame:
    """:func:`theme_rows` as a DataFrame with all editor columns (also when empty)."""
    return pd.DataFrame(theme_rows(additions, shipped), columns=list(THEME_COLUMNS), dtype="string")


def split_keywords(raw: object) -> list[str]:
    """'schnell*, super schnell; blitzschnell' -> three keywords (order kept, no duplicates)."""
    if not isinstance(raw, str):
        return []
    return list(dict.fromkeys(part.strip() for part in _SPLIT.split(raw) if part.strip()))


def additions_from_rows(
    rows: Sequence[Mapping[Any, object]],
    previous: Mapping[str, Any],
    shipped: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """New ``theme_additions`` from the editor's rows.

    ``shipped`` maps the shipped themes' ids to their labels by language: a row naming one
    adds keywords to it (its unchanged labels are not stored again); a row naming nothing
    known becomes a new theme with an id derived from its name. Parts of ``previous`` the
    table does not show (descriptions, removed keywords, language rules) are kept for themes
    that are still listed. Empty rows are ignored.
    """
    shipped = shipped or {}
    result = {k: copy.deepcopy(v) for k, v in previous.items() if k != "themes"}
    old = previous.get("themes", {}) if isinstance(previous.get("themes"), Mapping) else {}
    themes: dict[str, Any] = {}
    for row in rows:
        if not any(_text(row.get(column)) for column in THEME_COLUMNS):
            continue
        theme_id = _theme_id(row, {**shipped, **_labels_of(old)}, set(themes) | set(old))
        spec: dict[str, Any] = {
            k: copy.deepcopy(v)
            for k, v in (old.get(theme_id) or {}).items()
            if k not in ("label", "keywords")
        }
        labels = {
            lang: text
            for lang in ("de", "en")
            if (text := _text(row.get(f"label_{lang}")))
            and text.casefold() != str(shipped.get(theme_id, {}).get(lang, "")).casefold()
        }
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
    """None when the shipped taxonomy plus ``additions`` is valid, else a message for the
    admin at the editor, in ``lang`` (markdown, the theme's name shown as typed).

    What the editor's rows can get wrong is said in the editor's words (a name in both
    languages, keywords, a usable keyword); anything else falls back to ``TaxonomyError``'s
    own text, which names the entry by its internal path."""
    from feedback.analyze.taxonomy import TaxonomyError, load_taxonomy

    if not additions:
        return None
    problems = _editor_problems(additions, lang)
    if problems:
        return t("settings.taxonomy_invalid", lang, reason=" ".join(problems))
    try:
        load_taxonomy(dict(additions))
    except TaxonomyError as exc:
        return t("settings.taxonomy_invalid", lang, reason=markdown_literal(str(exc)))
    return None


def _editor_problems(additions: Mapping[str, Any], lang: str) -> list[str]:
    """The problems of the themes in ``additions``, one message each, as the editor shows
    them: a new theme needs a name in German and English and keywords; a name is at most
    :data:`MAX_LABEL` characters; every keyword must be usable as a pattern."""
    from feedback.analyze.theme_keywords import MAX_PHRASE_WORDS, MIN_STEM, parse_keyword

    themes = additions.get("themes")
    if not isinstance(themes, Mapping):
        return []
    shipped = shipped_labels()
    problems: list[str] = []
    for theme_id, spec in themes.items():
        if not isinstance(spec, Mapping):
            continue
        labels = _mapping(spec.get("label"))
        typed = [_text(labels.get(code)) for code in (lang, "de", "en")]
        known = shipped.get(str(theme_id), {})
        typed_name = next((n for n in typed if n), str(known.get(lang, theme_id)))
        name = markdown_literal(_short(typed_name))
        new = str(theme_id) not in shipped and spec.get("enabled", True) is not False
        keywords = _mapping(spec.get("keywords"))
        words = [w for ws in keywords.values() if isinstance(ws, list) for w in ws]
        if new and not any(typed):
            # No name typed: the row is known by its keywords, not by the id made up for it.
            shown_words = markdown_literal(_short(", ".join(str(w) for w in words)))
            problems.append(t("settings.theme_unnamed", lang, keywords=shown_words))
        elif new and not all(_text(labels.get(code)) for code in ("de", "en")):
            problems.append(t("settings.theme_needs_names", lang, name=name))
        longest = max((len(_text(text)) for text in labels.values()), default=0)
        if longest > MAX_LABEL:
            problems.append(
                t("settings.theme_name_too_long", lang, name=name, length=longest, limit=MAX_LABEL)
            )
        if new and not words:
            problems.append(t("settings.theme_needs_keywords", lang, name=name))
        if any(hidden_characters(_text(text)) for text in [*labels.values(), *words]):
            shown = markdown_literal(shown_hidden(_short(typed_name)))
            problems.append(t("settings.theme_hidden_chars", lang, name=shown))
            continue
        for word in words:
            try:
                parse_keyword(str(word))
            except ValueError:
                problems.append(
                    t(
                        "settings.keyword_unusable",
                        lang,
                        word=markdown_literal(_short(str(word))),  # a pasted page: its start
                        name=name,
                        stem=MIN_STEM,
                        words=MAX_PHRASE_WORDS,
                    )
                )
    return problems


def _short(name: str) -> str:
    """``name`` as a message names it: a name over :data:`MAX_LABEL` characters (refused, and
    typed or pasted by anyone with the editor) only by its first :data:`_SHOWN_CHARS`."""
    return name if len(name) <= MAX_LABEL else name[:_SHOWN_CHARS].rstrip() + "…"


def _labels_of(themes: Mapping[str, Any]) -> dict[str, Mapping[str, str]]:
    return {
        str(theme_id): spec["label"]
        for theme_id, spec in themes.items()
        if isinstance(spec, Mapping) and isinstance(spec.get("label"), Mapping)
    }


def _mapping(value: object) -> Mapping[Any, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def retention_warning(months: int, would_delete: int, lang: str) -> str:
    """The question before a shorter retention deletes quotes: "Mit 1 Monat Aufbewahrung werden
    … 2.734 gespeicherte Zitate endgültig gelöscht", singular and plural, numbers grouped."""

    def counted(key: str, count: int) -> str:
        if count == 1:
            return t(f"{key}_one", lang)
        return t(key, lang, count=format_number(count, lang))

    return t(
        "settings.retention_confirm",
        lang,
        months=counted("settings.retention_months", months),
        quotes=counted("settings.retention_quotes", would_delete),
    )


# The settings the page asks for as numbers: field of AppSettings -> the message of its label.
NUMBER_FIELDS: dict[str, str] = {
    "works_council_min_team": "settings.works_council_min_team",
    "retention_months": "settings.retention",
}


def number_bounds(field: str) -> tuple[int, int]:
    """The smallest and largest value AppSettings accepts for the number ``field``."""
    rules = AppSettings.model_fields[field].metadata
    low = next(int(rule.ge) for rule in rules if hasattr(rule, "ge"))
    high = next(int(rule.le) for rule in rules if hasattr(rule, "le"))
    return low, high


# One sign at most, then ASCII digits ("--5" or "1_000" would crash int() or pass it).
_WHOLE = re.compile(r"[+-]?[0-9]+")


def whole_number(typed: str | float) -> int | None:
    """``typed`` as a whole number ("12", " 12 ", 12), or None for anything else (empty,
    text, a fraction, an exponent)."""
    if isinstance(typed, str):
        text = typed.strip()
        return int(text) if _WHOLE.fullmatch(text) else None
    return int(typed) if float(typed).is_integer() else None


def number_problem(values: Mapping[str, str | float], lang: str) -> str | None:
    """Why a typed number cannot be saved (the first such field, named by its label and with
    the range it must lie in), or None when every one is a whole number that fits.

    The page checks this itself, on the text as typed: a browser's number field refuses an
    out-of-range or fractional number with a message in the browser's language and then
    does not send the form at all."""
    for field, typed in values.items():
        low, high = number_bounds(field)
        value = whole_number(typed)
        if value is None or not low <= value <= high:
            label = t(NUMBER_FIELDS[field], lang)
            return t("settings.number_out_of_range", lang, field=label, low=low, high=high)
    return None
