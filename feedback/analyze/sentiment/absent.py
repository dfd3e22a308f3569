"""What was missing: "Kein WLAN im ICE", "Wieder keine Klimaanlage", "ohne Durchsage" complain
although neither word has a valence of its own (issue 12: GermEval 2017's railway tweets name
what the train lacked, and the rules heard nothing). A negating determiner ("kein", "keine",
"ohne" …) before a noun of something a customer is owed (a service, a facility on board, an
answer), at most one word between them ("kein funktionierendes WLAN"), is one complaint item
from the determiner to the noun. The determiner then negates nothing else.

German only; the English rules read "no wifi" through the model. Phrases of the lexicon ("keine
Antwort", "kein Problem") are matched first and left alone.
"""

from __future__ import annotations

from feedback.analyze.sentiment import passes

ABSENT_VALENCE = -1.5  # as "Problem", "fehlt" in lexicon_de.tsv: a plain complaint, not a tirade
_DETERMINERS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keinerlei", "ohne"})
# Things a passenger or customer expects to be there (singular and plural, lower case).
OWED = frozenset(
    {
        "wlan", "wifi", "internet", "netz", "empfang", "strom", "steckdose", "steckdosen",
        "klimaanlage", "klima", "heizung", "licht", "toilette", "toiletten", "wc", "wasser",
        "bistro", "speisewagen", "bordbistro", "kaffee", "sitzplatz", "sitzplätze", "platz",
        "zug", "züge", "bahn", "bus", "busse", "ersatz", "ersatzzug",
        "ersatzverkehr", "anschluss", "anschlüsse", "verbindung", "verbindungen", "zugverkehr",
        "info", "infos", "information", "informationen", "durchsage", "durchsagen", "ansage",
        "ansagen", "auskunft", "anzeige", "rückmeldung", "reaktion", "rückruf", "antwort",
        "antworten", "entschuldigung", "erstattung", "entschädigung", "personal", "schaffner",
        "zugbegleiter", "ansprechpartner", "möglichkeit",
    }
)  # fmt: skip


def absent(low: list[str], kinds: list[int], items: list[passes.Item], negs: list[int]) -> None:
    """Add an item for each "kein <owed noun>"; its determiner stops being a negator."""
    found = False
    for i, word in enumerate(low):
        if word not in _DETERMINERS or kinds[i] == passes.USED:
            continue
        for j in (i + 1, i + 2):
            if j >= len(low) or kinds[j] != passes.NONE:  # "keine schnelle Hilfe": negated
                break
            if low[j] in OWED:
                items.append(passes.Item(i, j + 1, ABSENT_VALENCE, f"{word} {low[j]}"))
                for k in range(i, j + 1):
                    kinds[k] = passes.USED
                if i in negs:
                    negs.remove(i)
                found = True
                break
    if found:
        items.sort(key=lambda it: it.start)
