"""The demo contact centre's people: six teams, forty agents, and the customers who sign mails.

The roster is fixed, not seeded: a demo that renames its agents on every reseed would confuse
anyone who clicks through it twice. What varies with the seed is what customers say and when.

Every team says what it deals with (topics, channels, how many English speakers it serves)
so that the wall reads like one real service centre of a utility that also sells internet,
mobile and a web shop, rather than a bag of random sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback.demo.models import DemoAgent, DemoTeam
from feedback.domain import Channel

C = Channel


@dataclass(frozen=True, slots=True)
class TeamSpec:
    """A team and what it is like to work there."""

    name: str
    volume: float  # share of all quotes, before seasonal tilts (relative weights)
    channels: dict[Channel, float]  # relative channel weights
    topics: tuple[str, ...]  # topic keys of the phrase banks
    english_share: float  # share of quotes in English
    import_system: str  # the ticket system its imported quotes come from
    theme_boost: dict[str, float]  # themes praised more often here (multipliers)


@dataclass(frozen=True, slots=True)
class AgentSpec:
    """An agent plus what the generator needs and the public record does not hold.

    ``weight`` is how often customers praise them relative to team mates (real walls are
    skewed: a few people collect much of the praise). ``start`` is when, as a fraction of the
    demo period, they joined; 0 means they were there from the beginning.
    """

    first_name: str
    last_name: str
    team: str
    gender: str  # "f", "m" or "x": decides "Frau"/"Herr", or first and last name for "x"
    weight: float
    start: float
    consent_named: bool
    lead: bool = False  # team leads submit more of the team's praise


NORD = "Privatkunden Nord"
TECH = "Technik-Hotline"
SOCIAL = "Social Media & Chat"
BILLING = "Rechnung & Vertrag"
RETURNS = "Retouren & Versand"
BUSINESS = "Geschäftskunden"

# Channel weights are percentages of each team's quotes, from how such teams are reached:
# the hotline lives on the phone, the social team on social media and messengers.
TEAMS: tuple[TeamSpec, ...] = (
    TeamSpec(
        NORD, 22,
        {C.PHONE: 40, C.EMAIL: 25, C.CHAT: 12, C.REVIEW: 6, C.WHATSAPP: 5, C.SMS: 4,
         C.SOCIAL: 3, C.OTHER: 5},
        ("zaehlerstand", "umzug", "abschlag", "oekostrom", "zaehlerwechsel", "rechnung",
         "tarifwechsel"),
        0.12, "zendesk", {"friendliness": 1.3, "patience": 1.2, "empathy": 1.2},
    ),
    TeamSpec(
        TECH, 20,
        {C.PHONE: 50, C.CHAT: 25, C.EMAIL: 12, C.WHATSAPP: 4, C.SMS: 3, C.REVIEW: 3,
         C.SOCIAL: 2, C.OTHER: 1},
        ("router", "stoerung", "glasfaser", "tvbox", "festnetz", "router", "stoerung"),
        0.17, "zendesk", {"competence": 1.8, "problem_solved": 1.6, "patience": 1.4},
    ),
    TeamSpec(
        SOCIAL, 16,
        {C.SOCIAL: 32, C.CHAT: 28, C.WHATSAPP: 25, C.REVIEW: 6, C.SMS: 4, C.EMAIL: 3,
         C.PHONE: 1, C.OTHER: 1},
        ("sim", "esim", "app_login", "roaming", "tarifwechsel", "paket", "router"),
        0.28, "zendesk", {"speed": 1.8, "reachability": 1.8, "friendliness": 1.2},
    ),
    TeamSpec(
        BILLING, 16,
        {C.EMAIL: 35, C.PHONE: 35, C.CHAT: 15, C.REVIEW: 4, C.OTHER: 4, C.WHATSAPP: 3,
         C.SMS: 2, C.SOCIAL: 2},
        ("rechnung", "tarifwechsel", "kuendigung", "lastschrift", "mahnung", "ratenzahlung",
         "rechnung"),
        0.13, "zendesk", {"clear_communication": 1.9, "empathy": 1.4, "reliability": 1.2},
    ),
    TeamSpec(
        RETURNS, 16,
        {C.EMAIL: 30, C.CHAT: 28, C.PHONE: 18, C.REVIEW: 10, C.WHATSAPP: 6, C.SOCIAL: 4,
         C.SMS: 3, C.OTHER: 1},
        ("paket", "retoure", "erstattung", "falschlieferung", "lieferadresse", "paket"),
        0.20, "zendesk", {"speed": 1.4, "reliability": 1.5, "problem_solved": 1.3},
    ),
    TeamSpec(
        BUSINESS, 10,
        {C.EMAIL: 45, C.PHONE: 40, C.OTHER: 6, C.CHAT: 5, C.REVIEW: 2, C.SMS: 1,
         C.WHATSAPP: 1},
        ("sammelrechnung", "standortumzug", "firmen_sim", "rahmenvertrag", "praxis_stoerung"),
        0.24, "freshdesk", {"reliability": 1.7, "competence": 1.4, "reachability": 1.2},
    ),
)  # fmt: skip

# 40 agents. Weights give a realistic skew (the top five collect about a third of the praise);
# ``start`` > 0 marks people who joined during the period; 11 of 40 (28 %) do not consent to
# being named on walls. Nord has three of them, the fewest that may share "Aus dem Team Nord"
# (feedback/insights/unnamed_teams.py): its unnamed cards name the team, the other teams' (one
# or two each) show "Unser Team". Kim Hoffmann is addressed by full name, not "Frau"/"Herr".
AGENTS: tuple[AgentSpec, ...] = (
    AgentSpec("Anna", "Meier", NORD, "f", 4.0, 0.0, True, lead=True),
    AgentSpec("Jonas", "Becker", NORD, "m", 2.2, 0.0, True),
    AgentSpec("Aylin", "Kaya", NORD, "f", 2.6, 0.0, True),
    AgentSpec("Sören", "Petersen", NORD, "m", 1.0, 0.0, False),
    AgentSpec("Friederike", "Janßen", NORD, "f", 0.8, 0.0, True),
    AgentSpec("Malte", "Hansen", NORD, "m", 0.6, 0.0, False),
    AgentSpec("Svetlana", "Wagner", NORD, "f", 1.2, 0.25, True),
    AgentSpec("Dennis", "Krüger", NORD, "m", 0.7, 0.72, False),
    AgentSpec("Luca", "Rossi", TECH, "m", 3.4, 0.0, True, lead=True),
    AgentSpec("Mehmet", "Yılmaz", TECH, "m", 2.0, 0.0, True),
    AgentSpec("Tobias", "Schröder", TECH, "m", 1.1, 0.0, True),
    AgentSpec("Katharina", "Weiß", TECH, "f", 1.6, 0.0, False),
    AgentSpec("Nikolai", "Petrov", TECH, "m", 0.5, 0.0, True),
    AgentSpec("Jana", "Nowak", TECH, "f", 1.3, 0.3, True),
    AgentSpec("Kim", "Hoffmann", TECH, "x", 0.9, 0.0, True),
    AgentSpec("Florian", "Gruber", TECH, "m", 0.6, 0.55, False),
    AgentSpec("Olena", "Shevchenko", SOCIAL, "f", 3.0, 0.0, True, lead=True),
    AgentSpec("Lea", "Schulz", SOCIAL, "f", 1.5, 0.0, True),
    AgentSpec("Noah", "Fischer", SOCIAL, "m", 1.0, 0.0, False),
    AgentSpec("Mariam", "Haddad", SOCIAL, "f", 1.4, 0.4, True),
    AgentSpec("Finn", "Lorenz", SOCIAL, "m", 0.8, 0.6, True),
    AgentSpec("Zeynep", "Arslan", SOCIAL, "f", 1.1, 0.0, True),
    AgentSpec("Sabine", "Müller", BILLING, "f", 2.4, 0.0, True, lead=True),
    AgentSpec("Thomas", "Wolf", BILLING, "m", 0.9, 0.0, False),
    AgentSpec("Ewa", "Kowalska", BILLING, "f", 1.7, 0.0, True),
    AgentSpec("Ahmet", "Demir", BILLING, "m", 1.2, 0.0, True),
    AgentSpec("Julia", "Braun", BILLING, "f", 0.7, 0.0, True),
    AgentSpec("Dominik", "Huber", BILLING, "m", 0.5, 0.0, False),
    AgentSpec("Nicole", "Zimmermann", BILLING, "f", 1.0, 0.45, True),
    AgentSpec("Marco", "Bianchi", RETURNS, "m", 2.1, 0.0, True, lead=True),
    AgentSpec("Sarah", "Lehmann", RETURNS, "f", 1.3, 0.0, True),
    AgentSpec("Kevin", "Neumann", RETURNS, "m", 0.6, 0.65, False),
    AgentSpec("Fatma", "Öztürk", RETURNS, "f", 1.8, 0.0, True),
    AgentSpec("Reto", "Baumann", RETURNS, "m", 0.9, 0.0, True),
    AgentSpec("Lena", "Vogel", RETURNS, "f", 0.7, 0.2, False),
    AgentSpec("Christian", "Schäfer", BUSINESS, "m", 1.5, 0.0, True, lead=True),
    AgentSpec("Claudia", "Hartmann", BUSINESS, "f", 2.0, 0.0, True),
    AgentSpec("Stefan", "Brandt", BUSINESS, "m", 0.6, 0.0, False),
    AgentSpec("Ioana", "Popescu", BUSINESS, "f", 1.1, 0.5, True),
    AgentSpec("Bernd", "Köhler", BUSINESS, "m", 0.4, 0.0, True),
)

# Customers who sign their mails. Fictional, and no surname is shared with an agent, so a test
# (and a human reviewer) can tell "our agent, keep" from "the customer, redact".
CUSTOMER_NAMES_DE: tuple[str, ...] = (
    "Hans-Peter Schmidt-Weber",
    "Erika Mustermann",
    "Max Mustermann",
    "Gisela Obermüller",
    "Klaus-Dieter Pfannenstiel",
    "Brigitte Sommerfeld",
    "Jürgen Wendland",
    "Renate Kühnel-Adam",
    "Heike Dornbusch",
    "Uwe Strohmeier",
    "Dragana Marković",
    "Ingrid Lindqvist-Bauer",
    "Wolfgang Eichhorn",
    "Ute Rosenbaum",
    "Günther Fleischhauer",
    "Dörte Quandt",
    "Ömer Çelik",
    "Magdalena Wiśniewski",
)
CUSTOMER_NAMES_EN: tuple[str, ...] = (
    "Emily Carter",
    "James O'Connor",
    "Priya Raman",
    "David Thompson",
    "Sophie Whitfield",
    "Daniel Okafor",
)

_ASCII = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ğ": "g", "ç": "c", "é": "e"}
)


def handle_for(first_name: str, last_name: str) -> str:
    """A login-style handle: lower case ASCII, "first.last" ("Mehmet Yılmaz" → "mehmet.yilmaz")."""
    return f"{first_name}.{last_name}".lower().translate(_ASCII).replace(" ", "-")


def demo_teams() -> tuple[DemoTeam, ...]:
    """The six teams, in roster order."""
    return tuple(DemoTeam(spec.name) for spec in TEAMS)


def demo_agents() -> tuple[DemoAgent, ...]:
    """The forty agents, in roster order (grouped by team)."""
    return tuple(
        DemoAgent(
            first_name=spec.first_name,
            last_name=spec.last_name,
            team=spec.team,
            handle=handle_for(spec.first_name, spec.last_name),
            consent_named=spec.consent_named,
        )
        for spec in AGENTS
    )
