"""A language the CLI does not speak is named, never silently replaced.

``--lang fr`` is a usage error (exit 2) that says, in the fallback language and in the other
one, which languages there are; ``FEEDBACK_LANG=fr`` warns in both and goes on in the next
language that is set (``LANG``), else German. Each case runs in a new process: the help
language is fixed at import.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from feedback.i18n import normalize_language, supported_language

ROOT = Path(__file__).resolve().parents[2]
GERMAN = "Die Sprache „fr“ gibt es hier nicht; verfügbar sind de, en."
ENGLISH = "The language “fr” is not available; the languages are de, en."


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("FEEDBACK_LANG", "LANG", "LANGUAGE")}
    clean |= {"LC_ALL": "C.UTF-8", **env}
    command = [sys.executable, "-m", "feedback", "--db", f"sqlite:///{tmp_path / 'x.db'}", *args]
    return subprocess.run(
        command, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize(
    ("env", "args", "first", "usage"),
    [
        ({}, ("--lang", "fr", "stats"), GERMAN, "Aufruf: python -m feedback [OPTIONEN]"),
        ({"LANG": "en_GB.UTF-8"}, ("--lang=fr", "stats"), ENGLISH, "Usage: python -m feedback"),
        ({}, ("export", "--lang", "fr"), GERMAN, "Aufruf: python -m feedback export"),
    ],
)
def test_an_unknown_typed_language_is_refused_in_both(tmp_path, env, args, first, usage):
    refused = _run(tmp_path, *args, **env)
    assert refused.returncode == 2
    assert refused.stdout == ""
    assert usage in refused.stderr
    lines = refused.stderr.splitlines()
    both = [line for line in lines if GERMAN in line or ENGLISH in line]
    assert len(both) == 2
    assert first in both[0]


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"FEEDBACK_LANG": "fr"}, "Zitate insgesamt: 0"),
        ({"FEEDBACK_LANG": "fr", "LANG": "en_US.UTF-8"}, "Quotes in total: 0"),
    ],
)
def test_an_unknown_feedback_lang_warns_and_goes_on(tmp_path, env, said):
    ran = _run(tmp_path, "stats", **env)
    assert ran.returncode == 0, ran.stderr
    assert said in ran.stdout
    used = normalize_language(env.get("LANG"))
    assert "FEEDBACK_LANG=fr gibt es hier nicht (verfügbar sind de, en); die " in ran.stderr
    assert f"Kommandozeile verwendet {used}." in ran.stderr
    assert "FEEDBACK_LANG=fr is not available (the languages are de, en); the " in ran.stderr
    assert f"command line uses {used}." in ran.stderr


@pytest.mark.parametrize(
    ("typed", "said"), [("de-AT", "Zitate insgesamt"), ("EN", "Quotes in total")]
)
def test_regional_and_upper_case_codes_are_the_language(tmp_path, typed, said):
    ran = _run(tmp_path, "--lang", typed, "stats", FEEDBACK_LANG="fr")
    assert ran.returncode == 0, ran.stderr
    assert said in ran.stdout
    assert ran.stderr == ""  # a typed language decides: the unknown FEEDBACK_LANG is not used


@pytest.mark.parametrize(
    ("raw", "found"),
    [("fr", None), ("C.UTF-8", None), ("", None), ("en_GB.UTF-8", "en"), ("DE", "de")],
)
def test_supported_language(raw, found):
    assert supported_language(raw) == found
