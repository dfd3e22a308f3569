"""Typer's own texts ("Usage:", "Options", "Error: No such option ...") in the help language.

Typer 0.29 prints them from its copy of Click 8.3 (``typer._click``; the installed ``click``
package is not used). ``typer/core.py`` looks a few up with :func:`gettext.gettext` (headings,
"[default: …]", "Aborted!"); the copied help formatter, parser and errors print English
f-strings. Both come from one gettext catalog, ``locale/de/LC_MESSAGES/feedback_cli.po``, keyed
by those English texts: :func:`use` binds it for German, :mod:`feedback.cli.localized_typer`
sends the f-string texts through it. English binds nothing: Typer's texts stay as they are.

Rebuild the .mo after editing the .po (tests/cli/test_cli_german.py checks they match):
    .venv/bin/pybabel compile -D feedback_cli -d feedback/cli/locale
"""

from __future__ import annotations

import ast
import gettext
import os
import re
import string
from functools import cache
from pathlib import Path

from babel.messages.mofile import read_mo
from typer._click import exceptions as errors

DOMAIN = "feedback_cli"
LOCALE_DIR = Path(__file__).with_name("locale")
_ = gettext.gettext  # the German msgstr once use("de") bound DOMAIN, else the English msgid
_QUOTED = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""  # what {name!r} prints for a str


def use(lang: str) -> None:
    """Bind the German catalog for this process when ``lang`` is German; English binds nothing."""
    if lang != "de":
        return
    # gettext takes the language from the environment, LANGUAGE first. Pinning it keeps a
    # shell's LANGUAGE, LC_ALL or LANG from turning the German texts English (or French).
    os.environ["LANGUAGE"] = "de"
    gettext.bindtextdomain(DOMAIN, LOCALE_DIR)
    gettext.textdomain(DOMAIN)


def bound() -> bool:
    return gettext.textdomain() == DOMAIN


@cache
def _patterns() -> list[tuple[re.Pattern[str], str, frozenset[str]]]:
    """Each msgid with ``{fields}`` as a regex, and its ``!r`` fields; most literal text first."""
    with (LOCALE_DIR / "de" / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as mo:
        ids = [m.id for m in read_mo(mo) if isinstance(m.id, str) and "{" in m.id]
    ids.sort(key=lambda msgid: -sum(len(part[0]) for part in string.Formatter().parse(msgid)))
    patterns = []
    for msgid in ids:
        regex, quoted = "", set()
        for text, field, _spec, conversion in string.Formatter().parse(msgid):
            regex += re.escape(text)
            if field is not None and conversion == "r":
                quoted.add(field)
                regex += f"(?P<{field}>{_QUOTED})"
            elif field is not None:
                regex += f"(?P<{field}>.+?)"
        patterns.append((re.compile(regex, re.DOTALL), msgid, frozenset(quoted)))
    return patterns


def translate(text: str) -> str:
    """``text`` in the bound language: a msgid, or a msgid whose ``{fields}`` were filled in."""
    if not text:
        return text  # gettext's "" is the catalog's header
    if (found := _(text)) != text:
        return found
    for pattern, msgid, quoted in _patterns():
        if match := pattern.fullmatch(text):
            values = {
                k: ast.literal_eval(v) if k in quoted else v for k, v in match.groupdict().items()
            }
            nested = {k: translate(v) for k, v in values.items() if k in ("message", "label")}
            return _(msgid).format(**{**values, **nested})
    return text


def _hint(error: errors.BadParameter) -> str | None:
    hint = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint()
    return hint if hint is None or isinstance(hint, str) else " / ".join(map(repr, hint))


def _missing(error: errors.MissingParameter) -> str:
    kind = error.param_type or getattr(error.param, "param_type_name", "")
    head = {"argument": _("Missing argument"), "option": _("Missing option")}.get(kind or "")
    head = f"{head or _('Missing parameter')} {_hint(error) or ''}".rstrip() + "."
    details = [error.message]
    if error.param is not None:
        details.append(error.param.get_missing_message(ctx=error.ctx) or "")
    return " ".join([head, ". ".join(translate(d) for d in details if d)]).rstrip()


def _message(error: errors.ClickException) -> str:
    if isinstance(error, errors.MissingParameter):
        return _missing(error)
    if isinstance(error, errors.BadParameter):
        message, hint = translate(error.message), _hint(error)
        if hint is None:
            return _("Invalid value: {message}").format(message=message)
        return _("Invalid value for {param_hint}: {message}").format(
            param_hint=hint, message=message
        )
    if isinstance(error, errors.NoSuchOption) and error.possibilities:
        others = ", ".join(sorted(error.possibilities))
        return f"{translate(error.message)} " + _("(Possible options: {possibilities})").format(
            possibilities=others
        )
    if isinstance(error, errors.FileError):
        return _("Could not open file {filename!r}: {message}").format(
            filename=error.ui_filename, message=error.message
        )
    return translate(error.message)


def render(error: errors.ClickException) -> str:
    """What Typer's ``error.show()`` prints, in the bound language."""
    text = _("Error: {message}").format(message=_message(error))
    if not isinstance(error, errors.UsageError) or error.ctx is None:
        return text
    ctx, hint = error.ctx, ""
    if ctx.command.get_help_option(ctx) is not None:
        command, option = ctx.command_path, ctx.help_option_names[0]
        hint = _("Try '{command} {option}' for help.").format(command=command, option=option)
        hint += "\n"
    return f"{ctx.get_usage()}\n{hint}\n{text}"
