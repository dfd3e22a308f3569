"""The redaction targets on the held-out cases (tests/fixtures/redaction_cases.jsonl).

The cases were written and committed before the rules were tuned, and the rules were never
tuned on them afterwards (the development examples are in test_redact_context.py): a failing
target here is a real failure, not a reason to edit the cases.
"""

from __future__ import annotations

import pytest

from feedback.collect.redact_eval import (
    DEFAULT_CASES,
    TARGETS,
    _identifying,
    _tokens,
    evaluate,
    load_cases,
    main,
)
from tests.collect.redact_floors import assert_at_floors


@pytest.fixture(scope="module")
def scores():
    return evaluate(load_cases())


def test_the_held_out_set_has_at_least_200_cases_half_of_them_german():
    cases = load_cases(DEFAULT_CASES)
    german = sum(case["lang"] == "de" for case in cases)
    assert len(cases) >= 200
    assert german >= len(cases) // 2 - 5
    assert len(cases) - german >= len(cases) // 2 - 5


def test_name_recall(scores):
    assert scores.name_recall >= TARGETS["name_recall"], scores.misses


def test_structured_data_recall(scores):
    assert scores.structured_recall >= TARGETS["structured_recall"], scores.misses


def test_ordinary_words_and_agents_names_are_kept(scores):
    assert scores.keep_rate >= TARGETS["keep_rate"], scores.misses
    assert scores.capitalised_rate >= TARGETS["keep_rate"]


# The second held-out set, by an author who saw neither the rules nor the other cases (docs/
# benchmarks.md, "Redaction"). The targets are missed on it; these are the figures measured
# when it was last read (2026-12-04), so that no change makes real messages less private.
HOLDOUT2 = DEFAULT_CASES.with_name("redaction_holdout2_cases.jsonl")
HOLDOUT2_FLOOR = {"names": 0.83, "structured": 0.95, "kept": 0.98}


def test_the_second_held_out_set_stays_at_its_measured_figures():
    scores = evaluate(load_cases(HOLDOUT2))
    assert scores.name_recall >= HOLDOUT2_FLOOR["names"]
    assert scores.structured_recall >= HOLDOUT2_FLOOR["structured"]
    assert scores.keep_rate >= HOLDOUT2_FLOOR["kept"]
    assert scores.capitalised_rate >= HOLDOUT2_FLOOR["kept"]


# The third held-out set (200 cases, 110 de / 90 en), written 2026-12-05 by an author who saw
# neither the rules nor the other sets, and read once: names 0.863, structured 0.968, kept
# 1.000, capitalised 0.994; read again after rounds tuned on the development sets: names
# 0.889, then 0.915, then 0.941 (after the rounds on development set 4). Never tune on it; a
# floor just under what was measured.
HOLDOUT3 = DEFAULT_CASES.with_name("redaction_holdout3_cases.jsonl")
HOLDOUT3_FLOOR = {"names": 0.935, "structured": 0.97, "kept": 0.99}


def test_the_third_held_out_set_stays_at_its_measured_figures():
    scores = evaluate(load_cases(HOLDOUT3))
    assert len(load_cases(HOLDOUT3)) == 200
    assert scores.name_recall >= HOLDOUT3_FLOOR["names"]
    assert scores.structured_recall >= HOLDOUT3_FLOOR["structured"]
    assert scores.keep_rate >= HOLDOUT3_FLOOR["kept"]
    assert scores.capitalised_rate >= HOLDOUT3_FLOOR["kept"]


# The fourth pair (2026-12-05, 200 cases each, 100 de / 100 en, by an author who saw neither
# the rules nor the other sets): development set 4 was tuned on (names 0.877 -> 0.952,
# structured 0.952 -> 1.000); held-out set 4 was read before the tuning (names 0.874,
# structured 0.903, kept 0.994) and once after it (0.895, 0.920, 0.994). Never tune on it.
DEV4 = DEFAULT_CASES.with_name("redaction_dev4_cases.jsonl")
HOLDOUT4 = DEFAULT_CASES.with_name("redaction_holdout4_cases.jsonl")
FLOORS4 = {DEV4: (0.95, 0.99, 0.99), HOLDOUT4: (0.89, 0.915, 0.99)}


