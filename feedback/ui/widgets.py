"""Small widget helpers shared by the pages: translated option labels that follow the language.

Select-like widgets take stable ids as options and show them through a ``format_func``. Two
Streamlit details need care:

- A ``format_func`` may run after the script, outside the session that knows the UI language,
  so labels are translated while the script runs (:func:`labelled`).
- A keyed widget keeps its identity when its labels change, and the browser keeps showing the
  label it last drew: after a switch from German to English a select box would still read
  "Die herzlichsten". :func:`relabelled` registers such a key; the language switch then sets
  each registered widget to the value it already has (:func:`relabel_all`), which makes
  Streamlit send the value again, drawn with the new language's labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import streamlit as st

from feedback.i18n import LANGUAGES, t
from feedback.ui import url
from feedback.ui.session import tr

# Keys of select-like widgets (selectbox, radio, segmented control, pills) whose option labels
# are translated. Widget keys are names in the code, the same in every session.
_RELABELLED: set[str] = set()


def labelled(prefix: str, options: Iterable[str]) -> Callable[[str], str]:
    """A ``format_func`` whose labels are translated now, not when it is called.

    Streamlit (and AppTest) may call a format_func after the run, outside the session that knows
    the UI language; a lazy ``tr`` there would fall back to the default language.
    """
    labels = {option: tr(f"{prefix}{option}") for option in options}
    return labels.__getitem__


# Streamlit's input hints ("Press Ctrl+Enter to apply", "Press Enter to submit form") exist in
# English only; in another language they are hidden, and the pages say what they need.
_HIDE_INPUT_HINTS = '[data-testid="InputInstructions"] { display: none; }'
# Streamlit sets a checkbox's or a toggle's label on one line and cuts it with "…": "Yes,
# replace the password of "demo.admin" (they will need …" on a phone, and on a desktop's
# column too. A label says what the tick agrees to, so it wraps instead.
_WRAP_CHECK_LABELS = (
    '[data-testid="stCheckbox"] [data-testid="stMarkdownContainer"],'
    ' [data-testid="stCheckbox"] [data-testid="stMarkdownContainer"] p'
    " { white-space: normal; text-overflow: clip; overflow: visible; }"
)

# The address component (feedback.ui.url) shows nothing: without this its empty element would
# still hold a gap in the sidebar. Its key is a constant of plain letters.
_HIDE_ADDRESS = f".st-key-{url.ELEMENT_KEY} {{ display: none; }}"
# A quote shown with st.text (the cards), typed into a text area or named by a select box
# (moderation's picker) can be Arabic or Hebrew, in a left-to-right page: each paragraph takes
# its direction from its own first letter, as with dir="auto". An Arabic quote's closing "!"
# stood at its beginning, and a picker cut off its first words. German and English text reads
# as before.
_OWN_DIRECTION = (
    '[data-testid="stText"], [data-testid="stTextArea"] textarea,'
    ' [data-testid="stSelectbox"] input,'
    ' [data-testid="stSelectboxVirtualDropdown"] [role="option"] > div'
    " { unicode-bidi: plaintext; text-align: start; }"
)


# The two fixed style blocks: nothing from a request or a user is ever part of them.
_STYLE_ENGLISH = f"<style>{_WRAP_CHECK_LABELS} {_HIDE_ADDRESS} {_OWN_DIRECTION}</style>"
_STYLE_OTHER = (
    f"<style>{_WRAP_CHECK_LABELS} {_HIDE_ADDRESS} {_OWN_DIRECTION} {_HIDE_INPUT_HINTS}</style>"
)


def texts_style(lang: str) -> str:
    """The style block for the UI language ``lang``: one of two constants."""
    return _STYLE_ENGLISH if lang == "en" else _STYLE_OTHER


def streamlit_texts(lang: str) -> None:
    """Let checkbox and toggle labels wrap, quotes run in their own direction; hide Streamlit's
    own English-only input hints when the UI is not in English. A style only: it takes no room
    on the page."""
    st.html(texts_style(lang))


def relabelled(key: str) -> str:
    """``key``, registered so a language switch redraws the widget's chosen label."""
    _RELABELLED.add(key)
    return key


