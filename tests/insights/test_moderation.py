"""Moderation: the queue table, evidence, redaction highlights (escaped) and the audit view."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from feedback.i18n import t
from feedback.insights import moderation


def _pending() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [7, 8, 9],
            "text": ["Danke, super schnell!", "Leider zu spät, aber nett.", "x" * 300],
            "said_on": pd.to_datetime(["2026-01-03", "2026-01-05", "2026-01-01"]),
            "agent_first_name": ["Anna", "Aylin", None],
            "agent_consent": [True, False, None],
            "team": ["Nord", "Nord", "Technik"],
            "channel": ["email", "chat", "phone"],
            "sentiment_label": ["positive", "mixed", "negative"],
            "sentiment_compound": [0.8, 0.1, -0.6],
        }
    )


def test_queue_table_flags_negative_and_mixed_first():
    table = moderation.queue_table(_pending(), "en")
    assert table["id"].tolist() == [9, 8, 7]  # flagged first, then oldest first
    assert table["flag"].tolist() == [True, True, False]
    assert not table["select"].any()
    assert table["who"].tolist() == ["a colleague from Technik", "a colleague from Nord", "Anna"]
    assert table.loc[0, "said_on"] == dt.date(2026, 1, 1)
    assert table["channel"].tolist() == [
        t(f"common.channel_{c}", "en") for c in ("phone", "chat", "email")
    ]
    assert table["sentiment"].tolist() == ["🔴 negative", "🟠 mixed", "🟢 positive"]
    preview = str(table.loc[0, "text"])
    assert len(preview) == moderation.PREVIEW_CHARS
    assert preview.endswith("…")


@pytest.mark.parametrize(
    ("label", "flagged"),
    [("negative", True), ("mixed", True), ("positive", False), ("neutral", False), (None, False)],
)
def test_is_flagged(label, flagged):
    assert moderation.is_flagged(label) is flagged


def test_pick_labels_follow_the_queue_order_with_the_preview():
    table = moderation.queue_table(_pending(), "de")
    labels = moderation.pick_labels(table)
    assert list(labels) == [9, 8, 7]
    assert labels[7] == "#7 · Danke, super schnell!"
    assert labels[9].endswith("…")  # the shortened preview, not the 300 characters
    assert moderation.pick_labels(table.iloc[0:0]) == {}


def test_selected_ids():
    table = moderation.queue_table(_pending(), "de")
    table.loc[[0, 2], "select"] = True
    assert moderation.selected_ids(table) == [9, 7]
    assert moderation.selected_ids(table.iloc[0:0]) == []


def test_evidence_is_sorted_by_strength_and_tolerates_bad_json():
    analysis = {
        "sentiment": {
            "evidence": [
                {"text": "nett", "weight": 0.2},
                {"text": "zu spät", "weight": -0.5},
                {"text": "super", "weight": 0.4},
                {"text": "", "weight": 1.0},
                {"weight": 0.1},
                "junk",
            ]
        }
    }
    found = moderation.evidence(analysis)
    assert [(e.text, e.weight) for e in found] == [("zu spät", -0.5), ("super", 0.4), ("nett", 0.2)]
    assert moderation.evidence(None) == []
    assert moderation.evidence({"sentiment": None}) == []


def test_redaction_spans_use_stored_spans_and_find_old_placeholders():
    text = "Danke Herr M., Mail an [EMAIL] und Nummer [REF]."
    stored = [
        {"kind": "name", "start": 6, "end": 13},
        {"kind": "email", "start": 23, "end": 30},
        {"kind": "phone", "start": 40, "end": 400},
    ]  # out of range: ignored
    spans = moderation.redaction_spans(text, stored)
    assert spans == [(6, 13, "name"), (23, 30, "email"), (42, 47, "reference")]
    assert text[6:13] == "Herr M."


def test_segments_mark_evidence_and_redactions_without_overlap():
    text = "Super! Leider [PHONE] super spät."
    items = [moderation.EvidenceItem("super", 0.5), moderation.EvidenceItem("leider", -0.3)]
    parts = moderation.segments(text, [{"kind": "phone", "start": 14, "end": 21}], items)
    assert "".join(p.text for p in parts) == text
    marked = [(p.text, p.kind) for p in parts if p.kind]
    assert marked == [
        ("Super", "positive"),
        ("Leider", "negative"),
        ("[PHONE]", "redaction:phone"),
        ("super", "positive"),
    ]


def test_highlighted_html_escapes_quote_text_and_titles():
    text = '<script>alert(1)</script> <b>danke</b> "[EMAIL]"'
    parts = moderation.segments(text, [], [moderation.EvidenceItem("danke", 0.4)])
    out = moderation.highlighted_html(
        parts, {"positive": 'lifts "it"', "redaction:email": "E-Mail"}
    )
    assert "<script>" not in out
    assert "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert '<mark title="lifts &quot;it&quot;"' in out
    assert out.count("<mark") == 2  # "danke" and "[EMAIL]"


def test_a_long_word_wraps_inside_the_quote_box():
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellerverband" * 2
    out = moderation.highlighted_html(moderation.segments(f"Danke! {word}", [], []), {})
    box = out[: out.index(">")]
    assert "overflow-wrap:anywhere" in box


def test_the_quote_box_takes_its_direction_from_the_quote():
    """An Arabic quote ran left to right in the box, its "!" at its beginning."""
    out = moderation.highlighted_html(moderation.segments("شكرا <b>!</b>", [], []), {})
    box = out[: out.index(">")]
    assert 'dir="auto"' in box
    assert "border-inline-start" in box  # the stripe on the side where the quote begins
    assert "شكرا &lt;b&gt;!&lt;/b&gt;" in out


@pytest.mark.parametrize(
    ("lang", "at", "status", "created", "actions"),
    [
        (
            "de",
            "05.01.2026, 10:30:00",
            "Status: Wartet → Freigegeben",
            "Status: Wartet; Kanal: E-Mail",
            ["Status geändert", "Text bearbeitet", "angelegt"],
        ),
        (
            "en",
            "5 Jan 2026, 10:30:00",
            "Status: Pending → Approved",
            "Status: Pending; Channel: Email",
            ["status changed", "text edited", "created"],
        ),
    ],
)
def test_audit_table_describes_changes_in_the_ui_language(lang, at, status, created, actions):
    audit = pd.DataFrame(
        {
            "at": pd.to_datetime(["2026-01-05 10:30", "2026-01-04 09:00", "2026-01-03 08:00"]),
            "actor": ["lead", "lead", "anna.meier"],
            "action": ["status", "edit", "create"],
            "entity": "quote",
            "entity_id": 7,
            "changes": [
                {"status": ["pending", "approved"]},
                {"text": ["alt " * 30, "neu"]},
                {"status": "pending", "channel": "email", "tags": ["a", "b"]},
            ],
        }
    )
    table = moderation.audit_table(audit, lang)
    assert table["at"].tolist()[0] == at
    assert table["action"].tolist() == actions
    assert table["change"].tolist()[0] == status
    assert table["change"].tolist()[1].endswith("… → neu")
    assert table["change"].tolist()[2] == created
    assert moderation.audit_table(audit.iloc[0:0]).empty


def test_queue_is_newest_first_and_marks_what_came_in_today_in_the_readers_zone():
    pending = _pending().assign(
        # UTC; 23:30 on 4 January is already 5 January in Berlin.
        submitted_at=pd.to_datetime(
            ["2026-01-04 23:30", "2026-01-04 12:00", "2026-01-05 08:00"], utc=True
        )
    )
    berlin = ZoneInfo("Europe/Berlin")
    table = moderation.queue_table(pending, "de", today=dt.date(2026, 1, 5), zone=berlin)
    assert table["id"].tolist() == [9, 7, 8]
    assert table["new"].tolist() == ["heute", "heute", ""]
    assert moderation.new_today(table) == 2
    in_utc = moderation.queue_table(pending, "de", today=dt.date(2026, 1, 5))
    assert moderation.new_today(in_utc) == 1


@pytest.mark.parametrize(
    ("lang", "scores"), [("de", ["+0,80", "+0,10"]), ("en", ["+0.80", "+0.10"])]
)
def test_scores_are_written_in_the_readers_locale(lang, scores):
    table = moderation.queue_table(_pending(), lang)
    assert table.set_index("id").loc[[7, 8], "score"].tolist() == scores
    assert table.set_index("id").loc[9, "score"] == ("-0,60" if lang == "de" else "-0.60")


def test_audit_times_are_in_the_readers_zone():
    audit = pd.DataFrame(
        {
            "at": pd.to_datetime(["2026-07-05 10:30"]),
            "actor": ["lead"],
            "action": ["create"],
            "changes": [{"status": "pending", "channel": "phone", "said_on": "2026-07-04"}],
        }
    )
    table = moderation.audit_table(audit, "de", zone=ZoneInfo("Europe/Berlin"))
    assert table.loc[0, "at"] == "05.07.2026, 12:30:00"  # summer time: UTC+2; as the audit page
    assert table.loc[0, "change"] == "Status: Wartet; Kanal: Telefon; Datum: 04.07.2026"


def test_the_queue_filter_offers_a_lead_no_other_teams_agent_without_consent():
    from feedback.auth.roles import Actor, Role
    from feedback.store.directory import AgentInfo

    own = AgentInfo(1, "ole.n", "Ole", "Nord", 10, False, True)
    other_named = AgentInfo(2, "tim.s", "Tim", "Süd", 20, True, True)
    other_unnamed = AgentInfo(3, "eva.s", "Eva", "Süd", 20, False, True)
    agents = [own, other_named, other_unnamed]
    visible = [other_named]
    lead = Actor("lead.nora", Role.LEAD, team_ids=frozenset({10}))
    assert moderation.queue_agents(agents, lead, visible) == [own, other_named]
    admin = Actor("admin.anna", Role.ADMIN)
    assert moderation.queue_agents(agents, admin, visible) == agents


def test_a_hebrew_quote_starts_at_the_left_of_its_queue_cell():
    # The grid set it flush right in the wide text column: on a phone, off the screen.
    frame = _pending().iloc[:1].assign(text=["תודה רבה!"], agent_first_name=["محمد"])
    table = moderation.queue_table(frame, "de")
    assert table.loc[0, "text"] == "\u200e\u2067תודה רבה!\u2069"
    assert table.loc[0, "who"] == "\u200e\u2067محمد\u2069"
    assert moderation.pick_labels(table)[7] == "#7 · \u200e\u2067תודה רבה!\u2069"
