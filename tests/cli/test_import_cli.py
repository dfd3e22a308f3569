"""``python -m feedback import`` on a real SQLite file: summary, exit codes, kill -9 safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from feedback.cli import app
from feedback.store.db import make_engine
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry, Quote
from tests.collect.bulk_data import add_people, quote_text, write_csv

ROOT = Path(__file__).resolve().parents[2]
AGENTS = ("anna.meier", "jonas.becker")


def _store(db: Path) -> Engine:
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    add_people(engine, AGENTS, team="Technik-Hotline", actor="test")
    return engine


def _count(engine: Engine, *where: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count(Quote.id)).where(*where)).scalar_one())


def _cli(db: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--lang", lang, "--db", f"sqlite:///{db}", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_new_file_exits_0_and_a_second_run_reports_everything_present(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = write_csv(tmp_path / "in.csv", 30, AGENTS)

    first = _cli(tmp_path / "s.db", "import", str(data), "--batch-size", "7")
    again = _cli(tmp_path / "s.db", "import", str(data), lang="de")

    assert first == (0, "30 new, 0 already present, 0 rejected.\n", "")
    assert again == (0, "0 neu, 30 bereits vorhanden, 0 abgelehnt.\n", "")
    assert _count(engine) == 30


def test_rejected_rows_exit_1_and_only_the_first_50_are_listed(tmp_path: Path):
    _store(tmp_path / "s.db")
    lines = ["id;text;agent;date"]
    lines += [f"T-{n};Danke für alles ({n});nobody;2025-06-02" for n in range(1, 1201)]
    lines += ["T-good;Vielen Dank, sehr freundlich!;anna.meier;2025-06-02"]
    data = tmp_path / "in.csv"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")

    code, out, err = _cli(tmp_path / "s.db", "import", str(data), lang="de")

    assert code == 1
    assert out.splitlines()[-1] == "1 neu, 0 bereits vorhanden, 1.200 abgelehnt."
    listed = err.splitlines()
    assert len(listed) == 51
    assert listed[0].startswith("Zeile 2: ")
    assert "nobody" in listed[0]
    assert listed[49].startswith("Zeile 51: ")
    assert listed[50] == "… und 1.150 weitere abgelehnte Zeilen."


def test_a_row_with_two_problems_reads_as_two_sentences_naming_the_accepted_dates(
    tmp_path: Path,
):
    """An Excel export in German: day-first dates are read, an impossible day is refused with
    examples of what is read (not "expected YYYY-MM-DD", which the file never needed)."""
    _store(tmp_path / "s.db")
    data = tmp_path / "in.csv"
    data.write_text(
        "Ticket-ID;Bewertung;Kommentar;Bearbeiter;Erstellt am\n"
        "1;5;Vielen Dank, sehr freundlich!;anna.meier;05.03.2024 14:22\n"
        "2;12;Toll;anna.meier;31.02.2024\n",
        encoding="cp1252",
    )

    code, out, err = _cli(tmp_path / "s.db", "import", str(data), lang="de")

    assert (code, out) == (1, "1 neu, 0 bereits vorhanden, 1 abgelehnt.\n")
    (line,) = err.splitlines()
    # on a guessed 1..5, said how to name the scale (an NPS's 0-10), then the date
    assert line.startswith("Zeile 3: Die Bewertung 12 liegt nicht zwischen 1 und 5: Die Datei")
    assert "erneut. „31.02.2024“ " in line
    assert "31.03.2024" in line
    assert "JJJJ-MM-TT" not in line
    assert ".;" not in line


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.csv", None), ("broken.xlsx", b"PK\x03\x04 not really a workbook")],
)
def test_an_unreadable_file_exits_2_with_the_reason(tmp_path: Path, name, content):
    engine = _store(tmp_path / "s.db")
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)

    code, out, err = _cli(tmp_path / "s.db", "import", str(path))

    assert code == 2
    assert out == ""
    assert err.startswith(f"Could not read the file {path}: ")
    assert _count(engine) == 0


def test_ratings_without_a_comment_are_skipped_and_counted_so_a_re_import_exits_0(
    tmp_path: Path,
):
    """Most ratings of a real helpdesk export have no comment: they were rejected on every
    run (exit 1, a line each), so re-importing a real export never succeeded."""
    engine = _store(tmp_path / "s.db")
    data = tmp_path / "in.csv"
    data.write_text(
        "id;text;agent;rating;date\n"
        "R-1;Danke, das ging schnell!;anna.meier;5;02.06.2025\n"
        "R-2;;anna.meier;5;02.06.2025\n"
        "R-3;;jonas.becker;2;02.06.2025\n",
        encoding="utf-8",
    )

    first = _cli(tmp_path / "s.db", "import", str(data))
    again = _cli(tmp_path / "s.db", "import", str(data), lang="de")

    assert first == (
        0,
        "2 ratings without a comment: skipped (they count in the CSAT, but there is nothing "
        "to quote).\n1 new, 0 already present, 0 rejected.\n",
        "",
    )
    assert again == (
        0,
        "2 Bewertungen ohne Kommentar: übersprungen (sie zählen zur CSAT, zu zitieren gibt es "
        "nichts).\n0 neu, 1 bereits vorhanden, 0 abgelehnt.\n",
        "",
    )
    assert _count(engine) == 1


def test_a_file_without_a_date_column_says_once_that_its_rows_are_dated_today(tmp_path: Path):
    _store(tmp_path / "s.db")
    data = tmp_path / "in.csv"
    data.write_text("id;text;agent\nU-1;Danke!;anna.meier\nU-2;Super;jonas.becker\n")

    en = _cli(tmp_path / "s.db", "import", str(data))
    de = _cli(tmp_path / "s.db", "import", str(data), lang="de")

    assert en == (
        0,
        "The file has no date column the import reads: every row is dated on the day of the "
        "import (trends and the retention period go by that day).\n"
        "2 new, 0 already present, 0 rejected.\n",
        "",
    )
    assert de[1].splitlines() == [
        "Die Datei hat keine Datumsspalte, die der Import liest: Jede Zeile erhält das Datum "
        "des Imports (Trends und Aufbewahrungsfrist richten sich danach).",
        "0 neu, 2 bereits vorhanden, 0 abgelehnt.",
    ]


def test_an_xlsx_whose_first_sheet_is_empty_is_read_from_the_next_and_says_so(tmp_path: Path):
    from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

    engine = _store(tmp_path / "s.db")
    book = Workbook()
    book.active.title = "Tabelle1"
    sheet = book.create_sheet("Export")
    sheet.append(["id", "text", "agent", "date"])
    sheet.append(["S-1", "Zweites Blatt, danke", "anna.meier", "2025-06-02"])
    data = tmp_path / "two_sheets.xlsx"
    book.save(data)

    code, out, err = _cli(tmp_path / "s.db", "import", str(data), lang="de")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Gelesen wurde das Blatt „Export“, das erste mit den Daten (davor: Tabelle1).",
        "1 neu, 0 bereits vorhanden, 0 abgelehnt.",
    ]
    assert _count(engine) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("header_only.csv", "id;text;agent;date\n"),
        ("empty_page.json", '{"satisfaction_ratings": [], "next_page": null, "count": 0}'),
        ("empty.jsonl", "\n"),
    ],
)
def test_a_file_without_data_rows_says_so_and_exits_0_whatever_its_kind(
    tmp_path: Path, name: str, content: str
):
    """An empty Zendesk page exited 2 ("holds no rows"), a CSV of only a header 0 without a
    word."""
    engine = _store(tmp_path / "s.db")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    code, out, err = _cli(tmp_path / "s.db", "import", str(path), lang="de")

    assert (code, out, err) == (
        0,
        f"{path} enthält keine Datenzeilen: Es gibt nichts zu importieren.\n",
        "",
    )
    assert _count(engine) == 0


def test_json_that_breaks_midway_imports_every_row_before_the_break_and_says_so(
    tmp_path: Path,
):
    """Cut after entry 97 of 120, read in batches of 50: the first batch was committed and
    rows 51-97 were dropped, with only "could not read the file" and no counts."""
    engine = _store(tmp_path / "s.db")
    entries = [
        {"id": f"J-{n}", "text": quote_text(n), "agent": AGENTS[n % 2], "date": "2025-06-02"}
        for n in range(1, 121)
    ]
    whole = json.dumps({"satisfaction_ratings": entries}, ensure_ascii=False, indent=1)
    cut = whole.index('"J-98"')
    data = tmp_path / "cut.json"
    data.write_text(whole[:cut], encoding="utf-8")

    first = _cli(tmp_path / "s.db", "import", str(data), "--batch-size", "50")
    again = _cli(tmp_path / "s.db", "import", str(data), "--batch-size", "50", lang="de")

    assert first[:2] == (2, "97 new, 0 already present, 0 rejected.\n")
    assert first[2] == (
        f"Reading {data} stopped early, so the rest of it is not imported: The file is not "
        "valid JSON from entry 98 on; it cannot be read further. The rows before that point "
        "are counted above (the new ones are stored). Once the file is repaired, the same "
        "command adds the rest and counts the stored rows as already present.\n"
    )
    assert again[:2] == (2, "0 neu, 97 bereits vorhanden, 0 abgelehnt.\n")
    assert again[2].startswith(f"Das Lesen von {data} brach vorzeitig ab")
    assert "ab Eintrag 98" in again[2]
    assert _count(engine) == 97


def _import_process(db: Path, data: Path, workers: str = "auto") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "feedback", "--lang", "en", "--db", f"sqlite:///{db}"),
            *("import", str(data), "--system", "gen", "--batch-size", "500"),
            *("--workers", workers),
        ],
        cwd=ROOT,
        env={**os.environ, "FEEDBACK_LANG": "en"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: pytest-xdist's workers ignore SIGINT, and a child started so
        # keeps ignoring it (Python installs its Ctrl-C handler only over the default).
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started (Linux), e.g. an import's workers."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(child) for child in (task / "children").read_text().split())
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            continue
        if state != "Z":  # a zombie has ended; its new parent reaps it
            alive.add(pid)
    return alive


@pytest.mark.parametrize("workers", ["0", "1"])
def test_kill_9_mid_import_leaves_whole_batches_and_a_rerun_finishes_exactly(
    tmp_path: Path, workers: str
):
    total, batch = 20_000, 500
    engine = _store(tmp_path / "s.db")
    data = write_csv(tmp_path / "big.csv", total, AGENTS)

    victim = _import_process(tmp_path / "s.db", data, workers)
    deadline = time.monotonic() + 300
    # With a worker, wait until batches it prepared are being written, not only this process's.
    while _count(engine) < (3 if workers == "0" else 12) * batch:
        assert victim.poll() is None, "the import ended before it could be killed"
        assert time.monotonic() < deadline, "the import stored nothing for 5 minutes"
        time.sleep(0.02)
    helpers = _children(victim.pid)
    assert len(helpers) >= int(workers)  # the workers run (and a resource tracker, maybe)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 30
    while _alive(helpers):  # no orphan keeps running: workers end with their parent
        assert time.monotonic() < deadline, f"processes left running: {_alive(helpers)}"
        time.sleep(0.05)

    engine.dispose()  # a fresh connection, as after a crash
    survived = _count(engine)
    assert 0 < survived < total
    assert survived % batch == 0, f"{survived} quotes: a half batch was committed"
    with engine.connect() as conn:
        created = conn.execute(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "quote", AuditEntry.action == "create"
            )
        ).scalar_one()
    assert created == survived  # each quote with its audit row, none without

    rerun = _import_process(tmp_path / "s.db", data)
    out, err = rerun.communicate(timeout=600)

    assert rerun.returncode == 0, err
    assert out.splitlines()[-1] == (
        f"{total - survived:,} new, {survived:,} already present, 0 rejected."
    )
    assert _count(engine) == total


def test_ctrl_c_mid_import_says_what_is_done_and_how_to_finish(tmp_path: Path):
    total, batch = 20_000, 500
    engine = _store(tmp_path / "s.db")
    data = write_csv(tmp_path / "big.csv", total, AGENTS)

    victim = _import_process(tmp_path / "s.db", data, "0")
    deadline = time.monotonic() + 300
    while _count(engine) < 2 * batch:
        assert victim.poll() is None, "the import ended before it could be interrupted"
        assert time.monotonic() < deadline, "the import stored nothing for 5 minutes"
        time.sleep(0.02)
    victim.send_signal(signal.SIGINT)
    out, err = victim.communicate(timeout=60)

    assert victim.returncode == 130
    assert out == ""  # no report: the import did not finish
    assert "Traceback" not in err
    assert err.startswith("Interrupted. At least the first ")
    assert "the same command again adds the rest" in err
    engine.dispose()
    stored = _count(engine)
    assert stored % batch == 0  # whole batches only
    # "At least": a batch committed just before the signal may not be counted yet.
    said = int(err.removeprefix("Interrupted. At least the first ").split(" ")[0].replace(",", ""))
    assert 0 < said <= stored
