"""Text for the terminal: every line the CLI prints goes through :func:`echo`.

Names, quotes, file names and typed values reach the messages, and a terminal acts on control
characters in them (see :func:`feedback.render.plain.terminal_text`). Only exported bytes
(``export --output -``) are written as they are.
"""

from __future__ import annotations

import typer

from feedback.render.plain import terminal_text


def echo(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """``typer.echo`` of ``message`` with its control characters shown as escapes."""
    typer.echo(terminal_text(message), err=err, nl=nl)


def progress(line: str) -> None:
    """Redraw the progress line on stderr: back to its start, then ``line``."""
    typer.echo("\r" + terminal_text(line), err=True, nl=False)
