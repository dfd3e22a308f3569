"""The word lists of the agent check (``data/agent_context.toml``), one ``Lists`` per language.

Each distinct token is classified once per language (a dict lookup after warm-up) as a kind:
a service person, a thing, service work, a product, a pronoun, a channel, thanks or other.
``agent_context`` reads the kinds; the lists' meanings are in the data file's header.
"""

from __future__ import annotations

import importlib.resources
import tomllib

from feedback.analyze.theme_index import one_edit
from feedback.analyze.theme_keywords import fold

AGENT, OBJECT, SERVICE, PRODUCT, PRONOUN, CHANNEL, THANKS, OTHER = 1, 2, 3, 4, 5, 6, 7, 0
CACHE_LIMIT = 100_000  # distinct tokens per language before the cache is cleared
# German verbs in "-ieren" are no compounds of the nouns inside them ("transportieren")
_VERB_ENDINGS = ("ieren", "iert", "ierte", "ierten", "iertes", "ierst", "iere")


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
        # Compound heads (5+ letters): "Servicemitarbeiterin" ends in an agent word; a German
        # compound is what its last known part is ("Telefonhülle" a product, "Handyvertrag"
        # service work).
        self.heads = tuple(
            stem for stem, kind in self.stems if kind == AGENT and len(stem) >= 5 and compounds
        )
        self.inner = tuple((s, k) for s, k in self.stems if len(s) >= 5) if compounds else ()
        self.cache: dict[str, int] = {}
        self.capital_nouns = compounds  # German: nouns are capitalised
        self.copulas = frozenset(fold(word) for word in spec.get("copulas", []))
        self.it_words = frozenset(fold(word) for word in spec.get("it", []))
        # "es ist", "this is": a thing described as it is
        self.this_words = self.it_words | frozenset(fold(word) for word in spec.get("this", []))
        self.present = frozenset(fold(word) for word in spec.get("present", []))
        # "They are very sweet": the dishes
        self.tastes = frozenset(fold(word) for word in spec.get("tastes", []))
        # "der Ton ist super" beside "Filme" or a product: a device's sound
        self.sounds = frozenset(fold(word) for word in spec.get("sounds", []))
        self.media_exact, self.media_stems = _patterns(spec, "media")
        self.they = tuple(tuple(fold(w) for w in phrase.split()) for phrase in spec.get("they", []))
        # "Dear customer", "thank you for your message": a shop answering
        self.replies = tuple(
            tuple(fold(word) for word in phrase.split()) for phrase in spec.get("replies", [])
        )
        self.reply_starts = frozenset(phrase[0] for phrase in self.replies)
        self.auxiliaries = frozenset(fold(word) for word in spec.get("auxiliaries", []))
        self.joins = frozenset(fold(word) for word in spec.get("joins", []))
        # "lädt schnell", "arrived promptly": what a thing does
        self.acts = frozenset(fold(word) for word in spec.get("acts", []))
        # "even for", "sogar mit": a stress, not an act beyond the job
        self.focus = frozenset(fold(word) for word in spec.get("focus", []))
        self.focus_stops = frozenset(fold(word) for word in spec.get("focus_stops", []))
        # "Sie müssen ...", "you can ...": anyone
        self.second_persons = frozenset(fold(word) for word in spec.get("second_persons", []))
        self.generic_modals = frozenset(fold(word) for word in spec.get("generic_modals", []))
        self.generic_openers = frozenset(fold(word) for word in spec.get("generic_openers", []))
        self.thing_exact, self.thing_stems = _patterns(spec, "service_things")
        # "innerhalb von 3 Tagen erhalten", "received the next day": how fast goods came
        self.span_exact, self.span_stems = _patterns(spec, "spans")
        self.goods_exact, self.goods_stems = _patterns(spec, "goods")
        # "SIM cards available": what is there, not who can be reached
        self.postpositive = frozenset(fold(word) for word in spec.get("postpositive", []))
        self.predicates = frozenset(fold(word) for word in spec.get("predicates", []))
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
        # "funktioniert", "works": a thing working, which needs a repair or someone who served
        self.works = frozenset(fold(word) for word in spec.get("works", []))
        # "meine Frau", "my colleague": the customer's own people, not who served
        self.own = frozenset(fold(word) for word in spec.get("own", []))
        self.relations, self.relation_stems = _patterns(spec, "relations")
        # "Kollegen oder Freunde", "friends and colleagues": the customer's company
        self.companions, self.companion_stems = _patterns(spec, "companions")
        # "not an issue", "nie ein Problem": no service work needed either
        self.not_a = frozenset(fold(word) for word in spec.get("not_a", []))
        self.articles = frozenset(fold(word) for word in spec.get("articles", []))
        # "if you ...": anyone; "response of the reader": a product's
        self.conditionals = frozenset(fold(word) for word in spec.get("conditionals", []))
        self.generic_people = frozenset(fold(word) for word in spec.get("generic_people", []))
        self.of_words = frozenset(fold(word) for word in spec.get("of", []))
        # "I can fix it": the customer's own repair
        self.fix_exact, self.fix_stems = _patterns(spec, "fixes")
        self.self_subjects = frozenset(fold(word) for word in spec.get("subjects", []))
        # "ordered", "bestellt": the customer's purchase
        self.buys = frozenset(fold(word) for word in spec.get("buys", []))
        self.modals = frozenset(fold(word) for word in spec.get("modals", []))
        self.aims = frozenset(fold(word) for word in spec.get("aims", []))  # "zu beheben"
        # "zu den Einstellungen gegangen": went somewhere, no handling
        self.goings = frozenset(fold(word) for word in spec.get("goings", []))
        self.durations = frozenset(fold(word) for word in spec.get("durations", []))
        self.directions = frozenset(fold(word) for word in spec.get("directions", []))
        # "wie ich das Problem gelöst habe", "Ich gebe mir Mühe": the customer's own act
        self.own_acts = frozenset(fold(word) for word in spec.get("own_acts", []))
        self.subordinators = frozenset(fold(word) for word in spec.get("subordinators", []))
        # "I'm a professional": the customer described
        self.i_am = frozenset(fold(word) for word in spec.get("i_am", []))
        self.degrees = frozenset(fold(word) for word in spec.get("degrees", []))
        # "does not support": a verb, no one who served
        self.verbs = frozenset(fold(word) for word in spec.get("verbs", []))
        self.verb_before = frozenset(fold(word) for word in spec.get("verb_before", []))
        # "jemand", "someone" after "ich bin", "I am": the customer
        self.indefinite = frozenset(fold(word) for word in spec.get("indefinite", []))
        self.self_words = frozenset(fold(word) for word in spec.get("self", []))
        # "dank Top-Technik": the preposition, no thanks; "man kann": anyone
        self.thanks_to = frozenset(fold(word) for word in spec.get("thanks_to", []))
        self.thanks_before = frozenset(fold(word) for word in spec.get("thanks_before", []))
        self.thanks_objects = frozenset(fold(word) for word in spec.get("thanks_objects", []))
        self.impersonal = frozenset(fold(word) for word in spec.get("impersonal", []))
        self.impersonal_modals = frozenset(fold(word) for word in spec.get("impersonal_modals", []))
        # "Samstag", "Saturday": when, not who
        self.time_exact, self.time_stems = _patterns(spec, "times")

    def compound_thing(self, token: str) -> bool:
        """True for a German compound of a weak cue and a product or thing ("Schnellladegerät",
        "Abendessen", "Expresslieferung"): it names the thing."""
        form = fold(token)
        for stem in self.weak_stems:
            if form.startswith(stem) and len(form) - len(stem) >= 3:
                rest = form[len(stem) :].lstrip("s-")
                if len(rest) >= 3 and self._kind_at_start(rest) in (PRODUCT, OBJECT):
                    return True
        return False

    def _kind_at_start(self, form: str) -> int:
        """The kind of the exact word or the longest stem ``form`` starts with ("ladegerät" a
        product, although "gerät" inside it is service work)."""
        kind = self.exact.get(form, -1)
        if kind < 0:
            kind = next((k for stem, k in self.stems if form.startswith(stem)), OTHER)
        return kind

    def time(self, token: str) -> bool:
        form = fold(token)
        return form in self.time_exact or form.startswith(self.time_stems)

    def fixes(self, token: str) -> bool:
        form = fold(token)
        return form in self.fix_exact or form.startswith(self.fix_stems)

    def thing_work(self, token: str) -> bool:
        """True for a service word that names a thing or its fault ("Geräte", "issue"); a
        hyphenated compound by its last part ("SIM-Karte")."""
        form = fold(token).rsplit("-", 1)[-1]
        return form in self.thing_exact or any(
            stem[1:] in form if stem.startswith("*") else form.startswith(stem)
            for stem in self.thing_stems
        )

    def span(self, token: str) -> bool:
        form = fold(token)
        return form in self.span_exact or form.startswith(self.span_stems)

    def goods(self, token: str) -> bool:
        """True for a word of goods on their way ("erhalten", "received") or what they do."""
        form = fold(token)
        return form in self.goods_exact or form.startswith(self.goods_stems) or form in self.acts

    def companion(self, token: str) -> bool:
        form = fold(token)
        return form in self.companions or form.startswith(self.companion_stems)

    def _head(self, form: str, kind: int, covered: int) -> int:
        """The kind of the known part starting last (after the first three letters, and not
        inside the ``covered`` stem the word starts with: "Ladegerät" is a product, not
        "Gerät" service work) in a German compound, else ``kind``."""
        at = max(2, covered - 1)
        for stem, stem_kind in self.inner:
            found = form.rfind(stem, 3)
            if found > at:
                at, kind = found, stem_kind
        return kind

    def event(self, token: str) -> bool:
        form = fold(token)
        return form in self.events or form.startswith(self.event_stems)

    def weak(self, token: str) -> bool:
        known = self.weak_cache.get(token)
        if known is None:
            form = fold(token)
            known = form in self.weak_exact or form.startswith(self.weak_stems)
            if not known and len(form) >= 7:  # a typo of a weak cue is weak ("avaiable")
                known = any(one_edit(form, word) for word in self.weak_exact) or any(
                    any(one_edit(form[:n], stem) for n in range(len(stem) - 1, len(stem) + 2))
                    for stem in self.weak_stems
                    if len(stem) >= 6
                )
            if not known and self.capital_nouns and len(form) >= 8:
                # a German compound is weak by its last part ("superschnell", "reaktionsschnell")
                known = any(form.find(stem, 3) > 0 for stem in self.weak_stems if len(stem) >= 5)
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
            kind, covered = OTHER, 0
            for part in (form, parts[-1]) if len(parts) > 1 else (form,):
                found, covered = next(
                    ((k, len(stem)) for stem, k in self.stems if part.startswith(stem)), (-1, 0)
                )
                if found < 0 and part != form:
                    found = self.exact.get(part, -1)
                if found >= 0:
                    covered = covered if part == form else 0
                    kind = found
                    break
            if kind == OTHER and self.heads:  # a German compound's head: "Störungshotline"
                kind = AGENT if any(form.endswith(head) for head in self.heads) else OTHER
            if self.inner and len(form) > 7 and not form.endswith(_VERB_ENDINGS):
                # not in a verb: "transportieren" holds no porter
                kind = self._head(form, kind, covered)
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
