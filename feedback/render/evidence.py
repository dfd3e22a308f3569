"""The sentiment evidence as small HTML bars: which words lifted or lowered the score.

Plain HTML instead of a chart: a moderation panel shows at most eight bars, and a plotly
figure would cost the browser a second to draw for that. Every word is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from feedback.i18n import format_signed
from feedback.insights.moderation import EvidenceItem

_LIFT, _LOWER = "#2e7d32", "#c62828"


def evidence_html(items: Sequence[EvidenceItem], lang: str | None) -> str:
    """One row per item: the word, a bar as long as its weight, the signed weight."""
    strongest = max((abs(item.weight) for item in items), default=0.0) or 1.0
    rows = []
    for item in items:
        colour = _LIFT if item.weight > 0 else _LOWER
        width = max(4.0, 100 * abs(item.weight) / strongest)
        value = format_signed(item.weight, lang)
        rows.append(
            '<div style="display:grid;grid-template-columns:minmax(6rem,40%) 1fr 3.2rem;'
            'gap:.5rem;align-items:center;margin:.2rem 0">'
            # At most three lines, the whole word on hover: a 300-letter word of a hostile
            # quote stood there one letter pair a line, as tall as a phone's screen.
            f'<span title="{html.escape(item.text)}" style="overflow-wrap:anywhere;'
            "display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;"
            f'line-clamp:3;overflow:hidden">{html.escape(item.text)}</span>'
            f'<span style="display:block;height:.8rem;width:{width:.0f}%;background:{colour};'
            'border-radius:3px"></span>'
            f'<span style="text-align:right;font-variant-numeric:tabular-nums;color:{colour}">'
            f"{value}</span></div>"
        )
    return f'<div data-testid="lw-evidence">{"".join(rows)}</div>'
