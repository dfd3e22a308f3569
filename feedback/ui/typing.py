"""A text box's text while it is being typed, for previews that follow the typing.

Streamlit's own text box reports its text only when it loses focus or on Ctrl+Enter. A small
browser component (``st.components.v2``, no HTML of its own) listens to the box's ``input``
events and, once typing pauses, reports the text as a trigger value: the fragment that drew it
reruns with the text, and the box itself keeps its focus, caret and text.

The component renders nothing it is given: it only reads the box's value, so quote text never
reaches it as HTML.
"""

from __future__ import annotations

import re

import streamlit as st

# Why 600 ms: a typing pause long enough that a fast typist does not rerun the form on every
# word, short enough that the preview follows while they look at it.
PAUSE_MS = 600

# Listens on the document, not on the box: Streamlit may redraw the box (a new element) after
# a save clears it, and a listener on the old element would be lost.
_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  const selector = `.st-key-${data.key} textarea`;
  let timer = undefined;
  const onInput = (event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.matches(selector)) return;
    clearTimeout(timer);
    timer = setTimeout(() => setTriggerValue("typed", box.value), data.pause_ms);
  };
  // Leaving the box (to press "Save", say) hands its text to Streamlit: a report still
  // pending would arrive after the save and show the saved text as typed again.
  const onLeave = (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.matches(selector)) {
      clearTimeout(timer);
    }
  };
  document.addEventListener("input", onInput, true);
  document.addEventListener("focusout", onLeave, true);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("input", onInput, true);
    document.removeEventListener("focusout", onLeave, true);
  };
}
"""

_watcher = st.components.v2.component("lovewall.typing", js=_JS)


_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")


def hidden_css(key: str) -> str:
    """A style that hides the element with widget key ``key``. Only keys Streamlit writes into
    a class name as they are (letters, digits, "_", "-") are accepted: nothing else can reach
    the style sheet."""
    if not _KEY_RE.fullmatch(key):
        raise ValueError(f"not a plain widget key: {key!r}")
    return f"<style>.st-key-{key} {{ display: none; }}</style>"


def typed_text(box_key: str) -> str | None:
    """The text of the text box with key ``box_key`` as of the typing pause that caused this
    run, or None when this run has another cause (the box's committed value then holds)."""
    key = f"{box_key}_typing"
    # It shows nothing, so it takes no room either (a style-only st.html takes none itself).
    st.html(hidden_css(key))
    result = _watcher(
        key=key,
        data={"key": box_key, "pause_ms": PAUSE_MS},
        on_typed_change=lambda: None,
    )
    typed = getattr(result, "typed", None)
    return typed if isinstance(typed, str) else None
