"""The word lists of the agent check (``data/agent_context.toml``), one ``Lists`` per language.

Each distinct token is classified once per language (a dict lookup after warm-up) as a kind:
a service person, a thing, service work, a product, a pronoun, a channel, thanks or other.
``agent_context`` reads the kinds; the lists' meanings are in the data file's header.
"""

from __future__ import annotations

import importlib.resources
import tomllib

from feedback.analyze.theme_keywords import fold

AGENT, OBJECT, SERVICE, PRODUCT, PRONOUN, CHANNEL, THANKS, OTHER = 1, 2, 3, 4, 5, 6, 7, 0
CACHE_LIMIT = 100_000  # distinct tokens per language before the cache is cleared


class Lists:
    """One language's word lists: exact words and stems per kind."""

    def __init__(self, spec: dict[str, list[str]], compounds: bool) -> None:
        self.exact: dict[str, int] = {}
        self.stems: list[tuple[str, int]] = []
        lists = (
            (SERVICE, "service"),
            (OBJECT, "objects"),
            (PRODUCT, "products"),
            (CHANNEL, "channels"),
            (PRONOUN, "pronouns"),
            (THANKS, "thanks"),
            (AGENT, "agents"),
        )
        for kind, key in lists:
            for word in spec.get(key, []):
                form = fold(word)
                if form.endswith("*"):
                    self.stems.append((form[:-1], kind))
                else:
                    self.exact[form] = kind
        self.stems.sort(key=lambda stem: -len(stem[0]))  # the longest stem decides
        # Compound heads (5+ letters): "Servicemitarbeiterin" ends in an agent word.
        self.heads = tuple(
            stem for stem, kind in self.stems if kind == AGENT and len(stem) >= 5 and compounds
        )
        self.cache: dict[str, int] = {}
        self.capital_nouns = compounds  # German: nouns are capitalised
        self.copulas = frozenset(fold(word) for word in spec.get("copulas", []))
        self.it_words = frozenset(fold(word) for word in spec.get("it", []))
        self.auxiliaries = frozenset(fold(word) for word in spec.get("auxiliaries", []))
        self.joins = frozenset(fold(word) for word in spec.get("joins", []))
        self.weak_exact, self.weak_stems = _patterns(spec, "weak")
        self.weak_cache: dict[str, bool] = {}
        # Channel words are service work after an opener ("on the phone", "am Telefon") and
        # products otherwise ("nice phone", "ein gutes Telefon").
        self.channel_openers = frozenset(fold(word) for word in spec.get("channel_openers", []))
        self.events, self.event_stems = _patterns(spec, "events")
        # "keine Probleme", "no issues": nothing needed service work
        self.none_words = frozenset(fold(word) for word in spec.get("none", []))
        # "funktioniert wieder", "works again": a repair, not a product that works
        self.repairs = frozenset(fold(word) for word in spec.get("repairs", []))
        # "meine Frau", "my colleague": the customer's own people, not who served
        self.own = frozenset(fold(word) for word in spec.get("own", []))
        self.relations, self.relation_stems = _patterns(spec, "relations")
        # "jemand", "someone" after "ich bin", "I am": the customer
        self.indefinite = frozenset(fold(word) for word in spec.get("indefinite", []))
        self.self_words = frozenset(fold(word) for word in spec.get("self", []))

    def event(self, token: str) -> bool:
        form = fold(token)
        return form in self.events or form.startswith(self.event_stems)

    def weak(self, token: str) -> bool:
        known = self.weak_cache.get(token)
        if known is None:
            form = fold(token)
            known = form in self.weak_exact or form.startswith(self.weak_stems)
            if len(self.weak_cache) >= CACHE_LIMIT:
                self.weak_cache.clear()
            self.weak_cache[token] = known
        return known

    def kind(self, token: str) -> int:
        known = self.cache.get(token)
        if known is not None:
            return known
        form = fold(token)
        kind = self.exact.get(form, -1)
        if kind < 0:
            parts = form.split("-")
            kind = OTHER
            for part in (form, parts[-1]) if len(parts) > 1 else (form,):
                found = next((k for stem, k in self.stems if part.startswith(stem)), -1)
                if found < 0 and part != form:
                    found = self.exact.get(part, -1)
                if found >= 0:
                    kind = found
                    break
            if kind == OTHER and self.heads:  # a German compound's head: "Störungshotline"
                kind = AGENT if any(form.endswith(head) for head in self.heads) else OTHER
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
        self.cache[token] = kind
        return kind


def _patterns(spec: dict[str, list[str]], key: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The exact words and the stems (``stem*``) of one list, folded."""
    words = [fold(word) for word in spec.get(key, [])]
    exact = frozenset(w for w in words if not w.endswith("*"))
    return exact, tuple(w[:-1] for w in words if w.endswith("*"))


def _load() -> dict[str, Lists]:
    path = importlib.resources.files("feedback.analyze") / "data" / "agent_context.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: Lists(spec, lang == "de") for lang, spec in raw.items()}


LISTS: dict[str, Lists] = _load()
# The languages whose cues are checked; a quote in any other is checked by all of them.
CHECKED_LANGUAGES = tuple(sorted(LISTS))
