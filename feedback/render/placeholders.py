"""Redaction placeholders as people read them: the one place where they are put into words.

The stored text keeps language-neutral tokens: ``[EMAIL]``, ``[PHONE]``, ``[IBAN]``, ``[CARD]``,
``[ADDRESS]``, ``[REF]``, ``[URL]`` from redaction and ``[NAME]`` for an agent's name hidden in
works-council mode. Every view shows them through this module, in the reader's language and in
one style: "[Telefonnummer]" / "[phone number]", "[Kunden-/Vorgangsnummer]" / "[customer/case
number]". Where the words just before already name what was removed ("Kundennummer [REF]",
"Telefon: [PHONE]"), it says only that: "Kundennummer [entfernt]" / "customer number
[removed]", not "Kundennummer [Kunden-/Vorgangsnummer]". A placeholder never breaks across
lines:

* in HTML (submit preview, moderation, wall cards, slides) it is a ``<span class="lw-ph">`` with
  ``white-space:nowrap``;
* in plain text that is laid out again (PPTX slides, PNG/PDF collage, the UI's text blocks) its
  spaces are no-break spaces (U+00A0), its hyphens non-breaking hyphens (U+2011), and a word
  joiner (U+2060) follows a slash;
* in exports (spreadsheets are searched, not laid out) it keeps ordinary characters.
"""

from __future__ import annotations

import html
import re

from feedback.collect.redact_patterns import PLACEHOLDERS
from feedback.i18n import t
from feedback.insights.privacy import NAME_PLACEHOLDER

__all__ = [
    "PLACEHOLDER_STYLE",
    "TOKEN_KEYS",
    "kind_label",
    "placeholder_label",
    "placeholder_legend",
    "shown_html",
    "shown_text",
    "unbreakable",
]

# Stored token -> catalogue key of its words.
_KEYS: dict[str, str] = {
    token: f"common.redaction_{kind.value}" for kind, token in PLACEHOLDERS.items()
} | {NAME_PLACEHOLDER: "common.hidden_name"}
# Read only: the words of each token, for reading an export's words back (collect.files).
TOKEN_KEYS = _KEYS
_TOKEN_RE = re.compile("|".join(re.escape(token) for token in _KEYS))
# Words that name what a placeholder hides: long ones also as a compound's end
# ("Kundennummer", "Kundennr."), short ones as whole words ("No.", "ID"); then fillers up to
# the placeholder ("Kundennummer: ", "Meine Nummer ist ", "born on ").
_NAMING: dict[str, tuple[str, str]] = {
    "[REF]": (
        "nummer|nr|referenz|reference|aktenzeichen|ticket|vorgang|auftrag|bestellung|order|account",
        "no|number|ref|id|az|ip|cvv|cvc|cid",
    ),
    "[PHONE]": (
        "nummer|nr|telefon|handy|mobil|mobile|phone|festnetz|whatsapp",
        "no|number|tel|fon|fax",
    ),
    "[EMAIL]": ("mail|adresse|address", ""),
    "[IBAN]": ("iban|konto|bankverbindung|account", ""),
    "[CARD]": ("nummer|nr|karte|card", "no|number"),
    "[BIRTHDATE]": ("geburtsdatum|geburtstag|geboren|birthday|birth", "geb|dob|born"),
    "[ADDRESS]": ("adresse|anschrift|address", ""),
    "[ID]": ("nummer|nr|ausweis|kennzeichen|plate|registration", "no|number|id|reg"),
}
_FILLERS = r"(?:\s*(?:[:#=–-]|\b(?:ist|lautet|lauten|is|was|am|on|vom|of)\b))*"


def _naming(long: str, short: str) -> re.Pattern[str]:
    words = rf"\w*(?:{long})" + (rf"|\b(?:{short})" if short else "")
    return re.compile(rf"(?:{words})\.?{_FILLERS}\s*$", re.IGNORECASE)


_NAMED_BEFORE = {token: _naming(*words) for token, words in _NAMING.items()}
_TAIL = 40  # characters before a placeholder that may name it
_NO_BREAK = str.maketrans({" ": "\u00a0", "-": "\u2011", "/": "/\u2060"})
PLACEHOLDER_STYLE = "white-space:nowrap"


def kind_label(kind: str, lang: str | None) -> str:
    """The words for a redaction kind ("phone" -> "Telefonnummer"); an unknown kind as it is."""
    try:
        return t(f"common.redaction_{kind}", lang)
    except KeyError:
        return kind


def placeholder_label(token: str, lang: str | None, before: str = "") -> str:
    """'[PHONE]' -> '[Telefonnummer]' (de) or '[phone number]' (en); other text unchanged.
    When ``before`` (the text up to the placeholder) ends in words that name it ("Telefon: "),
    '[entfernt]' / '[removed]'."""
    key = _KEYS.get(token)
    if key is None:
        return token
    named = _NAMED_BEFORE.get(token)
    if named is not None and before and named.search(before[-_TAIL:]):
        return f"[{t('common.redaction_removed', lang)}]"
    return f"[{t(key, lang)}]"


def unbreakable(label: str) -> str:
    """``label`` with no place where a line may break (for plain text laid out again)."""
    return label.translate(_NO_BREAK)


def shown_text(text: str, lang: str | None, *, no_break: bool = True) -> str:
    """The stored ``text`` with every placeholder in words, kept on one line (``no_break``)."""
    if "[" not in text:
        return text

    def words(match: re.Match[str]) -> str:
        label = placeholder_label(match.group(), lang, text[: match.start()])
        return unbreakable(label) if no_break else label

    return _TOKEN_RE.sub(words, text)


def shown_html(text: str, lang: str | None, before: str = "") -> str:
    """The stored ``text`` as escaped HTML, each placeholder in words inside a no-wrap span.
    ``before``: the text that precedes ``text`` (when ``text`` is a part of a quote)."""
    parts: list[str] = []
    cursor = 0
    for match in _TOKEN_RE.finditer(text):
        parts.append(html.escape(text[cursor : match.start()]))
        label = html.escape(placeholder_label(match.group(), lang, before + text[: match.start()]))
        parts.append(f'<span class="lw-ph" style="{PLACEHOLDER_STYLE}">{label}</span>')
        cursor = match.end()
    parts.append(html.escape(text[cursor:]))
    return "".join(parts)


def placeholder_legend(text: str, lang: str | None) -> str:
    """The placeholders in ``text``, each with its words, for a caption (markdown): "`[PHONE]`
    = Telefonnummer, `[EMAIL]` = E-Mail-Adresse"; "" when there is none. Each token once, in
    the order of its first appearance."""
    found = dict.fromkeys(match.group() for match in _TOKEN_RE.finditer(text))
    return ", ".join(f"`{token}` = {t(_KEYS[token], lang)}" for token in found)