def first_default(key: str, default: object) -> Any:
    """``default`` for a widget whose ``key`` holds no value yet; None once it does. A language
    switch writes every :func:`relabelled` widget's value back (:func:`relabel_all`), and a
    default beside such a value made Streamlit log a warning with a whole stack; the value
    wins either way. Typed ``Any`` so that a required widget keeps its non-optional type."""
    return None if key in st.session_state else default


def relabel_all() -> None:
    """Language-switch callback: give every registered widget its own value again.

    Only select-like widgets are registered: a button or file uploader refuses values set
    through session state. None is left alone: set, it would clear a select box to its
    placeholder (use a real option such as 0 for "nobody").
    """
    for key in sorted(_RELABELLED):
        if st.session_state.get(key) is not None:
            st.session_state[key] = st.session_state[key]


# Each :func:`kept_choice` widget's choice and the label it was last drawn with.
_DRAWN_KEY = "widgets_drawn_labels"


def kept_choice(key: str, labels: Mapping[Any, str]) -> str:
    """``key`` of a select box whose option labels come from data that can change (a quote's
    text), with its choice kept when the chosen option's label changes.

    The browser remembers a choice by its label and sends that label back with the next
    click. After an edit of the chosen quote (by this moderator or another), the old label
    matched no option, Streamlit fell back to the first one, and the button clicked next
    acted on that quote instead of the one on screen. When the chosen option's label differs
    from the one it was last drawn with, the choice is set again, which sends it to the
    browser with the new label. Call before drawing the select box.
    """
    drawn = st.session_state.setdefault(_DRAWN_KEY, {})
    chosen = st.session_state.get(key)
    label = labels.get(chosen) if chosen is not None else None
    if label is None:
        drawn.pop(key, None)
        return key
    before = drawn.get(key)
    if before is not None and before[0] == chosen and before[1] != label:
        st.session_state[key] = chosen
    drawn[key] = (chosen, label)
    return key


def translated_tab(key: str, messages: Sequence[str]) -> str:
    """``key`` of a tab bar whose labels are the ``messages``, with its open tab kept in the
    current language.

    A keyed tab bar remembers (and puts into the address) the open tab by its label. After a
    language switch, or in a link from someone reading the other language, that label is not
    among the tabs, and Streamlit fell back to the first tab; here it becomes the same tab's
    label in the current language. Call before drawing the tabs.
    """
    shown = st.session_state.get(key) or st.query_params.get(key)
    for message in messages if shown is not None else ():
        if shown in {t(message, code) for code in LANGUAGES}:
            # Set even when the label reads the same in both languages ("Teams"): with new
            # labels Streamlit draws a new tab bar, which starts from this value.
            st.session_state[key] = tr(message)
            if shown != tr(message):
                url.want({key: tr(message)})  # Streamlit dropped the old label from the address
            break
    return key


# Widget values to set at the start of the next run: {key: value}.
_RESET_KEY = "widgets_reset_next_run"


def reset_next_run(values: dict[str, object]) -> None:
    """Give these widgets these values at the start of the next run.

    A form's ``clear_on_submit`` also empties it when the write was refused, so the reason
    shows under empty fields and everything has to be typed again. Forms that can be refused
    keep their input instead and are emptied this way after a write that worked. The values
    are set before the widgets are drawn (deleting a key would leave the browser showing the
    old text); call :func:`apply_resets` before the form.
    """
    st.session_state.setdefault(_RESET_KEY, {}).update(values)


def apply_resets() -> None:
    """Set the values :func:`reset_next_run` asked for; call before the widgets are drawn."""
    for key, value in st.session_state.pop(_RESET_KEY, {}).items():
        st.session_state[key] = value