# The fifth pair (2026-12-05, 200 cases each, 100 de / 100 en, by a new author who saw
# neither the rules nor the other sets): development set 5 was tuned on (names 0.840 ->
# 0.941, structured 0.969 -> 1.000, kept 0.986 -> 0.998); held-out set 5 was read before the
# tuning (names 0.829, structured 0.918, kept 0.989) and once after it (0.845, 0.932, 0.991).
# Never tune on it.
DEV5 = DEFAULT_CASES.with_name("redaction_dev5_cases.jsonl")
HOLDOUT5 = DEFAULT_CASES.with_name("redaction_holdout5_cases.jsonl")
FLOORS5 = {DEV5: (0.94, 0.99, 0.99), HOLDOUT5: (0.84, 0.93, 0.985)}


# The sixth pair (2026-12-05, 200 cases each, half German, by a new author who saw neither
# the rules nor the other sets; adds official identifiers, kind "other_id"): development set 6
# was tuned on (names 0.859 -> 0.912, structured 0.905 -> 1.000, kept 0.993 -> 0.993); held-out
# set 6 was read before the tuning (names 0.872, structured 0.851, kept 0.985) and its floors
# are set below those figures without reading it again. Never tune on it.
DEV6 = DEFAULT_CASES.with_name("redaction_dev6_cases.jsonl")
HOLDOUT6 = DEFAULT_CASES.with_name("redaction_holdout6_cases.jsonl")
FLOORS6 = {DEV6: (0.90, 0.99, 0.99), HOLDOUT6: (0.86, 0.84, 0.98)}


@pytest.mark.parametrize(
    "path",
    [DEV4, HOLDOUT4, DEV5, HOLDOUT5, DEV6, HOLDOUT6],
    ids=["dev4", "holdout4", "dev5", "holdout5", "dev6", "holdout6"],
)
def test_the_fourth_to_sixth_sets_stay_at_their_measured_figures(path):
    cases = load_cases(path)
    names, structured, kept = {**FLOORS4, **FLOORS5, **FLOORS6}[path]
    scores = evaluate(cases)
    assert len(cases) == 200
    assert scores.name_recall >= names
    assert scores.structured_recall >= structured
    assert scores.keep_rate >= kept
    assert scores.capitalised_rate >= kept


# The seventh session's pair (2026-12-05, written by the helper that then tuned the rules,
# before it read them): development set 8 (160 cases, 80 de / 80 en, tuned on: names 0.902 ->
# 1.000, structured 0.931 -> 1.000, kept 0.991 -> 1.000) and held-out set 7 (120 cases, 60 de
# / 60 en: Austrian, Swiss, British and Irish formats), read once before the tuning (names
# 0.935, structured 0.946, kept 0.995) and once after it (0.952, 0.968, 0.995), its misses not
# read; structured 0.978 after the eighth session. Never tune on it.
DEV8 = DEFAULT_CASES.with_name("redaction_dev8_cases.jsonl")
HOLDOUT7 = DEFAULT_CASES.with_name("redaction_holdout7_cases.jsonl")
FLOORS7 = {DEV8: (160, 0.99, 0.99, 0.99), HOLDOUT7: (120, 0.945, 0.975, 0.99)}


@pytest.mark.parametrize("path", [DEV8, HOLDOUT7], ids=["dev8", "holdout7"])
def test_the_seventh_sessions_sets_stay_at_their_measured_figures(path):
    cases = load_cases(path)
    size, names, structured, kept = FLOORS7[path]
    scores = evaluate(cases)
    german = sum(case["lang"] == "de" for case in cases)
    assert len(cases) == size
    assert german == size // 2
    assert scores.name_recall >= names
    assert scores.structured_recall >= structured
    assert scores.keep_rate >= kept
    assert scores.capitalised_rate >= kept


# The eighth session's pair (2026-12-05, written by the helper that then tuned the rules,
# before it read them): development set 9 (80 cases, 40 de / 40 en, tuned on: names 0.818 ->
# 1.000, structured 0.797 -> 0.984, kept 0.991 -> 1.000) and held-out set 8 (120 cases, 60 de /
# 60 en), read once before the tuning (names 0.894, structured 0.937, kept 0.972, capitalised
# 0.985) and once after it (0.915, 0.991, 0.978, 0.986), its misses not read. Held-out 7's
# structured recall rose to 0.978 on the way. Never tune on held-out 8.
DEV9 = DEFAULT_CASES.with_name("redaction_dev9_cases.jsonl")
HOLDOUT8 = DEFAULT_CASES.with_name("redaction_holdout8_cases.jsonl")
FLOORS8 = {DEV9: (80, 0.99, 0.98, 0.99, 0.99), HOLDOUT8: (120, 0.91, 0.985, 0.975, 0.985)}


