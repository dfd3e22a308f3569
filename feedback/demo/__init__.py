"""Seeded demo data for Love Wall: a German contact centre's teams, agents and customer quotes.

Pure Python, no I/O: ``generate_demo`` returns plain records; ``seed`` puts them into a store.
"""

from feedback.demo.generate import (
    DEFAULT_SEED,
    generate_demo,
    generate_demo_quotes,
    iter_demo_quotes,
)
from feedback.demo.models import DemoAgent, DemoData, DemoQuote, DemoTeam

__all__ = [
    "DEFAULT_SEED",
    "DemoAgent",
    "DemoData",
    "DemoQuote",
    "DemoTeam",
    "generate_demo",
    "generate_demo_quotes",
    "iter_demo_quotes",
]
