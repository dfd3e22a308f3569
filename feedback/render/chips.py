"""Small escaped HTML pieces for the recognition page: theme chips and shout-out headers."""

from __future__ import annotations

from collections.abc import Iterable

from feedback.render.cards import esc

_CHIP_STYLE = (
    "display:inline-block;margin:.15rem .3rem .15rem 0;padding:.2rem .7rem;"
    "border-radius:1rem;background:#fce4ec;color:#880e4f;font-size:.95rem"
)


def chips_html(labels: Iterable[str]) -> str:
    """Rounded labels; theme names can come from a team's own settings, so they are escaped."""
    return (
        "<div>" + "".join(f'<span style="{_CHIP_STYLE}">{esc(x)}</span>' for x in labels) + "</div>"
    )


def shout_out_html(who: str, team: str, count: str) -> str:
    """A shout-out card's header: who (or "a colleague from …"), team and the quote count.

    A long name wraps inside the card, and each name is isolated (``<bdi>``): an Arabic team
    name would otherwise take the count's number into its right-to-left run ("1 · فريق Zitat").
    """
    wrap = "overflow-wrap:anywhere"
    return (
        f'<div style="font-size:1.1rem;font-weight:600;{wrap}">🎉 <bdi>{esc(who)}</bdi></div>'
        f'<div style="color:#6b6b6b;font-size:.9rem;{wrap}"><bdi>{esc(team)}</bdi> · '
        f"{esc(count)}</div>"
    )
