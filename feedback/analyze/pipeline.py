"""The orchestrator: one ``Analyzer`` per process, ``analyze(text) -> Analysis``.

Built once (lexicons, taxonomy and scorer are loaded in ``__init__``); each call tokenises once,
detects the language, then runs sentiment, emotions, themes and terms on the same tokens.
``version`` records what produced a stored analysis: ``ANALYSER_VERSION`` plus the scorer's name
(which carries its lexicon digest) and the taxonomy digest, so editing a lexicon or the taxonomy
changes it and stored analyses can be recomputed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from feedback.analyze.about_service import shipped as shipped_service_models
from feedback.analyze.contractions import joined
from feedback.analyze.emotions import detect_emotions
from feedback.analyze.language import detect_language
from feedback.analyze.markup import plain, without_handles
from feedback.analyze.sentiment import RuleBasedScorer, SentimentScorer
from feedback.analyze.taxonomy import Taxonomy, load_taxonomy
from feedback.analyze.themes import themes_and_credit
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.analyze.types import Analysis, Sentiment
from feedback.analyze.words import extract_terms

ANALYSER_VERSION = "2026.12.64"  # 2026.12: rules plus the trained model; .5: products, .6: the
# trained check that a theme's sentence is about a service person (issue 12); .7: a complaint
# that ends in a person's rescue is mixed (sentiment/rescue.py); .8: quotes store the themes
# they credit, not those they only complain about (themes.themes_and_credit); .9: a wider
# regularisation grid, and the model's "neutral" weighs more against the rules; .10: the English
# model keeps function words (hidden from the evidence) and learns from M-ABSA's English reviews;
# .11: the English model also weighs each word's character n-grams (model.char_grams); .12: English
# sarcastic thanks ("thanks for nothing"), patience run out, "Danke für Ihre Geduld" is praise;
# clouds leave out "stuck", "verwirrt"; .13: idioms of praise with a negator ("kann nicht
# meckern", "was ich ohne Sie gemacht hätte", "what I'd have done without you"); short praise
# finds its language ("Hut ab!", "5 Sterne", "5 stars", "Top notch service" were "other" or "de");
# evidence leaves out placeholders and words that moved the score by less than 0.01; a quote
# mostly in another script (Arabic, Cyrillic) is "other" (one German word made Arabic "en");
# .14: a first name in a cue's clause names who acted ("Tom was so patient with my dad, who
# is not good with computers" lost patience to the computers); .15: thanks told as the loss
# that did not happen ("Ohne Herrn Wagner wäre ich verzweifelt", sentiment/counterfactual.py);
# "never … such" intensifies ("I have never had such great service" was negative); a rescue
# after the fear ("…, but Kevin recovered everything"); "my dad, who is not good with computers"
# describes the customer, not the service; "Thanks for nothing" is frustration, not gratitude;
# "freundlich und hat mich nicht unter Druck gesetzt" is praise (a clause-final negator is final);
# "could be better" / "könnte besser sein" criticise; "took two days to reply" and "kaum
# erreichbar" credit no theme; links, tags, Markdown and formulas are read as what they say
# (analyze/markup.py), @handles as the model learnt them ("@user") and no word for the rules,
# the clouds or the evidence; a word counts at most three times a quote in the clouds; a
# negated comparative beside "could" / "geht" is the superlative ("Freundlicher geht es nicht");
# .16: scores ("10/10", "1 out of 5", "Note 1", "Full marks") are verdicts the model may not
# call neutral (sentiment/scores.py); clear praise beats a "neutral" of the model that hears no
# complaint ("5 stars for Jenny"); "Freundlich ja, geholfen nein" is mixed (sentiment/yes_no.py);
# .17: themes of products and deliveries are not the agent's ("works great", "delivered
# promptly", "thank you for the gift", "Saturday evening", "hope this helps"; agent_context);
# .18: "Still no refund" credits no problem_solved (a complaint's own "no" negates the next cue),
# and "Thanks for nothing, still no refund" stays a complaint; review phrases in the lexicons;
# .19: praise in a wish criticises ("Das hätte besser laufen können", "I would have expected
# better", "Ich hätte mehr erwartet"; sentiment/wishes.py); a short wait is praise ("nicht lange
# in der Warteschleife", "I was not on hold for long"; sentiment/short_waits.py);
# .20: themes said of a product or thing ("Die Lieferung war sehr schnell", "Fast charging"),
# of the customer's own people ("meine Frau") or of taste ("zu süß") credit no one; an elliptic
# sentence is about what its quote is about; sellers and waiters serve;
# .21: requests opened by the cue ("Helfen Sie mir bitte"), the customer's own repair ("I can
# fix it"), a taste word before a noun, "you" after "if"/"for", companions ("mit Kollegen oder
# Freunden"), "zu Fuß erreichbar" credit no one; a German compound is what its last part is
# ("Telefonhülle"); a refund or replacement only named is praise only in a praising quote
# .22 (another branch, merged into .23): a clear complaint of the rules beats the model's unsure
# "neutral" ("Unfortunately nobody could help me"); repeated contacts ("das dritte Mal", "the
# third time"), "no refund yet" and "1 Stern" complain; "Wäre schön, wenn …" is no praise; an
# adverb before a negator is no praise ("clearly didn't read my email"); a later clause's
# negator is not an un-word's ("unfreundlich und hat nicht zugehört" credited friendliness); a
# wish or hope credits nobody ("It would be nice if …", "beim nächsten Mal freundlicher"); a
# repeated word's evidence weighs all its occurrences together; .23: both .21 and .22
# .24 (this branch): the customer's worry answered by help is no complaint ("I was dreading
# calling but Sam made it painless", "verzweifelt, bis ich mit Herrn Kaya gesprochen habe";
# sentiment/relief.py); character references are read as their characters ("&amp;" gave "amp"
# in the clouds); .24 (another branch): things ("lädt schnell"), surprises, ambience, anyone's
# "Sie müssen", "even for" credit no one; .25: both .24; .26 (this branch): a wish frame
# praises nothing ("Es wäre schön, wenn man mal zurückgerufen würde" was praise; a reproaching
# condition makes it criticism, "…, wenn es immer so laufen würde" praise;
# sentiment/wish_frames.py), and its condition credits no theme (analyze/wished.py); trouble
# only expected and answered by praise is no complaint ("Dachte, das dauert ewig – nach 5
# Minuten war alles erledigt"; sentiment/expected.py); "Nobody helped me" complains; .26
# (another branch): a person only thanked beside a product ("thanks seller" after a delivery),
# "es ist"/"this is" said of a thing, "They are very sweet" and a shop's answer to its customer
# ("Dear customer") credit no one; .27: both .26, and starting over complains ("Perfect, now I
# have to start all over", "alles nochmal erklären"); .28: goods on their way
# ("innerhalb von 3 Tagen erhalten", "received the next day after ordering"), a product before
# the cue's verb ("Die Verpackung hilft"), a shop speaking of its own goods ("we are selling
# our"), "available" after a thing ("SIM cards available"), "würde sofort wieder" and the
# reviewer's own voice ("I personally", "honest review") credit no one; "speed" and German
# compounds of a weak cue ("reaktionsschnell") need a person or service work; "funktioniert
# nicht und …", "klappte nicht und …" complain (the negator before "und" was left out); .29:
# split contractions are joined before the analysis reads a quote ("wouldn ' t recommend", "did
# n't": analyze/contractions.py), review verdicts ("Avoid this place!", "to die for", "Finger
# weg!"), a polite request praises nothing and thanks passed on through a wish praise
# (sentiment/requests.py), and the model is trained on what the analysis reads; .30: weekdays
# and evenings ("War am Samstag hier"), "dank" before a thing, compounds of a cue and a thing
# ("Schnellladegerät", "Abendessen"), "extra bezahlt", an impersonal "man kann", a repair as an
# aim ("versucht, um das Problem zu beheben"), the customer's own repair or effort and the
# customer described ("I'm a professional"), "it's" of a thing, a product before a time span,
# an order with goods received and "does not support" credit no one; neither do instructions
# and speed named alone ("Anleitung", "Bootgeschwindigkeit"), a noun opening its sentence
# before a copula ("Portoptionen sind ganz nett"), a parcel delivered, "the support of" a
# thing, going somewhere ("zu den Einstellungen gegangen") and visits ("been several times");
# .32: English review verdicts from the dev split's errors ("spotless", "flimsy", "average at
# best", "feels cheap", "drains fast"), a rating only wished for criticises ("I would have
# given the course 5 stars", sentiment/withheld.py), "somewhere else" goes elsewhere; .31:
# German "Klasse" as a train's or school's class and "Nichts" as a noun ("aus dem Nichts") are
# no praise and no negator, "stark" before a word is an adverb, "wäre toll gewesen" complains,
# and the rules' label beats the German model's "neutral" from 0.3 (was 0.25); .33: both
# merged, the model retrained on them; .34: a plain English question that asks for information
# or help is neutral, not the model's "negative" (sentiment/questions.py); "hiccups", "wont
# work" complain, "cordial" praises, "can you help" and "macbook pro" praise nothing; .35: a
# product that works ("mine works perfectly with my old sim card"), the customer's purchase
# ("ordered three more boxes, straight away"), "one" after a cue ("lovely one"), phones sold
# unlocked, "reagiert", "loading" and visits named with a gap ("eaten at Ginger House several
# times": rule phrases may gap where `*` marks) credit no one; .36: both merged, retrained;
# .37: thanks for a complaint is sarcasm ("Thanks for losing my bag", sentiment/thanks_for.py),
# a negated judging verb negates the praise it judges ("did not find it really helpful",
# sentiment/judged.py), complaint idioms of service tweets ("Get your act together", "What
# gives?"); .38: a capitalised word after a title is a name, not a lexicon word ("Frau Müller"
# is no "Müll"), "Zugausfall" is a problem noun; the German model also learns character
# n-grams (at 0.3, train/fit.py); .39: both merged, retrained; .40: English hashtags read as
# their words ("#badcustomerservice", sentiment/hashtags.py), what is lacking is no praise ("lacks
# quality and good taste", sentiment/judged.py), thanks for "forcing" is ironic through "forced",
# "deserve better", "no idea how to help", "won't fix" complain; model retrained; .41: German
# real data (issue 12): review and railway words ("böse", "vage", "beschämend"; "nicht böse"
# stays neutral), asked-for "endlich", "Zugverspätung"-style compounds, phrases across a comma
# ("Na, toll"), clock times and closing brackets are no emoticons ("18:30", "Minuten):"); the
# model retrained; .42: both merged, retrained; .45: a device's sound ("der Ton ist super" beside
# "Filme"), mouse, touchpad, "Ding", "Zustand"/"condition", review idioms ("worth the wait",
# "would go back immediately", "clear the cache", "the good kind", "klar wird") credit no one,
# "took a while" complains, an aspect only named among goods credits no praising quote; .44:
# German railway complaints (issue 12): disruptions as facts ("Störung", "gesperrt", "Streik";
# "Streik beendet" is none), "kein WLAN", "Zug|un|glück" and "Polizei|einsatz" no praise, plain
# German questions neutral; retrained; .47: .44 and .45 merged; .43: English real data (issue 12): a
# real person or help asked for is no praise ("need to speak to a real person" complains, "HELP!!!",
# "can I get some help?"; sentiment/asked_for.py), "like" without a subject compares ("tastes like";
# sentiment/like_as.py), "fat free", "gluten-free", "feel free", an answer's "yes" and account nouns
# ("credit card", "award travel") praise nothing, seats and times are no emoticons ("seat 8D",
# "(8am", "=Dallas"); model retrained; .46: LaTeX commands and Streamlit directives are markup
# ("\int", ":red[" reached the clouds); .48: .43, .46 and .47 merged, retrained; .49: a
# complaint's set-up praises nothing ("a loyal customer", "customer care", "to be honest", "well
# over an hour"), "this is how you treat", "are you kidding me" reproach, "I would like to thank"
# praises; a spaced hyphen and "but" end negation; "was" opens no German clause; retrained; .50:
# German salutations, "nicht mehr" at a clause's end, short waits, "betrug"
# (sentiment/salutation.py); .51: .49 and .50 merged, retrained; .54: the theme check is
# stricter in a sentence among goods (about_service.THINGS_THRESHOLD, agent_context.among_things)
# .52: "Die Wartezeit war nicht kurz" complains, thinking of cancelling too (leaving.py);
# a bare "läuft", "überrascht", "möchten" praise nothing; ironic thanks past an addressee ("Danke,
# DB, für …"); "Keiner war so freundlich wie Herr Maier" praises; .53: a pausing "Well," and
# "as well" praise nothing (sentiment/openers.py), nor "first class" naming a cabin, a "fixed"
# price, chat abbreviations ("PO", "TX"), "United", "share"; "would've appreciated" complains;
# .56: .52-.54 merged, retrained; .55: the theme check learns demo quotes sentence by sentence,
# threshold 0.1 (0.35 among goods, 0.04 for "you" beside service work); a first name is someone
# who served among goods; .57: .55 and .56 merged
# .60: names that are words ("Spaß", "Love") name no one; boot, lag, pets, cosy places are things
# .61: how food tastes ("al dente") and its effect ("Arthritis") are things; "took … to arrive" is
# the goods'; "for now" is no repair; "for folks who" is anyone; "ihn"/"them" among goods
# .63: colour codes left of terminal escapes ("[31m") and DDE calls ("=cmd|' /C calc'!A0") are
# markup (analyze/markup.py): no "31mrot", "0m", "cmd", "calc" terms
# .64: a model "positive" whose score leans to the rules' complaint is negative; a neutral
# complaint that ends in a person's rescue is mixed; the model is fitted on train and dev
MODEL_ENV = "FEEDBACK_SENTIMENT_MODEL"
_NEUTRAL = Sentiment(0.0, "neutral")
_BREAKS = frozenset(".,;:…–—")  # characters of the break tokens of tokenize_with_breaks


class _WordTokens(dict[str, bool]):
    """Token -> False for clause breaks of ``tokenize_with_breaks``, True for the rest;
    filled on first sight, so that filtering a quote's tokens runs in C."""

    def __missing__(self, token: str) -> bool:
        if len(self) >= 100_000:
            self.clear()
        word = self[token] = token[0] not in _BREAKS or token[-1] not in _BREAKS
        return word


