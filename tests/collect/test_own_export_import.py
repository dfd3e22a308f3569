"""Our own exports read back by the import: the praised agent is found in every language's file.

The German files (CSV for German Excel, XLSX) head the agent's column "Mitarbeitende"; the
import knew "Mitarbeiter" and "Mitarbeiterin" only, so a re-imported German export lost every
agent and its quotes came back as new quotes of the team.
"""

from __future__ import annotations

import pytest

from feedback.auth.roles import Actor
from feedback.collect.importer import import_csv, parse_csv
from feedback.services.exports import export_quotes
from feedback.store.filters import QuoteFilter
from tests.conftest import TODAY

CSV = "text;agent;date\nDanke, Anna hat mir sehr geholfen!;anna.meier;2026-11-02\n"


@pytest.mark.parametrize(("fmt", "lang"), [("csv-excel", "de"), ("csv", "de"), ("csv-excel", "en")])
def test_an_exported_file_names_its_agent_to_the_import(engine, people, fmt, lang):
    [stored] = import_csv(engine, CSV, system="helpdesk", today=TODAY)
    assert stored.quote_id is not None, stored.problems
    body = export_quotes(engine, Actor.system("test"), QuoteFilter(statuses=()), fmt, lang).body
    [(_, draft, problems)] = parse_csv(
        engine, body.decode("utf-8-sig"), system="helpdesk", today=TODAY
    )
    assert draft is not None, problems
    assert draft.agent_id == people["anna"]
