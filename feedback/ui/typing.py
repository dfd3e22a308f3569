"""A text box's text while it is being typed, for previews that follow the typing.

Streamlit's own text box reports its text only when it loses focus or on Ctrl+Enter. A small
browser component (``st.components.v2``, no HTML of its own) listens to the box's ``input``
events and, once typing pauses, reports the text as a trigger value: the fragment that drew it
reruns with the text, and the box itself keeps its focus, caret and text.

It also keeps a draft: the text as typed goes into the browser tab's ``sessionStorage`` (under
the signed-in account's name), so a reload or a dropped connection, which start a new session
with an empty form, does not lose it; the component hands it back to the empty box. The draft
goes when the box is emptied or its save button is pressed, at sign-out (a shared PC's next
user must not find the text as typed, unredacted, in the tab) and with the tab.

The component renders nothing it is given: it only reads the box's value, so quote text never
reaches it as HTML.
"""

from __future__ import annotations

import re

import streamlit as st

# Why 600 ms: a typing pause long enough that a fast typist does not rerun the form on every
# word, short enough that the preview follows while they look at it.
PAUSE_MS = 600
# Every draft's key in sessionStorage starts so (the script below adds account and box);
# feedback.ui.auth removes them all at sign-out.
DRAFT_PREFIX = "lovewall.draft."

# Listens on the document, not on the box: Streamlit may redraw the box (a new element) after
# a save clears it, and a listener on the old element would be lost.
_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  const selector = `.st-key-${data.key} textarea`;
  const draftKey = `${data.prefix}${data.owner}.${data.key}`;
  const keep = (text) => {
    try {
      if (text.trim()) sessionStorage.setItem(draftKey, text);
      else sessionStorage.removeItem(draftKey);
    } catch (error) {}  // storage full or switched off: only the draft is lost
  };
  let timer = undefined;
  const onInput = (event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.matches(selector)) return;
    keep(box.value);
    clearTimeout(timer);
    timer = setTimeout(() => setTriggerValue("typed", box.value), data.pause_ms);
  };
  // Pressing save ends the draft: the form keeps a text the save refused, as typed.
  const onClick = (event) => {
    if (event.target instanceof Element && event.target.closest(`.st-key-${data.save} button`)) {
      keep("");
    }
  };
  const restore = (tries) => {
    const box = document.querySelector(selector);
    if (box === null) {
      if (tries > 0) requestAnimationFrame(() => restore(tries - 1));
      return;
    }
    let draft = null;
    try { draft = sessionStorage.getItem(draftKey); } catch (error) {}
    if (draft && !box.value) setTriggerValue("restored", draft);
  };
  restore(30);
  // Leaving the box (to press "Save", say) hands its text to Streamlit: a report still
  // pending would arrive after the save and show the saved text as typed again.
  const onLeave = (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.matches(selector)) {
      clearTimeout(timer);
    }
  };
  document.addEventListener("input", onInput, true);
  document.addEventListener("focusout", onLeave, true);
  document.addEventListener("click", onClick, true);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("input", onInput, true);
    document.removeEventListener("focusout", onLeave, true);
    document.removeEventListener("click", onClick, true);
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


def typed_text(box_key: str, *, owner: str, save_key: str) -> str | None:
    """The text of the text box with key ``box_key`` as of the typing pause that caused this
    run, or None when this run has another cause (the box's committed value then holds).

    ``owner`` (the signed-in account) names the draft kept in the tab; the button with key
    ``save_key`` ends it. A draft handed back after a reload is put in the box by
    :func:`restore_draft` in the run this one starts.
    """
    key = f"{box_key}_typing"
    # It shows nothing, so it takes no room either (a style-only st.html takes none itself).
    st.html(hidden_css(key))
    result = _watcher(
        key=key,
        data={
            "key": box_key,
            "pause_ms": PAUSE_MS,
            "owner": owner,
            "save": save_key,
            "prefix": DRAFT_PREFIX,
        },
        on_typed_change=lambda: None,
        on_restored_change=lambda: None,
    )
    restored = getattr(result, "restored", None)
    if isinstance(restored, str) and not st.session_state.get(box_key):
        st.session_state[_restore_key(box_key)] = restored
        st.rerun()
    typed = getattr(result, "typed", None)
    return typed if isinstance(typed, str) else None


def restore_draft(box_key: str) -> bool:
    """Before the box ``box_key`` is drawn: put a draft the browser handed back into it;
    True when it did."""
    draft = st.session_state.pop(_restore_key(box_key), None)
    if not isinstance(draft, str):
        return False
    st.session_state[box_key] = draft
    return True


def _restore_key(box_key: str) -> str:
    return f"{box_key}_restored_draft"
