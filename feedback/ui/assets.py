"""Files the browser loads besides Streamlit's own: the app's fonts and plotly.js.

plotly.js is published into the app's static folder (``static/`` next to ``dashboard.py``,
served at ``app/static/`` when ``server.enableStaticServing`` is on, as in
``.streamlit/config.toml``) and loaded by the chart frames of :mod:`feedback.ui.charts` as a
classic script, which the browser keeps compiled in its code cache.

The published file is plotly.js's own cartesian bundle (``vendor/``; npm package
``plotly.js-cartesian-dist-min``, MIT, see ``docs/data.md``): the trace types the app draws
(bar, heatmap, scatter) in 1.5 MB instead of the full bundle's 4.8 MB, which every new tab
parsed and ran for about 0.3 s (``docs/benchmarks.md``).
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from functools import cache
from pathlib import Path

import streamlit as st

# The app's own variable fonts, served by Streamlit under static/media with a hashed name.
_FONT_FILES = {"Source Serif": "SourceSerifVariable-Roman", "Source Sans": "SourceSansVF-Upright"}
STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
# Vendored plotly.js bundles, named "<bundle>-<plotly.js version>.min.js".
VENDOR_DIR = Path(__file__).resolve().parent / "vendor"
# Streamlit's static serving sends no Cache-Control header, so a browser keeps a file fresh for
# a tenth of its age (RFC 9111, 4.2.2) and otherwise asks again; an answered revalidation makes
# Chromium compile the script anew. The published copy never changes under its versioned name,
# so it is dated this far back: browsers then keep it, compiled, for weeks.
_BACKDATE_S = 365 * 24 * 3600


@cache
def app_fonts() -> dict[str, str]:
    """Font family -> URL of Streamlit's bundled woff2, relative to the page (so a configured
    base path still works). Empty when this Streamlit build ships other files."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or spec.origin is None:
        return {}
    media = Path(spec.origin).parent / "static" / "static" / "media"
    fonts: dict[str, str] = {}
    for family, stem in _FONT_FILES.items():
        found = sorted(media.glob(f"{stem}*.woff2"))
        if found:
            fonts[family] = f"static/media/{found[0].name}"
    return fonts


def plotly_script_url() -> str | None:
    """The page-relative URL of plotly.js in the app's static folder, published on first use;
    None when static serving is off or the folder cannot be written (charts then fall back to
    ``st.plotly_chart``)."""
    if not st.get_option("server.enableStaticServing"):
        return None
    return _published_plotly(STATIC_DIR)


def plotly_bundle() -> tuple[Path, str]:
    """The plotly.js file to publish and its name in the static folder: the vendored cartesian
    bundle of exactly the plotly.js version the installed plotly package writes its figures
    for; else (plotly updated, the bundle not yet) that package's full bundle. Either name
    carries the version, so a browser never runs an old copy."""
    import plotly
    from plotly.offline import get_plotlyjs_version

    version = get_plotlyjs_version()
    vendored = VENDOR_DIR / f"plotly-cartesian-{version}.min.js"
    if vendored.is_file():
        return vendored, vendored.name
    full = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return full, f"plotly-{version}.min.js"


@cache
def _published_plotly(folder: Path) -> str | None:
    source, name = plotly_bundle()
    target = folder / name
    try:
        if not target.exists() or target.stat().st_size != source.stat().st_size:
            publish(source, target)
    except OSError:
        return None
    return f"app/static/{name}"


def publish(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically (servers may read it meanwhile), backdated."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as tmp:
        tmp.write(source.read_bytes())
    os.chmod(tmp.name, 0o644)  # readable like the rest of the app, not private to this user
    stamp = source.stat().st_mtime - _BACKDATE_S
    os.utime(tmp.name, (stamp, stamp))
    os.replace(tmp.name, target)
