"""Recognition: milestones, the wall, consent-aware shout-outs and rankings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

from feedback.i18n import t
from feedback.insights import recognition
from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import AgentInfo, Directory


def _quotes(
    n: int, agent_id: int | None = 1, start: str = "2026-01-01", **extra: Any
) -> pd.DataFrame:
    said = pd.date_range(start, periods=n, freq="D")
    frame = pd.DataFrame(
        {
            "id": range(1, n + 1),
            "text": [f"Danke {i}" for i in range(1, n + 1)],
            "said_on": said,
            "channel": "email",
            "agent_id": agent_id,
            "agent_first_name": "Anna",
            "agent_consent": True,
            "team": "Nord",
            "sentiment_compound": 0.5,
            "sentiment_label": "positive",
            "themes": [["speed"]] * n,
        }
    )
    return frame.assign(**extra)


def test_milestones_give_the_date_of_the_nth_quote():
    stones = recognition.milestones(_quotes(12).sample(frac=1, random_state=1))
    assert [s.number for s in stones] == [1, 10, 50, 100]
    assert stones[0].reached_on == dt.date(2026, 1, 1)
    assert stones[1].reached_on == dt.date(2026, 1, 10)
    assert stones[1].quote_id == 10
    assert stones[2].reached_on is None
    assert stones[3].quote_id is None


def test_milestone_ties_on_one_day_go_by_id():
    frame = _quotes(10).assign(said_on=pd.Timestamp("2026-03-01"))
    assert recognition.milestones(frame)[1].quote_id == 10


def test_milestones_of_nobody():
    empty = _quotes(0)
    assert all(s.reached_on is None for s in recognition.milestones(empty))


def test_wall_sums_up_one_agent():
    frame = _quotes(11, start="2026-02-20")  # 20 Feb .. 2 March
    frame.loc[0, "sentiment_label"] = "mixed"
    frame.loc[1, "themes"] = ["speed", "patience"]
    wall = recognition.wall(frame, today=dt.date(2026, 3, 15), latest=3)
    assert wall.total == 11
    assert wall.this_month == 2  # 1 and 2 March
    assert wall.positive_share == pytest.approx(10 / 11)
    assert wall.top_themes[0] == ("speed", 11)
    assert wall.top_themes[1] == ("patience", 1)
    assert (wall.next_milestone, wall.to_next) == (50, 39)
    assert wall.latest["id"].tolist() == [11, 10, 9]


def test_wall_after_the_last_milestone():
    wall = recognition.wall(_quotes(100), today=dt.date(2026, 6, 1))
    assert wall.next_milestone is None
    assert wall.to_next == 0
    assert wall.milestones[-1].reached_on == dt.date(2026, 4, 10)


@pytest.mark.parametrize(
    ("first", "consent", "team", "expected"),
    [
        ("Anna", True, "Nord", "Anna"),
        ("Aylin", False, "Nord", "a colleague from Nord"),
        (None, None, "Technik", "a colleague from Technik"),
        ("Aylin", False, None, "a colleague"),
    ],
)
def test_display_name_respects_consent(first, consent, team, expected):
    assert recognition.display_name(first, consent, team, "en") == expected


def _month() -> pd.DataFrame:
    anna = _quotes(3, agent_id=1)
    aylin = _quotes(
        2,
        agent_id=2,
        agent_first_name="Aylin",
        agent_consent=False,
        text=["Danke Aylin!", "Super, Aylin"],
    )
    jonas = _quotes(4, agent_id=3, agent_first_name="Jonas", team="Technik")
    jonas["sentiment_compound"] = [0.1, 0.9, 0.3, 0.2]
    nobody = _quotes(1, agent_id=None, agent_first_name=None, agent_consent=None)
    frame = pd.concat([anna, aylin, jonas, nobody], ignore_index=True)
    return frame.assign(id=range(1, len(frame) + 1))


def test_shout_outs_are_consent_aware_and_not_ranked():
    out = recognition.shout_outs(_month(), "de")
    assert out["who"].tolist() == [
        "Anna",
        t("recognition.from_team", "de", team="Nord"),
        "Jonas",
    ]
    assert out["quotes"].tolist() == [3, 2, 4]
    assert out.loc[2, "example"] == "Danke 2"  # Jonas's most positive quote
    long = _month().assign(text="sehr " * 100)
    example = str(recognition.shout_outs(long, "de").loc[0, "example"])
    assert len(example) == recognition.EXAMPLE_CHARS
    # A quote may name its agent: with no names to mask, no example is shown.
    assert out.loc[1, "example"] == ""
    assert "Aylin" not in " ".join(out.astype(str).to_numpy().ravel())


def test_unnamed_colleagues_of_a_team_share_one_line_with_a_masked_quote():
    ben = _quotes(1, agent_id=4, agent_first_name="Ben", agent_consent=False, text="Danke Ben!")
    frame = pd.concat([_month(), ben], ignore_index=True)
    frame = frame.assign(id=range(1, len(frame) + 1))
    directory_people = [
        AgentInfo(2, "aylin", "Aylin", "Demir", 10, False, True),
        AgentInfo(4, "ben", "Ben", "Wolf", 10, False, True),
    ]
    names = NamePrivacy(directory_people)
    out = recognition.shout_outs(frame, "de", names)
    who = out["who"].tolist()
    assert len(who) == len(set(who)), "no line twice"
    line = out[out["who"] == t("recognition.from_team", "de", team="Nord")].iloc[0]
    assert (line["quotes"], line["people"]) == (3, 2)  # Aylin's two, Ben's one
    assert line["example"] != ""
    assert "Aylin" not in line["example"]
    assert "Ben" not in line["example"]
    assert out["people"].sum() == 4  # Anna, Jonas and the two unnamed


def test_agent_ranking_orders_by_count_and_shares_ranks():
    ben = _quotes(2, agent_id=9, agent_first_name="Ben", team="Technik")
    out = recognition.agent_ranking(pd.concat([_month(), ben], ignore_index=True), "en")
    # Who did not consent is not ranked: "a colleague · Nord · 2" is one person's figure.
    assert out["who"].tolist() == ["Jonas", "Anna", "Ben"]
    assert out["team"].tolist() == ["Technik", "Nord", "Technik"]
    assert out["quotes"].tolist() == [4, 3, 2]
    assert out["rank"].tolist() == [1, 2, 3]
    assert len(recognition.agent_ranking(_month(), "en", top=2)) == 2


def test_an_agent_without_consent_is_not_ranked_even_alone_in_a_team():
    """A team of one: "a colleague · Solo · 8" would be Zora's figure, under her team's name."""
    zora = _quotes(8, agent_id=41, agent_first_name="Zora", agent_consent=False, team="Solo")
    out = recognition.agent_ranking(pd.concat([_month(), zora], ignore_index=True), "en")
    assert "Solo" not in out["team"].tolist()
    assert out["quotes"].max() == 4, "the top rank is the named leader's, not the hidden one's"
    assert out["rank"].tolist() == [1, 2]


def test_team_ranking():
    out = recognition.team_ranking(_month())
    assert out[["rank", "team", "quotes"]].values.tolist() == [[1, "Nord", 6], [2, "Technik", 4]]
    assert out["positive_share"].tolist() == [100, 100]  # whole percent


def test_team_ranking_shares_are_whole_percent():
    frame = _month()
    frame.loc[frame.index[:1], "sentiment_label"] = "negative"
    shares = recognition.team_ranking(frame)["positive_share"].tolist()
    assert all(isinstance(share, int) for share in shares)
    assert sorted(shares) == [83, 100]


def test_visible_agents_are_consenting_or_me():
    agents = {
        1: AgentInfo(1, "anna.meier", "Anna", "Meier", 1, True, True),
        2: AgentInfo(2, "aylin.kaya", "Aylin", "Kaya", 1, False, True),
        3: AgentInfo(3, "ben.alt", "Ben", "Alt", 1, True, False),
    }
    directory = Directory(agents=agents, teams={1: "Nord"})
    assert [a.id for a in recognition.visible_agents(directory, None)] == [1]
    assert [a.id for a in recognition.visible_agents(directory, 2)] == [1, 2]
    assert recognition.own_agent(directory, 2) == agents[2]
    assert recognition.own_agent(directory, None) is None


def test_months():
    assert recognition.month_bounds(dt.date(2024, 2, 10)) == (
        dt.date(2024, 2, 1),
        dt.date(2024, 2, 29),
    )
    assert recognition.month_bounds(dt.date(2026, 12, 31))[1] == dt.date(2026, 12, 31)
    months = recognition.recent_months(dt.date(2026, 1, 15), count=3)
    assert months == [dt.date(2026, 1, 1), dt.date(2025, 12, 1), dt.date(2025, 11, 1)]


def test_agents_open_only_their_own_wall():
    agents = [
        AgentInfo(1, "a", "Anna", "Meier", 1, True, True),
        AgentInfo(2, "b", "Ben", "Kurz", 1, True, True),
    ]
    assert recognition.wall_owners(agents, 2, only_own=True) == [agents[1]]
    assert recognition.wall_owners(agents, None, only_own=True) == []
    assert recognition.wall_owners(agents, 2, only_own=False) == agents


def test_a_mixed_quote_is_shown_by_its_praise_under_the_shout_out():
    """The demo's walk found "🎉 Marco … I'm running out of patience." as a shout-out."""
    text = (
        "I couldn't print the return label. The hotline was a disaster, but Mr Bianchi saved "
        "the day. I've been a customer for years, but I'm running out of patience."
    )
    marco = _quotes(1, agent_first_name="Marco", text=text, language="en", sentiment_label="mixed")
    agents = recognition.shout_outs(marco, "en")
    assert agents["example"].tolist() == ["Mr Bianchi saved the day."]
    teams = recognition.team_shout_outs(marco, "en")
    assert teams["example"].tolist() == ["Mr Bianchi saved the day."]
    # a quote that is not mixed is shown as it is
    plain = marco.assign(sentiment_label="positive")
    assert recognition.shout_outs(plain, "en")["example"].tolist() == [text]


def test_an_agent_set_inactive_still_opens_their_own_wall():
    # Their account still signed in after they were set inactive, and "Your wall" said there
    # was nobody to show: their quotes stay, and so does their way to them.
    anna = AgentInfo(1, "a", "Anna", "Meier", 1, True, False)
    ben = AgentInfo(2, "b", "Ben", "Kurz", 1, True, True)
    directory = Directory(teams={1: "Nord"}, agents={1: anna, 2: ben})
    shown = recognition.visible_agents(directory, 1)
    assert shown == [ben]  # no picker offers an inactive agent
    assert recognition.wall_owners(shown, 1, only_own=True, own=anna) == [anna]
    assert recognition.wall_owners(shown, 1, only_own=False, own=anna) == [ben]
