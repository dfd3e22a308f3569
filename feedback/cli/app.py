"""The Typer application every CLI module registers its commands on.

Help texts are chosen once at start from ``--lang`` on the command line, else ``FEEDBACK_LANG``
(or ``LANG``), Typer's own texts ("Usage:", "Options", usage errors) too (see
builtin_texts.py); messages follow ``--lang``.
Every command opens the store migrated to the newest schema. A store that cannot be opened,
or that fails while a command runs (a server gone, a write lock held too long), ends the
command with one line saying why and exit code 2 (feedback/cli/failures.py).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Annotated, Any, NoReturn

import typer
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from typer._click import Context

from feedback.cli import builtin_texts
from feedback.cli.failures import store_failure
from feedback.cli.localized_typer import Group, Typer
from feedback.cli.terminal import echo
from feedback.config import database_url
from feedback.i18n import DEFAULT_LANGUAGE, LANGUAGES, catalog, supported_language, t
from feedback.store.open import open_store


def _typed_lang(argv: list[str]) -> str | None:
    """The value of ``--lang`` on the command line, if any ("--lang en", "--lang=en")."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


# "python -m feedback --lang en add --help" asks for English help: the typed language first.
# One the CLI does not speak ("--lang fr", FEEDBACK_LANG=fr) passes on to the next: --lang fr
# is then refused in that language, FEEDBACK_LANG=fr is named in a warning (see main).
HELP_LANG = next(
    filter(
        None,
        map(
            supported_language,
            [_typed_lang(sys.argv[1:]), os.environ.get("FEEDBACK_LANG"), os.environ.get("LANG")],
        ),
    ),
    DEFAULT_LANGUAGE,
)
builtin_texts.use(HELP_LANG)  # before any Typer is made: their usage placeholders are translated


def h(key: str) -> str:
    """Help text of a CLI element in the language chosen at start."""
    return t(f"cli.{key}", HELP_LANG)


class _Root(Group):
    """The root group: a store that fails under any command is reported, not a traceback."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except OperationalError as exc:  # opened, then lost (a server gone, a lock held)
            cli = ctx.find_root().obj
            if not isinstance(cli, CliState):
                raise
            cli.store_failed(exc)


app = Typer(
    name="feedback",
    cls=_Root,
    help=h("app_help"),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@dataclass(slots=True)
class CliState:
    lang: str
    db_url: str | None
    _engine: Engine | None = None

    def engine(self) -> Engine:
        if self._engine is None:
            try:
                self._engine = open_store(self.db_url)
            except Exception as exc:  # a driver that is not installed too
                self.store_failed(exc)
        return self._engine

    def store_failed(self, exc: Exception) -> NoReturn:
        """Say in one line why the store failed and exit with code 2; a bug is raised as is."""
        message = store_failure(exc, self.db_url or database_url(), self.lang)
        if message is None:
            raise exc
        echo(message, err=True)
        raise typer.Exit(code=2) from exc

    def say(self, key: str, **params: object) -> None:
        """Print ``cli.key``; its ``key_one`` form when the catalog has one and ``count`` is 1
        ("Exported 1 quote", not "1 quotes")."""
        if str(params.get("count")) == "1" and f"cli.{key}_one" in catalog(self.lang):
            key = f"{key}_one"
        echo(t(f"cli.{key}", self.lang, **params))

    def fail(self, lines: list[str], heading: str = "rejected") -> None:
        """Print ``lines`` under ``cli.<heading>`` ("Not stored:", or "Not done:" where nothing
        would have been stored) and exit with code 1."""
        echo(t(f"cli.{heading}", self.lang), err=True)
        for line in lines:
            echo(f"  - {line}", err=True)
        raise typer.Exit(code=1)


def in_both_languages(key: str, **params: object) -> str:
    """``cli.key`` in the help language, then in the other one: for a reader who asked for a
    language the CLI does not speak, and may read either."""
    order = [HELP_LANG, *(lang for lang in LANGUAGES if lang != HELP_LANG)]
    return "\n".join(t(f"cli.{key}", lang, **params) for lang in order)


def chosen_language(value: str | None) -> str | None:
    """A typed ``--lang``: the language it names, or a usage error naming those there are."""
    if value is None:
        return None
    found = supported_language(value)
    if found is None:
        available = ", ".join(LANGUAGES)
        raise typer.BadParameter(
            in_both_languages("lang_unknown", value=value, available=available)
        )
    return found


def _warn_unknown_env_language() -> None:
    value = os.environ.get("FEEDBACK_LANG")
    if value and supported_language(value) is None:
        available = ", ".join(LANGUAGES)
        echo(
            in_both_languages("lang_env_unknown", value=value, available=available, used=HELP_LANG),
            err=True,
        )


@app.callback()
def main(
    ctx: typer.Context,
    lang: Annotated[
        str | None, typer.Option("--lang", help=h("lang_help"), callback=chosen_language)
    ] = None,
    db: Annotated[str | None, typer.Option("--db", help=h("db_help"))] = None,
) -> None:
    if lang is None:
        _warn_unknown_env_language()
    ctx.obj = CliState(lang=lang or HELP_LANG, db_url=db)


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    assert isinstance(obj, CliState)
    return obj
