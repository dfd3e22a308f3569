"""The page routes of dashboard.py's server: Streamlit's index page, told the server's
address, at each page."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.testclient import TestClient
from streamlit import file_util

from feedback.render.frontend_words import frontend_script
from feedback.ui.registry import PAGES
from feedback.ui.serving import BASE_SCRIPT, index_html, page_paths, page_routes


def test_the_script_comes_before_streamlits_first_script() -> None:
    html = index_html().decode()
    original = (Path(file_util.get_static_dir()) / "index.html").read_text(encoding="utf-8")
    assert html.count(BASE_SCRIPT) == 1
    assert html.index(BASE_SCRIPT) < html.index("window.prerenderReady = false")
    assert html.index(BASE_SCRIPT) < html.index('<script type="module"')
    assert html.index(BASE_SCRIPT) < html.index("</head>")
    # Then the frontend words' script, once, also before Streamlit's scripts.
    words = frontend_script()
    assert html.count(words) == 1
    assert html.index(BASE_SCRIPT) < html.index(words) < html.index("window.prerenderReady = false")
    # Nothing else changed.
    assert html.replace(BASE_SCRIPT + "\n    " + words + "\n    ", "") == original


def test_every_page_address_is_served_also_under_a_base_path() -> None:
    assert page_paths("") == ["/", *(f"/{spec.key}" for spec in PAGES)]
    assert page_paths("/lovewall/") == ["/lovewall/", *(f"/lovewall/{s.key}" for s in PAGES)]


def test_the_page_is_never_cached_without_asking() -> None:
    client = TestClient(Starlette(routes=page_routes()))
    first = client.get("/trends")
    assert first.status_code == 200
    assert first.content == index_html()
    assert first.headers["cache-control"] == "no-cache"
    assert first.headers["content-type"].startswith("text/html")
    again = client.get("/", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert client.head("/moderation").status_code == 200
    assert client.get("/trends/_stcore/health").status_code == 404
    assert client.get("/wall/static/js/index.js", headers={"Accept": "*/*"}).status_code == 404
    assert client.post("/trends").status_code == 405


def test_a_visit_below_a_page_goes_on_to_the_page() -> None:
    client = TestClient(Starlette(routes=page_routes()), follow_redirects=False)
    html = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    moved = client.get("/wall/old/link?lang=en&team=2", headers=html)
    assert moved.status_code == 307
    assert moved.headers["location"] == "/wall?lang=en&team=2"
    assert client.get("/trends/x", headers=html).headers["location"] == "/trends"
    assert client.get("/wal/old", headers=html).status_code == 404  # no page of that name
