"""The meeting slide show as ONE self-contained HTML document (for an iframe).

All text sits in escaped HTML elements; the script only moves between slides (a click moves on;
arrows, space and Page Up/Down as clickers send them; Home/End; P to pause; Escape leaves the
meeting-room view; the hint bar's buttons), advances on a timer, sets each quote in the largest
type that fits the slide, and keeps its place when the page draws it anew. The one value the
script reads is a JSON config, escaped so it cannot close its ``<script>`` element.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources

from feedback.i18n import format_date, format_days, format_number, t
from feedback.insights.presentation import Deck, PeriodStats, Spotlight
from feedback.insights.wall import Card
from feedback.render.cards import (
    CHANNEL_ICONS,
    channel_label,
    compact,
    esc,
    who_label,
)
from feedback.render.placeholders import shown_html

# Quote length (characters) -> type size class: short praise fills the screen, long stays legible.
_LENGTH_STEPS = ((90, "xl"), (180, "l"), (360, "m"))


@cache
def _asset(name: str) -> str:
    return (resources.files("feedback.render") / name).read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element (no ``<``, ``>``, ``&``)."""
    return script_safe(json.dumps(value, ensure_ascii=False))


def script_safe(json_text: str) -> str:
    """JSON text made safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the two line
    separators as ``\\u`` escapes, which mean the same characters to a JSON parser."""
    return (
        json_text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def deck_html(
    deck: Deck,
    *,
    lang: str,
    interval_s: int,
    period_label: str,
    theme_names: Mapping[str, str],
    fonts: Mapping[str, str] | None = None,
    fullscreen: bool = False,
    show_id: str = "",
) -> str:
    """The whole deck: title slide, spotlight slide (if any), one slide per quote, closing slide.

    ``fullscreen`` is the meeting-room view: the key hints show only briefly, and Escape
    switches the view off (the page's own switch is hidden there).

    ``show_id`` names one viewer's show (one browser session): the show notes the slide it is
    on under it, and a deck drawn anew with the same ``show_id`` (a quote approved during the
    meeting, Esc and back to full screen) goes on from that slide, paused or not as it was.

    ``fonts`` maps a CSS font family to a woff2 URL (e.g. the app's own Source Serif), so the
    frame uses the same type as the page; without it the system serif is used.
    """
    slides = [_title_slide(deck.stats, lang, period_label, theme_names, deck.team)]
    if deck.spotlight is not None:
        slides.append(_spotlight_slide(deck.spotlight, lang, theme_names))
    slides.extend(quote_slide(card, lang) for card in deck.cards)
    slides.append(_closing_slide(deck, lang, period_label))
    config = {
        "interval": max(0, interval_s),
        "paused": t("presentation.paused", lang),
        "fullscreen": fullscreen,
        "show": show_id,
    }
    hint = t("presentation.keys_hint_fullscreen" if fullscreen else "presentation.keys_hint", lang)
    return (
        f'<!doctype html><html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(t('presentation.title', lang))}</title>"
        f"<style>{font_faces(fonts or {})}{_asset('slides.css')}</style></head>"
        f'<body tabindex="0" class="{"fullscreen" if fullscreen else "window"}">'
        f'<main class="deck">{"".join(slides)}</main>'
        '<div class="bar"><div class="progress"></div></div>'
        '<div class="hud">'
        f"{_button('prev', '‹', t('presentation.button_prev', lang))}"
        f'<span class="count" role="status"></span>'
        f"{_button('pause', '❚❚', t('presentation.button_pause', lang))}"
        f"{_button('next', '›', t('presentation.button_next', lang))}"
        f'<span class="keys">{esc(hint)}</span><span class="state" hidden></span></div>'
        f'<script type="application/json" id="deck-config">{script_json(config)}</script>'
        f"<script>{_asset('slides.js')}</script></body></html>"
    )


def _button(action: str, symbol: str, label: str) -> str:
    return (
        f'<button type="button" data-action="{action}" aria-label="{esc(label)}" '
        f'title="{esc(label)}">{symbol}</button>'
    )


def font_faces(fonts: Mapping[str, str]) -> str:
    """``@font-face`` rules for variable woff2 fonts (weights 200-900)."""
    return "".join(
        f'@font-face{{font-family:"{_css_string(family)}";font-weight:200 900;'
        f'src:url("{_css_string(url)}") format("woff2")}}'
        for family, url in fonts.items()
    )


def _css_string(value: str) -> str:
    """``value`` safe inside a double-quoted CSS string within a <style> element."""
    return "".join(ch if ch.isalnum() or ch in " ./-_:" else f"\\{ord(ch):x} " for ch in value)


def quote_slide(card: Card, lang: str) -> str:
    size = next((name for limit, name in _LENGTH_STEPS if len(card.text) <= limit), "s")
    stickers = "".join(f"<span>{esc(e)}</span>" for e in card.emoji[:3])
    icon = CHANNEL_ICONS.get(card.channel, CHANNEL_ICONS["other"])
    return (
        f'<section class="slide quote tone-{esc(card.tone)}" data-quote-id="{card.quote_id}" '
        f'data-key="q{card.quote_id}">'
        f'<div class="stickers" aria-hidden="true">{stickers}</div>'
        f'<blockquote class="text len-{size}" dir="auto">{_quote_text(card, lang)}</blockquote>'
        f'<p class="who">{"♥" if card.named else "✦"} {esc(who_label(card, lang))}</p>'
        f'<p class="meta">{esc(icon)} {esc(channel_label(card.channel, lang))} · '
        f"{esc(format_date(card.said_on, lang, 'long'))}</p>"
        "</section>"
    )


def _title_slide(
    stats: PeriodStats,
    lang: str,
    period_label: str,
    theme_names: Mapping[str, str],
    team: str | None = None,
) -> str:
    themes = "".join(
        f"<li>{esc(theme_names.get(theme, theme))} "
        f"<small>{esc(format_number(count, lang))}</small></li>"
        for theme, count in stats.top_themes
    )
    channel = ""
    if stats.top_channel is not None:
        icon = CHANNEL_ICONS.get(stats.top_channel, CHANNEL_ICONS["other"])
        channel = (
            f'<div class="fact"><span class="label">{esc(t("presentation.top_channel", lang))}'
            f'</span><span class="value">{esc(icon)} {esc(channel_label(stats.top_channel, lang))}'
            f"</span><small>{esc(_quotes(stats.top_channel_quotes, lang))}</small></div>"
        )
    days = ""
    if stats.first_day and stats.last_day:
        days = esc(format_days(stats.first_day, stats.last_day, lang, "long"))
    return (
        '<section class="slide title tone-rose" data-key="title">'
        f'<p class="eyebrow">{esc(eyebrow(lang, period_label, team))}</p>'
        f"<h1>{esc(t('presentation.headline', lang))}</h1>"
        f'<p class="days">{days}</p>'
        '<div class="facts">'
        f'<div class="fact"><span class="label">{esc(t("presentation.quotes_label", lang))}</span>'
        f'<span class="value big">{esc(format_number(stats.quotes, lang))}</span></div>'
        f'<div class="fact"><span class="label">{esc(t("presentation.top_themes", lang))}</span>'
        f'<ol class="themes">{themes}</ol></div>'
        f"{channel}</div></section>"
    )


def _spotlight_slide(spot: Spotlight, lang: str, theme_names: Mapping[str, str]) -> str:
    themes = " · ".join(esc(theme_names.get(theme, theme)) for theme in spot.top_themes)
    notes = "".join(
        f'<figure class="note tone-{esc(card.tone)}">'
        f'<blockquote dir="auto">{_quote_text(card, lang)}</blockquote>'
        f"<figcaption>{esc(who_label(card, lang))}</figcaption></figure>"
        for card in spot.cards
    )
    return (
        '<section class="slide spotlight tone-sun" data-key="spotlight">'
        f'<p class="eyebrow">{esc(t("presentation.spotlight", lang))}</p>'
        f"<h1>{esc(spot.team)}</h1>"
        f'<p class="days">{esc(_quotes(spot.quotes, lang))}'
        f"{' · ' + themes if themes else ''}</p>"
        f'<div class="notes">{notes}</div></section>'
    )


def eyebrow(lang: str, period_label: str, team: str | None) -> str:
    """The line above the title: 'Love Wall · Team Nord · Letzte 30 Tage' (the team when the
    quotes are one team's)."""
    parts = (t("presentation.eyebrow", lang), team, period_label)
    return " · ".join(part for part in parts if part)


def _closing_slide(deck: Deck, lang: str, period_label: str) -> str:
    """Thanks to the team, the period's count, and where new praise goes."""
    return (
        '<section class="slide closing tone-mint" data-key="end">'
        f'<p class="eyebrow">{esc(t("presentation.closing_eyebrow", lang))}</p>'
        f"<h1>{esc(t('presentation.closing_headline', lang))}</h1>"
        f'<p class="days">{esc(eyebrow(lang, period_label, deck.team))} · '
        f"{esc(_quotes(deck.stats.quotes, lang))}</p>"
        f'<p class="closing-text">{esc(t("presentation.closing_text", lang))}</p></section>'
    )


def _quote_text(card: Card, lang: str) -> str:
    return shown_html(compact(card.text), lang)


def _quotes(count: int, lang: str) -> str:
    return quote_count(count, lang)


def quote_count(count: int, lang: str) -> str:
    """'1 Zitat', '12 Zitate'."""
    if count == 1:
        return t("presentation.quote_count_one", lang)
    return t("presentation.quote_count", lang, count=format_number(count, lang))
