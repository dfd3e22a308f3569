"""The shape of a language's phrase bank: the building blocks ``compose`` puts together.

A bank is data only. ``phrases_de`` and ``phrases_en`` each build one; the composer never
contains a word of either language, so adding a language means adding a bank.

Forms: praise, openings and closings come in *forms*, the grammatical stance of a sentence.
German needs five: ``sie`` (formal address, one agent or a team), ``du`` (informal, one agent),
``ihr`` (informal, a team), ``x3`` (about someone, whose name fills ``{X}``) and ``imp``
(impersonal, fits every quote). English needs ``you``, ``x3`` and ``imp``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from feedback.demo.templates import Pool, make_pool, without


@dataclass(frozen=True, slots=True)
class Topic:
    """What a contact was about, with phrases that fit the praise templates' slots.

    ``mit`` fills ``{mit}`` (an adverbial: "mit meinem Router", "with my router");
    ``sache`` fills ``{sache}`` (an accusative noun phrase: "den Tarifwechsel", "my bill").
    """

    key: str
    tag: str | None
    mit: tuple[str, ...]
    sache: tuple[str, ...]
    context: Pool
    result: Pool


@dataclass(frozen=True, slots=True)
class Forms:
    """Which direct-address form a quote uses, by target and register."""

    agent_formal: str
    agent_informal: str
    team_formal: str
    team_informal: str


@dataclass(frozen=True, slots=True)
class Paraphrase:
    """Building blocks of an agent's note of what a caller said (phone, ``verbatim=False``).

    ``subjects`` pair a subject ("Kundin") with its pronoun ("sie") for the ``{er}`` slot.
    ``frames`` hold ``{S}`` (subject), ``{obj}`` (what was praised) and ``{er}``.
    ``notes`` are complete telegraphic notes; ``addenda`` are the bookkeeping agents append
    ("Gesprächsdauer ca. {n} Min."), with ``{n}`` a small number.
    """

    subjects: tuple[tuple[str, str], ...]
    frames: Pool
    objects: Pool
    tails: Pool
    notes: Pool
    addenda: Pool


@dataclass(frozen=True, slots=True)
class Bank:
    """Every pool of one language. Dict values are keyed by form, theme or kind (see module)."""

    language: str
    forms: Forms
    honorifics: Mapping[str, str]  # gender ("f", "m") -> "Frau"/"Herr", "Ms"/"Mr"
    team_vocatives: tuple[str, ...]  # {N} for a team: "liebes Team"
    team_vocatives_informal: tuple[str, ...]
    team_thirds: tuple[str, ...]  # {X} for a team: "das Team"
    tiny: Pool
    openings: Mapping[str, Pool]
    openings_unnamed: Mapping[str, Pool]  # the same without {N}: after "Liebe Frau Meier,"
    praise: Mapping[str, Mapping[str, Pool]]  # theme -> form -> pool
    closings: Mapping[str, Pool]
    extras: Pool  # loyalty and recommendation sentences
    churn_saved: Pool  # "I wanted to cancel, now I stay" (tag: Kündigung verhindert)
    spoken: Pool  # phone fillers: "Wissen Sie was?"
    review_heads: Pool
    hashtags: tuple[str, ...]
    dialect_openings: Pool | None
    dialect_closings: Pool | None
    seasonal: Mapping[str, Pool]  # "christmas", "newyear", "easter"
    salutations: Mapping[str, Pool]  # "f_formal", "m_informal", "x", "team_formal", ...
    signoffs: Pool
    anonymous_signoffs: Pool
    mixed: Pool  # criticism plus praise for {X}
    billing_mixed: Pool  # the January annual-bill variant of ``mixed``
    complaints: Pool
    negative_tails: Pool  # a second sentence for mixed and negative quotes
    negative_details: Pool  # a concrete grievance with a number {n}: "seit {n} Tagen"
    paraphrase: Paraphrase
    pii: Mapping[str, Pool]  # kind -> sentences with {email}, {phone}, {iban}, ...
    topics: Mapping[str, Topic]


def pools(prefix: str, table: Mapping[str, list[str]]) -> dict[str, Pool]:
    """``make_pool`` for each entry of ``table``, keyed as in ``table``."""
    return {key: make_pool(f"{prefix}.{key}", templates) for key, templates in table.items()}


def unnamed(table: Mapping[str, Pool]) -> dict[str, Pool]:
    """Each pool of ``table`` without the variants that address someone by name (``{N}``)."""
    return {key: without(pool, "{N}") for key, pool in table.items()}


def topic(
    lang: str,
    key: str,
    tag: str | None,
    mit: tuple[str, ...],
    sache: tuple[str, ...],
    context: list[str],
    result: list[str],
) -> Topic:
    """A ``Topic`` with its context and result pools named after ``lang`` and ``key``."""
    return Topic(
        key=key,
        tag=tag,
        mit=mit,
        sache=sache,
        context=make_pool(f"{lang}.topic.{key}.context", context),
        result=make_pool(f"{lang}.topic.{key}.result", result),
    )
