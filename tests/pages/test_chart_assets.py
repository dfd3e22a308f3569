"""Trend charts load plotly.js (its cartesian bundle, vendored) from the app's static folder;
without static serving they fall back to st.plotly_chart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import plotly
import pytest
from plotly.offline import get_plotlyjs_version
from streamlit import config

from feedback.ui import assets
from feedback.ui.assets import STATIC_DIR, VENDOR_DIR, plotly_bundle, publish
from tests.pages.conftest import open_page

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def test_the_chart_frame_loads_the_published_cartesian_bundle(store):
    at = open_page("pages/trends.py")
    assert not at.exception, [e.value for e in at.exception]
    frames = at.get("iframe")
    assert len(frames) == 1
    version = get_plotlyjs_version()
    name = f"plotly-cartesian-{version}.min.js"
    assert f'<script src="app/static/{name}"></script>' in frames[0].proto.srcdoc
    published = STATIC_DIR / name
    vendored = VENDOR_DIR / name
    assert published.read_bytes() == vendored.read_bytes()
    # plotly.js's own partial bundle of the very version plotly.py writes figures for, its
    # licence header kept; a third of the full bundle.
    assert vendored.read_text()[:80].startswith(
        f"/**\n* plotly.js (cartesian - minified) v{version}"
    )
    assert "Licensed under the MIT license" in vendored.read_text()[:200]
    assert vendored.stat().st_size < PLOTLY_JS.stat().st_size / 3
    # Dated back: browsers keep it (and its compiled code) without asking again.
    assert published.stat().st_mtime < time.time() - 300 * 24 * 3600


def test_publish_replaces_the_file_whole_and_backdates_it(tmp_path):
    source = tmp_path / "src.js"
    source.write_text("window.Plotly = {};")
    target = tmp_path / "static" / "plotly-9.9.9.min.js"
    publish(source, target)
    publish(source, target)
    assert target.read_text() == "window.Plotly = {};"
    assert target.stat().st_mtime < source.stat().st_mtime - 300 * 24 * 3600
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no partial files left


def test_without_a_bundle_of_this_version_the_full_plotly_js_is_published(tmp_path, monkeypatch):
    monkeypatch.setattr(assets, "VENDOR_DIR", tmp_path)  # plotly updated, no bundle vendored
    source, name = plotly_bundle()
    assert source == PLOTLY_JS
    assert name == f"plotly-{get_plotlyjs_version()}.min.js"


@pytest.fixture
def no_static_serving() -> Iterator[None]:
    before = config.get_option("server.enableStaticServing")
    config.set_option("server.enableStaticServing", False)
    yield
    config.set_option("server.enableStaticServing", before)


def test_without_static_serving_charts_are_plotly_elements(store, no_static_serving):
    at = open_page("pages/trends.py")
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 1
    assert not at.get("iframe")
