"""Hostile strings for the browser tests: quotes, teams, agents, an account and a theme whose
text would run, format, reorder or overflow if any page took it for markup or layout.

Everything goes in through the services the CLI and the pages use (validation, redaction and
analysis included), never around them: what the pipeline refuses (a blank quote, a name with
control characters) never reaches a page, and :func:`seed_hostile` checks that it is refused.
Every ``alert(1)`` would open a dialog, which the tests listen for.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from feedback.auth.roles import Actor, Role
from feedback.domain import QuoteDraft, Status
from feedback.insights.settings import additions_from_rows, shipped_labels, taxonomy_problem
from feedback.services import accounts, people, settings
from feedback.services.quotes import submit
from feedback.store.settings import load_settings

ADMIN = Actor.system("hostile.seed")
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
MD_LINK = "[link](javascript:alert(1))"
# Why 1,990: a quote holds 2,000 characters at most (feedback.domain.MAX_QUOTE_CHARS).
LONG_WORD = "Dankeschön" * 199
# 200 emoji: skin tones, ZWJ families and flags, which are several code points each.
EMOJI = ("👍🏽" + "👩🏿‍💻" + "👨‍👩‍👧‍👦" + "🏳️‍🌈" + "❤️") * 40

# Team names (at most 80 characters, no control or format characters: people.clean_name).
TEAMS = (
    "Team $x$ & Co",
    "<b>Nord</b>",
    SCRIPT,
    f"**Süd** {MD_LINK}",
    "فريق الدعم",
    '=HYPERLINK("http://evil.example","x")',
    "W" * 80,
)
# (handle, first name, last name, team index); every one consents to be named.
AGENTS = (
    ("anna<b>", "<b>Anna</b>", IMG, 0),
    ("bob*md*", "**Bob**", MD_LINK, 1),
    ("script.agent", SCRIPT, "$x$ & 5$", 2),
    ("rtl.agent", "محمد", "שלום", 4),
    ("formula.agent", "=1+1", "@SUM(A1)", 5),
    ("long.agent", "M" * 80, "Zoe\u0308 李小龙", 6),
)
# Quotes for the agents above, in turn. Each is approved, except the last two (moderation).
QUOTES = (
    f"Danke! {SCRIPT} Super Service am Telefon.",
    f"Toll {IMG} gemacht, vielen Dank.",
    f"Klick javascript:alert(1) und {MD_LINK} bitte, danke!",
    "**fett** und _kursiv_ und # keine Überschrift\n\n# Überschrift\n\n| a | b |\n|---|---|",
    "Kosten 5$ und 10$ gespart, $x^2$ und $$\\int f$$, danke für die Hilfe",
    "Entities &amp;lt; &lt;b&gt;fett&lt;/b&gt; &#60;script&#62; wurden gut erklärt, danke",
    "Dan\u200bke\u200d für\u2060 alles\u200c und\ufeff mehr",
    "Danke \u202eexe.live\u202c für die Geduld",
    "شكرا جزيلا على المساعدة الرائعة. תודה רבה על העזרה!",
    "Z\u0334\u0321\u0322a\u0337\u0300\u0301l\u0336\u0302g\u0338\u0303o\u0335\u0304 sagt danke",
    f"Danke {LONG_WORD}",
    f"Danke {EMOJI}",
    "非常感谢您的帮助，服务很好！ありがとうございます。감사합니다",
    "Danke\x00\x01\x07\x1b[31m rot\x08 gut und schnell",
    "Danke \ud800 gut, sehr freundlich",
    '=HYPERLINK("http://evil.example","klick") danke für alles',
    "+49 Danke, das war super",
    "-1 Danke, das war sehr gut",
    "@SUM(1+1) danke sehr",
    "\tDanke mit Tab am Anfang",
    "\rDanke mit CR am Anfang",
)
# Refused by the pipeline: nothing to show (blank), too long (one 5,000-character word).
REFUSED_QUOTES = (" \n\n\t \n ", "x" * 5000)
TAGS = ["<b>tag</b>", "=cmd|' /C calc'!A0", "$x$"]
# An account whose display name and e-mail are hostile; it leads the hostile teams.
LEAD = "hostile.lead"
AGENT = "hostile.agent"
THEME = {
    "label_de": "<b>Lob</b> $x$",
    "label_en": f"**Praise** {MD_LINK}",
    "keywords_de": "Geduld",
    "keywords_en": "patience",
}


def seed_hostile(engine: Engine, today: dt.date) -> None:
    """Add the hostile theme, teams, agents, accounts and quotes to a migrated store."""
    _add_theme(engine, today)
    team_ids = [people.add_team(engine, ADMIN, name) for name in TEAMS]
    agents = [
        people.add_agent(
            engine,
            ADMIN,
            handle=handle,
            first_name=first,
            last_name=last,
            team_id=team_ids[team],
            consent_named=True,
        )
        for handle, first, last, team in AGENTS
    ]
    _refuses(lambda: people.add_team(engine, ADMIN, "T" * 200))
    _refuses(lambda: people.add_team(engine, ADMIN, "Team\u202eevil"))
    accounts.add_account(
        engine,
        ADMIN,
        LEAD,
        Role.LEAD,
        teams=TEAMS,
        email="<img/src=x/onerror=alert(1)>@evil.example",
        display_name=f"{SCRIPT} **Lead** $x$",
    )
    accounts.add_account(engine, ADMIN, AGENT, Role.AGENT, agent=AGENTS[0][0])
    drafts = [
        QuoteDraft(
            text=text,
            channel="chat",
            said_on=today - dt.timedelta(days=n % 20),
            submitted_by=ADMIN.name,
            agent_id=agents[n % len(agents)].id,
            tags=TAGS if n % 3 == 0 else [],
            rating=5 if n % 2 else None,
            rating_scale=5 if n % 2 else None,
            status=Status.PENDING if n >= len(QUOTES) - 2 else Status.APPROVED,
        )
        for n, text in enumerate(QUOTES)
    ]
    results = submit(engine, ADMIN, drafts, today=today)
    problems = [r.prepared.messages("en") for r in results if not r.stored]
    if problems:
        raise RuntimeError(f"hostile quotes were refused: {problems}")
    refused = [
        QuoteDraft(text=text, channel="chat", said_on=today, submitted_by=ADMIN.name,
                   agent_id=agents[0].id)
        for text in REFUSED_QUOTES
    ]  # fmt: skip
    if any(r.stored for r in submit(engine, ADMIN, refused, today=today)):
        raise RuntimeError("the pipeline stored a blank or an over-long quote")


def _add_theme(engine: Engine, today: dt.date) -> None:
    current = load_settings(engine)
    shipped = shipped_labels()
    additions = additions_from_rows([THEME], current.theme_additions, shipped)
    problem = taxonomy_problem(additions, "en")
    if problem:
        raise RuntimeError(problem)
    new = current.model_copy(update={"theme_additions": additions})
    settings.save_settings(engine, ADMIN, new, today=today)


def _refuses(action: object) -> None:
    try:
        action()  # type: ignore[operator]
    except people.PeopleProblem:
        return
    raise RuntimeError("a name with control characters or over 80 characters was accepted")