_IS_WORD = _WordTokens()


def default_scorer() -> SentimentScorer:
    """The rule-based scorer, or a local transformers model when ``FEEDBACK_SENTIMENT_MODEL``
    names a directory (needs the optional ``transformers`` package)."""
    path = os.environ.get(MODEL_ENV, "").strip()
    if path:
        from feedback.analyze.sentiment.transformers_scorer import TransformersScorer

        return TransformersScorer(path)
    return RuleBasedScorer()


class Analyzer:
    """Analyses quotes. Thread-safe for reading; build one and reuse it (construction ~0.1 s)."""

    def __init__(
        self,
        scorer: SentimentScorer | None = None,
        taxonomy: Taxonomy | None = None,
        default_language: str = "other",
        extra_stopwords: frozenset[str] = frozenset(),
    ) -> None:
        """``default_language`` is used for quotes without language evidence (emoji only)."""
        self.scorer = scorer if scorer is not None else default_scorer()
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        self.default_language = default_language
        self.extra_stopwords = extra_stopwords
        service = shipped_service_models()
        checked = f".s{service.digest[:8]}" if service is not None else ""
        self.version = f"{ANALYSER_VERSION}+{self.scorer.name}.t{self.taxonomy.digest[:8]}{checked}"

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        """Full analysis of one quote; ``language`` skips detection when the caller knows it."""
        text = joined(plain(text))  # links, tags and Markdown are no customer's words
        with_breaks = tokenize_with_breaks(text)
        tokens = list(filter(_IS_WORD.__getitem__, with_breaks))
        if not tokens:
            return Analysis(language or self.default_language, _NEUTRAL, version=self.version)
        lang = language or detect_language(text, tokens, self.default_language)
        sentiment = self.scorer.score(text, lang, with_breaks)
        themes, credited = themes_and_credit(
            with_breaks, lang, self.taxonomy, praising=sentiment.label == "positive"
        )
        return Analysis(
            language=lang,
            sentiment=sentiment,
            emotions=detect_emotions(without_handles(tokens, text), lang),
            themes=themes,
            terms=extract_terms(with_breaks, lang, self.extra_stopwords, sentiment=sentiment.label),
            version=self.version,
            credited=credited,
        )

    def warm_up(self) -> None:
        """Run one German and one English quote so that lazily loaded data (py3langid's model,
        the lemmatiser's dictionaries: several seconds) is loaded now, not on a user's request."""
        self.analyze("Vielen Dank, Frau Kaya war super freundlich und hat alles schnell gelöst.")
        self.analyze("Thank you so much, the agent was very helpful and fixed it quickly.")
        self.analyze("Merci beaucoup pour votre aide, c'était parfait et très rapide.")

    def analyze_many(self, texts: Iterable[str]) -> list[Analysis]:
        """``analyze`` for each text, in order."""
        return [self.analyze(text) for text in texts]


_DEFAULT: Analyzer | None = None


def analyze_text(text: str) -> Analysis:
    """Analyse with a process-wide default ``Analyzer`` (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT.analyze(text)
