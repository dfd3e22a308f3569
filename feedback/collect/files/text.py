"""Open an uploaded file as text, whatever its encoding, without reading it whole.

The encoding is decided once, on the first chunk: a byte-order mark names it (UTF-8, UTF-16,
UTF-32); otherwise charset-normalizer chooses among UTF-8, Windows-1252 (German Excel's
default) and Latin-1, the encodings German and English helpdesk exports come in; Mac Roman
(Excel for Mac's "CSV (Macintosh)") where it reads as German and Windows-1252 does not:
"Grüße" written so read as "GrŸ§e" in Windows-1252. The rest is decoded incrementally as it
is read.

A first chunk in plain ASCII or UTF-8 does not prove the rest is UTF-8: a file assembled from
several exports may switch to Windows-1252 further down. Bytes that are not UTF-8 there are
decoded as Windows-1252 (else Latin-1) instead of failing the import halfway, so "Müller"
written by German Excel arrives as "Müller" wherever it is in the file. Likewise the five
bytes Windows-1252 leaves unassigned read as Latin-1: no file fails with a decoding error.
The same holds when both kinds of line are in the first chunk: a chunk that is not UTF-8 but
holds UTF-8's letters, dashes, quotes or emoji ("ö" as C3 B6, "–" as E2 80 93) is read as UTF-8
with that fallback, not wholly as Windows-1252, which made every UTF-8 "ö" an "Ã¶".
"""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO

from charset_normalizer import from_bytes

__all__ = ["FIRST_CHUNK", "Prefixed", "detect_encoding", "open_text"]

# Why 64 KiB: hundreds of rows, enough for charset-normalizer to tell Windows-1252 from
# Latin-1 (they differ only in „“–€ and friends), and nothing next to a 200 MB file.
FIRST_CHUNK = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Not UTF-8 (checked first, exactly): the two single-byte encodings of German and English
# Windows. Wider sets (cp850, Mac Roman) made charset-normalizer misread "€20" in cp1252.
_CANDIDATES = ["cp1252", "latin_1"]
_FALLBACK_ERRORS = "lovewall-utf8-or-cp1252"


def _decode_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    text = "".join(_cp1252_or_latin1(bytes([byte])) for byte in bad)
    return text, error.end


def _cp1252_or_latin1(byte: bytes) -> str:
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: unassigned in Windows-1252
        return byte.decode("latin-1")


codecs.register_error(_FALLBACK_ERRORS, _decode_as_cp1252)


def detect_encoding(chunk: bytes) -> str:
    """The Python codec name for a file that starts with ``chunk``."""
    for bom, name in _BOMS:
        if chunk.startswith(bom):
            return name
    if (utf16 := _utf16_without_bom(chunk)) is not None:
        return utf16
    if _is_utf8(chunk) or _UTF8_LETTER.search(chunk):
        return "utf-8"
    if _reads_as_mac_roman(chunk):
        return "mac_roman"
    best = from_bytes(chunk, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding != "latin_1":
        return best.encoding
    # Printable Latin-1 text reads the same in Windows-1252, which adds € „ “ – in 0x80-0x9F,
    # where Latin-1 has only invisible control characters; Latin-1 reads any byte.
    return "cp1252" if _decodes(chunk, "cp1252") else "latin-1"


def open_text(source: BinaryIO) -> io.TextIOWrapper:
    """``source`` as text: decoded incrementally, byte-order mark removed, line ends untouched
    (``newline=""``: CSV needs the ``\\r\\n`` inside quoted fields as written)."""
    chunk = source.read(FIRST_CHUNK)
    encoding = detect_encoding(chunk)
    # UTF-16/32 have no such neighbour: a broken pair of bytes there becomes U+FFFD.
    errors = "replace" if encoding.startswith(("utf-16", "utf-32")) else _FALLBACK_ERRORS
    raw = io.BufferedReader(Prefixed(chunk, source), buffer_size=FIRST_CHUNK)
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="")


def _utf16_without_bom(chunk: bytes) -> str | None:
    """UTF-16 that starts without a byte-order mark: Latin text has a zero byte in every
    other place (odd places little-endian, even ones big-endian); other text has hardly any."""
    sample = chunk[:4096]
    half = len(sample) // 2
    if half < 8:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return None


# Mac Roman's bytes for German letters and typography (ä ö ü Ä Ö Ü ß é è à ç € „ “ ” ‘ ’ – — …).
_MAC_GERMAN = frozenset("äöüÄÖÜßéèàç€„“”‘’–—…".encode("mac_roman"))
# ä ö ü ß in Mac Roman: "Š š Ÿ §" in Windows-1252, which German text there has inside no word.
_MAC_UMLAUT = re.compile(rb"[A-Za-z][\x8a\x9a\x9f\xa7]")


def _reads_as_mac_roman(chunk: bytes) -> bool:
    """Whether ``chunk`` (not UTF-8) is German written in Mac Roman: every byte beyond ASCII
    is one of its German letters or typographic signs, and an umlaut or ß follows a letter
    ("Gr\x9f\xa7e"). Windows-1252's umlauts (E4, F6, FC, DF) are none of those bytes."""
    beyond = {byte for byte in chunk if byte >= 0x80}
    return beyond <= _MAC_GERMAN and _MAC_UMLAUT.search(chunk) is not None


def _decodes(chunk: bytes, encoding: str) -> bool:
    try:
        chunk.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


# UTF-8 for Latin-1's letters and signs (C2 A0-BF, C3: "ä" is C3 A4; not C2 80-9F, control
# characters), Latin Extended-A's (C5: "ł", "Š"), typography (E2 80: "–", "„", "…"; E2 82 AC:
# "€") and emoji (F0 9F). In text written in Windows-1252 such a pair reads "Ã¤", "Å¡",
# "â€ž": mojibake, never German or English.
_UTF8_LETTER = re.compile(
    rb"\xc2[\xa0-\xbf]|[\xc3\xc5][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]|\xf0\x9f[\x80-\xbf]{2}"
)


def _is_utf8(chunk: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(chunk, final=False)  # a character cut at the chunk's end is fine
    except UnicodeDecodeError:
        return False
    return True


class Prefixed(io.RawIOBase):
    """The first chunk again, then the rest of ``source``: works on unseekable streams too."""

    def __init__(self, first: bytes, source: BinaryIO) -> None:
        self._first = memoryview(first)
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._first:
            size = min(len(buffer), len(self._first))
            buffer[:size] = self._first[:size]
            self._first = self._first[size:]
            return size
        data = self._source.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
