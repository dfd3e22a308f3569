"""Each page's own address serves Streamlit's index page told where the server is.

Streamlit's frontend does not know its server's address; opened at ``/trends`` it first asks
``/trends/_stcore/health`` and ``/trends/_stcore/host-config`` (two 404s, two errors in the
browser's console), waits 100 ms and then asks ``/_stcore/…`` (streamlit/streamlit#7074).
It skips that guess when ``window.__streamlit.BACKEND_BASE_URL`` is set before its module
script runs. :func:`page_routes` answers every page address of the registry with Streamlit's
own ``index.html`` and one inline script that sets it to the folder of the page's address
(``new URL(".", location.href)``): ``/`` for ``/trends``, ``/lovewall/`` for
``/lovewall/trends`` behind a proxy that adds a prefix. ``dashboard.py`` mounts the routes in
front of Streamlit's; any other address keeps Streamlit's own answer. The page also carries
:func:`feedback.render.frontend_words.frontend_script`, which shows Streamlit's own English
words (the tables' menus, "Running...", "Open") in German on German pages.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from streamlit import config, file_util
from streamlit.url_util import make_url_path

from feedback.i18n import LANGUAGES
from feedback.render.frontend_words import frontend_script
from feedback.ui.registry import PAGES

# Before Streamlit's first script: the folder of the page's address, as an absolute URL; and
# the page's language from the address (``?lang=en``) at once, so Streamlit's own words are in
# it from the start (the app's first run sets ``<html lang>`` again, also without ``lang=``).
BASE_SCRIPT = (
    '<script>window.__streamlit = {BACKEND_BASE_URL: new URL(".", window.location.href).href};'
    '{const lang = new URLSearchParams(window.location.search).get("lang");'
    f"if ({json.dumps(list(LANGUAGES))}.includes(lang)) document.documentElement.lang = lang;}}"
    "</script>"
)


@cache
def index_html() -> bytes:
    """Streamlit's index.html with :data:`BASE_SCRIPT` and the frontend words' script before
    its first ``<script``."""
    html = (Path(file_util.get_static_dir()) / "index.html").read_text(encoding="utf-8")
    head, marker, rest = html.partition("<script")
    if not marker or "</head>" in head:
        raise RuntimeError("Streamlit's index.html has no <script> in its <head>")
    scripts = BASE_SCRIPT + "\n    " + frontend_script() + "\n    "
    return (head + scripts + marker + rest).encode("utf-8")


@cache
def _etag() -> str:
    return '"' + hashlib.sha256(index_html()).hexdigest()[:32] + '"'


async def _index(request: Request) -> Response:
    """The page: never cached without asking (as Streamlit's index), 304 when unchanged."""
    headers = {"Cache-Control": "no-cache", "ETag": _etag()}
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=304, headers=headers)
    return Response(index_html(), media_type="text/html; charset=utf-8", headers=headers)


def page_paths(base_url_path: str | None = None) -> list[str]:
    """The addresses "/" and "/<key>" of every registered page, under ``server.baseUrlPath``."""
    base = config.get_option("server.baseUrlPath") if base_url_path is None else base_url_path
    paths = [make_url_path(base or "", "")]
    paths += [make_url_path(base or "", spec.key) for spec in PAGES]
    return list(dict.fromkeys(paths))


async def _nested(request: Request) -> Response:
    """An address below a page (``/wall/old``): a browser is sent on to the page itself.

    Streamlit answers such an address with its index, whose scripts it then asks for at
    ``/wall/static/…`` and answers with the index again: the browser showed an empty page.
    Anything but a page visit (a script, ``/trends/_stcore/health``) gets a plain 404.
    """
    if "text/html" not in request.headers.get("accept", ""):
        return PlainTextResponse("Not Found", status_code=404)
    page = request.url.path[: -len(request.path_params["rest"]) - 1]
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(page + query, status_code=307)


def page_routes() -> list[BaseRoute]:
    """The routes that answer :func:`page_paths` with :func:`index_html` (GET and HEAD), and
    the addresses below each page with :func:`_nested`."""
    paths = page_paths()
    nested = [f"{path}/{{rest:path}}" for path in paths[1:]]
    routes: list[BaseRoute] = [Route(path, _index, methods=["GET"]) for path in paths]
    return routes + [Route(path, _nested, methods=["GET"]) for path in nested]
