"""``python -m feedback import`` of survey exports on a real SQLite file: two forms number
their responses alike (Microsoft Forms' "ID" 1, 2, …), and responses without a comment."""

from __future__ import annotations

import shlex
from pathlib import Path

from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.collect.fingerprint import CONTENT_ID_PREFIX
from feedback.i18n import t
from feedback.services.settings import save_import_mapping
from feedback.store.models import Quote
from tests.cli.test_import_cli import _cli, _store
from tests.collect.files.helpers import FIXTURES

FORMS_DE = FIXTURES / "real_shapes" / "microsoft_forms_de.xlsx"
TEAM = "Technik-Hotline"  # _store's team: forms name no agent and no team


def _form(path: Path, text: str) -> Path:
    path.write_text(f"ID;Kommentar;Datum\n1;{text};2025-06-02\n", encoding="utf-8")
    return path


def _stored(engine: Engine) -> list[tuple[str, str | None]]:
    """(text, external id) of every stored quote, in the order stored; an id made from the
    row's content (it had none) as "row:…"."""
    query = select(Quote.text, Quote.external_id).order_by(Quote.id)
    with engine.connect() as conn:
        return [(text, _shown(external)) for text, external in conn.execute(query)]


def _shown(external: str | None) -> str | None:
    return "row:…" if external and external.startswith(CONTENT_ID_PREFIX) else external


def test_response_1_of_a_second_form_is_new_and_a_re_import_is_present(tmp_path: Path):
    """Both forms' first response has "ID" 1: the second form's was "already present"."""
    engine = _store(tmp_path / "s.db")
    north = _form(tmp_path / "umfrage_nord.csv", "Danke, Frau Meier war super!")
    south = _form(tmp_path / "umfrage_sued.csv", "Sehr schnelle Hilfe am Telefon.")

    first = _cli(tmp_path / "s.db", "import", str(north), "--team", TEAM)
    second = _cli(tmp_path / "s.db", "import", str(south), "--team", TEAM)
    again = _cli(tmp_path / "s.db", "import", str(north), "--team", TEAM)

    assert first[:2] == (0, "1 new, 0 already present, 0 rejected.\n")
    assert second[:2] == (0, "1 new, 0 already present, 0 rejected.\n")
    # By its content (date and words): the form's response number is no id.
    assert again[:2] == (0, "0 new, 1 already present, 0 rejected.\n")
    assert _stored(engine) == [
        ("Danke, Frau Meier war super!", "row:…"),
        ("Sehr schnelle Hilfe am Telefon.", "row:…"),
    ]


def test_the_real_forms_export_after_another_form_imports_its_response_1(tmp_path: Path):
    _store(tmp_path / "s.db")
    _cli(tmp_path / "s.db", "import", str(_form(tmp_path / "a.csv", "Top!")), "--team", TEAM)

    code, out, _ = _cli(tmp_path / "s.db", "import", str(FORMS_DE), "--team", TEAM)

    assert code == 0
    assert out.splitlines()[-1] == "1 new, 0 already present, 0 rejected."


def test_with_a_named_system_the_numbers_are_that_systems_ids(tmp_path: Path):
    """``--system`` says whose numbers they are: the same number again is the same response,
    even with other words (an edited answer); another system's number 1 is another one."""
    engine = _store(tmp_path / "s.db")
    north = _form(tmp_path / "nord.csv", "Danke, Frau Meier war super!")
    edited = _form(tmp_path / "nord_neu.csv", "Danke, Frau Meier war wirklich super!")
    south = _form(tmp_path / "sued.csv", "Sehr schnelle Hilfe am Telefon.")

    first = _cli(tmp_path / "s.db", "import", str(north), "--team", TEAM, "--system", "nord")
    again = _cli(tmp_path / "s.db", "import", str(edited), "--team", TEAM, "--system", "nord")
    other = _cli(tmp_path / "s.db", "import", str(south), "--team", TEAM, "--system", "sued")

    assert first[:2] == (0, "1 new, 0 already present, 0 rejected.\n")
    assert again[:2] == (0, "0 new, 1 already present, 0 rejected.\n")
    assert other[:2] == (0, "1 new, 0 already present, 0 rejected.\n")
    assert [external for _, external in _stored(engine)] == ["1", "1"]


def test_a_response_without_a_comment_is_skipped_and_said_so_in_both_languages(tmp_path: Path):
    """Line 3 of the Forms export has a rating question answered and no comment: it was
    "Zeile 3: Bitte geben Sie den Text des Lobs ein." and exit 1."""
    engine = _store(tmp_path / "s.db")

    de = _cli(tmp_path / "s.db", "import", str(FORMS_DE), "--team", TEAM, lang="de")
    en = _cli(tmp_path / "s.db", "import", str(FORMS_DE), "--team", TEAM, lang="en")

    assert de == (
        0,
        f"{t('cli.import_no_text_one', 'de')}\n1 neu, 0 bereits vorhanden, 0 abgelehnt.\n",
        "",
    )
    assert en == (
        0,
        f"{t('cli.import_no_text_one', 'en')}\n0 new, 1 already present, 0 rejected.\n",
        "",
    )
    assert "1 Zeile ohne Kommentar" in de[1]
    assert "1 row without a comment" in en[1]
    assert t("validation.empty_text", "de") not in de[1] + de[2]
    assert _stored(engine) == [("Die Beratung war ausgezeichnet.", "row:…")]


