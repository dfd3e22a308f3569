"""German praise sentences: for each of the ten themes, one list per form.

Themes are those of ``feedback.analyze.types.THEMES``; the sentences use the words the theme
analyser looks for ("schnell", "freundlich", "geduldig", "erklärt"), in many phrasings. Forms and
template syntax are explained in ``bank`` and ``templates``.
"""

from __future__ import annotations

PRAISE: dict[str, dict[str, list[str]]] = {
    "speed": {
        "sie": [
            "[Wahnsinn|Unglaublich|Toll], wie [schnell|fix] Sie [das|alles] [erledigt|geregelt] "
            "haben.",
            "Sie haben mir [{mit} |]so [schnell|fix|rasch] geholfen[, das hätte ich nie gedacht|]!",
            "Dass Sie das [innerhalb von zehn Minuten|in einem einzigen Anruf|noch am selben Tag] "
            "erledigt haben, ist [großartig|einfach top|nicht selbstverständlich].",
            "Sie waren [unglaublich|wirklich|super] schnell – vielen Dank dafür.",
        ],
        "du": [
            "Du hast mir [{mit} |]so [schnell|fix] geholfen, [danke dir|echt klasse|Wahnsinn]!",
            "Dass du das [in zehn Minuten|sofort|noch am selben Tag] erledigt hast, ist "
            "[mega|großartig|einfach top].",
            "Du warst [echt|richtig|super] fix[, das hat mir den Tag gerettet|]!",
        ],
        "ihr": [
            "Ihr wart [mega|richtig|unglaublich] schnell[, danke euch|]!",
            "Dass ihr das [noch am selben Tag|innerhalb einer Stunde] hinbekommen habt, "
            "[ist der Hammer|finde ich stark].",
        ],
        "x3": [
            "{X} hat [{mit} |]blitzschnell geholfen[ – nach wenigen Minuten war alles erledigt|].",
            "{X} hat [mein Anliegen|alles] [noch am selben Tag|sofort|in Rekordzeit] erledigt.",
        ],
        "imp": [
            "[Zack, zack|Ruckzuck|Im Handumdrehen] – [und alles war erledigt|schon war alles "
            "geklärt|Problem weg]!",
            "So schnell [hat noch nie jemand|hat mir noch keiner] [geantwortet|geholfen].",
            "[Das ging|Es ging] [super|unglaublich|echt] schnell[, ich war baff|]!",
            "Keine Warteschleife, [sofort|direkt] jemand dran – [so muss das sein|genau so "
            "stelle ich mir Service vor].",
            "Schneller [geht es wirklich nicht|hätte es nicht gehen können].",
            "[Innerhalb von zehn Minuten|Nach nicht mal einer Viertelstunde|Noch am selben Tag] "
            "war [alles erledigt|die Sache geklärt|das Problem gelöst].",
            "Die Antwort kam [schon nach einer Stunde|innerhalb von Minuten|noch am gleichen "
            "Abend].",
        ],
    },
    "friendliness": {
        "sie": [
            "Sie haben so eine [angenehme|ruhige|sympathische] Art[ – das beruhigt ungemein|].",
            "So [freundlich|herzlich] bin ich [noch nie|lange nicht] [behandelt|beraten] worden.",
            "Sie haben mich [sogar|am Ende] zum Lachen gebracht[, obwohl mir gar nicht "
            "danach war|].",
            "Sie waren [so|unglaublich|wirklich] [freundlich|herzlich|nett] zu mir[, das hat "
            "richtig gutgetan|].",
            "Ihre [freundliche|herzliche|fröhliche] Art hat mir [den Tag versüßt|richtig "
            "gutgetan|den Montag gerettet].",
            "Man [merkt|hört|spürt], dass Sie Ihren Job [gern|mit Herz|mit Freude] machen.",
            "Vielen Dank für Ihre Freundlichkeit[ am Telefon| und Ihre gute Laune|].",
        ],
        "du": [
            "Du hast mich [sogar|am Ende] zum Lachen gebracht[, obwohl mir gar nicht danach war|]!",
            "[So|Total] [sympathisch|herzlich] – [echt schön|das hat gutgetan|mega], danke!",
            "Du warst [so|total|mega] [nett|freundlich|lieb][, danke dafür|]!",
            "Deine [gute Laune|freundliche Art] ist [ansteckend|echt Gold wert].",
            "Man [merkt|hört|spürt], dass du deinen Job [gern|mit Herz|mit Freude] machst.",
        ],
        "ihr": [
            "Ihr seid [so|echt|total] [nett|freundlich|herzlich]!",
            "Eure [freundliche Art|gute Laune] [ist Gold wert|macht echt einen Unterschied].",
        ],
        "x3": [
            "{X} war [unglaublich|super|total|sehr] [freundlich|nett|herzlich][ und immer gut "
            "gelaunt|].",
            "{X} hat mich so [freundlich|herzlich] beraten, dass ich [fast vergessen habe, "
            "warum ich so genervt war|direkt entspannter war].",
            "Mit so viel Herzlichkeit hat mich selten jemand am Telefon begrüßt wie {X}.",
        ],
        "imp": [
            "[Immer|Stets|Die ganze Zeit] [freundlich|höflich|gut gelaunt], [auch als ich "
            "genervt war|obwohl ich schlecht drauf war|trotz meiner Laune].",
            "[Super|Sehr|Total] [freundlicher|netter|herzlicher] Kontakt[, danke|]!",
            "So eine [freundliche|nette] Beratung [erlebt man selten|hatte ich lange nicht mehr].",
            "Man fühlt sich [hier|bei Ihnen] [wirklich|echt] willkommen.",
            "Der Ton war [von Anfang an|die ganze Zeit] [freundlich|herzlich] und auf Augenhöhe.",
        ],
    },
    "competence": {
        "sie": [
            "Sie haben [sofort|gleich|direkt] die richtigen Fragen gestellt.",
            "[Mit|Bei] Ihnen [merkt man|spürt man], dass Sie [Ahnung|Erfahrung] haben.",
            "Sie wussten [sofort|direkt|auf Anhieb], wo das Problem lag.",
            "Sie kennen sich [wirklich|richtig] aus[ – das merkt man sofort|].",
            "Ihre Beratung war [absolut|wirklich|sehr|äußerst] kompetent.",
        ],
        "du": [
            "Du wusstest [sofort|direkt], was zu tun ist.",
            "Du kennst dich [echt|richtig] aus, [Respekt|Hut ab]!",
        ],
        "ihr": [
            "Ihr wisst [echt|wirklich], wovon ihr redet.",
            "Ihr habt richtig Ahnung[, Respekt|]!",
        ],
        "x3": [
            "{X} wusste [sofort|auf Anhieb|direkt], [wo das Problem lag|was zu tun ist|woran "
            "es hakt].",
            "{X} ist fachlich [top|ein echter Profi|absolut sattelfest].",
            "{X} hat mich [{mit} |][sehr|äußerst] kompetent beraten.",
        ],
        "imp": [
            "Da [wusste|weiß] jemand [genau|wirklich|ganz genau], was zu tun ist.",
            "[Kompetent|Sachkundig|Professionell], [ruhig|freundlich|geduldig] und "
            "[lösungsorientiert|"
            "zielstrebig|effizient] – [perfekt|besser geht's nicht|top].",
            "[Endlich|Zum ersten Mal] [eine Auskunft|eine Antwort], die [auch stimmt|wirklich "
            "hilft|Hand und Fuß hat].",
            "[Sehr|Äußerst|Absolut] kompetente Beratung[, danke|]!",
            "Endlich mal jemand, der sich [wirklich|richtig|tatsächlich] auskennt.",
            "Fachlich [top|einwandfrei|1a], [da sitzen echte Profis|da merkt man die Erfahrung].",
        ],
    },
    "patience": {
        "sie": [
            "[Trotz|Bei] meiner [Schwerhörigkeit|Aufregung|Nervosität] haben Sie [alles|jede "
            "Frage] [ganz ruhig|mehrfach|geduldig] [wiederholt|erklärt].",
            "Sie haben [nie|kein einziges Mal] die Geduld verloren[, obwohl ich [wirklich|echt] "
            "anstrengend war|].",
            "Sie waren so geduldig mit mir[, obwohl ich [dreimal|mehrmals|immer wieder] "
            "nachgefragt habe|].",
            "Danke, dass Sie sich so viel Zeit [für mich|für meine Fragen|für mein Anliegen] "
            "genommen haben.",
            "Sie haben mir alles [zweimal|in Ruhe|Schritt für Schritt] erklärt, ohne jemals "
            "ungeduldig zu werden.",
        ],
        "du": [
            "Du warst so geduldig mit mir[, obwohl ich ständig nachgefragt hab|]!",
            "Danke, dass du dir so viel Zeit [für mich|für meine Fragen|] genommen hast.",
        ],
        "ihr": [
            "Ihr hattet eine Engelsgeduld mit mir!",
            "Danke, dass ihr euch so viel Zeit genommen habt.",
        ],
        "x3": [
            "{X} hatte eine Engelsgeduld mit mir[ – ich bin technisch eine Niete|, obwohl ich "
            "mich ziemlich ungeschickt angestellt habe|].",
            "{X} hat sich [sehr viel|unendlich viel|ganz viel] Zeit genommen[ und nie "
            "gedrängelt|].",
            "{X} ist ruhig geblieben, auch als ich [laut|ungehalten|ungeduldig] geworden bin.",
        ],
        "imp": [
            "Mit [viel|unendlich viel|großer] Geduld wurde mir alles erklärt.",
            "Niemand hat gedrängelt, obwohl das Gespräch [fast eine Stunde|ewig] gedauert hat.",
            "Für meine [achtzigjährige Mutter|ältere Nachbarin|Oma] wurde alles [ganz "
            "langsam|in Ruhe] erklärt – [großartig|danke dafür].",
        ],
    },
    "empathy": {
        "sie": [
            "Sie haben [sofort|gleich] verstanden, [wie sehr mich das belastet hat|wie dringend "
            "das für mich war|in welcher Lage ich war].",
            "Danke, dass Sie mir zugehört haben[, als ich völlig aufgelöst war|, als ich nicht "
            "mehr weiterwusste|].",
            "Sie haben mich [ernst genommen|nicht abgewimmelt] – das ist [heute|leider] "
            "[selten|nicht selbstverständlich].",
        ],
        "du": [
            "Du hast [mich|meine Lage] [sofort|total] verstanden[, danke|].",
            "Danke, dass du mir einfach zugehört hast, als ich [fix und fertig|völlig durch den "
            "Wind] war.",
        ],
        "ihr": [
            "Ihr habt mich [ernst genommen|nicht abgewimmelt] – danke!",
        ],
        "x3": [
            "{X} hat [mich ernst genommen|sich in meine Lage versetzt|mir wirklich "
            "zugehört][, als ich völlig verzweifelt war|, obwohl ich am Ende meiner Nerven war|].",
            "Nach dem Tod meines [Mannes|Vaters] hat {X} [alle Verträge|die Ummeldung|alles] "
            "[mit viel Mitgefühl|sehr einfühlsam] geregelt.",
            "{X} hat gemerkt, [wie gestresst ich war|dass es mir nicht gut ging], und [mich "
            "beruhigt|ganz ruhig mit mir gesprochen].",
        ],
        "imp": [
            "[Es tat gut|Es war schön], [einfach mal|endlich mal] [verstanden zu werden|gehört "
            "zu werden].",
            "Ich habe mich [verstanden|ernst genommen|gut aufgehoben] gefühlt[ – das tat gut|].",
            "So viel Verständnis hätte ich [ehrlich gesagt|] nicht erwartet.",
            "Endlich hat mir mal jemand [wirklich|richtig] zugehört.",
        ],
    },
    "problem_solved": {
        "sie": [
            "[Endlich|Jetzt] [funktioniert|klappt] [wieder alles|alles, wie es soll] – dank Ihnen!",
            "Sie haben eine Lösung gefunden, [an die ich nie gedacht hätte|die wirklich passt].",
            "Sie haben [das Problem|die Sache] [{mit} |]endlich gelöst[ – nach Wochen|, "
            "nachdem ich schon aufgegeben hatte|]!",
            "Dank Ihnen [funktioniert alles wieder|ist alles geklärt|ist die Sache erledigt].",
        ],
        "du": [
            "Du hast [das Problem|die Sache] [endlich|wirklich] gelöst[ – danke|]!",
            "Dank dir [läuft alles wieder|ist alles geklärt].",
        ],
        "ihr": [
            "Ihr habt [das Problem|die Sache] [endlich|im Handumdrehen] gelöst!",
        ],
        "x3": [
            "{X} hat [das Problem|die Sache|mein Anliegen] [{mit} |][auf Anhieb|endgültig|im "
            "ersten Anruf] gelöst.",
            "{X} hat [es geschafft|das hinbekommen], woran [drei Kollegen vorher|andere "
            "wochenlang] gescheitert sind.",
        ],
        "imp": [
            "[Ein|Nur ein] Anruf, [und alles war gelöst|und die Sache war erledigt|und fertig]!",
            "[Endlich|Zum Glück] eine Lösung[, die wirklich funktioniert|, die passt|]!",
            "[Endlich|Zum Glück] ist [das Thema erledigt|alles geregelt][, ohne Wenn und Aber|]!",
            "[Problem|Anliegen|Alles] gelöst[, und zwar beim ersten Anruf|, ohne Rückfragen|]!",
            "Jetzt [funktioniert endlich alles|läuft wieder alles|ist alles so, wie es sein soll].",
            "[Nach wochenlangem Hin und Her|Nach drei Anläufen|Nach langem Ärger] ist [die "
            "Sache|alles] endlich geklärt.",
        ],
    },
    "extra_mile": {
        "sie": [
            "Sie haben [sogar|extra] [zurückgerufen|noch mal nachgehakt|beim Versand "
            "nachgefragt|mit der Technik gesprochen], [obwohl Sie das gar nicht mussten|das war "
            "nicht selbstverständlich].",
            "Dass Sie [nach Feierabend|am Freitagnachmittag|kurz vor Schichtende] noch alles "
            "für mich erledigt haben, rechne ich Ihnen hoch an.",
        ],
        "du": [
            "Dass du [extra|sogar] [zurückgerufen|nachgehakt] hast, fand ich [mega|super|echt "
            "stark].",
        ],
        "ihr": [
            "Dass ihr [sogar|extra] zurückgerufen habt, [hat mich umgehauen|fand ich klasse].",
        ],
        "x3": [
            "{X} hat [sogar|extra|von sich aus] [zurückgerufen|noch einmal nachgehakt|beim "
            "Lager angerufen|mit dem Techniker telefoniert], um sicherzugehen, dass alles passt.",
            "{X} ist [weit|deutlich] über das Normale hinausgegangen.",
            "{X} hat mir [sogar|zusätzlich] [einen günstigeren Tarif|einen Tipp zum "
            "Stromsparen|eine kleine Gutschrift] [angeboten|rausgesucht].",
        ],
        "imp": [
            "Das war [weit|deutlich|wirklich] mehr als Dienst nach Vorschrift.",
            "[Es gab sogar|Ganz ohne Nachfrage gab es] [einen Rückruf|eine kleine Gutschrift|eine "
            "Kulanzlösung] – [damit hätte ich nie gerechnet|ich bin begeistert].",
        ],
    },
    "clear_communication": {
        "sie": [
            "[Dank Ihrer Erklärung|Nach Ihrer Erklärung] [verstehe ich|weiß ich] [endlich|jetzt], "
            "[was los war|worauf ich achten muss|was als Nächstes passiert].",
            "Sie haben mir [alles|jeden Schritt|{sache}] [so verständlich|so klar|ganz in Ruhe] "
            "erklärt[, dass sogar ich es kapiert habe|].",
            "Endlich hat mir jemand [{sache}|das Ganze] verständlich erklärt – danke Ihnen!",
        ],
        "du": [
            "Du hast mir alles [super|total|richtig] verständlich erklärt[, danke|]!",
            "Deine Erklärung war [so|mega] klar, jetzt hab ich's endlich verstanden.",
        ],
        "ihr": [
            "Ihr erklärt Sachen so, dass man sie auch versteht[ – danke|]!",
        ],
        "x3": [
            "{X} hat [alles|jeden Schritt|die Unterlagen] [klar|verständlich|ohne "
            "Fachchinesisch] erklärt.",
            "{X} hat mir {sache} [ohne Fachchinesisch|Schritt für Schritt|ganz in Ruhe] erklärt.",
        ],
        "imp": [
            "[Klare|Verständliche|Ehrliche] Infos, [kein Fachchinesisch|keine Floskeln|kein "
            "Rumgeeiere] – [top|danke]!",
            "Alles wurde [klar|verständlich|Schritt für Schritt] erklärt, [auch die nächsten "
            "Schritte|inklusive der Fristen|mit einer kurzen Zusammenfassung per Mail].",
        ],
    },
    "reachability": {
        "sie": [
            "Sie waren [sofort|gleich beim ersten Versuch] erreichbar – das kenne ich [von "
            "anderen Firmen|sonst] ganz anders.",
            "Danke, dass Sie auch [am Samstag|abends|so spät noch] erreichbar waren.",
        ],
        "du": [
            "Danke, dass du [auch am Wochenende|so spät noch|sofort] erreichbar warst!",
        ],
        "ihr": [
            "Ihr seid [immer|echt|jederzeit] erreichbar, [das ist Gold wert|top]!",
            "Dass man euch [per WhatsApp|im Chat|sogar am Sonntag] erreicht, ist [super|mega "
            "praktisch].",
        ],
        "x3": [
            "{X} war [sofort|gleich beim ersten Versuch] erreichbar[, ohne Warteschleife|].",
            "{X} hat mir [eine Durchwahl|einen Rückruftermin] gegeben, [damit ich nicht wieder "
            "in der Warteschleife hänge|falls noch etwas ist].",
        ],
        "imp": [
            "[Keine|Null|Kaum] Wartezeit, [sofort durchgekommen|direkt jemand am Telefon|sofort "
            "eine Antwort im Chat].",
            "Dass man [am Samstag|abends um acht|am Sonntag] noch jemanden erreicht, ist "
            "[klasse|super|nicht selbstverständlich].",
        ],
    },
    "reliability": {
        "sie": [
            "Sie haben [genau wie versprochen|pünktlich|wie angekündigt] zurückgerufen[ – danke|]!",
            "Auf Ihre Zusage war [hundertprozentig|absolut|wirklich] Verlass.",
            "Sie sind drangeblieben, bis [alles erledigt|die Sache geklärt] war.",
        ],
        "du": [
            "Du hast [pünktlich|genau wie versprochen] zurückgerufen, [super|danke]!",
            "Auf dich ist [echt|wirklich|hundertprozentig] Verlass!",
        ],
        "ihr": [
            "Auf euch ist [einfach|echt|immer] Verlass!",
        ],
        "x3": [
            "{X} hat [wie versprochen|pünktlich|am nächsten Tag] zurückgerufen und [nachgefragt, "
            "ob alles läuft|den Stand durchgegeben].",
            "{X} ist drangeblieben, bis [wirklich alles|die Sache] erledigt war.",
        ],
        "imp": [
            "[Was versprochen wurde|Alles, was angekündigt war], wurde auch [gehalten|"
            "eingehalten].",
            "[Alles|Jede Zusage] wurde [genau so|pünktlich|zuverlässig] eingehalten.",
            "Der versprochene Rückruf kam [pünktlich|auf die Minute|tatsächlich] – "
            "[Respekt|das erlebt man selten].",
        ],
    },
}
