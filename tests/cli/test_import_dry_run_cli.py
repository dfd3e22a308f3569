"""``python -m feedback import FILE --dry-run`` counts what the import would give, as the import
page's dry run does, and stores nothing; the real import then gives the same counts."""

from __future__ import annotations

from pathlib import Path

from feedback.store.models import Quote
from tests.cli.test_import_cli import AGENTS, _cli, _count, _store
from tests.cli.test_import_cli_counts import _one_of_each
from tests.collect.bulk_data import write_csv


def test_a_dry_run_stores_nothing_and_the_import_then_gives_its_counts(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = write_csv(tmp_path / "in.csv", 12, AGENTS)

    dry = _cli(tmp_path / "s.db", "import", str(data), "--dry-run")
    stored_after_dry_run = _count(engine, Quote.id > 0)
    real = _cli(tmp_path / "s.db", "import", str(data))
    again = _cli(tmp_path / "s.db", "import", str(data), "--dry-run", lang="de")

    expected = "Dry run, nothing stored: 12 would be new, 0 already present, 0 would be rejected.\n"
    assert dry == (0, expected, "")
    assert stored_after_dry_run == 0
    assert real == (0, "12 new, 0 already present, 0 rejected.\n", "")
    assert _count(engine, Quote.id > 0) == 12
    assert again == (
        0,
        "Probelauf, nichts gespeichert: 0 wären neu, 12 bereits vorhanden, 0 würden abgelehnt.\n",
        "",
    )


def test_a_dry_run_names_each_reason_once_with_its_count_and_exits_1(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = _one_of_each(tmp_path / "ratings.csv")

    code, out, err = _cli(tmp_path / "s.db", "import", str(data), "--dry-run", lang="de")

    assert code == 1
    assert _count(engine, Quote.id > 0) == 0
    assert out.splitlines()[-1] == (
        "Probelauf, nichts gespeichert: 0 wären neu, 0 bereits vorhanden, 51 würden abgelehnt."
    )
    assert "1 Zeile noch nicht bewertet (nur angeboten): übersprungen." in out.splitlines()
    reasons = err.splitlines()
    assert len(reasons) == 1  # one reason for all 51 rows, not 51 lines
    assert reasons[0].startswith("Würde abgelehnt: 51 × ")
