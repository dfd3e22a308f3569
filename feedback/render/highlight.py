"""The submit preview: the text exactly as it will be stored, with every redaction marked."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Protocol

from feedback.analyze.types import Analysis
from feedback.i18n import format_signed, t
from feedback.render.placeholders import kind_label, shown_html


class FindingLike(Protocol):
    """What the preview needs of a redaction finding (see ``feedback.collect.redact``)."""

    @property
    def kind(self) -> object: ...

    @property
    def replacement(self) -> str: ...

    @property
    def start(self) -> int: ...


def redaction_spans(text: str, findings: Sequence[FindingLike]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each placeholder inside the *redacted* ``text``, in order.

    Findings are matched by their replacement string, searched left to right, so the result
    does not depend on whether a finding's offsets refer to the original or the redacted text.
    A replacement that cannot be found is skipped rather than marking the wrong words.
    """
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if not finding.replacement:
            continue
        found = text.find(finding.replacement, cursor)
        if found < 0:
            continue
        end = found + len(finding.replacement)
        spans.append((found, end, _kind(finding.kind)))
        cursor = end
    return spans


def highlighted_html(text: str, findings: Sequence[FindingLike], lang: str) -> str:
    """``text`` as escaped HTML with each redaction in a ``<mark>`` titled by its kind."""
    parts: list[str] = []
    cursor = 0
    for start, end, kind in redaction_spans(text, findings):
        label = html.escape(redaction_label(kind, lang), quote=True)
        parts.append(shown_html(text[cursor:start], lang))
        # the placeholder in words ("[Telefonnummer]"), as on the wall and in moderation
        shown = shown_html(text[start:end], lang, text[:start])
        parts.append(f'<mark class="lw-redacted" title="{label}">{shown}</mark>')
        cursor = end
    parts.append(shown_html(text[cursor:], lang))
    return f'<div class="lw-preview" dir="auto">{"".join(parts)}</div>'


def redaction_label(kind: str, lang: str) -> str:
    """'E-Mail-Adresse' for ``email``; an unknown kind is shown as it is."""
    return kind_label(kind, lang)


def analysis_html(analysis: Analysis | None, lang: str, theme_names: Mapping[str, str]) -> str:
    """Sentiment (label and compound in [-1, 1]), themes and emotions as small chips."""
    if analysis is None:
        return ""
    sentiment = analysis.sentiment
    compound = format_signed(sentiment.compound, lang)
    rows = [
        (
            t("submit.sentiment", lang),
            [
                (
                    f"{t(f'common.sentiment_{sentiment.label}', lang)} ({compound})",
                    f"lw-chip lw-{html.escape(sentiment.label)}",
                )
            ],
        ),
        (
            t("submit.themes", lang),
            # What the quote will be stored and shown with: the themes it credits.
            [(theme_names.get(label, label), "lw-chip") for label in analysis.credited],
        ),
        (
            t("submit.emotions", lang),
            [(_emotion(hit.label, lang), "lw-chip lw-soft") for hit in analysis.emotions],
        ),
    ]
    lines = []
    for label, chips in rows:
        shown = (
            "".join(f'<span class="{css}">{html.escape(text)}</span>' for text, css in chips)
            or f'<span class="lw-none">{html.escape(t("submit.none_found", lang))}</span>'
        )
        lines.append(f'<div class="lw-row"><b>{html.escape(label)}</b>{shown}</div>')
    return f'<div class="lw-analysis">{"".join(lines)}</div>'


def _emotion(label: str, lang: str) -> str:
    try:
        return t(f"common.emotion_{label}", lang)
    except KeyError:
        return label


def preview_css() -> str:
    return (
        ".lw-preview{white-space:pre-line;overflow-wrap:anywhere;padding:14px 16px;"
        "border-radius:10px;background:#fdf8f0;border:1px solid #f0e2cf;"
        'font-family:"Source Serif",Georgia,serif;font-size:1.05rem;line-height:1.5;'
        "color:#3b2a20}"
        ".lw-redacted{background:#ffe08a;color:#5b3b00;border-radius:4px;padding:0 3px;"
        "white-space:nowrap;"
        "font-family:'Source Code Pro',monospace;font-size:.9em}"
        ".lw-analysis{margin-top:10px;font-size:.9rem;color:#3b2a20}"
        ".lw-row{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:4px 0}"
        ".lw-row b{min-width:7.5rem;font-weight:600}"
        ".lw-chip{padding:1px 10px;border-radius:999px;background:#f3e6d6;color:#5b3b20}"
        ".lw-soft{background:#efe9fb;color:#4d3a86}"
        ".lw-positive{background:#dff3e6;color:#1f6b45}"
        ".lw-negative{background:#fde0e0;color:#8a1f1f}"
        ".lw-mixed{background:#fff0c9;color:#7a5200}"
        ".lw-none{color:#8a7362;font-style:italic}"
    )


def _kind(kind: object) -> str:
    value = getattr(kind, "value", kind)
    return str(value)
