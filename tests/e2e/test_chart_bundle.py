"""The chart frames run plotly.js's cartesian bundle, and it holds every trace type the app draws.

The bundle's own list of trace types is read in Chromium (``Plotly.PlotSchema``). The types the
app draws are taken twice: from the source (every ``go.<Trace>(...)`` and
``fig.add_<trace>(...)`` in the app's code, so a new kind of chart fails here before a reader
sees an empty frame) and from the figures the trends page really draws.
"""

from __future__ import annotations

import re
from pathlib import Path

import plotly.graph_objects as go
import pytest
from playwright.sync_api import Browser, Page, expect
from plotly.basedatatypes import BaseTraceType
from plotly.offline import get_plotlyjs_version

from feedback.i18n import t
from feedback.render.chart_frame import CHART_ATTR
from feedback.ui.assets import VENDOR_DIR
from tests.e2e.driving import exceptions, open_page, open_tab
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = f"plotly-cartesian-{get_plotlyjs_version()}.min.js"
# Every place a figure can be built: the app's package, its pages and its entry point.
APP_CODE = [*sorted((ROOT / "feedback").rglob("*.py")), *sorted((ROOT / "pages").glob("*.py"))]
APP_CODE.append(ROOT / "dashboard.py")
_TRACES_JS = "() => Object.keys(window.Plotly.PlotSchema.get().traces).sort()"


def trace_types_in_code() -> dict[str, set[str]]:
    """Trace type -> the files that build it, for every trace the app's code constructs."""
    classes = {name: getattr(go, name) for name in dir(go)}  # go loads its classes lazily
    classes = {
        name: cls
        for name, cls in classes.items()
        if isinstance(cls, type) and issubclass(cls, BaseTraceType)
    }
    trace_types = {cls().type for cls in classes.values()}
    found: dict[str, set[str]] = {}
    for path in APP_CODE:
        text = path.read_text(encoding="utf-8")
        built = re.findall(r"\bgo\.([A-Z]\w*)\(", text)
        types = {classes[name]().type for name in built if name in classes}
        types |= set(re.findall(r"\.add_([a-z0-9]+)\(", text)) & trace_types
        for kind in types:
            found.setdefault(kind, set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_bundle_holds_every_trace_type_the_code_builds(browser: Browser) -> None:
    used = trace_types_in_code()
    # The scan itself works: the trend charts are bars, a heatmap and lines.
    assert {"bar", "heatmap", "scatter"} <= set(used), used
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content("<!doctype html><html><body></body></html>")
        page.add_script_tag(path=str(VENDOR_DIR / BUNDLE))
        registered = set(page.evaluate(_TRACES_JS))
        version = page.evaluate("() => window.Plotly.version")
    finally:
        context.close()
    assert version == get_plotlyjs_version()
    missing = {kind: files for kind, files in used.items() if kind not in registered}
    assert not missing, f"not in {BUNDLE}: {missing}"
    # The partial bundle, not the full one: no 3D, WebGL or map traces.
    assert registered.isdisjoint({"scatter3d", "scattergl", "scattergeo", "surface", "sankey"})


def test_every_trend_chart_draws_with_the_published_bundle(page: Page, server: Server) -> None:
    open_page(page, server.url("trends", "en"))
    main = page.get_by_test_id("stMain")
    for name in ("volume", "sentiment", "themes", "ratings"):
        open_tab(page, main.get_by_role("tab", name=t(f"trends.{name}_heading", "en")))
        frame_element = main.locator("iframe").first
        chart = frame_element.content_frame.locator(f"[{CHART_ATTR}]")
        expect(chart).to_have_attribute("data-drawn", "1")
        frame = frame_element.element_handle().content_frame()
        assert frame is not None
        script = frame.evaluate("() => document.querySelector('script[src]').src")
        assert script.endswith(f"/app/static/{BUNDLE}"), script
        registered = set(frame.evaluate(_TRACES_JS))
        drawn = frame.evaluate(
            f"() => document.querySelector('[{CHART_ATTR}]')._fullData.map((d) => d.type)"
        )
        assert drawn, name
        assert set(drawn) <= registered, (name, drawn)
        assert exceptions(page) == [], name
