"""``typer.Typer`` with its own texts ("Usage:", the --help line, errors) from the catalog.

See :mod:`feedback.cli.builtin_texts`. The classes only hand Typer's English texts to gettext:
without a bound catalog (English) they print exactly what Typer prints, control characters escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import typer
from typer._click import Context, HelpFormatter
from typer._click import exceptions as errors
from typer.core import TyperCommand, TyperGroup, TyperOption
from typer.models import CommandFunctionType

from feedback.cli.builtin_texts import _, render
from feedback.render.plain import terminal_text


class TranslatedError(errors.ClickException):
    """What Typer raised (``original``), shown in the bound language."""

    def __init__(self, original: errors.ClickException) -> None:
        super().__init__(original.message)
        self.original = original
        self.exit_code = original.exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        typer.echo(terminal_text(render(self.original)), file=file, err=True)


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except errors.ClickException as error:
        # A help page for no arguments is already translated. English errors pass through
        # TranslatedError too: it prints the typed values with their control characters escaped.
        if isinstance(error, (TranslatedError, errors.NoArgsIsHelpError)):
            raise
        raise TranslatedError(error) from error


def _write_usage(command: TyperCommand | TyperGroup, ctx: Context, out: HelpFormatter) -> None:
    out.write_usage(ctx.command_path, " ".join(command.collect_usage_pieces(ctx)), _("Usage: "))


def _help_option(option: TyperOption | None) -> TyperOption | None:
    if option is not None:
        option.help = _("Show this message and exit.")
    return option


class Command(TyperCommand):
    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_usage(self, ctx, formatter)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return _help_option(super().get_help_option(ctx))


class Group(TyperGroup):
    """Also translates the usage errors below it: the root group parses and invokes them all."""

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_usage(self, ctx, formatter)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return _help_option(super().get_help_option(ctx))

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        with _translated_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Context) -> Any:
        with _translated_errors():
            return super().invoke(ctx)


class Typer(typer.Typer):
    """Uses :class:`Group` and :class:`Command`, and translated usage placeholders."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", Group)
        kwargs.setdefault("options_metavar", _("[OPTIONS]"))
        kwargs.setdefault("subcommand_metavar", _("COMMAND [ARGS]..."))
        super().__init__(**kwargs)

    def command(
        self, *args: Any, **kwargs: Any
    ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)
