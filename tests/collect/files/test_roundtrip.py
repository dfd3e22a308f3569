"""Property: any texts written with Python's csv.writer, with any delimiter and in any
supported encoding, read back exactly, each at the line where its record starts."""

from __future__ import annotations

import csv
import io

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from feedback.collect.files.sniff import open_table
from feedback.collect.files.text import detect_encoding

DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252")
# Every character Windows-1252 can write (what German Excel saves), and all of Unicode for the
# other encodings; no NUL (no spreadsheet writes one) and no lone surrogates (not encodable).
_CP1252 = (
    "".join(
        ch
        for ch in map(chr, range(1, 256))
        if ch.encode("cp1252", errors="ignore").decode("cp1252") == ch
    )
    + "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
)
_ANY = st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@st.composite
def files(draw: st.DrawFn) -> tuple[list[str], str, str, str, int]:
    encoding = draw(st.sampled_from(ENCODINGS))
    alphabet = st.sampled_from(_CP1252) if encoding == "cp1252" else _ANY
    texts = draw(st.lists(st.text(alphabet, max_size=40), min_size=1, max_size=20))
    delimiter = draw(st.sampled_from(DELIMITERS))
    line_end = draw(st.sampled_from(("\r\n", "\n")))
    quoting = draw(st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL)))
    # csv.writer quotes only the line end it writes: with "\n" it leaves a lone "\r" bare, a
    # file no CSV reader (Python's included) can read back. Excel quotes both.
    assume(
        not (line_end == "\n" and quoting == csv.QUOTE_MINIMAL and any("\r" in t for t in texts))
    )
    return texts, delimiter, encoding, line_end, quoting


@settings(max_examples=300, deadline=None)
@given(files())
def test_texts_written_by_csv_writer_read_back_exactly(file):
    texts, delimiter, encoding, line_end, quoting = file
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end, quoting=quoting)
    writer.writerow(["id", "text"])
    writer.writerows([str(number), text] for number, text in enumerate(texts, start=1))
    written = out.getvalue()

    data = written.encode(encoding)
    if encoding == "cp1252" and not data.isascii():
        # The one ambiguity no detector can solve: Windows-1252 bytes that are also valid UTF-8
        # ("à\xa0Œ" is the bytes of U+080C). Real German text (ä = E4 before a letter) never is.
        assume(not _is_utf8(data))
        # And German in Mac Roman: only its letters' bytes, an umlaut after a letter ("aŠ" is
        # "aä" there). Real Windows-1252 German has its own umlauts (E4, F6, FC, DF).
        assume(detect_encoding(data) != "mac_roman")
        # And a file mixing UTF-8 and Windows-1252 rows (text.py): Windows-1252 text holding
        # UTF-8's bytes for a letter or sign ("Ã¤", "Â°", "â€ž": mojibake written as such) and
        # bytes that are not UTF-8 elsewhere is read as UTF-8 with Windows-1252 rows.
        assume(detect_encoding(data) != "utf-8")

    table = open_table(io.BytesIO(data))

    records = list(table.records)
    assert table.columns == ("id", "text")
    assert [r.problems for r in records] == [()] * len(texts)
    assert [r.values["text"] for r in records] == texts
    # Each record starts on the physical line after the line breaks of the rows before it.
    starts, line = [], 2
    for number, text in enumerate(texts, start=1):
        starts.append(line)
        row = io.StringIO()
        csv.writer(row, delimiter=delimiter, lineterminator=line_end, quoting=quoting).writerow(
            [number, text]
        )
        line += len(io.StringIO(row.getvalue(), newline="").readlines())
    assert [r.line for r in records] == starts
