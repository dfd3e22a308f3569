"""Serving safely: Streamlit's security options stay on, and no secret is ever in git.

The config is read as Streamlit reads it (.streamlit/config.toml); the repository is read as
``git ls-files`` lists it, so a secret that slipped into a commit fails here, and a local
``.streamlit/secrets.toml`` (ignored by git) does not.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from feedback.auth.oidc import RoleMapping
from feedback.auth.roles import Role

ROOT = Path(__file__).resolve().parents[1]

# Files that hold secrets by their nature. Their examples end in ".example.toml" and so on.
_SECRET_FILE_NAMES = re.compile(
    r"(^|/)(secrets\.toml|\.env(\..+)?|id_(rsa|dsa|ecdsa|ed25519)|credentials\.json)$"
    r"|\.(pem|key|p12|pfx|jks|keystore)$"
)
# A private key block; split so this file does not match itself.
_PRIVATE_KEY = re.compile("-----BEGIN ([A-Z]+ )?" + "PRIVATE KEY-----")
# A secret given a value in TOML, Python or YAML (name = "value" or name: 'value'). The cases
# below are split where they would otherwise match in this very file.
_ASSIGNED_SECRET = re.compile(
    r"""\b(client_secret|cookie_secret|api_key|access_token|secret_key)\b\s*[=:]\s*["']([^"'\n]*)["']""",
    re.IGNORECASE,
)
# Tokens with a recognisable shape: AWS access keys, GitHub and Slack tokens.
_TOKENS = re.compile(
    r"\b(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abprs]-[A-Za-z0-9-]{10,})"
)


def _config() -> dict[str, Any]:
    with (ROOT / ".streamlit" / "config.toml").open("rb") as file:
        return tomllib.load(file)


def _placeholder(value: str) -> bool:
    """Whether an assigned secret is no secret: empty, <...>, a {format} or ${VARIABLE} slot."""
    value = value.strip()
    return value == "" or value.startswith(("<", "{", "$")) or value.endswith(">")


def _secrets_in(line: str) -> list[str]:
    """What in ``line`` looks like a real secret (never the value itself, only its kind)."""
    shapes = (("private key", _PRIVATE_KEY), ("token", _TOKENS))
    return [kind for kind, pattern in shapes if pattern.search(line)] + [
        match.group(1)
        for match in _ASSIGNED_SECRET.finditer(line)
        if not _placeholder(match.group(2))
    ]


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (or no git), so git cannot say what is tracked")
    return subprocess.run([git, *args], cwd=ROOT, capture_output=True, check=False)


def _tracked_files() -> list[str]:
    listed = _git("ls-files", "-z")
    assert listed.returncode == 0, listed.stderr
    return [name for name in listed.stdout.decode().split("\0") if name]


def test_xsrf_protection_is_on_explicitly() -> None:
    server = _config()["server"]
    assert server.get("enableXsrfProtection") is True
    # XSRF tokens do not guard the WebSocket; Streamlit's CORS check does.
    assert server.get("enableCORS", True) is True


def test_tables_offer_no_unguarded_csv_of_their_own() -> None:
    # Streamlit's table toolbar wrote a CSV without a formula guard; the pages' exports guard.
    assert _config()["client"]["disableDataExport"] is True


def test_uploads_have_a_limit_below_streamlits_default() -> None:
    limit = _config()["server"].get("maxUploadSize")
    assert isinstance(limit, int)
    assert 0 < limit < 200  # megabytes; 200 is Streamlit's default


def test_the_reverse_proxy_example_takes_uploads_of_the_same_size() -> None:
    limit = _config()["server"]["maxUploadSize"]
    sizes = re.findall(r"client_max_body_size\s+(\d+)m;", (ROOT / "README.md").read_text())
    assert sizes == [str(limit)]


def test_make_run_serves_this_machine_only() -> None:
    makefile = (ROOT / "Makefile").read_text()
    run = re.search(r"^run:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert run is not None
    assert "--server.address 127.0.0.1" in run.group(1)


def test_no_secrets_file_is_tracked() -> None:
    tracked = _tracked_files()
    assert ".streamlit/secrets.example.toml" in tracked
    assert [name for name in tracked if _SECRET_FILE_NAMES.search(name)] == []


def test_the_secrets_file_is_ignored_by_git() -> None:
    assert _git("check-ignore", "-q", ".streamlit/secrets.toml").returncode == 0


def test_no_tracked_file_holds_a_secret() -> None:
    findings: list[str] = []
    for name in _tracked_files():
        path = ROOT / name
        if not path.is_file():
            continue  # deleted in the work tree, or a submodule
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images and other binary files
        findings += [
            f"{name}:{number}: {what}"
            for number, line in enumerate(text.splitlines(), start=1)
            for what in _secrets_in(line)
        ]
    assert findings == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("client_secret" + ' = "s3cr3t-from-the-portal"', ["client_secret"]),
        ("cookie_secret" + ": 'abc'", ["cookie_secret"]),
        ('client_secret = "<client secret>"', []),
        ('client_secret = "{client_secret}"', []),
        ('client_secret = "${CLIENT_SECRET}"', []),
        ('client_secret = ""', []),
        ("-----BEGIN RSA " + "PRIVATE KEY-----", ["private key"]),
        ("key = AKIA" + "ABCDEFGHIJKLMNOP", ["token"]),
        ('DEMO_PASSWORD = "love-wall-demo"  # published on purpose', []),
    ],
)
def test_the_secret_check_tells_values_from_placeholders(line: str, found: list[str]) -> None:
    assert _secrets_in(line) == found


@pytest.mark.parametrize(
    ("name", "found"),
    [
        (".streamlit/secrets.toml", True),
        ("deploy/.env", True),
        ("certs/server.pem", True),
        (".streamlit/secrets.example.toml", False),
        ("feedback/store/secret.py", False),
    ],
)
def test_the_file_name_check(name: str, found: bool) -> None:
    assert bool(_SECRET_FILE_NAMES.search(name)) is found


def test_the_example_secrets_are_placeholders_for_every_auth_setting() -> None:
    with (ROOT / ".streamlit" / "secrets.example.toml").open("rb") as file:
        example = tomllib.load(file)
    auth = example["auth"]
    required = {"redirect_uri", "cookie_secret", "client_id", "client_secret"}
    assert required | {"server_metadata_url"} <= set(auth)
    assert all(_placeholder(str(auth[key])) for key in ("cookie_secret", "client_secret"))
    assert str(auth["redirect_uri"]).endswith("/oauth2callback")
    assert PurePosixPath(str(auth["server_metadata_url"])).name == "openid-configuration"
    # The mapping section reads as the app reads it: one group per role, one e-mail.
    mapping = RoleMapping.from_config(example["love_wall"])
    assert mapping.claim == "groups"
    assert sorted(set(mapping.groups.values())) == sorted(Role)
    assert list(mapping.emails.values()) == [Role.MANAGER]


def test_viewers_see_no_error_details() -> None:
    # "none": no exception type, text or traceback in the browser (tests/pages/test_page_errors.py
    # shows what a viewer sees).
    assert _config()["client"].get("showErrorDetails") == "none"
