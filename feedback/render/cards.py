"""The love wall as HTML: paper-note cards on a board that fills row by row.

Every value is escaped here, at the one place it enters HTML. The result is meant for
``st.html`` (which sanitises as well), never for markdown.
"""

from __future__ import annotations

import html
import re
from functools import cache
from importlib import resources

from feedback.i18n import format_date, format_number, t
from feedback.insights.wall import Card, WallView
from feedback.render.placeholders import shown_html
from feedback.render.placeholders import shown_text as shown_text  # re-exported for the views

CHANNEL_ICONS: dict[str, str] = {
    "chat": "💬",
    "email": "✉️",
    "phone": "📞",
    "social": "📣",
    "whatsapp": "📲",
    "sms": "📱",
    "review": "⭐",
    "other": "💌",
}
# Why 3: a little cluster of stickers reads as decoration; more competes with the words.
_MAX_STICKERS = 3
_HEART = "♥"
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


@cache
def wall_css() -> str:
    """The wall's stylesheet (shipped next to this module)."""
    return (resources.files("feedback.render") / "wall.css").read_text(encoding="utf-8")


def esc(value: object) -> str:
    """``value`` as text that is safe inside HTML elements and quoted attributes."""
    return html.escape(str(value), quote=True)


def compact(text: str) -> str:
    """Blank lines between a letter's paragraphs become single line breaks: notes stay notes."""
    return _BLANK_LINES.sub("\n", text)


# Why 600: about twelve lines in a half-width card, as many as the wall's notes show; a
# 2,000-character quote was a card of sixty lines on a phone.
CARD_CHARS = 600


def clipped(text: str, limit: int = CARD_CHARS) -> str:
    """``text`` cut at the last space before ``limit`` characters, with an ellipsis; a word
    longer than that is cut inside. Placeholders in words keep no-break spaces, so no cut
    falls inside one."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return (head[:cut] if cut > limit // 2 else head).rstrip() + "…"


def quote_marks(lang: str) -> tuple[str, str]:
    """The language's opening and closing quotation marks: „ “ in German, “ ” in English."""
    return ("„", "“") if lang == "de" else ("“", "”")


def quoted(text: str, lang: str) -> str:
    """``text`` in the language's quotation marks: „…“ in German, “…” in English."""
    opening, closing = quote_marks(lang)
    return f"{opening}{text}{closing}"


def channel_label(channel: str, lang: str) -> str:
    key = channel if channel in CHANNEL_ICONS else "other"
    return t(f"common.channel_{key}", lang)


def who_label(card: Card, lang: str) -> str:
    """The agent's first name, the team, or "our team" when the quote names neither."""
    return card.who or t("wall.our_team", lang)


def card_html(card: Card, lang: str) -> str:
    """One paper note: stickers, the quote as text, and who / channel / date underneath."""
    classes = f"lw-card lw-tone-{esc(card.tone)} lw-size-{card.size} lw-tilt-{card.tilt + 3}"
    return (
        f'<article class="{classes}" data-quote-id="{card.quote_id}">'
        f"{_stickers(card)}"
        f"{_quote(card, lang)}"
        f"{_footer(card, lang)}"
        "</article>"
    )


def highlight_html(card: Card, lang: str) -> str:
    """The quote of the week: a wide note above the board with a ribbon."""
    return (
        f'<article class="lw-hero lw-tone-{esc(card.tone)}" data-quote-id="{card.quote_id}">'
        f'<div class="lw-ribbon">★ {esc(t("wall.quote_of_the_week", lang))}</div>'
        f"{_stickers(card)}"
        f"{_quote(card, lang)}"
        f"{_footer(card, lang)}"
        "</article>"
    )


def _quote(card: Card, lang: str) -> str:
    """The quote as escaped text, in its own direction: an Arabic or Hebrew quote runs right to
    left in a German or English page (dir="auto" takes it from the first letter)."""
    text = shown_html(compact(card.text), lang)
    return f'<blockquote class="lw-quote" dir="auto">{text}</blockquote>'


def wall_html(view: WallView, lang: str, *, with_highlight: bool = True) -> str:
    """The whole board (stylesheet included) for ``st.html``; an empty view shows a hint."""
    parts = [f"<style>{wall_css()}</style>", '<section class="lw-board">']
    if with_highlight and view.highlight is not None:
        parts.append(highlight_html(view.highlight, lang))
    if view.cards:
        parts.append('<div class="lw-wall">')
        parts.extend(card_html(card, lang) for card in view.cards)
        parts.append("</div>")
    elif view.highlight is None:
        parts.append(f'<p class="lw-empty">{esc(t("wall.empty", lang))}</p>')
    parts.append("</section>")
    return "".join(parts)


def count_line(view: WallView, lang: str) -> str:
    """'Showing 60 of 1,234 quotes' in the UI language (plain text, for a caption)."""
    return t(
        "wall.showing",
        lang,
        shown=format_number(len(view.cards) + (view.highlight is not None), lang),
        total=format_number(view.total + (view.highlight is not None), lang),
    )


def _stickers(card: Card) -> str:
    if card.emoji:
        stickers = "".join(
            f'<span class="lw-sticker">{esc(e)}</span>' for e in card.emoji[:_MAX_STICKERS]
        )
    elif card.size == 3:  # the most loving notes without emoji get a drawn heart
        stickers = f'<span class="lw-sticker lw-heart">{_HEART}</span>'
    else:
        return ""
    return f'<div class="lw-stickers" aria-hidden="true">{stickers}</div>'


def _footer(card: Card, lang: str) -> str:
    channel = channel_label(card.channel, lang)
    icon = CHANNEL_ICONS.get(card.channel, CHANNEL_ICONS["other"])
    who_class = "lw-who" if card.named else "lw-who lw-team"
    said = format_date(card.said_on, lang, "medium")
    manner = ""
    if card.verbatim is False:
        manner = f' · <span class="lw-manner">{esc(t("common.paraphrased", lang))}</span>'
    return (
        '<footer class="lw-meta">'
        f'<span class="{who_class}">{esc(who_label(card, lang))}</span>'
        f'<span class="lw-info"><span class="lw-channel" title="{esc(channel)}" '
        f'aria-label="{esc(channel)}">{esc(icon)}</span> '
        f'<time datetime="{card.said_on.isoformat()}">{esc(said)}</time>{manner}</span>'
        "</footer>"
    )
