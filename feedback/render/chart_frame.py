"""A plotly figure as a small HTML document of its own, drawn by plotly.js in an iframe.

Why not ``st.plotly_chart``: Streamlit loads plotly.js as an ES module, and Chromium compiles a
module again in every new tab (V8's code cache serves classic scripts only), which cost each
visit of the trends page 1.4 s on our two-core machine. Here plotly.js is a classic
``<script src>`` from the app's static folder, so from the third visit on the browser runs it
from its code cache (about 0.13 s). See ``docs/benchmarks.md``.

The figure travels as JSON inside a ``<script type="application/json">`` element, with ``<``,
``>`` and ``&`` escaped, so a label such as ``</script><script>…`` stays text.
"""

from __future__ import annotations

from collections.abc import Mapping

from feedback.render.cards import esc
from feedback.render.slides import font_faces, script_safe

# Marks the chart's element: the browser tests wait for it to carry data-drawn.
CHART_ATTR = "data-lw-chart"
FIGURE_ID = "lw-figure"

# Why 56 px: a two-line period label ("Sept." over "2026") with room on both sides.
_TICK_PX = 56
# Below this width (px) point labels would run into each other.
_NARROW_PX = 600
_SCRIPT = f"""
(() => {{
  const el = document.querySelector("[{CHART_ATTR}]");
  const fig = JSON.parse(document.getElementById("{FIGURE_ID}").textContent);
  if (!window.Plotly) {{
    el.textContent = el.dataset.unavailable;
    el.dataset.drawn = "failed";
    return;
  }}
  // A narrow frame (a phone) gets fewer period labels, so they never overlap, and points lose
  // their text labels (the hover still has them).
  const width = el.clientWidth || window.innerWidth;
  const axis = fig.layout.xaxis || {{}};
  if (Array.isArray(axis.tickvals) && axis.tickvals.length * {_TICK_PX} > width) {{
    const step = Math.ceil((axis.tickvals.length * {_TICK_PX}) / width);
    const keep = (_, i) => i % step === 0;
    axis.tickvals = axis.tickvals.filter(keep);
    if (Array.isArray(axis.ticktext)) axis.ticktext = axis.ticktext.filter(keep);
  }}
  if (width < {_NARROW_PX}) {{
    fig.data.forEach((trace) => {{ if (trace.mode === "markers+text") trace.mode = "markers"; }});
  }}
  window.Plotly.newPlot(el, fig.data, fig.layout, fig.config)
    .then(() => {{ el.dataset.drawn = "1"; }});
}})();
"""


def chart_document(
    figure_json: str,
    *,
    script_url: str,
    height: int,
    lang: str,
    unavailable: str,
    fonts: Mapping[str, str] | None = None,
) -> str:
    """The page that draws ``figure_json`` (plotly's JSON: data, layout, config) at ``height`` px.

    ``script_url`` is where plotly.js is served (relative to the app's page); ``unavailable``
    is shown instead of the chart when it cannot be loaded. ``fonts`` as for
    :func:`feedback.render.slides.font_faces`, so the chart uses the app's typeface.
    """
    style = (
        f"{font_faces(fonts or {})}"
        "html,body{margin:0;padding:0;background:transparent;overflow:hidden;"
        'font-family:"Source Sans","Source Sans Pro",sans-serif}'
        f"[{CHART_ATTR}]{{width:100%;height:{int(height)}px}}"
    )
    return (
        f'<!doctype html><html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f"<style>{style}</style></head><body>"
        f'<div {CHART_ATTR} data-unavailable="{esc(unavailable)}"></div>'
        f'<script type="application/json" id="{FIGURE_ID}">{script_safe(figure_json)}</script>'
        f'<script src="{esc(script_url)}"></script>'
        f"<script>{_SCRIPT}</script></body></html>"
    )
