"""Chart frames: the figure arrives as inert JSON, every attribute value is escaped."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from feedback.render.chart_frame import CHART_ATTR, FIGURE_ID, chart_document

XSS = '</script><script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
_FIGURE_RE = re.compile(rf'<script type="application/json" id="{FIGURE_ID}">(.*?)</script>', re.S)


def _document(name: str, **overrides: str) -> str:
    figure = json.dumps({"data": [{"type": "bar", "name": name, "y": [1, 2]}], "layout": {}})
    options = {"script_url": "app/static/plotly-3.0.0.min.js", "lang": "de", "unavailable": "–"}
    options.update(overrides)
    return chart_document(
        figure,
        script_url=options["script_url"],
        height=360,
        lang=options["lang"],
        unavailable=options["unavailable"],
        fonts={"Source Sans": "static/media/SourceSansVF-Upright.abc.woff2"},
    )


def test_a_label_that_closes_the_script_stays_data():
    html = _document(XSS)
    assert "window.__xss=1</script>" not in html
    assert "<img" not in html
    found = _FIGURE_RE.search(html)
    assert found is not None
    assert json.loads(found.group(1))["data"][0]["name"] == XSS  # the same text, as data


def test_the_frame_loads_plotly_from_the_static_folder_and_sizes_the_chart():
    html = _document("Chat")
    assert '<script src="app/static/plotly-3.0.0.min.js"></script>' in html
    assert f"[{CHART_ATTR}]{{width:100%;height:360px}}" in html
    assert '<html lang="de">' in html
    assert 'src:url("static/media/SourceSansVF-Upright.abc.woff2")' in html


def test_attribute_values_are_escaped():
    html = _document("Chat", script_url='x.js"><script>alert(1)</script>', unavailable=XSS)
    assert "<script>alert(1)" not in html
    assert 'src="x.js&quot;&gt;&lt;script&gt;' in html
    assert "<img" not in html
    assert 'data-unavailable="&lt;/script&gt;' in html


@given(st.text())
def test_any_label_round_trips_and_never_closes_the_script(name):
    html = _document(name)
    found = _FIGURE_RE.search(html)
    assert found is not None
    assert json.loads(found.group(1))["data"][0]["name"] == name
    assert html.count("</script>") == 3  # the figure, plotly.js and the drawing script
