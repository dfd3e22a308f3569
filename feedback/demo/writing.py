"""How customers write: quote shapes, channel styles, how often each optional part appears.

The knobs of ``compose``, kept apart so that tuning the demo's feel means editing numbers here,
not reading the composer. Also the two records the composer shares with the generator.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from itertools import accumulate

from feedback.domain import Channel


class Shape(IntEnum):
    """How long a quote is: "Danke!!", one or two sentences, a paragraph, a letter."""

    TINY = 0
    SHORT = 1
    MEDIUM = 2
    LONG = 3


@dataclass(frozen=True, slots=True)
class ChannelStyle:
    """How people write on a channel. Shape weights are percentages (tiny, short, medium, long)."""

    shapes: tuple[float, float, float, float]
    about: float  # chance of talking *about* the agent (reviews, posts) instead of *to* them
    informal: float  # chance of "du"/"ihr" when addressing them
    emoji: float
    typo: float
    letter: bool  # salutation, paragraphs and sign-off when long (mail, letters, cards)

    @property
    def shape_cum(self) -> tuple[float, ...]:
        """Cumulative shape weights, for drawing with ``bisect``."""
        return _SHAPE_CUM[self.shapes]


# Shares follow what such channels look like in practice: messengers are short, casual and
# full of emoji; mails and letters are long and formal; reviews talk about someone.
STYLES: dict[Channel, ChannelStyle] = {
    Channel.CHAT: ChannelStyle((12, 50, 33, 5), 0.25, 0.55, 0.5, 0.10, False),
    Channel.WHATSAPP: ChannelStyle((16, 52, 29, 3), 0.2, 0.75, 0.7, 0.12, False),
    Channel.SMS: ChannelStyle((25, 55, 20, 0), 0.2, 0.6, 0.4, 0.12, False),
    Channel.SOCIAL: ChannelStyle((8, 44, 42, 6), 0.65, 0.6, 0.6, 0.08, False),
    Channel.REVIEW: ChannelStyle((3, 35, 47, 15), 0.9, 0.3, 0.1, 0.04, False),
    Channel.EMAIL: ChannelStyle((2, 16, 45, 37), 0.25, 0.2, 0.05, 0.03, True),
    Channel.PHONE: ChannelStyle((6, 56, 34, 4), 0.12, 0.15, 0.0, 0.0, False),
    Channel.OTHER: ChannelStyle((2, 20, 40, 38), 0.3, 0.15, 0.0, 0.02, True),
}

SHAPES = tuple(Shape)
_SHAPE_CUM = {style.shapes: tuple(accumulate(style.shapes)) for style in STYLES.values()}

# Per shape (tiny, short, medium, long): chance of each optional part, and praise sentences.
P_OPENING = (0.0, 0.55, 0.75, 0.9)
P_CONTEXT = (0.0, 0.05, 0.35, 0.8)
P_RESULT = (0.0, 0.15, 0.4, 0.65)
P_EXTRA = (0.0, 0.05, 0.2, 0.45)
P_CLOSING = (0.0, 0.35, 0.55, 0.85)
N_PRAISE = (0, 1, 2, 3)
# Long texts get a fourth praise sentence this often: the gushing thank-you letter.
P_FOURTH_PRAISE = 0.3
# Seasonal greetings in season: most December mails wish a merry Christmas.
P_SEASONAL = {"christmas": 0.45, "newyear": 0.35, "easter": 0.15}
P_DIALECT = 0.04  # German quotes with a regional greeting ("Vergelt's Gott!")
P_SPOKEN_FILLER = 0.3  # verbatim phone quotes starting with "Wissen Sie was?"
P_REVIEW_HEAD = 0.5  # reviews opening with a headline: "Fünf Sterne!"
P_HASHTAGS = 0.25  # social posts ending in #Kundenservice and friends
P_FORMAL_FIRST_NAME = 0.2  # "Vielen Dank, Anna!" while saying "Sie" (common in chats)
P_ALL_LOWERCASE = 0.25  # of typo-prone quotes: typed without ever pressing shift
P_PARAPHRASE_NOTE = 0.3  # paraphrases written as a telegraphic note instead of a sentence
P_NEGATIVE_TAIL = 0.45  # negative quotes with a second sentence ("Sehr enttäuschend.")
P_SECOND_PII = 0.25  # a quote with personal data often has two kinds (mail and phone)
P_NEGATIVE_CONTEXT = 0.35  # mixed quotes that first tell what went wrong

EMOJI = ("❤️", "🙏", "👍", "😊", "🎉", "💪", "🙌", "😍", "🥰", "👏", "⭐", "🤗", "😀", "💯")
# The first six are what people actually use most; they come twice as often.
EMOJI_WEIGHTED = EMOJI + EMOJI[:6]
P_SEASON_EMOJI = 0.6  # in season, the first emoji is a 🎄 or 🥂 this often
# One emoji, the same twice ("🙏🙏"), or else two different ones: how people actually type.
P_ONE_EMOJI = 0.55
P_DOUBLE_EMOJI = 0.25
SEASON_EMOJI = {"christmas": ("🎄", "🎅", "✨", "🎁"), "newyear": ("🥂", "🎆"), "easter": ("🐣",)}


@dataclass(slots=True)  # not frozen: built for every quote, and frozen init is slower
class Voice:
    """Who a quote is for: the words that fill ``{N}`` and ``{X}``, and the salutation key."""

    formal_vocative: str  # "Frau Meier", "liebes Team"
    informal_vocative: str  # "Anna", "ihr Lieben"
    third: str  # "Herr Becker", "Anna", "das Team"
    third_oblique: str  # the same after "an", "durch", "mit": "Herrn Becker"
    salutation_key: str  # "f", "m", "x" or "team"
    is_agent: bool


@dataclass(slots=True)
class Composed:
    """A composed text and what the generator needs to know about it for tags and metadata."""

    text: str
    themes: tuple[str, ...] = ()
    seasonal: str | None = None
    churn_saved: bool = False
