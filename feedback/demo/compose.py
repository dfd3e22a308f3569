"""Put phrase-bank pieces together into quotes that read like real customers wrote them.

The composer decides a quote's *shape* (a two-word chat message or a letter with salutation and
paragraphs), its *perspective* (talking to the agent, or about them in a review), its register
(du/Sie) and then draws sentences: opening, context, praise for one to four themes, the result,
a loyalty remark, a seasonal greeting, a closing, emoji, a sign-off. Personal data, typos and
dialect are sprinkled in at the rates below. All randomness comes from one ``Picker``.
"""

from __future__ import annotations

from bisect import bisect_right

from feedback.analyze.types import THEMES
from feedback.demo.bank import Bank, Topic
from feedback.demo.pii import (
    PII_KINDS,
    PII_WEIGHTS,
    SPOKEN_PII_KINDS,
    SPOKEN_PII_WEIGHTS,
    customer_name,
    customer_number,
    order_number,
    pii_slots,
)
from feedback.demo.templates import Picker, Pool
from feedback.demo.text_tools import fill, fit, lower_outside_slots, slip
from feedback.demo.writing import (
    EMOJI_WEIGHTED,
    N_PRAISE,
    P_ALL_LOWERCASE,
    P_CLOSING,
    P_CONTEXT,
    P_DIALECT,
    P_DOUBLE_EMOJI,
    P_EXTRA,
    P_FORMAL_FIRST_NAME,
    P_FOURTH_PRAISE,
    P_HASHTAGS,
    P_NEGATIVE_CONTEXT,
    P_NEGATIVE_TAIL,
    P_ONE_EMOJI,
    P_OPENING,
    P_PARAPHRASE_NOTE,
    P_RESULT,
    P_REVIEW_HEAD,
    P_SEASON_EMOJI,
    P_SEASONAL,
    P_SECOND_PII,
    P_SPOKEN_FILLER,
    SEASON_EMOJI,
    SHAPES,
    STYLES,
    ChannelStyle,
    Composed,
    Shape,
    Voice,
)
from feedback.domain import Channel


