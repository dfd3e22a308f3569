"""German building blocks: openings, praise for every theme, closings and seasonal greetings.

Topics, negatives, phone notes and personal data live in ``phrases_de_more``; ``BANK_DE``
below joins both. Template syntax: ``[a|b|]`` alternatives, ``{N}`` the person addressed
("Frau Meier", "Anna", "liebes Team"), ``{X}`` the person talked about and ``{Xa}`` the same in
the accusative or dative ("Lob an Herrn Becker"), ``{mit}`` and ``{sache}`` the topic (see
``bank.Topic``). Forms are explained in ``bank``.
"""

from __future__ import annotations

from feedback.demo.bank import Bank, Forms, pools, unnamed
from feedback.demo.phrases_de_more import (
    BILLING_MIXED,
    COMPLAINTS,
    MIXED,
    NEGATIVE_DETAILS,
    NEGATIVE_TAILS,
    PARAPHRASE,
    PII,
)
from feedback.demo.phrases_de_praise import PRAISE
from feedback.demo.phrases_de_topics import TOPICS
from feedback.demo.templates import make_pool

TINY = [
    "Danke!!",
    "Vielen Dank!",
    "Danke, {N}!",
    "Super, danke!",
    "Top Service!",
    "Spitze!",
    "Mega, danke!",
    "Danke für die schnelle Hilfe!",
    "Merci vielmals!",
    "Vergelt's Gott!",
    "Dankeschön!!",
    "Perfekt, danke[ {N}|]!",
    "Klasse gemacht[, {N}|]!",
    "1A Service!",
    "Daumen hoch!",
    "Wow, das ging schnell!",
    "Alles bestens, danke!",
    "Besten Dank[, {N}|]!",
    "Herzlichen Dank, {N}!",
    "Danke, hat geklappt!",
    "Läuft wieder, danke!!",
    "Tausend Dank!",
    "Ganz toll, danke[ schön|]!",
    "Sehr nett, danke!",
    "Hat alles gepasst!",
    "Suuuper, danke!",
    "Dankeee!",
    "Danke vielmals[, {N}|]!",
]