@pytest.mark.parametrize("path", [DEV9, HOLDOUT8], ids=["dev9", "holdout8"])
def test_the_eighth_sessions_sets_stay_at_their_measured_figures(path):
    cases = load_cases(path)
    size, names, structured, kept, capitalised = FLOORS8[path]
    scores = evaluate(cases)
    german = sum(case["lang"] == "de" for case in cases)
    assert len(cases) == size
    assert german == size // 2
    assert scores.name_recall >= names
    assert scores.structured_recall >= structured
    assert scores.keep_rate >= kept
    assert scores.capitalised_rate >= capitalised


# The ninth session's pair, English only (2026-12-05, written by the helper that then tuned the
# rules, before it read them): development set 10 (80 cases, tuned on: names 0.863 -> 0.925,
# structured 0.951 -> 0.951, kept 0.993 -> 1.000, capitalised 0.983 -> 1.000) and held-out set 9
# (106 cases: UK, US, Irish, Australian and Indian-English messages), read once before the
# tuning (names 0.848, structured 0.962, kept 1.000, capitalised 0.990) and once after it
# (0.895, 0.962, 1.000, 1.000; names also counted with the possessive fix of the scoring), its
# misses not read. Never tune on held-out 9.
DEV10 = DEFAULT_CASES.with_name("redaction_dev10_cases.jsonl")
HOLDOUT9 = DEFAULT_CASES.with_name("redaction_holdout9_cases.jsonl")
FLOORS9 = {DEV10: (80, 0.92, 0.95, 0.995, 0.995), HOLDOUT9: (106, 0.89, 0.96, 0.995, 0.995)}


@pytest.mark.parametrize("path", [DEV10, HOLDOUT9], ids=["dev10", "holdout9"])
def test_the_ninth_sessions_english_sets_stay_at_their_measured_figures(path):
    cases = load_cases(path)
    size, names, structured, kept, capitalised = FLOORS9[path]
    scores = evaluate(cases)
    assert len(cases) == size
    assert all(case["lang"] == "en" for case in cases)
    assert scores.name_recall >= names
    assert scores.structured_recall >= structured
    assert scores.keep_rate >= kept
    assert scores.capitalised_rate >= capitalised


# The twelfth session's pair (2026-12-06, written by the helper that then tuned the rules,
# before it read them): held-out set 11 (128 cases, 76 de with Austrian and Swiss messages / 52
# en), read once before the tuning (names 0.933, structured 0.937, kept 0.995, capitalised
# 0.999) and once after it (0.940, 0.937, 0.995, 0.999), its misses not read; development set
# 12 (100 cases, 59 de / 41 en, tuned on: names 0.803 -> 0.986, structured 0.979 -> 1.000).
# Never tune on held-out 11.
DEV12 = DEFAULT_CASES.with_name("redaction_dev12_cases.jsonl")
HOLDOUT11 = DEFAULT_CASES.with_name("redaction_holdout11_cases.jsonl")
# The thirteenth session's pair (2026-12-06, same way): held-out set 12 (135 cases, 70 de / 65
# en), read once before the tuning (names 0.880, structured 0.935, kept 1.000, capitalised
# 0.994) and once after it (0.899, 0.957, 1.000, 0.994), its misses not read; development set
# 13 (82 cases, 20 de / 62 en, tuned on: names 0.697 -> 0.864, structured 0.962 -> 1.000).
# Never tune on held-out 12.
DEV13 = DEFAULT_CASES.with_name("redaction_dev13_cases.jsonl")
HOLDOUT12 = DEFAULT_CASES.with_name("redaction_holdout12_cases.jsonl")
FLOORS11 = {
    DEV12: (100, 59, 0.98, 0.99, 0.99, 0.99),
    # structured 0.937 -> 0.926 when the scoring began to count every word of a handle or a
    # written-out e-mail address (fourteenth session): one handle with no digit was left
    HOLDOUT11: (128, 76, 0.935, 0.92, 0.99, 0.995),
    DEV13: (82, 20, 0.86, 0.99, 0.98, 0.99),
    HOLDOUT12: (135, 70, 0.895, 0.95, 0.99, 0.99),
}


