"""German building blocks, part two: mixed and negative quotes, phone notes, personal data.

Template syntax as in ``phrases_de``. Personal-data sentences use ``{email}``, ``{phone}``,
``{iban}``, ``{custno}``, ``{orderno}``, ``{url}`` and ``{address}``, filled by ``pii``.
"""

from __future__ import annotations

from feedback.demo.bank import Paraphrase
from feedback.demo.templates import make_pool

MIXED = [
    "Die Hotline war eine Katastrophe, aber {X} hat es gerettet.",
    "[45 Minuten|Eine Stunde|Ewig] in der Warteschleife – das geht gar nicht. {X} war dann "
    "aber [super|wirklich klasse|sehr hilfsbereit].",
    "Eigentlich bin ich [stinksauer auf Ihre Firma|total genervt von Ihrer Firma]. "
    "Aber {X} war [wirklich toll|der Lichtblick|die Rettung].",
    "Drei Anrufe, drei verschiedene Auskünfte. Erst {X} hat [mir endlich geholfen|die Sache "
    "geklärt].",
    "Die App ist [eine Zumutung|unbrauchbar], aber der Chat mit {Xa} war [top|klasse].",
    "Ihre Preiserhöhung finde ich unverschämt. Die Beratung durch {Xa} war aber [fair|ehrlich], "
    "das muss ich zugeben.",
    "Der Techniker kam [zwei Stunden zu spät|gar nicht], aber {X} hat sich wenigstens sofort "
    "gekümmert.",
]

BILLING_MIXED = [
    "Die Jahresabrechnung war ein Schock und [viel zu hoch|nicht nachvollziehbar]. Immerhin hat "
    "{X} [sie mir erklärt|sich Zeit genommen].",
    "Ihre Nachzahlung ist [eine Frechheit|völlig überzogen]. {X} konnte aber wenigstens eine "
    "Ratenzahlung einrichten.",
    "Schon wieder eine Rechnung mit Fehlern! Gut, dass {X} das [korrigiert|gleich geprüft] hat.",
]

COMPLAINTS = [
    "Seit [drei Wochen|einem Monat|zehn Tagen] keine Antwort auf meine [Mails|Anfrage]. "
    "[Unmöglich|Ein Witz|Schwach]!",
    "Ich warte immer noch auf meine Erstattung. [Ganz schwacher Service|Das ist eine Frechheit].",
    "[Fünfmal|Dreimal] angerufen, jedes Mal vertröstet. So nicht!",
    "Der Techniker ist [schon wieder|zum zweiten Mal] nicht gekommen. Ich habe [extra Urlaub "
    "genommen|umsonst den ganzen Tag gewartet].",
    "Die Rechnung ist [immer noch|schon wieder] falsch. Ich überlege ernsthaft zu kündigen.",
    "Keiner fühlt sich zuständig, jeder verweist auf die nächste Abteilung.",
    "Ihr Chatbot versteht [überhaupt nichts|gar nichts]. Ich will mit einem Menschen reden!",
    "Die Jahresabrechnung ist [doppelt so hoch wie letztes Jahr|absurd hoch] und niemand kann "
    "mir das erklären.",
    "Mein Paket ist seit [zwei Wochen|zehn Tagen] verschwunden und keiner weiß, wo es ist.",
    "Ich habe [dreimal|zweimal] einen Rückruf versprochen bekommen. Passiert ist nichts.",
    "Seit [Tagen|einer Woche] kein Internet, und Sie vertrösten mich [nur|immer wieder].",
    "Die Warteschleife ist [eine Zumutung|unerträglich]: [50 Minuten|über eine Stunde] für nichts.",
    "Meine Kündigung wurde [einfach|schon wieder] ignoriert.",
    "[Unfreundlich|Pampig] und [uninformiert|ahnungslos] – so [geht man nicht mit Kunden "
    "um|behandelt man keine Kunden].",
]

NEGATIVE_DETAILS = [
    "Das geht jetzt seit {n} Tagen so.",
    "Ich habe heute {n} Minuten in der Warteschleife verbracht.",
    "Das war mein {n}. Anruf in dieser Sache.",
    "Mein Vorgang ist seit {n} Tagen offen.",
    "Ich bin seit {n} Jahren Kunde, [und so etwas habe ich noch nicht erlebt|das muss man "
    "sich mal vorstellen].",
]