OPENINGS: dict[str, list[str]] = {
    "sie": [
        "[Herzlichen|Vielen|Allerbesten] Dank für [Ihre Hilfe|Ihre Unterstützung|alles][, {N}|]!",
        "Ich kann Ihnen gar nicht genug danken[, {N}|].",
        "[Endlich|Zum Glück] bin ich bei [Ihnen|jemandem wie Ihnen] gelandet[, {N}|]!",
        "Sie haben [mir wirklich|mir echt|mir so sehr] geholfen[, {N}|] – danke!",
        "Ich [möchte|wollte] Ihnen [von Herzen|einfach] ein Dankeschön [dalassen|schicken].",
        "Danke[ schön| vielmals|], dass Sie [sich gekümmert haben|drangeblieben sind|mir "
        "geholfen haben][, {N}|]!",
        "Mein [ganz|] persönlicher Dank geht an Sie[, {N}|]!",
        "Vielen [herzlichen|lieben] Dank, {N}!",
        "Ich möchte mich [noch einmal|auf diesem Weg|ganz herzlich] bei Ihnen bedanken.",
        "Danke, {N}, [Sie sind ein Schatz|Sie haben mir den Tag gerettet|Sie sind spitze]!",
        "Ein [riesiges|ganz dickes|herzliches] Dankeschön an Sie[, {N}|]!",
        "Ich wollte [nur kurz|einfach mal] Danke sagen[, {N}|].",
        "Tausend Dank, {N}!",
        "Was soll ich sagen[, {N}|] – Sie sind großartig!",
        "Ich bin Ihnen [wirklich|so] dankbar[, {N}|].",
    ],
    "du": [
        "Du bist [echt|wirklich|einfach] die Rettung[, {N}|]!",
        "[Mega|Riesen|Ganz lieben] Dank für deine Hilfe[, {N}|]!",
        "Danke, dass du [dich so gekümmert hast|drangeblieben bist|mir geholfen hast][, {N}|]!",
        "Ohne dich [hätte ich das nie geschafft|wäre ich verzweifelt][, {N}|]!",
        "Danke dir, {N}!",
        "Tausend Dank, {N}!",
        "{N}, du bist [ein Schatz|spitze|großartig|Gold wert]!",
        "Hey {N}, [danke|vielen Dank] nochmal[ für alles|]!",
        "Ich muss dir [einfach|nochmal] Danke sagen[, {N}|].",
        "Du hast was gut bei mir[, {N}|]!",
    ],
    "ihr": [
        "Danke euch [allen|vielmals|von Herzen]!",
        "Ihr seid [spitze|der Hammer|großartig|die Besten]!",
        "[Ein|Ein ganz] großes Dankeschön an euch!",
        "Hallo ihr Lieben, [einfach mal|ganz kurz] Danke!",
    ],
    "x3": [
        "Ich [muss|will] [unbedingt|mal] {Xa} [hervorheben|loben|erwähnen].",
        "[Ein Hoch auf|Ein Extra-Dank an|Ein dickes Dankeschön an] {Xa}!",
        "Mein Dank geht [ganz klar|heute|ausdrücklich] an {Xa}.",
        "[Ein großes|Ein dickes|Ganz großes] Lob an {Xa}!",
        "Ich möchte {Xa} [ausdrücklich|ganz besonders|von Herzen] loben.",
        "Danke an {Xa}[, wirklich|]!",
        "{X} verdient [ein Extra-Lob|eine Gehaltserhöhung|einen Orden]!",
        "Das muss mal gesagt werden: {X} ist [super|klasse|spitze]!",
    ],
    "imp": [
        "[Kurz und knapp|Ganz kurz|Nur kurz]: [Danke|Vielen Dank|Danke schön]!",
        "[Was für ein|So ein] [toller|klasse|großartiger] [Service|Kundenservice][!|, wirklich!]",
        "[Ich bin|Wir sind] [einfach nur|total|so] [happy|glücklich|erleichtert]!",
        "[Hut ab|Respekt|Chapeau], [ehrlich|wirklich|echt]!",
        "Das [musste|muss] ich [jetzt|einfach] [loswerden|mal sagen].",
        "Einfach nur: DANKE!",
        "Wow, [was für ein Service|damit hatte ich nicht gerechnet]!",
        "Ich bin [begeistert|positiv überrascht|sprachlos]!",
        "Ich muss [jetzt einfach mal|hier mal] ein Lob loswerden.",
        "Kurzes Feedback: [super Service|sehr zufrieden|alles bestens]!",
        "Das war [mal|endlich mal] Service, wie er sein sollte.",
        "[Ehrlich gesagt|Ganz ehrlich:|Zugegeben,] [hatte ich|ich hatte] mit dem Schlimmsten "
        "gerechnet.",
        "[Eigentlich|Normalerweise] schreibe ich so was nie, aber [heute|diesmal] muss es sein.",
    ],
}

CLOSINGS: dict[str, list[str]] = {
    "sie": [
        "[Bleiben Sie|Bitte bleiben Sie] [gesund|so freundlich|genau so]!",
        "[Sie haben|Sie hätten] [eine Beförderung|ein großes Lob|einen Bonus] verdient!",
        "Beim nächsten Mal [hoffentlich|gern] wieder mit Ihnen!",
        "[Danke nochmal|Nochmals danke] für [Ihre Geduld|Ihre Zeit|alles]!",
        "Ich empfehle Sie [gern|überall|auf jeden Fall] weiter!",
        "Machen Sie [bitte|unbedingt|genau so|einfach] weiter so!",
        "Bleiben Sie [bitte|unbedingt|einfach|genau] so, wie Sie sind!",
        "Ich wünsche Ihnen einen [schönen|wunderbaren] [Tag|Feierabend|Start ins Wochenende]!",
        "Nochmals [vielen|herzlichen] Dank!",
        "Sie sind [Gold wert|ein Schatz|ein echter Gewinn|unbezahlbar]!",
        "Bitte geben Sie das Lob [an Ihre Teamleitung|an Ihren Chef|intern] weiter!",
    ],
    "du": [
        "Du hast [dir|dir echt] ein [Lob|Extra-Lob|Eis] verdient!",
        "[Danke nochmal|Nochmals danke] für [deine Geduld|deine Zeit|alles]!",
        "Mach [bitte|unbedingt|einfach] weiter so!",
        "Bleib [bitte|unbedingt|einfach|genau], wie du bist!",
        "Hab einen [schönen|tollen] [Tag|Feierabend]!",
        "Nochmal [danke|tausend Dank|vielen Dank]!",
    ],
    "ihr": [
        "Macht [bitte|unbedingt|einfach] weiter so!",
        "Bleibt [bitte|einfach|genau so], wie ihr seid!",
        "Schönen [Feierabend|Tag] euch!",
    ],
    "x3": [
        "{X} ist ein [echter|wahrer] Gewinn für [Ihre Firma|den Laden]!",
        "Bitte [gebt|geben Sie] das Lob an {Xa} weiter!",
    ],
    "imp": [
        "[Immer wieder gern|Gerne wieder|Jederzeit wieder]!",
        "[Besser|Schneller|Netter] geht's [nicht|wirklich nicht]!",
        "[Herzliche|Liebe|Sonnige] Grüße [aus dem Norden|aus dem Süden|von der Küste|aus dem "
        "Homeoffice]!",
        "[Fünf|5] Sterne[ von mir|, ganz klar|]!",
        "Ein[ ganz|] [großes|dickes] Dankeschön[ nochmal| an alle|]!",
        "[Einfach|Wirklich|Echt] [super|top|klasse][, danke|]!",
        "[Top|Super|Klasse] [Service|Arbeit|Team][, danke|, weiter so|]!",
        "[Das|So was] [vergesse ich nicht|merke ich mir|bleibt hängen].",
        "[Macht|Machen Sie] [einfach|bitte] so weiter!",
        "Danke, dass es Leute wie [Sie|euch] gibt!",
        "Weiter so[, Leute|, Team|]!",
        "Top!",
        "[Klare|Absolute] Weiterempfehlung!",
        "Daumen hoch!",
        "[Sehr|Super] zufrieden!",
        "Danke für [alles|die Hilfe|die Mühe|Ihre Mühe]!",
        "10 von 10!",
        "So [muss|sollte] [Kundenservice|Service] sein[ – überall|].",
    ],
}

