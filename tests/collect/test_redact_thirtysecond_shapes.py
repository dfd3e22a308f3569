"""Shapes added in the thirty-second redaction session (dev set 32: customers' own names in
casual English messages, typed in lower case beside the agent's capital): "its … here", "i'm …
and", "the name's …", "… from accounts here", "This is …'s account", "the account of …",
"sent by …", "acc holder …", sign-offs after a dash, "ta,", "love from" or kisses, a full name
in brackets after a nickname. With their look-alikes: reviews, tweets and agents."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Tara Quinn", "Will Pratt", "Hope Ellis", "Sam Cole")

REDACTED = [
    ("hey its orla here, Tara was deadly", "hey its O. here, Tara was deadly"),
    ("its kwabena asante, thx to Tara", "its K. A., thx to Tara"),
    ("hiya, i'm zofia kamińska and Tara was a star", "hiya, i'm Z. K. and Tara was a star"),
    ("the name's baz, Tara's a legend", "the name's B., Tara's a legend"),
    ("Dariusz from accounts here - Tara fixed it", "D. from accounts here - Tara fixed it"),
    ("Hey, Funmi Ade-Bello here! Tara was lovely", "Hey, F. A. here! Tara was lovely"),
    ("This is Chiamaka's phone, Tara was ace", "This is C.'s phone, Tara was ace"),
    ("Bolaji Okoro's account is sorted, thanks Tara", "B. O.'s account is sorted, thanks Tara"),
    (
        "this is the account of zainab hussain, thanks Tara",
        "this is the account of Z. H., thanks Tara",
    ),
    ("sent by femi on behalf of dad — thanks Tara", "sent by F. on behalf of dad — thanks Tara"),
    ("Direct debit: acc holder Aoibheann Nic Aodha, ta", "Direct debit: acc holder A. N. A., ta"),
    ("Tara you legend! – kaz", "Tara you legend! – K."),
    ("all good now. ta, eilís", "all good now. ta, E."),
    ("thanks Tara, love from shaz x", "thanks Tara, love from S. x"),
    ("thanks Tara. xx gemma (gemma o'dwyer)", "thanks Tara. xx G. (G. O.)"),
    ("yo its sunny (sunil mehta) thx Tara", "yo its S. (S. M.) thx Tara"),
    (
        "its jamie again (jamie l. carter), Tara rang back",
        "its J. again (J. L. C.), Tara rang back",
    ),
    ("its pedro de la vega, Tara was kind", "its P. V., Tara was kind"),
    ("great help – rafa (rafael st. john)", "great help – R. (R. J.)"),
]

KEPT = [
    "its been a long week but Tara was great",
    "its me again, Tara sorted it",
    "Will in billing was great, will recommend",
    "Mark my words, best service ever",
    "Grace period was explained well",
    "thanks to its ssd , it boots windows fast .",
    "i doubt you understand it in its simpliest form.",
    "Kaggle here I come !",
    "talking to himself here-",
    "Good location , passive - agressive service",
    "Thanks vm !",
    "love the cortana !",
    "food was fine , with a some little-tastier-than-normal salsa .",
    "@SouthwestAir safety first !! #lovejetblue",
    "Das beste Gericht sind die Garnelen – einfach hervorragend.",
    "Ich schätze, ich bin der kleinste Typ im Kurs",
    "Das Frühstück war gut (im Preis inbegriffen)",
    "It was a great phone at it's lauch price.",
    "@AmericanAir it's GTSVYB. It says it's Cancelled",
    "Yes , it is spicey .",
    "Just put me on the next available flight from ohare",
    "its sam here, just checking in",
    "hey, its will here, cheers",
    "its raining lol, Tara was great",
    "the samsung's phone line was busy",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtysecond_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtysecond_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
