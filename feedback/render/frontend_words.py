"""Streamlit's own frontend words in the page's language: one script in the served index page.

Streamlit 1.67 writes its frontend in English only: "Running..." and "Stop" in the top bar, the
tables' toolbar and column menus, "Open"/"Clear value" on select boxes, "Collapse sidebar",
"Page not found", the generic error text, the date picker's buttons. The index page that
:mod:`feedback.ui.serving` serves carries :func:`frontend_script`, which puts the German words
there while ``<html lang>`` says "de" (the app sets it on every run, ``feedback/ui/url.py``)
and puts the English ones back when the page switches to English.

What it touches, and why no quote can be changed:

- whole texts only, never parts: a text node or an ``aria-label``/``title``/``placeholder``
  whose whole value is one of Streamlit's English texts (``feedback/i18n/en/frontend.toml``),
  or fits one of its patterns ("Help for {label}");
- text nodes only inside Streamlit's own parts (:data:`TEXT_PLACES`: the status widget, the
  tables' toolbars and menus, the date input, dialogs, the error box), and nothing inside
  :data:`USER_CONTENT` (markdown, HTML, code, table cells, select options, tags, inputs);
- a text node's ``data`` is changed in place, so React's own nodes stay where React left them
  and a later change of React's (say "Stop" → "Stopping...") is translated in turn;
- inside the calendar, month and weekday names (Babel's, which is how the calendar names them
  when the browser speaks English) are replaced word by word.

It is cheap: a MutationObserver looks only at what was added or changed; the whole page is
looked through only when ``<html lang>`` changes.
"""

from __future__ import annotations

import re
from functools import cache

from babel.dates import get_day_names, get_month_names

from feedback.i18n import LANGUAGES, catalog
from feedback.render.slides import script_json

__all__ = ["TEXT_PLACES", "USER_CONTENT", "frontend_script", "frontend_words"]

# The source language of Streamlit's frontend: its pages need no script.
SOURCE = "en"
_AREA = "frontend."
# Words replaced one by one inside the calendar only ("Today, …", "… selected").
_CALENDAR_AREA = "frontend.calendar_word_"
_PLACEHOLDER = re.compile(r"\{\w+\}")

TEXT_PLACES = (
    ", ".join(
        f'[data-testid{op}"{testid}"]'
        for op, testid in [
            ("=", "stStatusWidget"),
            ("=", "stElementToolbar"),
            ("^=", "stDataFrameColumn"),  # the column, format and visibility menus
            ("=", "stDataFrameTooltipContent"),
            ("^=", "stDateInput"),  # fields, calendar, quick select
            ("=", "stTooltipContent"),
            ("=", "stException"),
        ]
    )
    + ', [role="dialog"]'
)
USER_CONTENT = ", ".join(
    [
        *(
            f'[data-testid="{testid}"]'
            for testid in ["stMarkdownContainer", "stMarkdown", "stHtml", "stCode", "stText"]
        ),
        '[data-testid="stCaptionContainer"]',
        '[data-testid^="glide-cell"]',
        '[data-testid="data-grid-canvas"]',
        '[role="option"]',
        '[role="listbox"]',
        '[data-baseweb="tag"]',
    ]
)
# Typed text: its text nodes are never touched (their attributes are Streamlit's).
EDITABLE = "[contenteditable], textarea, iframe"
# Streamlit's own elements inside user content: the link icon beside a heading.
OWN_IN_USER = '[data-testid="stHeaderActionElements"]'

# Inside the error box every text is Streamlit's own (showErrorDetails = "none"), even the
# markdown that holds its message.
ERROR_BOX = '[data-testid="stException"]'
CALENDAR = '[data-testid="stDateInputCalendar"], [data-testid="stDateInputHeaderPickerPopover"]'
_LOCALES = {"de": "de_DE", "en": "en_US"}
# Weekday letters over the calendar's columns when the browser speaks English: S M T W T F S.
_WEEKDAY_LETTERS = {"de": {"T": "D", "W": "M"}}


@cache
def frontend_words() -> dict[str, dict[str, object]]:
    """Per language other than English: ``texts`` (English → translation), ``patterns``
    (English and translated template with ``{name}`` placeholders), ``calendar`` (month and
    weekday names, word → translation) and ``letters`` (weekday letters)."""
    every = {k: v for k, v in catalog(SOURCE).items() if k.startswith(_AREA)}
    source = {k: v for k, v in every.items() if not k.startswith(_CALENDAR_AREA)}
    calendar_words = {k: v for k, v in every.items() if k.startswith(_CALENDAR_AREA)}
    words: dict[str, dict[str, object]] = {}
    for lang in LANGUAGES:
        if lang == SOURCE:
            continue
        target = catalog(lang)
        texts = {en: target[k] for k, en in source.items() if not _PLACEHOLDER.search(en)}
        patterns = [[en, target[k]] for k, en in source.items() if _PLACEHOLDER.search(en)]
        calendar = {en: target[k] for k, en in calendar_words.items()}
        for names in (get_month_names, get_day_names):
            english = names("wide", locale=_LOCALES[SOURCE])
            translated = names("wide", locale=_LOCALES[lang])
            calendar.update({str(english[i]): str(translated[i]) for i in english})
        words[lang] = {
            "texts": {en: text for en, text in texts.items() if en != text},
            "patterns": patterns,
            "calendar": calendar,
            "letters": _WEEKDAY_LETTERS.get(lang, {}),
        }
    return words


