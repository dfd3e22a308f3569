"""German topics: what customers contact each team about, with context and result sentences.

``{mit}`` and ``{sache}`` phrases must fit the praise templates: ``mit`` is an adverbial
("mit meinem Router"), ``sache`` an accusative noun phrase ("den Tarifwechsel"). Keys are shared
with ``phrases_en_more``; tags are the team's German vocabulary.
"""

from __future__ import annotations

from feedback.demo.bank import Topic, topic

# A data table: kept in its compact hand layout, one topic per block, rather than one
# argument per line, which would triple its length without making it clearer.
# fmt: off
TOPICS: dict[str, Topic] = {
    t.key: t
    for t in (
        # Privatkunden: energy for households.
        topic(
            "de", "zaehlerstand", "Zählerstand",
            ("mit dem Zählerstand", "bei der Zählerstandsmeldung"),
            ("die Zählerstandsmeldung", "die korrigierte Abrechnung"),
            ["Ich wusste [nicht|gar nicht], wie ich [den Zählerstand melden soll|meinen Zähler "
             "ablesen soll].",
             "Ich hatte den Zählerstand falsch abgelesen und eine riesige Nachzahlung bekommen.",
             "Die App wollte meinen Zählerstand [einfach|partout] nicht annehmen.",
             "Mein Zählerstand war [geschätzt|falsch übernommen] worden, viel zu hoch."],
            ["Der Zählerstand ist [jetzt|inzwischen] korrigiert, die Nachzahlung ist weg.",
             "Die Abrechnung stimmt jetzt wieder."],
        ),
        topic(
            "de", "umzug", "Umzug",
            ("bei meinem Umzug", "mit der Ummeldung"),
            ("die Ummeldung", "den ganzen Umzugskram"),
            ["Wir ziehen [nächste Woche|zum Monatsende] um, und ich hatte [null Überblick|keinen "
             "Plan].",
             "Wir sind [von Hamburg nach Kiel|innerhalb von Bremen|aufs Land] gezogen und hatten "
             "Angst, ohne Strom dazustehen.",
             "Mitten im Umzugschaos ist mir eingefallen, dass ich den Strom noch ummelden muss."],
            ["In der neuen Wohnung lief der Strom ab dem ersten Tag.",
             "Der Umzug ist komplett umgemeldet[, ohne dass ich noch etwas tun musste|]."],
        ),
        topic(
            "de", "abschlag", "Abschlag",
            ("mit meinem Abschlag", "bei der Abschlagsanpassung"),
            ("die Anpassung meines Abschlags", "die neue Abschlagshöhe"),
            ["Der neue Abschlag [passte überhaupt nicht|war viel zu hoch angesetzt].",
             "Mein monatlicher Abschlag war plötzlich fast doppelt so hoch.",
             "Ich verstand nicht, warum mein Abschlag schon wieder gestiegen war."],
            ["Der Abschlag ist jetzt wieder fair.",
             "Ich zahle jetzt [30|25|18] Euro weniger im Monat."],
        ),
        topic(
            "de", "oekostrom", "Tarifwechsel",
            ("beim Wechsel zum Ökostrom", "mit dem Ökostrom-Tarif"),
            ("den Wechsel in den Ökostrom-Tarif", "die Tarifoptionen"),
            ["Wir wollten [endlich|schon ewig] auf [Ökostrom|grünen Strom] umsteigen.",
             "Ich wollte schon lange auf Ökostrom umsteigen, hatte aber Angst vor dem Papierkram."],
            ["Der Wechsel zum Ökostrom lief [komplett|ganz] [ohne Papierkram|digital|reibungslos].",
             "Jetzt beziehen wir [endlich|seit diesem Monat] Ökostrom – und zahlen sogar weniger."],
        ),
        topic(
            "de", "zaehlerwechsel", "Termin",
            ("beim Zählerwechsel", "mit dem Termin für den Zählerwechsel"),
            ("den Termin für den Zählerwechsel", "den Ablauf beim Zählerwechsel"),
            ["Der Zählerwechsel [stand an|war angekündigt], aber [niemand|keiner] konnte mir [den "
             "Ablauf|die Uhrzeit] sagen.",
             "Für den Zählerwechsel wurde mir ein Termin mitten in meiner Arbeitszeit gegeben."],
            ["Der [neue|digitale] Zähler [ist eingebaut|hängt] – [ganz ohne Stress|ohne dass ich "
             "Urlaub nehmen musste].",
             "Der Termin [wurde verlegt|passte dann doch] und alles lief [glatt|reibungslos].",
             "Der Techniker kam pünktlich, und der neue Zähler ist drin."],
        ),
        # Technik-Hotline: internet, TV and landline.
        topic(
            "de", "router", "Störung",
            ("mit meinem Router", "beim Router"),
            ("die Einrichtung des Routers", "die Router-Einstellungen"),
            ["[Im Homeoffice|Mitten in der Videokonferenz] brach [ständig|andauernd] das WLAN ab.",
             "Mein Router hat seit Tagen ständig die Verbindung verloren.",
             "Die Lämpchen am Router blinkten nur noch rot.",
             "Seit dem Update ging am Router [gar nichts mehr|nur noch das Gastnetz]."],
            ["Seit [gestern|dem Neustart] [läuft alles stabil|keine einzige Unterbrechung mehr].",
             "Der Router läuft wieder einwandfrei.",
             "Endlich wieder stabiles WLAN im Homeoffice!"],
        ),
        topic(
            "de", "stoerung", "Störung",
            ("bei der Störung", "mit der Leitung"),
            ("die Störung", "die Ursache der Störung"),
            ["[Das Internet|Die Leitung] war [seit dem Gewitter|seit dem Wochenende] tot.",
             "Seit Montag ging bei uns gar nichts mehr – kein Internet, kein Telefon.",
             "Ausgerechnet am Tag meiner Abschlussprüfung fiel das Internet aus."],
            ["[Internet und Telefon laufen|Alles läuft] wieder[ – endlich|].",
             "Die Leitung ist wieder da.",
             "Nach [zwei|drei] Stunden war alles wieder online."],
        ),
        topic(
            "de", "glasfaser", "Glasfaser",
            ("beim Glasfaseranschluss", "mit dem Glasfasermodem"),
            ("den Glasfaseranschluss", "die Aktivierung des Glasfaseranschlusses"),
            ["Seit [Wochen|einem Monat] warteten wir auf die Freischaltung [der Glasfaser|des "
             "Anschlusses].",
             "Der Glasfaseranschluss war gelegt, aber das Modem blieb dunkel."],
            ["Die Glasfaser ist [freigeschaltet|aktiv], [Streaming und Homeoffice laufen "
             "parallel|alle im Haus sind glücklich].",
             "[Endlich|Seit gestern] [surfen wir|sind wir online] mit [vollem "
             "Tempo|Glasfaser-Geschwindigkeit].",
             "Jetzt haben wir endlich das volle Tempo."],
        ),
        topic(
            "de", "tvbox", "TV",
            ("mit der TV-Box", "beim Fernsehempfang"),
            ("die Einrichtung der TV-Box", "die Senderliste"),
            ["Die TV-Box [startete ständig neu|zeigte nur noch einen schwarzen Bildschirm].",
             "Pünktlich zum Länderspiel ging der Fernseher nicht mehr.",
             "Meine Mutter hatte [alle Sender|die Senderliste] gelöscht und war verzweifelt."],
            ["[Das Bild ist wieder da|Der Fernseher läuft wieder] – [die ganze Familie ist "
             "erleichtert|Oma ist glücklich].",
             "Das Spiel konnten wir [dann doch noch|pünktlich zum Anpfiff] schauen.",
             "Alle Sender sind wieder da."],
        ),
        topic(
            "de", "festnetz", "Rufnummernmitnahme",
            ("bei der Rufnummernmitnahme", "mit dem Festnetzanschluss"),
            ("die Rufnummernmitnahme", "die Portierung meiner Nummer"),
            ["Die [Portierung|Rufnummernmitnahme] hing [seit Wochen|ewig] fest.",
             "Meine alte Festnetznummer sollte unbedingt mit umziehen."],
            ["Die alte Nummer [läuft|funktioniert] [wieder|jetzt auch im neuen Anschluss].",
             "Meine Nummer ist mitgekommen – für meine Mutter ganz wichtig."],
        ),
        # Social Media & Chat: mobile and app.
        topic(
            "de", "sim", "SIM-Karte",
            ("mit der SIM-Karte", "bei der Kartensperre"),
            ("die Ersatz-SIM-Karte", "die Sperre meiner SIM-Karte"),
            ["Meine SIM-Karte wurde plötzlich gesperrt, mitten im Urlaub.",
             "Mein Handy wurde geklaut, und ich brauchte sofort eine neue SIM-Karte."],
            ["Mit der [neuen SIM|Ersatz-SIM] bin ich [wieder erreichbar|wieder online].",
             "Die neue SIM-Karte war [zwei Tage später|schon am nächsten Tag] da."],
        ),
        topic(
            "de", "esim", "eSIM",
            ("mit der eSIM", "bei der eSIM-Aktivierung"),
            ("die eSIM-Aktivierung", "den QR-Code für die eSIM"),
            ["Der QR-Code für die eSIM [funktionierte nicht|war abgelaufen].",
             "Die eSIM ließ sich auf dem neuen Handy einfach nicht aktivieren."],
            ["[Nach ein paar Minuten|Nach dem Neustart] war die eSIM [aktiv|eingerichtet].",
             "Die eSIM läuft, und ich bin wieder erreichbar."],
        ),
        topic(
            "de", "app_login", "App",
            ("mit dem Login in der App", "beim Kundenkonto"),
            ("das Zurücksetzen meines Passworts", "den Login"),
            ["Nach dem [Handywechsel|Update] [ging der Login nicht mehr|war mein Konto gesperrt].",
             "Ich kam nicht mehr in meine App und war [völlig verzweifelt|kurz vorm Durchdrehen]."],
            ["[Das Passwort ist zurückgesetzt|Das Konto ist entsperrt], und die App läuft.",
             "Ich komme wieder in mein Kundenkonto."],
        ),
        topic(
            "de", "roaming", "Roaming",
            ("mit dem Roaming", "bei der Roaming-Option"),
            ("die Roaming-Option", "die Einstellungen fürs Ausland"),
            ["[Am Flughafen|Gleich nach der Landung] [ging gar nichts|hatte ich kein Netz].",
             "Im Urlaub in [Kroatien|Italien|Spanien] hatte ich plötzlich kein Netz mehr."],
            ["Der [restliche|ganze] Urlaub war [gerettet|entspannt].",
             "[Zwanzig Minuten|Eine Viertelstunde] später konnte ich wieder telefonieren."],
        ),
        # Rechnung & Vertrag.
        topic(
            "de", "rechnung", "Rechnung",
            ("mit meiner Rechnung", "bei der Jahresabrechnung"),
            ("die Rechnung", "die Jahresabrechnung"),
            ["Ich habe meine [Rechnung|Abrechnung] [dreimal|x-mal] gelesen und nichts verstanden.",
             "Die Rechnung war [fast doppelt so hoch wie sonst|viel höher als erwartet], und ich "
             "war ratlos.",
             "Auf meiner Rechnung standen plötzlich Posten, die ich nie bestellt hatte.",
             "Die Jahresabrechnung war ein echter Schock."],
            ["Jetzt weiß ich [genau|endlich], wofür ich [was bezahle|jeden Posten zahle].",
             "Der falsche Posten ist [raus|gestrichen], die neue Rechnung stimmt.",
             "Die Rechnung ist korrigiert, und das Geld kommt zurück.",
             "Die Gutschrift war schon [zwei Tage|eine Woche] später auf dem Konto."],
        ),
        topic(
            "de", "tarifwechsel", "Tarifwechsel",
            ("beim Tarifwechsel", "mit dem neuen Tarif"),
            ("den Tarifwechsel", "die Unterschiede zwischen den Tarifen"),
            ["[Mein Vertrag lief aus|Meine Mindestlaufzeit war vorbei], und ich wollte [etwas "
             "Günstigeres|einen besseren Tarif].",
             "Ich wollte eigentlich nur in einen günstigeren Tarif wechseln.",
             "Ich zahlte seit Jahren viel zu viel für meinen alten Tarif."],
            ["Der Wechsel war [in fünf Minuten|ganz ohne Papierkram] erledigt.",
             "Ich zahle jetzt [zwölf|acht|fünfzehn] Euro weniger im Monat.",
             "Der neue Tarif passt perfekt zu mir."],
        ),
        topic(
            "de", "kuendigung", "Kündigung verhindert",
            ("bei meiner Kündigung", "mit dem Vertrag"),
            ("meine Kündigung", "meine Vertragsoptionen"),
            ["Nach [dem dritten Ärger|der Preiserhöhung] wollte ich [eigentlich nur noch "
             "weg|sofort kündigen].",
             "Ich war fest entschlossen zu kündigen.",
             "Eigentlich hatte ich die Kündigung schon geschrieben."],
            ["Statt zu kündigen, habe ich jetzt [einen besseren Vertrag|ein faires Angebot].",
             "Die Kündigung ist [vom Tisch|zurückgezogen] – und ich bin zufrieden.",
             "Ich bleibe jetzt doch – mit einem Tarif, der wirklich passt."],
        ),
        topic(
            "de", "lastschrift", "Rechnung",
            ("mit der Lastschrift", "bei der doppelten Abbuchung"),
            ("die doppelte Abbuchung", "die Rückbuchung"),
            ["[Zweimal|Doppelt] abgebucht, und [mein Konto|das Konto] war [im Minus|fast leer].",
             "Mir wurde der Betrag doppelt abgebucht, und das kurz vor Monatsende."],
            ["Die [doppelte Abbuchung|falsche Buchung] ist [storniert|zurückgebucht].",
             "[Zwei|Drei] Tage später war [alles wieder auf meinem Konto|das Geld zurück].",
             "Das Geld war am nächsten Tag wieder da."],
        ),
        topic(
            "de", "mahnung", "Mahnung",
            ("mit der Mahnung", "bei der Mahnung"),
            ("die Mahnung", "die Sache mit der Mahnung"),
            ["Eine Mahnung [mit Gebühren|mit Inkasso-Drohung] – dabei hatte ich "
             "[pünktlich|längst] bezahlt.",
             "Ich hatte eine Mahnung bekommen, obwohl ich längst bezahlt hatte."],
            ["Die Mahnung war [ein Fehler|ein Systemfehler] und ist [vom Tisch|erledigt].",
             "Die Mahnung ist storniert, die Mahngebühren auch."],
        ),
        topic(
            "de", "ratenzahlung", "Ratenzahlung",
            ("mit der Ratenzahlung", "bei der Nachzahlung"),
            ("die Ratenzahlung", "die Möglichkeiten zur Ratenzahlung"),
            ["Die Nachzahlung [kam|traf mich] [völlig unerwartet|genau im falschen Monat].",
             "Nach der hohen Nachzahlung wusste ich nicht, wie ich das stemmen soll."],
            ["[Sechs|Zwölf] kleine Raten statt einer großen Summe – [das rettet mich|damit komme "
             "ich klar].",
             "Jetzt zahle ich in kleinen Raten ab, und es passt."],
        ),
        # Retouren & Versand: the shop.
        topic(
            "de", "paket", "Paket",
            ("mit meinem Paket", "bei der Sendungsverfolgung"),
            ("die Sendungsverfolgung", "den Verbleib meines Pakets"),
            ["Mein Paket hing [seit Tagen|ewig] [im Verteilzentrum|in der Zustellung] fest.",
             "Mein Paket war laut Sendungsverfolgung zugestellt, aber nirgends zu finden.",
             "Das Geburtstagsgeschenk für meine Tochter hing seit einer Woche im Paketzentrum."],
            ["Das Paket kam [doch noch|am Ende] [rechtzeitig|pünktlich] an.",
             "Das Paket ist wieder aufgetaucht – beim Nachbarn im dritten Stock.",
             "Das Geschenk kam [pünktlich|gerade noch rechtzeitig] an."],
        ),
        topic(
            "de", "retoure", "Retoure",
            ("mit der Retoure", "bei der Rücksendung"),
            ("die Rücksendung", "das Retourenlabel"),
            ["Die Rücksendung [kam nicht an|war nicht im System], obwohl ich den Beleg hatte.",
             "Das Retourenlabel ließ sich einfach nicht ausdrucken.",
             "Ich hatte keinen Drucker für das Rücksendeetikett."],
            ["Die Rücksendung [ist angekommen|wurde bestätigt][ – endlich|].",
             "Ich durfte [das Paket einfach so zur Post bringen|ohne Drucker zurückschicken].",
             "Das Label kam per Mail, und die Rücksendung ist unterwegs."],
        ),
        topic(
            "de", "erstattung", "Erstattung",
            ("bei der Erstattung", "mit meiner Gutschrift"),
            ("die Erstattung", "den Stand meiner Erstattung"),
            ["Die Erstattung [ließ auf sich warten|kam und kam nicht].",
             "Ich wartete seit Wochen auf mein Geld für die Rücksendung."],
            ["Das Geld war [drei Tage|eine Woche] später [zurück|wieder auf dem Konto].",
             "Die Erstattung [ist angewiesen|wurde sofort veranlasst].",
             "Die Erstattung ist schon auf meinem Konto."],
        ),
        topic(
            "de", "falschlieferung", "Umtausch",
            ("mit der falschen Lieferung", "beim Umtausch"),
            ("den Umtausch", "die Nachlieferung"),
            ["Statt der bestellten Kaffeemaschine kam ein Toaster.",
             "Die Jacke kam in der falschen Größe – zwei Tage vor dem Urlaub."],
            ["Der Umtausch lief [völlig unkompliziert|ganz ohne Rückfragen].",
             "[Die richtige Größe|Der richtige Artikel] [ist da|kam pünktlich] – [perfekt|super].",
             "Der richtige Artikel kam schon am nächsten Tag."],
        ),
        topic(
            "de", "lieferadresse", "Lieferung",
            ("mit der Lieferadresse", "bei der Adressänderung"),
            ("die Adressänderung", "die Umleitung des Pakets"),
            ["Das Paket sollte [an meine alte Adresse|in die falsche Stadt] gehen.",
             "Ich hatte mich bei der Lieferadresse vertippt."],
            ["Die Adresse [wurde geändert|wurde korrigiert], bevor das Paket [rausging|verschickt "
             "wurde].",
             "Das Paket wurde noch rechtzeitig umgeleitet."],
        ),
        # Geschäftskunden.
        topic(
            "de", "sammelrechnung", "Rechnung",
            ("mit der Sammelrechnung", "bei unseren Rechnungen"),
            ("die Sammelrechnung", "die Umstellung auf eine Sammelrechnung"),
            ["Unsere Buchhaltung [kämpfte mit|verzweifelte an] [Dutzenden|zig] Einzelrechnungen.",
             "Für unsere [zwölf|acht] Filialen kamen plötzlich einzelne Rechnungen."],
            ["Die Rechnungen sind [zusammengeführt|gebündelt] – [endlich Übersicht|das spart uns "
             "Stunden].",
             "Jetzt kommt wieder eine einzige Sammelrechnung – unsere Buchhaltung jubelt."],
        ),
        topic(
            "de", "standortumzug", "Umzug",
            ("beim Umzug unseres Büros", "mit dem neuen Standort"),
            ("den Umzug unseres Standorts", "die Planung für den neuen Standort"),
            ["[Wir zogen|Unsere Kanzlei zog] [mit 30 Arbeitsplätzen|über das Wochenende] um.",
             "Unser Büro zog um, und ohne Internet steht bei uns alles still."],
            ["[Montagmorgen|Am ersten Arbeitstag] waren [Telefon und Internet|alle Leitungen] "
             "[da|geschaltet].",
             "Am ersten Tag im neuen Büro lief alles."],
        ),
        topic(
            "de", "firmen_sim", "SIM-Karte",
            ("mit den Firmenhandys", "bei der Bestellung der Firmen-SIM-Karten"),
            ("die Bestellung der Firmen-SIM-Karten", "die Verteilung der Karten"),
            ["[Drei|Fünf] neue Kolleginnen und Kollegen brauchten [sofort|am ersten Tag] ein "
             "Diensthandy.",
             "Wir brauchten kurzfristig zwanzig SIM-Karten für neue Kolleginnen und Kollegen."],
            ["Die Karten [waren aktiviert|kamen vorkonfiguriert] – [perfekt|das hat uns viel "
             "Arbeit erspart].",
             "Alle Karten waren rechtzeitig zum Start da."],
        ),
        topic(
            "de", "rahmenvertrag", "Vertrag",
            ("beim Rahmenvertrag", "mit unserem Vertrag"),
            ("die Verlängerung unseres Rahmenvertrags", "die neuen Konditionen"),
            ["[Unser Einkauf|Unsere Geschäftsführung] wartete [seit Wochen|dringend] auf [ein "
             "Angebot|die neuen Konditionen].",
             "Die Verlängerung unseres Rahmenvertrags hing seit Wochen fest."],
            ["Das Angebot kam [noch am selben Tag|innerhalb von 48 Stunden] – [sauber|klar] "
             "[aufbereitet|kalkuliert].",
             "Der Vertrag ist unterschrieben, mit besseren Konditionen als vorher."],
        ),
        topic(
            "de", "praxis_stoerung", "Störung",
            ("bei der Störung in unserer Praxis", "mit unserer Telefonanlage"),
            ("die Störung", "die Umleitung auf unsere Handys"),
            ["[Im Laden|In der Kanzlei] ging [plötzlich|von jetzt auf gleich] kein Anruf mehr "
             "durch.",
             "In unserer Praxis fiel mitten am Vormittag das Telefon aus."],
            ["Die Anrufe wurden [sofort|übergangsweise] auf unsere Handys umgeleitet.",
             "Nach einer Stunde waren wir wieder erreichbar."],
        ),
    )
}
# fmt: on
