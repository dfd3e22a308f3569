"""Small text operations of the composer: filling slots, realistic typos, the length cap."""

from __future__ import annotations

from collections.abc import Callable

from feedback.domain import MAX_QUOTE_CHARS


def fill(piece: str, slots: dict[str, str], *, capitalize: bool = True) -> str:
    """Fill ``piece``'s slots; capitalise it if a slot put a lower-case word first ("das Team")."""
    if "{" not in piece:
        return piece
    piece = piece.format_map(slots)
    if capitalize and piece[:1].islower():
        piece = piece[0].upper() + piece[1:]
    return piece


def lower_outside_slots(piece: str) -> str:
    """Lower-case a template but not its ``{N}``/``{X}`` slot names."""
    out: list[str] = []
    for part in piece.split("{"):
        if "}" in part:
            slot, rest = part.split("}", 1)
            out.append("{" + slot + "}" + rest.lower())
        else:
            out.append(part.lower())
    return "".join(out)


UMLAUT_LOSS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})


def slip(random_: Callable[[], float], piece: str) -> str:
    """One typo in one word of at least five letters (never in a slot): swap, drop, double."""
    words = piece.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return piece.replace("!", "!!", 1) if "!" in piece else piece
    index = candidates[int(random_() * len(candidates))]
    word = words[index]
    position = 1 + int(random_() * (len(word) - 2))
    roll = random_()
    if roll < 0.2 and word != word.translate(UMLAUT_LOSS):
        word = word.translate(UMLAUT_LOSS)  # typed on a keyboard without umlauts
    elif roll < 0.55:
        word = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    elif roll < 0.85:
        word = word[:position] + word[position + 1 :]
    else:
        word = word[:position] + word[position] + word[position:]
    words[index] = word
    return " ".join(words)


def fit(text: str) -> str:
    """Keep a text within ``MAX_QUOTE_CHARS``, cutting at a sentence end if it is ever longer."""
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = text[:MAX_QUOTE_CHARS]
    end = max(cut.rfind(". "), cut.rfind("! "))
    return cut[: end + 1] if end > 0 else cut
