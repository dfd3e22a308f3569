"""Hand-outs of the presentation selection: a PPTX deck and a PNG/PDF collage.

Fallback fonts come from installed packages, never from system paths that may be absent: DejaVu
from matplotlib (a dependency of wordcloud) and, as a last resort, wordcloud's DroidSansMono.
Both have ä ö ü ß. The collage sets its text in the wall's own fonts and draws colour emoji
where the system has them (see :mod:`feedback.present.typeset`).
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Literal

FontStyle = Literal["serif", "serif-bold", "sans", "sans-bold"]

# Paper, second paper shade (gradient end) and accent ink per card tone, as on the wall.
TONE_COLOURS: dict[str, tuple[str, str, str]] = {
    "rose": ("#ffe9ec", "#ffd9df", "#cc2f5f"),
    "sun": ("#fff6d3", "#ffedb0", "#a86a00"),
    "lilac": ("#f1ebff", "#e4d9ff", "#6a48c4"),
    "mint": ("#e5f7ec", "#d2f0de", "#23805a"),
    "sky": ("#e6f2ff", "#d4e7fc", "#2a68a8"),
    "cream": ("#fdf8ee", "#f7eddc", "#98663f"),
}
INK = "#3b2a20"
BOARD = "#fbf5ec"

_DEJAVU = {
    "serif": "DejaVuSerif.ttf",
    "serif-bold": "DejaVuSerif-Bold.ttf",
    "sans": "DejaVuSans.ttf",
    "sans-bold": "DejaVuSans-Bold.ttf",
}


def tone_colours(tone: str) -> tuple[str, str, str]:
    return TONE_COLOURS.get(tone, TONE_COLOURS["cream"])


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def font_path(style: FontStyle) -> Path:
    """A TTF with German letters for ``style``, shipped by an installed package."""
    candidates: list[Path] = []
    matplotlib_dir = _package_dir("matplotlib")
    if matplotlib_dir is not None:
        candidates.append(matplotlib_dir / "mpl-data" / "fonts" / "ttf" / _DEJAVU[style])
    wordcloud_dir = _package_dir("wordcloud")
    if wordcloud_dir is not None:
        candidates.append(wordcloud_dir / "DroidSansMono.ttf")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("no bundled TTF font found (install wordcloud, which brings DejaVu)")


@cache
def _covered(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # no stubs shipped

    with TTFont(str(path), lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def drawable(text: str, style: FontStyle) -> str:
    """``text`` without the characters the font cannot draw (emoji, joiners, selectors)."""
    covered = _covered(font_path(style))
    kept = "".join(ch for ch in text if ch == "\n" or ord(ch) in covered)
    lines = (re.sub(r"\s+", " ", line).strip() for line in kept.split("\n"))
    return "\n".join(lines).strip()
