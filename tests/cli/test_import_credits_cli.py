"""``python -m feedback import`` of a file again after a lead mapped an agent id: the rows
already present whose stored quote thanks no agent are credited to the mapped agent (quotes
stored before migration 0012 kept no agent id for the mapping itself to find), and the
summary says how many."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from feedback.auth.roles import Actor, Role
from feedback.cli.import_dry_run import preview_file
from feedback.insights.import_view import counts_table
from feedback.services import mappings
from feedback.store.models import Quote
from tests.cli.test_import_cli import _cli, _store
from tests.collect.files.helpers import FIXTURES

ADMIN = Actor("ada.admin", Role.ADMIN)
ANNA, TEAM = 1, 1  # the store's first agent and team (tests.cli.test_import_cli)


def test_a_re_import_after_mapping_credits_the_present_rows_and_says_so(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(FIXTURES / "zendesk_ratings.json")
    assert mappings.save_mapping(engine, ADMIN, "zendesk", "group", "4001", TEAM)
    first = _cli(tmp_path / "s.db", "import", data)
    with engine.begin() as conn:  # as a version before migration 0012 stored them
        conn.execute(update(Quote).values(source_agent_ref=None))
    assert mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3999", ANNA).credited == ()

    dry_en = _cli(tmp_path / "s.db", "import", data, "--dry-run")
    dry_de = _cli(tmp_path / "s.db", "import", data, "--dry-run", lang="de")
    preview = preview_file(engine, Path(data), system="zendesk")
    again = _cli(tmp_path / "s.db", "import", data, lang="de")
    third = _cli(tmp_path / "s.db", "import", data)

    assert first[1].splitlines()[-1] == "2 new, 0 already present, 2 rejected."
    assert again[1].splitlines()[-2:] == [
        "1 neu, 2 bereits vorhanden, 1 abgelehnt.",  # 9005 names Anna now: new
        "Von den bereits vorhandenen Zeilen ist 1 jetzt der Person zugeordnet, für die ihre "
        "Helpdesk-ID steht.",
    ]
    # The dry run predicts the same credit, read only, and says it would (both languages).
    assert (preview.present, preview.credited) == (2, 1)
    assert dry_en[1].splitlines()[-1] == (
        "Of the rows already present, 1 would be credited to the agent its helpdesk id is "
        "mapped to."
    )
    assert dry_de[1].splitlines()[-1] == (
        "Von den bereits vorhandenen Zeilen würde 1 der Person zugeordnet, für die ihre "
        "Helpdesk-ID steht."
    )
    for lang, label in (
        ("en", "Of these, would be credited to the agent their helpdesk id is mapped to"),
        ("de", "Davon würden der Person zugeordnet, für die ihre Helpdesk-ID steht"),
    ):
        table = counts_table(preview, lang)
        assert dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))[label] == 1
    assert third[1].splitlines()[-1] == "0 new, 3 already present, 1 rejected."
    with engine.connect() as conn:
        rows = conn.execute(select(Quote.external_id, Quote.agent_id).order_by(Quote.external_id))
        assert [tuple(r) for r in rows] == [("9001", None), ("9005", ANNA), ("9006", ANNA)]