@pytest.mark.parametrize(
    "path",
    [DEV12, HOLDOUT11, DEV13, HOLDOUT12],
    ids=["dev12", "holdout11", "dev13", "holdout12"],
)
def test_the_twelfth_and_thirteenth_sessions_sets_stay_at_their_measured_figures(path):
    cases = load_cases(path)
    size, german, names, structured, kept, capitalised = FLOORS11[path]
    scores = evaluate(cases)
    assert len(cases) == size
    assert sum(case["lang"] == "de" for case in cases) == german
    assert scores.name_recall >= names
    assert scores.structured_recall >= structured
    assert scores.keep_rate >= kept
    assert scores.capitalised_rate >= capitalised


# The fourteenth session's pair (2026-12-06, written by the helper that then tuned the rules):
# held-out set 13 (120 cases, 60 de / 60 en), committed before any rule changed and read once
# then (names 0.888, structured 0.914 once two postcodes alone were no longer listed, kept
# 1.000, capitalised 1.000), once by mistake halfway through the tuning (figures only) and once
# after it (0.957, 0.978, 1.000, 1.000), its misses not read; development set 14 (80 cases,
# 40 de / 40 en, tuned on: names 0.829 -> 0.976, structured 0.887 -> 0.986). Its author knew
# held-out 13's shapes while tuning: its gain is an upper estimate. Never tune on it. After the
# fifteenth session: dev 14 0.988 / 1.000, held-out 13 0.966 / 0.989.
DEV14 = DEFAULT_CASES.with_name("redaction_dev14_cases.jsonl")
HOLDOUT13 = DEFAULT_CASES.with_name("redaction_holdout13_cases.jsonl")
FLOORS13 = {
    DEV14: (80, 40, 0.98, 0.99, 0.995, 0.995),
    HOLDOUT13: (120, 60, 0.96, 0.98, 0.995, 0.995),
}


@pytest.mark.parametrize(
    ("kind", "value", "redacted"),
    [
        ("email", "jens [punkt] wittkowski [at] gmail [punkt] com", "jens [punkt] [EMAIL]"),
        ("handle", "vinnie_k", "Mail: vinnie_k on the app"),
        ("url", "facebook.com/anna.brenner", "facebook.com/anna.brenner"),
    ],
)
def test_every_word_of_a_handle_or_a_written_out_address_counts(kind, value, redacted):
    # without digits or "@" these counted as caught whatever was left of them
    text = f"Mail: {value} on the app"
    assert _identifying(kind, value)
    assert not all(_tokens(redacted)[w] <= _tokens(text)[w] - 1 for w in _identifying(kind, value))


def test_the_host_of_a_web_address_and_the_spelled_at_and_dot_are_no_identifying_words():
    assert _identifying("url", "https://www.facebook.com/anna.brenner") == ["anna.brenner"]
    assert _identifying("email", "max dot huber at gmx dot de") == ["max", "huber", "gmx", "de"]
    assert _identifying("email", "max.huber@gmx.de") == ["max.huber@gmx.de"]


def test_a_dash_before_a_name_is_no_part_of_it():
    case = {
        "id": "t-dash",
        "text": "Danke an Anna! -Travis",
        "remove": [{"kind": "name", "value": "Travis"}],
        "keep": ["Anna"],
        "agents": ["Anna Meier"],
    }
    assert evaluate([case]).name_recall == 1.0


# The scoring itself, on cases made for it.
NAME_KEPT = {"id": "t1", "text": "Mein Name ist Zorro.", "remove": [], "keep": ["Zorro"]}
NAME_GONE = {
    "id": "t2",
    "text": "Viele Grüße\nKlaus Schneider",
    "remove": [{"kind": "name", "value": "Klaus Schneider"}],
    "keep": [],
}
PHONE_LEFT = {
    "id": "t3",
    "text": "Ruf an: 12 34",  # too short to be a phone number: not redacted
    "remove": [{"kind": "phone", "value": "12 34"}],
    "keep": [],
}
AGENT = {
    "id": "t4",
    "text": "Danke, Frau Hartmann!",
    "agents": ["Eva Hartmann"],
    "remove": [],
    "keep": ["Frau Hartmann"],
}