_SCRIPT = """<script>(() => {
  // Streamlit's own English words in the page's language (feedback/render/frontend_words.py).
  const WORDS = %(words)s;
  const PLACES = %(places)s, USER = %(user)s, EDITABLE = %(editable)s, OWN = %(own)s;
  const ERROR = %(error)s, CALENDAR = %(calendar)s;
  const ATTRS = ["aria-label", "title", "placeholder"];
  const ATTR_SELECTOR = ATTRS.map((name) => "[" + name + "]").join(",");
  const escape = (text) => text.replace(/[.*+?^${}()|[\\]\\\\\\/]/g, "\\\\$&");
  const compiled = {};
  for (const [lang, words] of Object.entries(WORDS)) {
    const names = Object.keys(words.calendar).map(escape).join("|");
    compiled[lang] = {
      ...words,
      patterns: words.patterns.map(([source, target]) => {
        const slots = [];
        const parts = source.split(/\\{(\\w+)\\}/).map((part, i) => {
          if (i %% 2 === 0) return escape(part);
          slots.push(part);
          return "(.+?)";
        });
        return [new RegExp("^" + parts.join("") + "$"), slots, target];
      }),
      calendarWords: names ? new RegExp("\\\\b(" + names + ")\\\\b", "g") : null,
    };
  }
  const language = () => compiled[(document.documentElement.lang || "").split("-")[0]] || null;
  // node -> {text: [english, shown]} or {attrs: {name: [english, shown]}}, to switch back.
  const changed = new Map();

  const translate = (words, value, el) => {
    let out = words.texts[value];
    if (out !== undefined) return out;
    let text = value;
    for (let round = 0; round < 3; round += 1) {  // "day, {label}" holds "{label} start date"
      const before = text;
      for (const [pattern, slots, target] of words.patterns) {
        const found = pattern.exec(text);
        if (found) {
          text = target.replace(/\\{(\\w+)\\}/g, (_, name) => found[slots.indexOf(name) + 1]);
          break;
        }
      }
      if (text === before) break;
    }
    if (el.closest(CALENDAR)) {
      if (el.tagName === "TH" && words.letters[text]) text = words.letters[text];
      if (words.calendarWords) {
        text = text.replace(words.calendarWords, (name) => words.calendar[name]);
      }
    }
    return text === value ? null : text;
  };

  const remember = (node, name, english, shown) => {
    if (changed.size > 2000) {
      for (const old of changed.keys()) if (!old.isConnected) changed.delete(old);
    }
    const entry = changed.get(node) || {attrs: {}};
    if (name === null) entry.text = [english, shown]; else entry.attrs[name] = [english, shown];
    changed.set(node, entry);
  };

  const putText = (words, node) => {
    const parent = node.parentElement;
    const raw = node.data;
    const value = raw.trim();
    if (!parent || !value || value.length > 400) return;
    if (parent.closest(EDITABLE)) return;
    if (!parent.closest(ERROR) && (!parent.closest(PLACES) || parent.closest(USER))) return;
    const out = translate(words, value, parent);
    if (out === null) return;
    const shown = raw.replace(value, () => out);
    remember(node, null, raw, shown);
    node.data = shown;
  };

  const putAttr = (words, el, name) => {
    const value = el.getAttribute(name);
    if (!value || value.length > 400 || (el.closest(USER) && !el.closest(OWN))) return;
    const out = translate(words, value, el);
    if (out === null) return;
    remember(el, name, value, out);
    el.setAttribute(name, out);
  };

  const putTree = (words, root) => {
    if (root.nodeType === Node.TEXT_NODE) { putText(words, root); return; }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    for (const el of [root, ...root.querySelectorAll(ATTR_SELECTOR)]) {
      for (const name of ATTRS) if (el.hasAttribute(name)) putAttr(words, el, name);
    }
    const places = root.closest(PLACES) ? [root] : root.querySelectorAll(PLACES);
    for (const place of places) {
      const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) putText(words, node);
    }
  };

  const putBack = () => {
    for (const [node, entry] of changed) {
      if (!node.isConnected) continue;
      if (entry.text && node.data === entry.text[1]) node.data = entry.text[0];
      for (const [name, [english, shown]] of Object.entries(entry.attrs)) {
        if (node.getAttribute(name) === shown) node.setAttribute(name, english);
      }
    }
    changed.clear();
  };

  const root = document.documentElement;
  let current = null;
  const follow = () => {
    const words = language();
    if (words === current) return;
    if (current !== null) putBack();
    current = words;
    if (words !== null && document.body) putTree(words, document.body);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target === root && record.attributeName === "lang") follow();
    }
    const words = current;
    if (words === null) return;
    for (const record of records) {
      if (record.type === "childList") {
        for (const node of record.addedNodes) putTree(words, node);
      } else if (record.type === "characterData") {
        putText(words, record.target);
      } else if (record.attributeName !== "lang") {
        putAttr(words, record.target, record.attributeName);
      }
    }
  }).observe(root, {subtree: true, childList: true, characterData: true, attributes: true,
                    attributeFilter: [...ATTRS, "lang"]});
  follow();
})();</script>"""


def frontend_script() -> str:
    """The script, its words as JSON that no text can end the script element with."""
    return _SCRIPT % {
        "words": script_json(frontend_words()),
        "places": script_json(TEXT_PLACES),
        "user": script_json(USER_CONTENT),
        "editable": script_json(EDITABLE),
        "own": script_json(OWN_IN_USER),
        "error": script_json(ERROR_BOX),
        "calendar": script_json(CALENDAR),
    }