GOOGLE_DE = FIXTURES / "real_shapes" / "google_forms_de.csv"
_QUESTIONS = (
    "--column",
    "text=Ihr Kommentar",
    "--column",
    "rating=Wie zufrieden waren Sie mit unserem Service?",
    "--column",
    "agent=Wer hat Ihnen geholfen?",
)


def test_a_german_google_form_says_which_columns_its_questions_seem_to_be(tmp_path: Path):
    """Its questions keep their titles: the command exited 2 saying only "No known format".
    It names the columns whose titles say what they hold, as a command to check and run."""
    _store(tmp_path / "s.db")

    de = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), lang="de")
    en = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE))

    assert (de[0], en[0]) == (2, 2)
    command = (
        f"python -m feedback import {GOOGLE_DE} --column 'text=Ihr Kommentar' --column"
        " date=Zeitstempel --column 'rating=Wie zufrieden waren Sie mit unserem Service?'"
    )
    assert command in " ".join(de[2].split())
    assert command in " ".join(en[2].split())
    assert "prüfen Sie sie" in de[2]
    assert "check it" in en[2]


def test_a_file_whose_columns_say_nothing_gets_an_example_to_fill_in(tmp_path: Path):
    _store(tmp_path / "s.db")
    path = tmp_path / "umfrage.csv"
    path.write_text("Frage 1;Frage 2\nSuper!;5\n", encoding="utf-8")

    de = _cli(tmp_path / "s.db", "import", str(path), lang="de")
    en = _cli(tmp_path / "s.db", "import", str(path))

    assert (de[0], en[0]) == (2, 2)
    assert t("cli.import_name_columns", "de", path=path) in " ".join(de[2].split())
    assert t("cli.import_name_columns", "en", path=path) in " ".join(en[2].split())
    assert "Frage 1, Frage 2" in en[2]  # the columns it found


def test_the_suggested_command_imports_the_file(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    path = tmp_path / "chats.csv"
    path.write_text(
        "Chat ID,Operator,Rating,Rating comment,Date\n"
        "QX1,anna.meier,5,Anna was super helpful!,2026-11-20 10:00\n",
        encoding="utf-8",
    )
    _, _, err = _cli(tmp_path / "s.db", "import", str(path))
    suggested = " ".join(err.split()).split("python -m feedback import ", 1)[1].split(" (")[0]

    code, out, _ = _cli(tmp_path / "s.db", "import", *shlex.split(suggested))

    assert (code, out) == (0, "1 new, 0 already present, 0 rejected.\n")
    query = select(Quote.text, Quote.rating, Quote.agent_id, Quote.said_on)
    with engine.connect() as conn:
        ((text, rating, agent_id, said_on),) = conn.execute(query)
    assert (text, rating, str(said_on)) == ("Anna was super helpful!", 5.0, "2026-11-20")
    assert agent_id is not None, "the operator column names the agent"


def test_a_german_google_form_imports_with_its_columns_named(tmp_path: Path):
    engine = _store(tmp_path / "s.db")

    first = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), *_QUESTIONS)
    again = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), *_QUESTIONS)

    assert first[:2] == (0, "2 new, 0 already present, 0 rejected.\n")
    assert again[:2] == (0, "0 new, 2 already present, 0 rejected.\n")
    query = select(Quote.said_on, Quote.rating, Quote.agent_id).order_by(Quote.id)
    with engine.connect() as conn:
        rows = [(str(day), rating, agent is not None) for day, rating, agent in conn.execute(query)]
    # "Zeitstempel" is read without being named: the answers keep their days.
    assert rows == [("2026-11-09", 5.0, True), ("2026-11-10", 2.0, True)]


def test_a_mapping_saved_on_the_import_page_serves_the_command_line(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    columns = dict(pair.split("=", 1) for pair in _QUESTIONS[1::2])
    save_import_mapping(engine, Actor.system("test"), "Google-Umfrage", columns)

    code, out, _ = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), "--mapping", "Google-Umfrage")
    unknown = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), "--mapping", "Umfrage")

    assert (code, out) == (0, "2 new, 0 already present, 0 rejected.\n")
    assert unknown[0] == 2
    assert "There is no saved mapping “Umfrage”. Saved are: Google-Umfrage." in unknown[2]


def test_a_column_the_file_does_not_have_is_named_with_the_ones_it_has(tmp_path: Path):
    _store(tmp_path / "s.db")

    code, _, err = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), "--column", "text=Kommentar")
    wrong_field = _cli(tmp_path / "s.db", "import", str(GOOGLE_DE), "--column", "comment=x")

    assert code == 2
    assert "The file has no column “Kommentar”. Its columns: Zeitstempel, " in " ".join(err.split())
    assert wrong_field[0] == 2
    assert "text, date, time, agent" in wrong_field[2]
