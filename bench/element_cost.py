"""What one kind of Streamlit element costs a new browser tab, against an empty page.

    .venv/bin/python bench/element_cost.py [--rounds 2]

Issue 11 asks that every page loads warm in at most twice the time of an empty Streamlit
page. This bench shows where such a budget goes: one-file scripts, each the empty page
(``st.title``) plus one kind of element the app's pages draw, each on a server of its own,
loaded as ``bench/page_load.py`` loads the pages (a regular browser profile: one cold visit,
then the median of five warm visits in new tabs). Prints seconds and the ratio against the
empty page of the same round.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # a script: ``feedback``, the server, the bench

from page_load import Browsers, script_row  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.e2e.server import CHROMIUM_ARGS, find_chromium  # noqa: E402

_TITLE = 'import streamlit as st\nimport pandas as pd\n\nst.title("Love Wall")\n'
_FRAME = 'pd.DataFrame({"n": range(50), "text": ["Vielen Dank für die Hilfe!"] * 50})'
SCRIPTS = {
    "st.title only (baseline)": _TITLE,
    "+ st.dataframe, 50 rows": _TITLE + f"st.dataframe({_FRAME}, hide_index=True)\n",
    "+ st.table, 50 rows": _TITLE + f"st.table({_FRAME})\n",
    "+ form: date, text, 2 select boxes, button": _TITLE
    + 'with st.form("f"):\n'
    + "    a, b, c, d = st.columns(4)\n"
    + '    a.date_input("Tag")\n'
    + '    b.text_input("Wer")\n'
    + '    c.selectbox("Was", ["a", "b"])\n'
    + '    d.selectbox("Wo", ["a", "b"])\n'
    + '    st.form_submit_button("Anwenden")\n',
    "+ navigation of 11 pages, sidebar select box and button": (
        "import streamlit as st\n\n\n"
        'def page() -> None:\n    st.title("Love Wall")\n\n\n'
        'pages = [st.Page(page, title=f"P{i}", url_path=f"p{i}", default=i == 0) '
        "for i in range(11)]\n"
        "chosen = st.navigation(pages)\n"
        'st.sidebar.selectbox("Sprache", ["de", "en"])\n'
        'st.sidebar.button("Abmelden")\n'
        "chosen.run()\n"
    ),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print("no Chromium: apt-get install -y chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        folder = Path(tmp)
        private = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        browsers = Browsers(playwright, chromium, private)
        database_url = f"sqlite:///{folder / 'unused.db'}"
        print("| round | script | cold s | warm s | warm / empty |")
        print("|---:|---|---:|---:|---:|")
        for round_no in range(1, args.rounds + 1):
            baseline = None
            for n, (name, code) in enumerate(SCRIPTS.items()):
                script = folder / f"element_{n}.py"
                script.write_text(code)
                row = script_row(browsers, database_url, folder, name, script, quick=True)
                baseline = baseline or row.warm_s
                times = f"{row.cold_s:.2f} | {row.warm_s:.2f} | {row.warm_s / baseline:.1f}×"
                print(f"| {round_no} | {name} | {times} |")
        private.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
