"""The theme taxonomy: load the default TOML, merge a team's additions, validate, fingerprint.

The taxonomy is data (``data/themes.toml``), so a team adds themes and keywords without code.
``load_taxonomy(extra)`` merges ``extra`` over the default: new themes are added, keyword lists
and language word lists are appended, labels/descriptions/settings are overridden, and
``remove_keywords`` / ``enabled = false`` take defaults away. Every problem raises
``TaxonomyError`` naming the offending key, e.g. ``themes.speed.keywords.de[3]``.

The keyword syntax is in ``theme_keywords.py`` (used here to validate every keyword on
load); compiling keywords into lookup tables is ``theme_index.py``; detection ``themes.py``.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib.resources
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from feedback.analyze.theme_keywords import fold, parse_keyword

SCHEMA_VERSION = 1
UI_LANGUAGES = ("de", "en")
_LANG_RE = re.compile(r"[a-z]{2}\Z")
_THEME_ID_RE = re.compile(r"[a-z][a-z0-9_]{1,39}\Z")
_LANGUAGE_LISTS = (
    "negators",
    "negation_exempt",
    "resets",
    "intensifiers",
    "negating_prefixes",
    "ignore",
    "requests",
)
_LANGUAGE_INTS = {"negation_window_after": (0, 10)}
_LANGUAGE_BOOLS = ("noun_barrier",)
_SETTINGS_INTS = {"phrase_gap": (0, 5), "negation_window": (0, 10), "request_window": (0, 10)}
# praise cues, complaint cues, and words that only name the aspect ("Wartezeit", "on hold")
CUE_LISTS = ("keywords", "complaints", "aspects")
_THEME_KEYS = ("label", "description", *CUE_LISTS, "remove_keywords", "enabled")
_MAX_LABEL = 60
_MAX_DESCRIPTION = 200


class TaxonomyError(ValueError):
    """The taxonomy (default or a team's extension) is malformed; the message names the key."""


@dataclass(frozen=True, slots=True)
class ThemeDef:
    """One theme: ``label``/``description`` per UI language; cue lists per text language.

    ``keywords`` are praise cues ("schnell"), ``complaints`` criticism cues ("langsam") and
    ``aspects`` words that only name the aspect ("Wartezeit"); all three label the theme.
    """

    id: str
    label: Mapping[str, str]
    description: Mapping[str, str]
    keywords: Mapping[str, tuple[str, ...]]
    complaints: Mapping[str, tuple[str, ...]]
    aspects: Mapping[str, tuple[str, ...]]

    def label_for(self, language: str) -> str:
        """Display label in ``language`` ("de"/"en"), English when there is none."""
        return self.label.get(language) or self.label["en"]


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """Negation and compound rules of one language (word lists are raw keyword strings)."""

    negators: tuple[str, ...] = ()
    negation_exempt: tuple[str, ...] = ()
    resets: tuple[str, ...] = ()
    intensifiers: tuple[str, ...] = ()
    negating_prefixes: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    negation_window_after: int = 0
    noun_barrier: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Taxonomy:
    """The effective taxonomy. ``digest`` (16 hex chars) changes whenever any entry changes."""

    themes: tuple[ThemeDef, ...]
    languages: Mapping[str, LanguageRules]
    phrase_gap: int
    negation_window: int
    request_window: int
    digest: str

    @property
    def ids(self) -> tuple[str, ...]:
        """Theme ids in taxonomy order (the default ten first, then a team's own)."""
        return tuple(theme.id for theme in self.themes)

    def theme(self, theme_id: str) -> ThemeDef:
        """The theme called ``theme_id``; ``KeyError`` when there is none."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def label(self, theme_id: str, language: str) -> str:
        """Display label of ``theme_id`` in ``language``; the id itself for unknown themes."""
        try:
            return self.theme(theme_id).label_for(language)
        except KeyError:
            return theme_id


# --- validation -------------------------------------------------------------------------


def _fail(path: str, message: str) -> TaxonomyError:
    return TaxonomyError(f"{path}: {message}")


def _table(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(path, f"expected a table, got {type(value).__name__}")
    return value


def _check_keys(table: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
    for key in table:
        if key not in allowed:
            raise _fail(f"{path}.{key}", f"unknown key (allowed: {', '.join(allowed)})")


def _int(value: Any, bounds: tuple[int, int], path: str) -> int:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(path, f"expected a whole number from {low} to {high}, got {value!r}")
    return value


def _words(value: Any, path: str, *, keywords: bool) -> list[str]:
    """A list of strings; with ``keywords`` each must parse as a keyword pattern."""
    if not isinstance(value, list):
        raise _fail(path, f"expected a list of strings, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise _fail(f"{path}[{index}]", f"expected a non-empty string, got {item!r}")
        if keywords:
            try:
                parse_keyword(item)
            except ValueError as exc:
                raise _fail(f"{path}[{index}]", str(exc)) from None
    return [item.strip() for item in value]


def _texts(value: Any, path: str, limit: int, *, need_all: bool) -> dict[str, str]:
    table = _table(value, path)
    _check_keys(table, UI_LANGUAGES, path)
    out: dict[str, str] = {}
    for lang, text in table.items():
        if not isinstance(text, str) or not text.strip() or len(text) > limit:
            raise _fail(f"{path}.{lang}", f"expected text of 1 to {limit} characters")
        out[lang] = text.strip()
    missing = [lang for lang in UI_LANGUAGES if lang not in out]
    if need_all and missing:
        raise _fail(path, f"missing {', '.join(missing)} (a new theme needs de and en)")
    return out


def _per_language(value: Any, path: str) -> dict[str, list[str]]:
    table = _table(value, path)
    out: dict[str, list[str]] = {}
    for lang, words in table.items():
        if not _LANG_RE.match(lang):
            raise _fail(f"{path}.{lang}", "language must be a two-letter code such as de or en")
        out[lang] = _words(words, f"{path}.{lang}", keywords=True)
    return out


def _append(base: list[str], extra: list[str]) -> list[str]:
    """``base`` plus the items of ``extra`` it lacks (compared in folded form), order kept."""
    out = list(base)
    seen = {fold(item) for item in base}
    for item in extra:
        if fold(item) not in seen:
            seen.add(fold(item))
            out.append(item)
    return out


def _merge(merged: dict[str, Any], raw: Mapping[str, Any], source: str) -> None:
    """Validate ``raw`` and merge it into ``merged`` (the effective taxonomy, mutated)."""
    _check_keys(raw, ("schema", "settings", "language", "themes"), source)
    if "schema" in raw and raw["schema"] != SCHEMA_VERSION:
        raise _fail(f"{source}.schema", f"unsupported schema {raw['schema']!r}")
    settings = _table(raw.get("settings", {}), f"{source}.settings")
    _check_keys(settings, tuple(_SETTINGS_INTS), f"{source}.settings")
    for key, value in settings.items():
        merged["settings"][key] = _int(value, _SETTINGS_INTS[key], f"{source}.settings.{key}")
    for lang, rules in _table(raw.get("language", {}), f"{source}.language").items():
        path = f"{source}.language.{lang}"
        if not _LANG_RE.match(lang):
            raise _fail(path, "language must be a two-letter code such as de or en")
        rules = _table(rules, path)
        _check_keys(rules, (*_LANGUAGE_LISTS, *_LANGUAGE_INTS, *_LANGUAGE_BOOLS), path)
        target = merged["language"].setdefault(lang, {})
        for key, value in rules.items():
            if key in _LANGUAGE_INTS:
                target[key] = _int(value, _LANGUAGE_INTS[key], f"{path}.{key}")
            elif key in _LANGUAGE_BOOLS:
                if not isinstance(value, bool):
                    raise _fail(f"{path}.{key}", f"expected true or false, got {value!r}")
                target[key] = value
            else:
                target[key] = _append(
                    target.get(key, []), _words(value, f"{path}.{key}", keywords=True)
                )
    for theme_id, spec in _table(raw.get("themes", {}), f"{source}.themes").items():
        _merge_theme(merged["themes"], theme_id, spec, f"{source}.themes.{theme_id}")


def _merge_theme(themes: dict[str, Any], theme_id: str, spec: Any, path: str) -> None:
    if not _THEME_ID_RE.match(theme_id):
        raise _fail(path, "theme id must be lower-case letters, digits and _ (2-40 characters)")
    spec = _table(spec, path)
    _check_keys(spec, _THEME_KEYS, path)
    is_new = theme_id not in themes
    if is_new and spec.get("enabled", True) is not False:
        if "label" not in spec:
            raise _fail(f"{path}.label", "a new theme needs a label with de and en")
        if not any(
            any(_per_language(spec.get(key, {}), f"{path}.{key}").values()) for key in CUE_LISTS
        ):
            raise _fail(f"{path}.keywords", "a new theme needs keywords in at least one language")
    theme = themes.setdefault(
        theme_id, {"label": {}, "description": {}, "enabled": True, **{k: {} for k in CUE_LISTS}}
    )
    if "enabled" in spec:
        if not isinstance(spec["enabled"], bool):
            raise _fail(f"{path}.enabled", f"expected true or false, got {spec['enabled']!r}")
        theme["enabled"] = spec["enabled"]
    if "label" in spec:
        theme["label"].update(_texts(spec["label"], f"{path}.label", _MAX_LABEL, need_all=is_new))
    if "description" in spec:
        theme["description"].update(
            _texts(spec["description"], f"{path}.description", _MAX_DESCRIPTION, need_all=False)
        )
    for key in CUE_LISTS:
        for lang, words in _per_language(spec.get(key, {}), f"{path}.{key}").items():
            theme[key][lang] = _append(theme[key].get(lang, []), words)
    removals = _per_language(spec.get("remove_keywords", {}), f"{path}.remove_keywords")
    for lang, words in removals.items():
        present = {fold(item) for key in CUE_LISTS for item in theme[key].get(lang, [])}
        for index, word in enumerate(words):
            if fold(word) not in present:
                raise _fail(
                    f"{path}.remove_keywords.{lang}[{index}]",
                    f"'{word}' is not a keyword of this theme",
                )
        gone = {fold(word) for word in words}
        for key in CUE_LISTS:
            current = theme[key].get(lang, [])
            theme[key][lang] = [item for item in current if fold(item) not in gone]


# --- building ---------------------------------------------------------------------------


def _build(merged: Mapping[str, Any]) -> Taxonomy:
    enabled = {tid: spec for tid, spec in merged["themes"].items() if spec["enabled"]}
    effective = {
        "settings": merged["settings"],
        "language": merged["language"],
        "themes": {
            tid: {k: spec[k] for k in ("label", "description", *CUE_LISTS)}
            for tid, spec in enabled.items()
        },
    }
    canonical = json.dumps(effective, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    themes = tuple(
        ThemeDef(
            id=tid,
            label=dict(spec["label"]),
            description={lang: spec["description"].get(lang, "") for lang in UI_LANGUAGES},
            keywords={lang: tuple(words) for lang, words in spec["keywords"].items()},
            complaints={lang: tuple(words) for lang, words in spec["complaints"].items()},
            aspects={lang: tuple(words) for lang, words in spec["aspects"].items()},
        )
        for tid, spec in enabled.items()
    )
    languages = {
        lang: LanguageRules(
            **{key: tuple(rules.get(key, ())) for key in _LANGUAGE_LISTS},
            negation_window_after=rules.get("negation_window_after", 0),
            noun_barrier=rules.get("noun_barrier", False),
        )
        for lang, rules in merged["language"].items()
    }
    return Taxonomy(
        themes=themes,
        languages=languages,
        phrase_gap=merged["settings"].get("phrase_gap", 2),
        negation_window=merged["settings"].get("negation_window", 3),
        request_window=merged["settings"].get("request_window", 4),
        digest=hashlib.sha256(canonical.encode()).hexdigest()[:16],
    )


@functools.cache
def _default_merged() -> dict[str, Any]:
    resource = importlib.resources.files("feedback.analyze") / "data" / "themes.toml"
    merged: dict[str, Any] = {"settings": {}, "language": {}, "themes": {}}
    _merge(merged, tomllib.loads(resource.read_text(encoding="utf-8")), "default")
    return merged


@functools.cache
def _default() -> Taxonomy:
    return _build(_default_merged())


def load_taxonomy(extra: Mapping[str, Any] | Path | None = None) -> Taxonomy:
    """The default taxonomy, or the default with ``extra`` (a TOML file or parsed dict) merged.

    The default is parsed once and cached; a merged taxonomy is built anew on each call, so
    callers keep the result (it compiles its matchers lazily, cached by ``digest``).
    """
    if extra is None:
        return _default()
    source = "extra"
    if isinstance(extra, Path):
        source = extra.name
        try:
            data: Mapping[str, Any] = tomllib.loads(extra.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise TaxonomyError(f"{extra}: not valid TOML ({exc})") from None
    else:
        data = extra
    merged = copy.deepcopy(_default_merged())
    _merge(merged, _table(data, source), source)
    return _build(merged)