NEGATIVE_TAILS = [
    "Ich bin seit [15|20] Jahren Kunde, aber so langsam reicht es.",
    "Das muss [dringend|deutlich] besser werden.",
    "Ich erwarte eine Rückmeldung.",
    "Sehr enttäuschend.",
    "So verliert man Kunden.",
]

PARAPHRASE = Paraphrase(
    subjects=(
        ("Kundin", "sie"),
        ("Kunde", "er"),
        ("Die Kundin", "sie"),
        ("Der Kunde", "er"),
        ("Anruferin", "sie"),
        ("Anrufer", "er"),
        ("Ältere Dame", "sie"),
        ("Kd.", "er"),
        ("Kd.in", "sie"),
    ),
    frames=make_pool(
        "de.para.frames",
        [
            "{S} bedankte sich [ausdrücklich|mehrfach|herzlich|überschwänglich] für {obj}",
            "{S} lobte {obj}",
            "{S} war sehr [erleichtert|dankbar] über {obj}",
            "{S} wollte unbedingt Danke sagen für {obj}",
            "{S} hob [am Ende des Gesprächs|zum Schluss] {obj} hervor",
        ],
    ),
    objects=make_pool(
        "de.para.objects",
        [
            "die schnelle Lösung",
            "die geduldige Erklärung",
            "die freundliche Beratung",
            "den schnellen Rückruf",
            "die unkomplizierte Hilfe",
            "die verständliche Erklärung",
            "die Kulanzlösung",
            "die kompetente Hilfe",
            "die Zuverlässigkeit beim Rückruf",
            "das Verständnis für die Situation",
            "die ehrliche Auskunft",
            "die Mühe beim Nachforschen",
        ],
    ),
    tails=make_pool(
        "de.para.tails",
        [
            ".",
            " und will uns weiterempfehlen.",
            "; meinte, so einen Service habe {er} lange nicht erlebt.",
            " – bat ausdrücklich darum, das Lob weiterzugeben.",
            ", nachdem {er} vorher [dreimal|mehrmals] vergeblich angerufen hatte.",
            ". Sagte wörtlich, wir seien „die Besten“.",
            ". War am Ende richtig gut gelaunt.",
        ],
    ),
    addenda=make_pool(
        "de.para.addenda",
        [
            "Gesprächsdauer ca. {n} Min.",
            "Dauer: {n} Minuten.",
            "Lob an TL weitergegeben, Gespräch {n} Min.",
            "Kd. seit {n} Jahren bei uns.",
            "Ticket geschlossen nach {n} Min.",
        ],
    ),
    notes=make_pool(
        "de.para.notes",
        [
            "Kd. sehr zufrieden, Problem gelöst. Lob ans Team.",
            "Kundin meinte, ich hätte ihr den Tag gerettet.",
            "Kunde möchte, dass das Lob an die Teamleitung geht: super Beratung, sehr geduldig.",
            "Rückmeldung am Ende des Gesprächs: schnell, freundlich, kompetent.",
            "Kundin war zu Beginn sehr aufgebracht, am Ende dankbar und erleichtert.",
            "Anrufer bedankte sich, dass endlich jemand zugehört hat.",
        ],
    ),
)

PII = {
    "email": [
        "Meine E-Mail-Adresse ist übrigens {email}, falls Sie noch etwas brauchen.",
        "Sie erreichen mich unter {email}.",
        "Bitte schicken Sie die Bestätigung an {email}.",
        "(Antwort gern an {email})",
    ],
    "phone": [
        "Rufen Sie mich gern unter {phone} zurück.",
        "Meine Handynummer für Rückfragen: {phone}.",
        "Erreichbar bin ich unter {phone}.",
    ],
    "iban": [
        "Die Erstattung bitte auf mein Konto {iban}.",
        "Meine neue Bankverbindung lautet {iban}.",
        "IBAN für die Lastschrift: {iban}.",
    ],
    "custno": [
        "Meine Kundennummer ist {custno}.",
        "(Kundennummer {custno})",
        "Es ging um die Bestellung {orderno}.",
        "(Kd.-Nr. {custno})",
    ],
    "url": [
        "Der Link {url} hat übrigens auch geklappt.",
        "Hier nochmal der Link aus Ihrer Mail: {url}",
    ],
    "address": [
        "Die neue Adresse ist {address}.",
        "Lieferung bitte weiter an {address}.",
    ],
}