def test_scoring_counts_caught_and_missed_items_and_kept_words():
    scores = evaluate([NAME_GONE, PHONE_LEFT, AGENT])
    assert scores.names == [True]
    assert scores.structured == [False]
    assert scores.kept == [True]
    assert any("t3 phone" in miss for miss in scores.misses)


def test_a_word_counts_as_kept_only_where_the_redacted_text_still_has_it():
    scores = evaluate([{**NAME_KEPT, "text": "Viele Grüße\nZorro Schneider", "keep": ["Zorro"]}])
    assert scores.kept == [False]


def test_the_command_prints_each_language_and_the_targets(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "[de]" in out
    assert "[en]" in out
    assert "name recall" in out
    assert "target ≥ 0.95" in out


def test_a_name_with_a_possessive_s_is_caught_when_it_is_initialled():
    case = {
        "id": "t-possessive",
        "text": "I'm Aditya's dad, thanks to Amy.",
        "remove": [{"kind": "name", "value": "Aditya"}],
        "keep": ["Amy"],
        "agents": ["Amy Fox"],
    }
    scores = evaluate([case])
    assert scores.name_recall == 1.0
    assert scores.capitalised == [True]  # "Amy"; "I'm" is no word of letters only


# The fifteenth session's pair (2026-12-06, written by the helper that then tuned the rules):
# held-out set 14 (100 cases, 50 de / 50 en), committed before any rule changed and read once
# then (names 0.850, structured 0.852, kept 1.000, capitalised 0.989) and after (0.880, 0.963,
# 1.000, 0.994); figures were also read while checking that no rule lost a kept word (docs/
# benchmarks.md). Development set 15 (80 cases, 40 de / 40 en, tuned on: names 0.795 ->
# 0.904, structured 0.760 -> 1.000). Never tune on held-out 14.
DEV15 = DEFAULT_CASES.with_name("redaction_dev15_cases.jsonl")
HOLDOUT14 = DEFAULT_CASES.with_name("redaction_holdout14_cases.jsonl")
FLOORS14 = {
    DEV15: (80, 40, 0.99, 0.99, 0.995, 0.995),
    HOLDOUT14: (100, 50, 0.91, 0.96, 0.995, 0.99),
}

# Sixteenth session (docs/benchmarks.md): held-out set 15 (100 cases, 50 de / 50 en) written and
# committed before any rule changed, read for the baseline (names 0.917, structured 0.944) and
# once at the end; development set 16 (80 cases, 40 de / 40 en, tuned on: names 0.738 ->
# 0.952). Never tune on held-out 15.
DEV16 = DEFAULT_CASES.with_name("redaction_dev16_cases.jsonl")
HOLDOUT15 = DEFAULT_CASES.with_name("redaction_holdout15_cases.jsonl")
FLOORS16 = {
    DEV16: (80, 40, 0.95, 0.89, 0.995, 0.98),
    HOLDOUT15: (100, 50, 0.94, 0.94, 0.995, 0.98),
}
# Seventeenth session: held-out 16 (100 cases, 50 de / 50 en, mostly structured data; read at
# the start and the end) and dev 17 (80, 40 / 40, tuned on). Never tune on held-out 16.
FLOORS17 = {
    DEFAULT_CASES.with_name("redaction_dev17_cases.jsonl"): (80, 40, 0.94, 0.99, 0.995, 0.995),
    DEFAULT_CASES.with_name("redaction_holdout16_cases.jsonl"): (100, 50, 0.94, 0.93, 0.985, 0.99),
}


@pytest.mark.parametrize(
    "path",
    [DEV14, HOLDOUT13, DEV15, HOLDOUT14, DEV16, HOLDOUT15, *FLOORS17],
    ids=["dev14", "holdout13", "dev15", "holdout14", "dev16", "holdout15", "dev17", "holdout16"],
)
def test_the_fourteenth_to_sixteenth_sessions_sets_stay_at_their_measured_figures(path):
    assert_at_floors(path, {**FLOORS13, **FLOORS14, **FLOORS16, **FLOORS17}[path])
