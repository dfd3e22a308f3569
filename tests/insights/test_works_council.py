"""Works-council mode as pure decisions: nobody named, filtered, picked or ranked; teams stay."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from feedback.insights import moderation, recognition, works_council
from feedback.insights.clouds import SCOPES
from feedback.insights.privacy import NAME_PLACEHOLDER
from feedback.insights.wall import build_wall
from feedback.store.directory import AgentInfo, Directory
from tests.insights.test_wall import frame, quote

N = NAME_PLACEHOLDER
ANNA = AgentInfo(1, "anna.meier", "Anna", "Meier", 10, consent_named=True, active=True)
TIM = AgentInfo(2, "tim.koch", "Tim", "Koch", 20, consent_named=False, active=True)
DIRECTORY = Directory(agents={1: ANNA, 2: TIM}, teams={10: "Nord", 20: "Technik"})


@pytest.mark.parametrize(
    ("rankings_enabled", "mode", "shown"),
    [(False, False, False), (True, False, True), (False, True, False), (True, True, False)],
)
def test_rankings_only_when_enabled_and_never_in_the_mode(rankings_enabled, mode, shown):
    assert works_council.rankings_shown(rankings_enabled, mode) is shown


@pytest.mark.parametrize(
    ("mode", "people", "walls", "scopes"),
    [
        (False, [ANNA, TIM], ("agent", "team"), SCOPES),
        (True, [], ("team",), ("overall", "team", "theme")),
    ],
)
def test_nobody_to_pick_in_the_mode(mode, people, walls, scopes):
    assert works_council.per_person(mode) is not mode
    assert works_council.pickable([ANNA, TIM], mode) == people
    assert works_council.wall_kinds(mode) == walls
    assert works_council.scopes(SCOPES, mode) == scopes


def test_the_mode_hides_every_name_consent_or_not():
    text = "Danke Anna Meier und Frau Koch!"
    assert (
        works_council.name_privacy(DIRECTORY, False).mask(text) == f"Danke Anna Meier und Frau {N}!"
    )
    assert works_council.name_privacy(DIRECTORY, True).mask(text, 1) == f"Danke {N} und Frau {N}!"


def test_cards_name_the_team_in_the_mode():
    quotes = frame(quote(1, text="Danke Anna!"), quote(2, agent_id=2, agent_consent=False))
    names = works_council.name_privacy(DIRECTORY, True)

    shown = works_council.team_level(quotes, True)
    view = build_wall(shown, names=names, today=dt.date(2026, 11, 23))

    cards = [*view.cards, *([view.highlight] if view.highlight else [])]
    assert {(card.who, card.named) for card in cards} == {("Privatkunden Nord", False)}
    assert f"Danke {N}!" in [card.text for card in cards]
    assert quotes["agent_consent"].tolist() == [True, False], "the shared frame is unchanged"
    assert works_council.team_level(quotes, False) is quotes


def _month() -> pd.DataFrame:
    return frame(
        quote(1, text="Danke Anna Meier!", sentiment_compound=0.9),
        quote(2, text="Gut.", sentiment_compound=0.1),
        quote(3, agent_id=2, agent_consent=False, team="Technik", text="Tim Koch ist super"),
    )


def test_team_shout_outs_thank_teams_with_their_best_quote_masked():
    names = works_council.name_privacy(DIRECTORY, True)

    shout = recognition.month_shout_outs(_month(), "de", names, works_council_mode=True)

    assert shout.to_dict("records") == [
        {
            "who": "Privatkunden Nord",
            "team": "das ganze Team",
            "quotes": 2,
            "example": f"Danke {N}!",
        },
        {"who": "Technik", "team": "das ganze Team", "quotes": 1, "example": f"{N} ist super"},
    ]


def test_without_the_mode_shout_outs_thank_people():
    names = works_council.name_privacy(DIRECTORY, False)
    shout = recognition.month_shout_outs(_month(), "de", names, works_council_mode=False)
    assert "Anna" in set(shout["who"])


def test_moderation_masks_names_in_the_queue_the_text_and_the_audit():
    names = works_council.name_privacy(DIRECTORY, True)
    quotes = works_council.team_level(frame(quote(1, text="Danke Anna Meier, top!")), True)

    table = moderation.queue_table(quotes, "de", names)
    assert list(table[["who", "text"]].iloc[0]) == [
        "eine Person aus Privatkunden Nord",
        "Danke [Name], top!",  # the placeholder in words, as on the wall
    ]

    text = "Danke Anna Meier, super [EMAIL]"
    parts = moderation.segments(
        text,
        [{"start": 24, "end": 31, "kind": "email"}],
        [moderation.EvidenceItem("super", 0.4)],
        hidden=names.spans(text, 1),
        placeholder="[Name]",
    )
    assert [(p.text, p.kind) for p in parts] == [
        ("Danke ", None),
        ("[Name]", "hidden"),
        (", ", None),
        ("super", "positive"),
        (" ", None),
        ("[EMAIL]", "redaction:email"),
    ]

    audit = pd.DataFrame(
        [{"at": pd.Timestamp("2026-11-20 10:00"), "actor": "lead", "action": "edit",
          "changes": {"text": ["Danke Anna Meier", "Danke Anna Meier!"]}}]
    )  # fmt: skip
    change = moderation.audit_table(audit, "de", mask=lambda s: names.mask(s, 1))["change"][0]
    assert "Anna" not in change
    assert "Danke [Name] → Danke [Name]!" in change
