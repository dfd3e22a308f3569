"""Small widget helpers shared by the word cloud, trends, recognition and moderation pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from feedback.ui.session import tr


def labelled(prefix: str, options: Iterable[str]) -> Callable[[str], str]:
    """A ``format_func`` whose labels are translated now, not when it is called.

    Streamlit (and AppTest) may call a format_func after the run, outside the session that knows
    the UI language; a lazy ``tr`` there would fall back to the default language.
    """
    labels = {option: tr(f"{prefix}{option}") for option in options}
    return labels.__getitem__
