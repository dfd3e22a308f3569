"""A mail's history under the customer's own words is left out before redaction and analysis
(feedback/collect/replies.py): the agent's quoted apology read as a complaint, and its addresses
and signatures were stored as part of the praise."""

from __future__ import annotations

import pytest

from feedback.collect.pipeline import submit_quote
from feedback.collect.replies import own_words
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from tests.conftest import TODAY, draft


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Vielen Dank, Frau Kaya, das hat super geklappt!\n\n"
            "Am 03.12.2026 um 14:05 schrieb Kundenservice <service@firma.de>:\n"
            "> Sehr geehrter Herr Müller,\n> leider können wir Ihr Problem nicht sofort lösen.",
            "Vielen Dank, Frau Kaya, das hat super geklappt!",
        ),
        (
            "Thanks so much Tom, all sorted!\n\nOn Mon, 3 Dec 2026 at 14:05, Support Team\n"
            "<support@acme.com> wrote:\n> Dear Mr Smith, sorry for the inconvenience.",
            "Thanks so much Tom, all sorted!",
        ),
        (
            "Danke, läuft wieder.\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Kundenservice <service@firma.de>\nGesendet: Montag, 3. Dezember 2026 14:05\n"
            "An: Peter Müller <peter@web.de>",
            "Danke, läuft wieder.",
        ),
        (
            "Great job!\n________________________________\nFrom: Support <support@acme.com>\n"
            "Sent: Monday, December 3, 2026 2:05 PM\nTo: John Smith",
            "Great job!",
        ),
        (
            "> Haben Sie noch Fragen?\nNein, alles super, danke!\n> Schönen Tag noch\nIhnen auch!",
            "Nein, alles super, danke!\nIhnen auch!",
        ),
    ],
)
def test_the_history_under_the_customers_words_is_left_out(text, own):
    assert own_words(text) == own


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag schrieb ich Ihnen:\nDas Gerät geht nicht. Heute ging alles, danke Frau Kaya!",
        ">>> Super Service <<<\nDanke!",
        "On hold for 2 minutes only, brilliant.\nThanks Tom",
        "Am 03.12.2026 um 14:05 schrieb Kundenservice <service@firma.de>:\n> Danke!",
    ],
)
def test_the_customers_own_lines_stay(text):
    assert own_words(text) == text


def test_a_pasted_mail_is_stored_without_its_history(engine, people):
    text = (
        "Vielen Dank, Frau Meier, das hat super geklappt!\n\n"
        "Am 03.12.2026 um 14:05 schrieb Kundenservice <service@firma.de>:\n"
        "> Sehr geehrter Herr Hans Schmidt,\n> leider ist das ein Problem. Tel. 0151 23456789"
    )
    result = submit_quote(engine, draft(text, people["anna"]), today=TODAY)

    assert result.stored, result.prepared.messages("en")
    row = quotes_frame(engine, QuoteFilter(statuses=())).iloc[0]
    assert row["text"] == "Vielen Dank, Frau Meier, das hat super geklappt!"
    assert row["sentiment_label"] == "positive"
