"""Properties of redaction over generated text: no leaks, idempotence, exact spans, no crashes."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from feedback.collect.redact import Redaction, redact

# Detectors written independently of the implementation, deliberately broader than it.
EMAIL_RE = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
# A "+" or a leading 0 followed by at least 7 more digits, whatever the separators.
PHONE_RE = re.compile(r"(?:\+|(?<![\w.,])0)\d(?:[\s/().\-]{0,3}\d){6,}")
IBAN_RE = re.compile(r"(?i)(?<![a-z0-9])[a-z]{2}\d{2}(?:[\s-]?[a-z0-9]){11,30}")

PROSE = [
    "Vielen Dank", "für die schnelle Hilfe", "Der Techniker war pünktlich", "super Service",
    "Ich bin begeistert", "nach 3 Tagen", "für 49,99 €", "um 14:30 Uhr", "seit 2015",
    "das ganze Team", "Frau Meier", "Herr", "Sie", "erreichen Sie mich unter", "Tel.", "Mail:",
    "Thanks a lot", "the technician was great", "you can reach me at", "my number is",
    "Best regards", "Viele Grüße", "LG", "Hallo", "Dear", "😊", "❤️", "👨‍👩‍👧", "iPhone 15",
    "Galaxy S24", "am 12.11.2024", "IBAN", "Karte", "oder", "and", "Kundennummer", "Ticket #",
]  # fmt: skip
SEPARATORS = [" ", ", ", ": ", " (", ") ", ". ", "\n", " – ", "; ", "!\n\n"]

_IBAN_COUNTRIES = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27}


def _digits(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=min_size, max_size=max_size)


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = draw(
        st.from_regex(r"[a-zäöü][a-z0-9äöü]{0,8}(?:[._+-][a-z0-9]{1,8}){0,2}", fullmatch=True)
    )
    labels = draw(
        st.lists(
            st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True),
            min_size=1,
            max_size=3,
        )
    )
    tld = draw(st.sampled_from(["de", "com", "at", "ch", "co.uk", "org", "info", "berlin"]))
    address = f"{local}@{'.'.join(labels)}.{tld}"
    return address.upper() if draw(st.booleans()) and draw(st.booleans()) else address


@st.composite
def phones(draw: st.DrawFn) -> str:
    sep = draw(st.sampled_from([" ", "/", "-", "", " / ", "."]))
    style = draw(st.sampled_from(["national", "intl_plus", "intl_00", "trunk", "paren_area"]))
    area = draw(st.sampled_from(["30", "40", "89", "151", "160", "171", "221", "6221", "20", "1"]))
    country = draw(st.sampled_from(["49", "43", "41", "44", "1", "33", "39", "31"]))
    if area == "1" and (style in ("national", "trunk", "paren_area") or country not in ("1", "44")):
        # "1" is an area code in +1 and +44 only: no German number starts with "01" ("01.00 00
        # 000", hypothesis found it, reads as a date and a time), and "+49 1800000000" is a
        # company's hotline (0180), which redaction keeps on purpose (hypothesis found it too).
        area = "151"
    groups = draw(st.lists(_digits(2, 4), min_size=1, max_size=3))
    subscriber = draw(st.sampled_from([" ", "-", ""])).join(groups)
    if sum(len(g) for g in groups) + len(area) < 7:
        subscriber += draw(_digits(7, 7))
    if style == "national":
        return f"0{area}{sep}{subscriber}"
    if style == "intl_plus":
        return f"+{country} {area}{sep}{subscriber}"
    if style == "intl_00":
        return f"00{country} {area} {subscriber}"
    if style == "trunk":
        return f"+{country} (0){area} {subscriber}"
    return f"(0{area}) {subscriber}"


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(_IBAN_COUNTRIES)))
    length = _IBAN_COUNTRIES[country]
    bank = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4))
    body = draw(_digits(length - 4, length - 4))
    if country in ("GB", "NL"):  # these countries have letters in the bank code
        body = bank + body[4:]
    numeric = "".join(str(int(ch, 36)) for ch in body + country + "00")
    check = f"{98 - int(numeric) % 97:02d}"
    compact = country + check + body
    if draw(st.booleans()):
        compact = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact.lower() if draw(st.integers(0, 4)) == 0 else compact


def _prose() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PROSE), max_size=4).map(" ".join)


@st.composite
def quotes_with_pii(draw: st.DrawFn) -> tuple[str, list[str]]:
    pieces = draw(st.lists(st.one_of(emails(), phones(), ibans()), min_size=1, max_size=3))
    parts = [draw(_prose())]
    for piece in pieces:
        parts += [draw(st.sampled_from(SEPARATORS)), piece, draw(st.sampled_from(SEPARATORS))]
        parts.append(draw(_prose()))
    return "".join(parts), pieces


# Fragments that make detectors fire, touch and overlap: a fuzz for idempotence and spans.
FRAGMENTS = [
    "Herr", "Frau", "Dr.", "Mr.", "Müller", "O'Neill", "Hans-Peter", "LG", "Viele Grüße,",
    "Hallo", "Dear", "Team", "Anna", "Meier", "M.", "H. S.", "0151", "23456789", "+49", "(0)30",
    "0049", "DE89", "3704", "0044", "0532", "0130", "00", "4111", "1111", "@", "max", "web.de",
    "(at)", "Ticket", "#4711", "Kundennr.", "A-99812", "Musterstraße", "12", "12345", "Berlin",
    "Am", "Markt", "221B", "Baker", "Street", "https://x.de/a?b=c", "www.example.de", "[EMAIL]",
    "[REF]", "12.03.2024", "49,99", "€", "2024", "-", "/", ".", ",", "\n", "❤️", "👍🏽",
    "und", "&", "Nummer", "Konto", "14:30", "Uhr", "Tel.", "km", "Straße", "Weg", "in",
]  # fmt: skip
fuzz_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(
    lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts))
)


def _spans_are_exact(result: Redaction) -> None:
    previous_end = 0
    for f in result.findings:
        assert previous_end <= f.start < f.end <= len(result.text)
        assert result.text[f.start : f.end] == f.replacement
        previous_end = f.end


@settings(max_examples=200, deadline=None)
@given(quotes_with_pii())
def test_no_email_phone_or_iban_survives(case: tuple[str, list[str]]) -> None:
    text, pieces = case
    result = redact(text, ("Anna Meier",))
    assert not EMAIL_RE.search(result.text), (text, result.text)
    assert not PHONE_RE.search(result.text), (text, result.text)
    assert not IBAN_RE.search(result.text), (text, result.text)
    for piece in pieces:
        assert piece not in result.text
    _spans_are_exact(result)


@settings(max_examples=200, deadline=None)
@given(quotes_with_pii())
def test_redaction_of_pii_quotes_is_idempotent(case: tuple[str, list[str]]) -> None:
    once = redact(case[0]).text
    assert redact(once).text == once


@settings(max_examples=200, deadline=None)
@given(fuzz_texts)
@example("HerrHerr Herr Viele Grüße,Kundennr. Dr. Herr")  # "Grüße,K. Dr." read "K. D."
@example("HerrHerr Herr Viele Grüße,Kundennr. Kundennr. Herr")  # "K. Kundennr." read "K. K."
@example("HerrHerr Herr Mr.Kundennr. ")  # "Herr M.Kundennr." was read as "Mr P. Mulcahy"
@example("HerrHerr Herr HerrHerr Viele Grüße, Kundennr.Müller ")  # "K.Müller", read "K. M."
@example("HerrHerr Herr €Herr Tel. HerrHerr Herr ")  # "Herr T. HerrHerr" read "T. H."
@example("HerrHerr Herr Mr.Berlin Tel. ")  # "Mr" a name after "Herr": "M.B. Tel." -> "M. B. T."
@example("Viele Grüße, Nummerweb.de Musterstraße ")  # "N.de Musterstraße" read "N. M."
@example("Mr. Baker Dearwww.example.de 49,99")  # "Mr. B. Dearwww" took the host's word
@example("HerrHerr Herr HerrHerr Herr HerrDr. Nummer O'Neill")  # "Herr H. Nummer O'Neill"
@example("Dr. HalloMr. O'Neill StraßeMarkt")  # "Dr. H. O. StraßeMarkt" read again
def test_fuzz_is_idempotent_with_exact_spans(text: str) -> None:
    result = redact(text, ("Anna Meier", "Jonas"))
    assert redact(result.text, ("Anna Meier", "Jonas")).text == result.text
    _spans_are_exact(result)


# Found by a long local fuzz run (round 40): each failed "redacting twice equals once".
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("HerrHerr Herr Mr.Berlin Tel. ", "HerrHerr Herr Mr.B. Tel. "),  # was "M.B." -> "M. B. T."
        ("Viele Grüße, Nummerweb.de Musterstraße ", None),  # was "N.de" -> "N. M."
        ("Mr. Baker Dearwww.example.de 49,99", "Mr. B. Dearwww.example.de 49,99"),
        ("Thanks,\nPetra Müller-Lüdenscheidt Tel.", "Thanks,\nP. M. Tel."),  # "P. M. T."
    ],
)
def test_found_non_idempotent_inputs_are_fixed(text: str, first: str | None) -> None:
    once = redact(text, ("Anna Meier", "Jonas")).text
    assert redact(once, ("Anna Meier", "Jonas")).text == once
    assert first is None or once == first


@settings(max_examples=200, deadline=None)
@given(st.text(), st.lists(st.text(max_size=12), max_size=3))
def test_any_text_never_raises_and_is_idempotent(text: str, known: list[str]) -> None:
    result = redact(text, known)
    assert isinstance(result.text, str)
    assert redact(result.text, known).text == result.text
    _spans_are_exact(result)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=80))
def test_any_code_point_including_surrogates_never_raises(text: str) -> None:
    _spans_are_exact(redact(text))


# Places where customers name themselves or their families (issue 12), with listed first names.
CONTEXTS = [
    "Mein Name ist {}.", "Ich bin {} und", "Ich heiße {},", "My name is {} and", "I'm {},",
    "mein Sohn {} hat", "meine Tochter, {}, war", "my wife {} says", "Oma {} freut sich",
    "Viele Grüße\n{}", "Danke!\nIhre {}", "Liebe Grüße, Dein {}", "Thanks,\n{}", "— {}",
]  # fmt: skip
FIRST = ["Klaus", "Petra", "Lukas", "Sarah", "Ayşe", "Jürgen", "Grace", "Will", "Rose", "Mark"]
LAST = ["", " Schneider", " Johnson", " O. Brown", " Müller-Lüdenscheidt", " K."]

named_quotes = st.tuples(
    st.lists(st.sampled_from(FRAGMENTS + PROSE), max_size=5).map(" ".join),
    st.sampled_from(CONTEXTS),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.lists(st.sampled_from(FRAGMENTS + PROSE), max_size=5).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(named_quotes)
@example(("", "Mein Name ist {}.", "Klaus", "", "Herr Tel. Kundennr."))  # "Herr T. Kundennr."
@example(("", "Mein Name ist {}.", "Klaus", "", "Herr Tel. O'Neill"))  # "Herr T. O'Neill"
@example(("", "Mein Name ist {}.", "Klaus", "", "Herr Müller Tel. O'Neill"))
def test_names_in_context_go_and_redacting_twice_equals_once(case) -> None:
    before, context, first, last, after = case
    text = f"{before}\n{context.format(first + last)}\n{after}"
    result = redact(text, ("Anna Meier", "Jonas"))
    assert redact(result.text, ("Anna Meier", "Jonas")).text == result.text
    _spans_are_exact(result)
    for word in re.findall(r"[^\W\d_][\w-]+", first + last):  # initials may stay
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        outside = len(pattern.findall(before)) + len(pattern.findall(after))
        assert len(pattern.findall(result.text)) <= outside, (text, result.text)


@settings(max_examples=150, deadline=None)
@given(named_quotes)
def test_agents_named_in_those_places_stay(case) -> None:
    before, context, first, _last, after = case
    text = f"{before}\n{context.format(first + ' Meier')}\n{after}"
    assert f"{first} Meier" in redact(text, (f"{first} Meier",)).text