class Composer:
    """Builds texts from the banks with one picker (so one seed decides everything)."""

    def __init__(self, picker: Picker, banks: dict[str, Bank]) -> None:
        self.p = picker
        self.rng = picker.rng
        self.banks = banks

    # --- public ---------------------------------------------------------------------------

    def praise(
        self,
        lang: str,
        voice: Voice,
        topic: Topic,
        channel: Channel,
        season: str | None,
        theme_cum: tuple[float, ...],
        *,
        pii: bool = False,
        shape: Shape | None = None,
    ) -> Composed:
        """A thank-you quote in ``lang`` for ``voice`` about ``topic``."""
        bank, random_ = self.banks[lang], self.rng.random
        pick = self.p.pick  # bound once: this method runs for nearly every quote
        style = STYLES[channel]
        if shape is None:
            shape = self._shape(style)
        informal = random_() < style.informal
        about = random_() < style.about
        slots = self._slots(bank, voice, topic, informal)
        emoji_on = random_() < style.emoji
        if shape is Shape.TINY and not pii:
            text = fill(pick(bank.tiny), slots)
            if emoji_on:
                text = f"{text} {self._emoji(season)}"
            return Composed(text)
        shape = max(shape, Shape.SHORT)
        s = int(shape)
        direct = self._direct_form(bank, voice, informal)
        used_x3 = False  # name the person talked about once; "Anna ... Anna ..." reads badly
        pieces: list[str] = []
        salutation = ""
        if style.letter and (shape is Shape.LONG or (shape is Shape.MEDIUM and random_() < 0.4)):
            # A letter *about* someone goes to the company ("Sehr geehrte Damen und Herren").
            salutation = self._salutation(bank, voice, informal, to_company=about)
        spoken = channel is Channel.PHONE and random_() < P_SPOKEN_FILLER
        if spoken:
            pieces.append(pick(bank.spoken))
        if channel is Channel.REVIEW and random_() < P_REVIEW_HEAD:
            pieces.append(pick(bank.review_heads))
        if bank.dialect_openings is not None and not spoken and random_() < P_DIALECT:
            pieces.append(pick(bank.dialect_openings))
        elif random_() < P_OPENING[s]:
            form = ("x3" if random_() < 0.6 else "imp") if about else direct
            # After "Liebe Frau Meier," a second "Danke, Frau Meier!" would be one too many.
            openings = bank.openings_unnamed if salutation else bank.openings
            pieces.append(pick(openings[form]))
            used_x3 = form == "x3"
        if random_() < P_CONTEXT[s]:
            pieces.append(pick(topic.context))
        n_themes = N_PRAISE[s] + (1 if shape is Shape.LONG and random_() < P_FOURTH_PRAISE else 0)
        themes = self._themes(theme_cum, n_themes)
        for theme in themes:
            if about:
                form = "x3" if not used_x3 and random_() < 0.55 else "imp"
                used_x3 = used_x3 or form == "x3"
            else:
                form = direct if random_() < 0.65 else "imp"
            pieces.append(pick(bank.praise[theme][form]))
        if random_() < P_RESULT[s]:
            pieces.append(pick(topic.result))
        churn = topic.tag == "Kündigung verhindert" and random_() < 0.6
        if churn:
            pieces.append(pick(bank.churn_saved))
        elif random_() < P_EXTRA[s]:
            pieces.append(pick(bank.extras))
        greeting = None
        if season is not None and random_() < P_SEASONAL[season]:
            greeting = season
            pieces.append(pick(bank.seasonal[season]))
        closing_at = len(pieces)
        if random_() < P_CLOSING[s]:
            form = ("x3" if not used_x3 and random_() < 0.5 else "imp") if about else direct
            if random_() < 0.4:
                form = "imp"
            pieces.append(pick(bank.closings[form]))
        if bank.dialect_closings is not None and random_() < P_DIALECT / 2:
            pieces.append(pick(bank.dialect_closings))
        lowercase = False
        if random_() < style.typo:
            lowercase = not style.letter and random_() < P_ALL_LOWERCASE
            self._typo(pieces, lowercase)
        pieces = [fill(piece, slots, capitalize=not lowercase) for piece in pieces]
        signoff = ""
        if pii:
            signoff = self._add_pii(
                lang, bank, pieces, closing_at, letter=style.letter, spoken=channel is Channel.PHONE
            )
        if not signoff and style.letter and shape is Shape.LONG:
            signoff = pick(bank.anonymous_signoffs if random_() < 0.5 else bank.signoffs)
        if channel is Channel.SOCIAL and random_() < P_HASHTAGS:
            pieces.append(" ".join(self._hashtags(bank)))
        body = self._body(pieces, paragraphs=shape is Shape.LONG and style.letter)
        if emoji_on:
            body = f"{body} {self._emoji(greeting)}"
        text = body
        if salutation:
            text = f"{salutation}\n\n{text}"
        if signoff:
            text = f"{text}\n\n{signoff}" if style.letter else f"{text} {signoff}"
        return Composed(
            fit(text),
            themes=themes,
            seasonal=greeting,
            churn_saved=churn,
        )

    def paraphrase(self, lang: str, *, pii: bool = False, attempt: int = 0) -> Composed:
        """An agent's note of what a caller said ("Kundin bedankte sich ausdrücklich für ...").

        With ``pii`` the agent noted the customer number too, as agents do out of habit.
        ``attempt`` > 0 means the last draw was a repeat: then no stock note, and from the
        second retry on a bookkeeping addendum ("Gesprächsdauer ca. 12 Min.").
        """
        bank, p = self.banks[lang], self.p
        para = bank.paraphrase
        if attempt == 0 and self.rng.random() < P_PARAPHRASE_NOTE:
            text = p.pick(para.notes)
        else:
            subject, pronoun = para.subjects[int(self.rng.random() * len(para.subjects))]
            frame = p.pick(para.frames).replace("{obj}", p.pick(para.objects))
            tail = p.pick(para.tails).replace("{er}", pronoun)
            # Tails start with their own punctuation (".", ";") or need a space (" und ...").
            text = frame.format(S=subject) + ("" if tail[0] in ".,;" else " ") + tail
        if attempt >= 2:
            text = f"{text} {self._with_number(para.addenda)}"
        if pii:
            text = f"{text} {self._reference(bank)}"
        return Composed(text)

    def negative(
        self,
        lang: str,
        voice: Voice,
        topic: Topic,
        *,
        mixed: bool,
        billing: bool,
        pii: bool,
        attempt: int = 0,
    ) -> Composed:
        """A complaint, or criticism that still praises ``voice`` (``mixed``).

        ``attempt`` > 0 means the last draw was a repeat: then always a second sentence, and
        from the second retry on a concrete grievance with a number ("seit 12 Tagen").
        """
        bank, p, random_ = self.banks[lang], self.p, self.rng.random
        pieces: list[str] = []
        if mixed and random_() < P_NEGATIVE_CONTEXT:  # a complaint brings its own story
            pieces.append(p.pick(topic.context))
        if mixed:
            pieces.append(p.pick(bank.billing_mixed if billing else bank.mixed))
        else:
            pieces.append(p.pick(bank.complaints))
        if attempt >= 2:
            pieces.append(self._with_number(bank.negative_details))
        if attempt >= 1 or random_() < P_NEGATIVE_TAIL:
            pieces.append(p.pick(bank.negative_tails))
        slots = self._slots(bank, voice, topic, informal=False)
        text = " ".join(fill(piece, slots) for piece in pieces)
        if pii:  # complaints like to quote the customer number
            text = f"{text} {self._reference(bank)}"
        return Composed(text)

    # --- parts ----------------------------------------------------------------------------

    def _shape(self, style: ChannelStyle) -> Shape:
        """A length class drawn by the channel's shape weights."""
        cum = style.shape_cum
        return SHAPES[bisect_right(cum, self.rng.random() * cum[-1])]

    def _slots(self, bank: Bank, voice: Voice, topic: Topic, informal: bool) -> dict[str, str]:
        """Values for ``{N}``, ``{X}``, ``{mit}``/``{with}`` and ``{sache}``."""
        random_ = self.rng.random
        vocative = voice.informal_vocative if informal else voice.formal_vocative
        if not informal and voice.is_agent and random_() < P_FORMAL_FIRST_NAME:
            vocative = voice.informal_vocative
        mit = topic.mit[int(random_() * len(topic.mit))]
        return {
            "N": vocative,
            "X": voice.third,
            "Xa": voice.third_oblique,
            "mit": mit,
            "with": mit,  # the English banks' name for the same slot
            "sache": topic.sache[int(random_() * len(topic.sache))],
        }

    @staticmethod
    def _direct_form(bank: Bank, voice: Voice, informal: bool) -> str:
        """The form for talking *to* the recipient: "sie", "du" or "ihr" (English: "you")."""
        forms = bank.forms
        if voice.is_agent:
            return forms.agent_informal if informal else forms.agent_formal
        return forms.team_informal if informal else forms.team_formal

    def _salutation(self, bank: Bank, voice: Voice, informal: bool, *, to_company: bool) -> str:
        """A letter's first line: "Liebe Frau Meier,", "Hallo Jonas,", "Guten Tag,"."""
        if to_company or voice.salutation_key == "team":
            key = "team_informal" if informal else "team_formal"
            return self.p.pick(bank.salutations[key])
        if voice.salutation_key == "x":
            return self.p.pick(bank.salutations["x"]).format(N=voice.formal_vocative)
        key = f"{voice.salutation_key}_{'informal' if informal else 'formal'}"
        name = voice.informal_vocative if informal else voice.formal_vocative
        return self.p.pick(bank.salutations[key]).format(N=name)

    def _themes(self, cum_weights: tuple[float, ...], n: int) -> tuple[str, ...]:
        """``n`` distinct themes drawn by weight (``cum_weights`` accumulate ``THEMES``' weights).

        Repeats are redrawn, which equals drawing without replacement and is cheaper here.
        """
        chosen: list[str] = []
        random_ = self.rng.random
        total = cum_weights[-1]
        while len(chosen) < min(n, len(THEMES)):
            theme = THEMES[bisect_right(cum_weights, random_() * total)]
            if theme not in chosen:
                chosen.append(theme)
        return tuple(chosen)

    def _typo(self, pieces: list[str], lowercase: bool) -> None:
        """One realistic slip in one sentence, or the whole text in lower case."""
        if not pieces:
            return
        if lowercase:
            pieces[:] = [lower_outside_slots(piece) for piece in pieces]
            return
        index = int(self.rng.random() * len(pieces))
        pieces[index] = slip(self.rng.random, pieces[index])

    def _emoji(self, season: str | None) -> str:
        """One emoji, the same one twice ("🙏🙏") or two different ones; 🎄 in December."""
        one = self.p.one
        random_ = self.rng.random
        if season is not None and random_() < P_SEASON_EMOJI:
            first = one(SEASON_EMOJI[season])
        else:
            first = one(EMOJI_WEIGHTED)
        roll = random_()
        if roll < P_ONE_EMOJI:
            return first
        if roll < P_ONE_EMOJI + P_DOUBLE_EMOJI:
            return first * 2
        return first + one(EMOJI_WEIGHTED)

    def _hashtags(self, bank: Bank) -> list[str]:
        """One or two distinct hashtags for a social media post."""
        count = 1 + int(self.rng.random() * 2)
        tags: list[str] = []
        for _ in range(count):
            tag = self.p.one(bank.hashtags)
            if tag not in tags:
                tags.append(tag)
        return tags

    def _add_pii(
        self, lang: str, bank: Bank, pieces: list[str], at: int, *, letter: bool, spoken: bool
    ) -> str:
        """Insert one or two personal-data sentences before the closing; maybe a signed name.

        Returns the sign-off ("Viele Grüße, Hans-Peter Schmidt-Weber") when the customer signs
        with their name, otherwise "".
        """
        rng = self.rng
        name = customer_name(rng, lang)
        values = pii_slots(rng, name)
        # On the phone nobody dictates a link or signs with their name.
        pool, weights = (
            (SPOKEN_PII_KINDS, SPOKEN_PII_WEIGHTS) if spoken else (PII_KINDS, PII_WEIGHTS)
        )
        kinds = {rng.choices(pool, weights)[0]}
        if rng.random() < P_SECOND_PII:
            kinds.add(rng.choices(pool, weights)[0])
        signoff = ""
        # Sorted: a set's iteration order is not something to build determinism on.
        for kind in sorted(kinds):
            if kind == "name":
                greeting = self.p.pick(bank.signoffs)
                signoff = f"{greeting},\n{name}" if letter else f"{greeting}, {name}"
                continue
            pieces.insert(min(at, len(pieces)), self.p.pick(bank.pii[kind]).format_map(values))
        return signoff

    def _with_number(self, pool: Pool) -> str:
        """A template of ``pool`` with ``{n}`` set to a plausible small number (2 to 48)."""
        return self.p.pick(pool).replace("{n}", str(2 + int(self.rng.random() * 47)))

    def _reference(self, bank: Bank) -> str:
        """A sentence with a customer or order number ("Meine Kundennummer ist 48213377.")."""
        numbers = {"custno": customer_number(self.rng), "orderno": order_number(self.rng)}
        return self.p.pick(bank.pii["custno"]).format_map(numbers)

    @staticmethod
    def _body(pieces: list[str], *, paragraphs: bool) -> str:
        """Sentences joined by spaces; long letters get a paragraph break in the middle."""
        if paragraphs and len(pieces) >= 5:
            middle = len(pieces) // 2
            return " ".join(pieces[:middle]) + "\n\n" + " ".join(pieces[middle:])
        return " ".join(pieces)
