"""Themes are credited only for how a service person acted, not for buses, rooms or trains."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from feedback.analyze.agent_context import about_agent
from feedback.analyze.themes import detect_themes, find_mentions
from feedback.analyze.tokens import tokenize_with_breaks

DATA = Path(__file__).resolve().parents[1] / "data"


def _themes(text: str, language: str) -> set[str]:
    return {hit.label for hit in detect_themes(tokenize_with_breaks(text), language)}


NOT_ABOUT_AGENTS = [
    # the defects of issue 12, and sentences like them
    ("de", "Mit dem Bus kommt man schnell in die Stadt."),
    ("de", "Sogar ein schöner LCD-Schirm."),
    ("de", "Vom Bahnhof nimmt man ein Taxi, man erreicht sie aber auch mit dem Bus."),
    ("de", "Der Bus ist schnell."),
    ("de", "Das Zimmer war ruhig und das Frühstück schnell serviert."),
    ("de", "Der Zug war heute pünktlich."),
    ("de", "Die S-Bahn ist mal wieder ausgefallen, Verspätung ohne Ende."),
    ("en", "The room was quiet."),
    ("en", "The bus into the city is quick and cheap."),
    ("en", "Our flight was delayed again."),
    ("en", "The hotel even had a lovely pool."),
    # products, dishes and deliveries (review sentences of the kind M-ABSA holds)
    ("de", "Schnelle Lieferung, gut verpackt."),
    ("de", "Es ist ein sehr schönes Handy, der Akku hält lange."),
    ("de", "Das Telefon ist nach zwei Wochen schon langsam."),
    ("en", "Fast delivery, well packed."),
    ("en", "Nice phone, nice camera and a great price."),
    ("en", "This phone is buggy and slow."),
    # a first name inside a place's name, or a verb that is a listed name, is nobody
    ("en", "Nice walk to Checkpoint Charlie and plenty of restaurants around."),
    ("de", "Kam wirklich schnell an, geliefert am nächsten Tag, gut verpackt."),
    ("en", "Every dish is too sweet, the Thai fusion stuff most of all."),
    # a seller's "hope this helps" offers help, nobody praises it; weekdays name when, not who
    ("de", "Der Speicher lässt sich erweitern. Ich hoffe, das hilft Ihnen weiter."),
    ("en", "It has 4GB of RAM. Hope this helps!"),
    ("de", "Verstehen Sie mich nicht falsch, das Gerät lässt sich gut umschalten."),
    ("de", "Ich war am Samstag zu meinem Geburtstag dort."),
    ("en", "Mussels and calamari were superb Saturday evening."),
    # a product that works, and thanks for a delivery or a gift: nobody's act
    ("de", "Funktioniert super."),
    ("de", "Telefon funktioniert einwandfrei."),
    ("en", "works great !"),
    ("de", "Eine angenehme Überraschung - sehr effizient aktuelles Handy"),
    ("de", "Schnelle Lieferung, danke für das Geschenk."),
    ("en", "Fast delivery items are bubble wrapped nicely thank you for the gift"),
    # a delivery's verb and its people; "no issues" says no service work was needed
    ("en", "But was delivered promptly ."),
    ("de", "Wurde aber prompt geliefert."),
    ("en", "Quick delivery and efficient. Delivery staff very polite and super good"),
    ("de", "Schnell Lieferung und effizient. Lieferpersonal sehr höflich und super gut"),
    ("de", "Fotos sind super, keine Probleme, alles funktioniert prima."),
    # the customer's own people ("meine Frau", "my colleague") and the customer ("Ich bin
    # jemand, der ...") served nobody
    (
        "de",
        "Meine Frau hat die Kekse gefunden und sie sind schnell unsere Lieblinge geworden.",
    ),
    ("de", "Ich habe meiner Kollegin beim Kauf geholfen und sie liebt es."),
    ("en", "My colleague found them in a shop and they quickly became our favourites."),
    (
        "de",
        "Ich bin jemand, der sehr leichten Kaffee mag, wodurch der Kaffee sehr schnell kalt wird.",
    ),
    ("en", "I am someone who likes very light coffee which goes cold very fast."),
    # a cue describing the product after it ("Schnelle Lieferung", "Fast charging"), or said of
    # a product or thing by a copula, whoever else the clause names
    ("de", "Schnelle Lieferung, aber der Zusteller hat das Paket abgestellt, als niemand da war."),
    ("en", "Fast charging helps me to charge it in an hour."),
    ("de", "Die Lieferung war sehr schnell und der Verkäufer hat ein Geschenk beigelegt."),
    ("en", "The delivery was very fast and the seller added a cute gift."),
    ("de", "Die Lieferung ging schnell und das Handy ist super."),
    ("de", "Die Lieferung verlief reibungslos."),
    # German: a weak cue describes the noun right after it ("süßes Gratisgeschenk", "verspätete
    # Zahlung"; English has no capitals to tell nouns by)
    ("de", "Ein sehr süßes Gratisgeschenk lag auch im Karton, danke."),
    ("de", "Die verspätete Zahlung war kein Problem für Sie."),
    # an elliptic sentence whose weak cue describes a thing ("such a nice mac"; German nouns
    # are told by their capitals)
    ("en", "such a nice mac"),
    ("en", "Nice color, not sure if it blocks RFID."),
    ("de", "Wirklich schöne Farbe."),
    # "es"/"it" doing something itself: a device; a dog's treats are no treatment
    ("en", "it opens all my programs immediately."),
    ("de", "es reagiert auf jede Eingabe sofort und ohne Ruckeln."),
    ("en", "I've even used some kibbles as treats for my dog."),
    ("en", "I put my SIM card in and it started immediately."),
    ("de", "Ich habe die SIM-Karte eingelegt und es startete sofort."),
    # taste and warmth describe dishes as readily as people
    (
        "de",
        "Das Thai-Fusion-Zeug ist ein bisschen zu süß, alles, was sie hier servieren, ist zu süß.",
    ),
    ("en", "The bagels always warm, soft on the inside and enormous in size."),
    # an elliptic sentence is about what the rest of the quote is about
    ("de", "Kam in ein paar Tagen an. Ziemlich schnell. Gut verpackt in Luftpolsterfolie."),
    ("en", "Came in a few days. Quite fast. Well packed in bubble wrap."),
    # "beyond" before an adjective only says how much ("beyond delicious")
    ("en", "The millennium roll is beyond delicious."),
    # a place within walking distance; a taste word before a noun, whoever gave the thing
    ("de", "Die Filiale ist bequem zu Fuß erreichbar."),
    ("en", "The shop is easy to reach on foot from the station."),
    ("de", "Der Verkäufer hat ein süßes Gratisgeschenk beigelegt."),
    ("en", "They have a great balance of sweetness and spice."),
    # a request or question opened by the cue; the customer's own repair
    ("de", "Helfen Sie mir bitte bei der Kündigung."),
    ("de", "Erklären Sie mir bitte, warum die Rechnung so hoch ist?"),
    ("en", "The only way I can fix it is to restart the router myself."),
    # people who came along with the customer, or were only asked about
    ("de", "Ich war mit Kollegen und Freunden am Feiertag dort."),
    ("en", "Great place for a weekend with colleagues and friends."),
    ("de", "Der Lieferant hat vorher per WhatsApp gefragt, ob jemand zu Hause ist."),
    # anyone's "you" after "if"/"for"; a product's response; a compound named by its last part
    ("en", "Fingerprint is really fast, even if you use a cover."),
    ("en", "The steak tartare is great, they fix it for you at the table."),
    ("en", "Speedy response of the fingerprint reader."),
    ("en", "Dedicated graphics card."),
    ("de", "Kostenlose transparente Telefonhülle dabei."),
    # weak cues stay weak when misspelt or when they say a thing is easy to use
    ("en", "Can't wait until they become avaiable again."),
    ("de", "Das Bluetooth lässt sich problemlos mit allem verbinden."),
    # what a thing does ("lädt", "kam an", "charges"); a surprise is no speed ("über" + "rasch");
    # a thing friendly to users, children or the environment
    ("de", "- lädt schnell"),
    ("de", "Kam schnell an!"),
    ("en", "- charges quickly"),
    ("en", "It came quickly in eco packaging."),
    ("de", "Ich war angenehm überrascht."),
    ("de", "Eine tolle Überraschung."),
    ("en", "We were very pleasantly surprised."),
    ("de", "Die App ist sehr benutzerfreundlich."),
    ("en", "A conscious eco friendly establishment."),
    # a place's ambience and decor are things
    ("en", "Ambience is charming."),
    ("de", "Das Ambiente ist sehr angenehm."),
    # anyone's "Sie"/"you" with a modal of advice or of what anyone can do
    ("de", "Sehr langsam, Sie müssen geduldig sein."),
    ("de", "Sie können jetzt sogar Sicherungen ausführen, während der Computer schläft."),
    ("en", "you can tweak the settings to your liking in seconds."),
    # an English weak cue after an article describes the thing after it; software updates
    ("en", "this is a nice perk to save battery life."),
    ("en", "They have a nice nostalgic smell."),
    ("en", "Please check for any available software updates."),
    # "even"/"sogar" before a function word stresses what follows, it is no act
    ("en", "There is a lot of variety even for people who eat vegetarian."),
    ("en", "Yes, they use fancy ingredients, but even fancy ingredients don't make good pizza."),
    # tastes and flavours are a dish's
    ("de", "Kein unangenehmer Nachgeschmack."),
    # a person only thanked beside a delivery, a thing as it is, "they" of a taste, a shop's reply
    ("en", "Item received promptly well packed and in good condition thanks seller"),
    ("de", "Artikel erhalten schnell gut verpackt und in gutem Zustand danke Verkäufer"),
    ("en", "it is very helpful and it is very fast ."),
    ("de", "es ist sehr hilfreich und sehr schnell."),
    ("en", "This is fast and convenient."),
    ("en", "They are very sweet and chocolaty."),
    ("de", "Sie sind sehr süß und schokoladig."),
    ("en", "Dear customer, our phones are unlocked and we will reply quickly to any question."),
    ("de", "Sehr geehrter Kunde, wir werden Ihre Fragen so schnell wie möglich beantworten."),
]

ABOUT_AGENTS = [
    ("de", "Sie haben schnell geholfen.", "speed"),
    ("de", "Frau Yilmaz war sehr geduldig.", "patience"),
    ("de", "Mega schnell!!!", "speed"),
    ("de", "Super schnell und freundlich, danke!", "friendliness"),
    ("de", "Der Mitarbeiter hat mir alles verständlich erklärt.", "clear_communication"),
    ("de", "Ich bin gleich beim ersten Versuch durchgekommen.", "reachability"),
    ("de", "Das Internet ist immer noch kaputt.", "problem_solved"),
    ("en", "The agent was quick.", "speed"),
    ("en", "You were so patient with me, thank you!", "patience"),
    ("en", "The staff was courteous and helpful.", "friendliness"),
    ("en", "She called me back the same day.", "reliability"),
    # a product next to a person or service work, or a channel: still about the agent
    ("de", "Sie haben das Handy sofort getauscht, super schnell!", "speed"),
    ("de", "Sehr geduldig am Telefon.", "patience"),
    ("de", "Per E-Mail, Chat oder Telefon immer gut erreichbar.", "reachability"),
    ("en", "Very patient on the phone.", "patience"),
    ("en", "Nobody answers the phone.", "reachability"),
    ("en", "Impressive product knowledge.", "competence"),
    ("en", "Friendly and knew the product inside out, thank you Leonie.", "friendliness"),
    ("en", "You saved my day, the app works again!", "problem_solved"),
    # a first name in the cue's clause names who acted, whatever else the sentence mentions
    ("en", "Tom was so patient with my dad, who is not good with computers.", "patience"),
    ("en", "Priya was really quick with the refund on my laptop.", "speed"),
    # weekdays and evenings: reachability when the sentence says who was there
    ("de", "Sogar am Samstag hat sie mich zurückgerufen.", "reachability"),
    ("de", "Auch am Samstag erreichbar, super!", "reachability"),
    ("en", "Open on weekends, which is a lifesaver.", "reachability"),
    # ... but a repair works again, and thanks with nothing bought vouch for the cue
    ("de", "Funktioniert wieder, super!", "problem_solved"),
    ("en", "Works again, brilliant!", "problem_solved"),
    ("de", "Hat super geklappt, danke!", "problem_solved"),
    ("en", "Quick and friendly, thank you!", "speed"),
    ("en", "Friendly and clearly knew the product inside out — thank you, Leonie.", "friendliness"),
    ("de", "Qualität Service und schnelle Reaktion des Händlers.", "speed"),
    ("de", "Kein Problem war ihr zu viel, super geduldig.", "patience"),
    # ... the polite "Ihre Kollegin" is the agent; "jemand" who answers serves
    ("de", "Ihre Kollegin war sehr schnell.", "speed"),
    ("en", "Your colleague was really quick.", "speed"),
    ("de", "Niemand erreichbar, ständig besetzt.", "reachability"),
    ("en", "Someone answered really quickly.", "speed"),
    # a channel is no thing ("die Frau am Telefon"), a call is no product; a cue after an article
    # is a noun of its own ("the honesty of the staff")
    ("de", "Die Frau am Telefon war sehr schnell.", "speed"),
    ("en", "The guy on the phone was very quick.", "speed"),
    ("en", "Quick phone call and all sorted.", "speed"),
    ("en", "The best thing about the hotel is the honesty of the staff.", "reliability"),
    ("de", "Sie war so süß zu meiner Mutter.", "friendliness"),
    ("en", "She was so sweet with my mum.", "friendliness"),
    ("de", "Ziemlich schnell. Danke, Frau Meier!", "speed"),
    ("en", "Quite fast. Thank you so much!", "speed"),
    ("en", "Went way beyond what I expected.", "extra_mile"),
    # how the handling went ("wie schnell das ging") is service work; a delivery that went fast
    # is still a delivery (NOT_ABOUT_AGENTS)
    ("de", "Ich bin begeistert wie schnell das ging.", "speed"),
    ("de", "Es ging alles ganz schnell, danke!", "speed"),
    ("en", "It took two minutes on the phone to sort everything out.", "speed"),
    ("de", "Es hat am Telefon nur zwei Minuten gedauert, bis alles geklärt war.", "speed"),
    ("en", "She treated me with so much patience.", "patience"),
    ("de", "Vielen Dank für die schnelle Rückmeldung!", "speed"),
    ("en", "Lovely girl on the phone.", "friendliness"),
    ("en", "Super quick turnaround!", "speed"),
    ("en", "So nice and patient!", "friendliness"),
    ("en", "She called back and it was sorted immediately.", "speed"),
    ("de", "Sie hat zurückgerufen und es war sofort erledigt.", "speed"),
    # sellers and waiters serve
    ("en", "Very patient seller.", "patience"),
    ("de", "Sehr geduldiger Verkäufer.", "patience"),
    ("en", "Our waiter was friendly and quick.", "speed"),
    ("de", "Der Kellner war freundlich und schnell.", "speed"),
    # ... and the rules above leave the same words alone when a person acted
    ("de", "Frau Kaya war so süß zu mir.", "friendliness"),
    ("en", "App is meh but the support team are absolute sweethearts.", "friendliness"),
    ("en", "I called twice and she fixed it the same day.", "problem_solved"),
    ("en", "Whenever I call, you pick up straight away.", "speed"),
    ("de", "Wir haben gefragt, ob jemand helfen kann, und Frau Weber war sofort da.", "speed"),
    ("de", "Die Umstellung lief problemlos, Sie haben alles erklärt.", "problem_solved"),
    # ... and what a thing does stays the person's when the clause names them or their work
    ("de", "Der Techniker kam pünktlich.", "reliability"),
    ("de", "Die Antwort kam zwar fix, aber das Problem blieb.", "speed"),
    ("de", "Danke, die Erstattung kam sofort!", "speed"),
    ("de", "Ich war überrascht, wie schnell Sie geholfen haben.", "speed"),
    ("de", "Die Bedienung war freundlich und die Atmosphäre locker.", "friendliness"),
    ("de", "Sie konnten mir sofort helfen.", "speed"),
    ("en", "You can tell she was so patient.", "patience"),
    ("en", "I had a lovely chat with the team.", "friendliness"),
    ("en", "What a nice lady, so helpful.", "friendliness"),
    ("en", "Seller even contacted me personally to verify the model.", "extra_mile"),
    ("de", "Sie hat mich sogar zurückgerufen.", "extra_mile"),
    # ... a thanked person with no product, the past, a person beside a taste word
    ("en", "Thank you to the agent who was so patient.", "patience"),
    ("de", "Danke an die Mitarbeiterin für die schnelle Hilfe.", "speed"),
    ("en", "It was very quick.", "speed"),
    ("en", "It is great how fast you answered.", "speed"),
    ("de", "Es ist schön, dass Sie so geduldig waren.", "patience"),
    ("en", "They were so sweet to my kids, the staff.", "friendliness"),
    ("en", "Thank you for your message, Tom was so quick!", "speed"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ABOUT_AGENTS)
def test_travel_rooms_and_products_earn_no_theme(language: str, text: str) -> None:
    assert _themes(text, language) == set()


@pytest.mark.parametrize(("language", "text", "theme"), ABOUT_AGENTS)
def test_how_a_service_person_acted_earns_the_theme(language: str, text: str, theme: str) -> None:
    assert theme in _themes(text, language)


def test_the_same_cue_counts_for_a_person_but_not_for_a_train() -> None:
    person = tokenize_with_breaks("Die Kollegin war schnell, der Zug leider nicht.")
    assert [m.theme for m in find_mentions(person, "de")][:1] == ["speed"]
    assert about_agent(person, 3, 3, "de")  # "schnell" of the Kollegin
    train = tokenize_with_breaks("Der Zug war schnell.")
    assert not about_agent(train, 3, 3, "de")


def test_evidence_names_the_words_that_credited_the_theme() -> None:
    hits = detect_themes(tokenize_with_breaks("Herr Brandt hat sich viel Zeit genommen."), "de")
    assert hits
    assert hits[0].label == "patience"
    assert "Zeit" in " ".join(hits[0].evidence)


def test_without_clause_breaks_the_check_still_works() -> None:
    tokens = ["Mit", "dem", "Bus", "kommt", "man", "schnell", "in", "die", "Stadt"]
    assert detect_themes(tokens, "de") == ()
    assert detect_themes(["Sie", "waren", "schnell"], "de")[0].label == "speed"


def test_languages_without_lists_are_not_gated() -> None:
    assert about_agent(["rapide"], 0, 0, "fr")


def test_a_quote_of_no_known_language_is_checked_by_every_language() -> None:
    # "other" (too short to tell) matches every language's cues, so every check must agree
    assert _themes("nice keyboard .", "other") == set()
    assert _themes("Super schnell, danke!", "other") == {"speed"}


def test_real_sentence_labels_are_well_formed() -> None:
    with (DATA / "theme_real_labels.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 250
    assert {row["language"] for row in rows} == {"de", "en"}
    assert {row["about_agent"] for row in rows} == {"yes", "no"}
    assert all(len(row["id"]) == 12 and int(row["id"], 16) >= 0 for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)


EXTERNAL = Path(__file__).resolve().parents[2] / "data" / "external"


@pytest.mark.skipif(
    not (EXTERNAL / "airline-tweets" / "Tweets.csv").exists(),
    reason="the public airline tweets are not in git: see docs/data.md",
)
def test_precision_on_real_english_tweets_is_above_the_old_detector() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "theme_precision", Path(__file__).resolve().parents[2] / "bench" / "theme_precision.py"
    )
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.evaluate("en", "test")
    assert figures["unlabelled_fired"] == 0  # every sentence that fires was labelled up front
    assert figures["precision"] >= 0.6  # 0.45 before issue 12, 0.63 after (docs/benchmarks.md)
