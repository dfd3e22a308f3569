"""A repeatable shuffle that Python and SQL compute alike: quotes ordered by a hash of their id
and a seed, so the database can return the first page of a shuffle with ORDER BY and LIMIT
instead of sending every matching quote's key to be shuffled.

The hash is a bijection of 32-bit ids (a multiplicative hash, XOR with the seed, another
multiplication, all modulo 2**32), so no two quotes tie. Every intermediate product stays below
2**63: SQLite's and PostgreSQL's 64-bit integers never overflow. SQLite has no XOR operator:
``a XOR b`` is written ``(a | b) - (a & b)``.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import ColumnElement, literal
from sqlalchemy.orm import InstrumentedAttribute

_MOD = 2**32
_FIRST = 2654435761  # Knuth's multiplicative constant (odd, so a bijection modulo 2**32)
_SECOND = 1103515245  # < 2**31 (odd): a 32-bit value times it stays below 2**63


def seed_bits(seed: int) -> int:
    """The seed as the 32-bit value the hash XORs in."""
    return int(seed) % _MOD


def shuffle_keys(ids: np.ndarray, seed: int) -> np.ndarray:
    """The sort key of each id (ascending order = the shuffle)."""
    first = (ids.astype(np.uint64) * np.uint64(_FIRST)) % np.uint64(_MOD)
    mixed = first ^ np.uint64(seed_bits(seed))
    return (mixed * np.uint64(_SECOND)) % np.uint64(_MOD)


def shuffle_key(
    column: ColumnElement[int] | InstrumentedAttribute[int], seed: int
) -> ColumnElement[int]:
    """:func:`shuffle_keys` of ``column`` in SQL."""
    first = (column * literal(_FIRST)) % literal(_MOD)
    bits = literal(seed_bits(seed))
    mixed = first.bitwise_or(bits) - first.bitwise_and(bits)
    return (mixed * literal(_SECOND)) % literal(_MOD)