EXTRAS = [
    "[Ehrlich gesagt|Zugegeben] war ich [skeptisch|genervt], [jetzt bin ich begeistert|aber "
    "das hat sich gelohnt].",
    "So einen Service [wünscht man sich|würde ich mir wünschen] [überall|bei jeder Firma].",
    "Das erzähle ich [heute Abend|meiner Familie|im Freundeskreis] [garantiert|bestimmt] weiter.",
    "Damit [habt ihr|haben Sie] [einen Kunden|eine Kundin] fürs Leben gewonnen.",
    "Ich bin seit [über 20|15|gut zehn] Jahren bei Ihnen, und so gut [wurde ich noch nie "
    "beraten|lief es noch nie].",
    "Ich empfehle [den Kundenservice|die Firma|den Laden] auf jeden Fall weiter.",
    "Das hat mir [wirklich|echt] den Tag gerettet.",
    "Meine [Nachbarin|Schwester|Kollegin] hat schon gefragt, wo ich Kunde bin.",
    "Nach all dem Ärger mit [anderen Anbietern|meinem alten Anbieter] ist das eine echte Wohltat.",
    "So einen Service hätte ich [ehrlich gesagt|] nicht erwartet.",
    "Ich hatte [mit stundenlanger Warteschleife|mit dem Schlimmsten] gerechnet – und dann das.",
]

CHURN_SAVED = [
    "Ich wollte eigentlich kündigen – jetzt bleibe ich [doch|gern].",
    "Die Kündigung lag schon bereit, aber [jetzt bleibe ich|die hat sich erledigt].",
    "Eigentlich war ich schon weg, aber so ein Service hält mich.",
]

# Each a sentence of its own (or a colon): the next piece starts with a capital ("Ich", "Danke"),
# which after a comma read "Also wirklich, Ich kann ...".
SPOKEN = [
    "Ach, wissen Sie:",
    "Ich sag's Ihnen, wie es ist:",
    "Nee, also wirklich!",
    "Jetzt mal ehrlich:",
    "Wissen Sie was?",
    "Also wirklich!",
    "Ach, ich bin so erleichtert.",
    "Das muss ich jetzt einfach mal sagen.",
    "Ganz ehrlich?",
]

REVIEW_HEADS = [
    "[Fünf|5] Sterne[ von mir|]!",
    "Top Kundenservice!",
    "Endlich mal ein Anbieter, der hält, was er verspricht.",
    "Hervorragender Service!",
    "[Sehr|Rundum] zufrieden!",
]

DIALECT_OPENINGS = [
    "Merci vielmals!",
    "Vergelt's Gott!",
    "Dankschee!",
    "Moin und [danke|besten Dank]!",
    "Grüezi und merci!",
    "Servus und danke!",
    "Des war [subba|spitze|leiwand], danke!",
]

DIALECT_CLOSINGS = [
    "Pfiat di!",
    "Tschüssikowski!",
    "Ade und merci!",
    "Baba und danke!",
    "Tschö mit ö!",
    "Mach's gut und danke!",
]

