""" "Die Wartezeit betrug 45 Minuten" names an amount: "betrug" is "betragen" (to amount to),
not "Betrug" (fraud), which the German lexicon rightly reads as a complaint ("Das ist Betrug!").
Before a number or a word of quantity ("nur", "etwa", "knapp" …) the verb is meant, and it
weighs nothing; what the amount says (a long wait) is the rules' to read as before."""

from __future__ import annotations

from feedback.analyze.sentiment import passes

AMOUNTING = frozenset({"betrug", "betrugen"})
_QUANTITY = frozenset(
    {
        "nur", "etwa", "ca", "ca.", "circa", "zirka", "rund", "knapp", "fast", "beinahe", "über",
        "mehr", "weniger", "unter", "gerade", "lediglich", "insgesamt", "bereits", "schon",
        "stolze", "satte", "sage", "ungefähr", "maximal", "mindestens", "höchstens", "jeweils",
        "ein", "eine", "einen", "zwei", "drei", "vier", "fünf", "zehn", "zwanzig", "dreißig",
        "vierzig", "fünfzig", "hundert", "eineinhalb", "anderthalb", "zweieinhalb",
    }
)  # fmt: skip


def amounted(low: list[str], items: list[passes.Item]) -> None:
    """Set the valence of each "betrug" before an amount to zero (in place)."""
    for it in items:
        if it.valence >= 0 or low[it.start] not in AMOUNTING or it.end >= len(low):
            continue
        after = low[it.end]
        if after[0].isdigit() or after in _QUANTITY:
            it.valence = 0.0