SEASONAL = {
    "christmas": [
        "Frohe Weihnachten an das ganze Team!",
        "Schöne Feiertage und einen guten Rutsch!",
        "Frohes Fest[ euch allen| Ihnen und Ihren Kollegen|]!",
        "Ich wünsche Ihnen besinnliche Weihnachtstage!",
        "Das war mein schönstes Weihnachtsgeschenk!",
    ],
    "newyear": [
        "Frohes neues Jahr!",
        "Einen guten Start ins neue Jahr[ euch allen|]!",
        "Guten Rutsch[ und bis nächstes Jahr|]!",
    ],
    "easter": [
        "Frohe Ostern!",
        "Schöne Osterfeiertage[ euch allen|]!",
    ],
}

SALUTATIONS = {
    "f_formal": ["Liebe {N},", "Sehr geehrte {N},", "Hallo {N},"],
    "f_informal": ["Liebe {N},", "Hallo {N},", "Hi {N},"],
    "m_formal": ["Lieber {N},", "Sehr geehrter {N},", "Hallo {N},"],
    "m_informal": ["Lieber {N},", "Hallo {N},", "Hi {N},"],
    "x": ["Hallo {N},", "Guten Tag {N},"],
    "team_formal": [
        "Sehr geehrte Damen und Herren,",
        "Liebes Service-Team,",
        "Guten Tag,",
        "Liebe Leute vom Kundenservice,",
    ],
    "team_informal": ["Hallo zusammen,", "Moin zusammen,", "Hallo ihr Lieben,", "Hey Team,"],
}

SIGNOFFS = [
    "Viele Grüße",
    "Liebe Grüße",
    "Mit freundlichen Grüßen",
    "Beste Grüße",
    "Herzliche Grüße",
    "Schöne Grüße",
    "Gruß",
    "LG",
]

ANONYMOUS_SIGNOFFS = [
    "Viele Grüße[ aus Bremen| aus dem Allgäu| aus Kiel|]",
    "Eine sehr zufriedene Kundin",
    "Ein dankbarer Kunde",
    "Herzliche Grüße[ und bis bald|]",
    "Mit freundlichen Grüßen",
    "Liebe Grüße",
]

HASHTAGS = (
    "#Kundenservice",
    "#danke",
    "#Service",
    "#endlichwiederonline",
    "#zufrieden",
    "#Lob",
)


def _build() -> Bank:
    """Assemble the German bank (called once at import)."""
    openings = pools("de.open", OPENINGS)
    return Bank(
        language="de",
        forms=Forms(
            agent_formal="sie", agent_informal="du", team_formal="sie", team_informal="ihr"
        ),
        honorifics={"f": "Frau", "m": "Herr"},
        team_vocatives=("liebes Team", "liebes Service-Team", "liebe Kundenservice-Leute"),
        team_vocatives_informal=("ihr Lieben", "Leute", "liebes Team"),
        team_thirds=("das Team", "das ganze Team", "das Service-Team", "das Kundenservice-Team"),
        tiny=make_pool("de.tiny", TINY),
        openings=openings,
        openings_unnamed=unnamed(openings),
        praise={theme: pools(f"de.praise.{theme}", forms) for theme, forms in PRAISE.items()},
        closings=pools("de.close", CLOSINGS),
        extras=make_pool("de.extras", EXTRAS),
        churn_saved=make_pool("de.churn", CHURN_SAVED),
        spoken=make_pool("de.spoken", SPOKEN),
        review_heads=make_pool("de.review", REVIEW_HEADS),
        hashtags=HASHTAGS,
        dialect_openings=make_pool("de.dialect.open", DIALECT_OPENINGS),
        dialect_closings=make_pool("de.dialect.close", DIALECT_CLOSINGS),
        seasonal=pools("de.season", SEASONAL),
        salutations=pools("de.salute", SALUTATIONS),
        signoffs=make_pool("de.signoff", SIGNOFFS),
        anonymous_signoffs=make_pool("de.signoff.anon", ANONYMOUS_SIGNOFFS),
        mixed=make_pool("de.mixed", MIXED),
        billing_mixed=make_pool("de.mixed.billing", BILLING_MIXED),
        complaints=make_pool("de.complaints", COMPLAINTS),
        negative_tails=make_pool("de.negative.tails", NEGATIVE_TAILS),
        negative_details=make_pool("de.negative.details", NEGATIVE_DETAILS),
        paraphrase=PARAPHRASE,
        pii=pools("de.pii", PII),
        topics=TOPICS,
    )


BANK_DE = _build()
