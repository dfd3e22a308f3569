"""English building blocks, part two: topics, mixed and negative quotes, phone notes, personal data.

Topic keys match ``phrases_de_topics`` one to one, because a team's topics are chosen before
the language. Tags stay German: they are the team's own vocabulary, whatever the customer spoke.
"""

from __future__ import annotations

from feedback.demo.bank import Paraphrase, Topic, topic
from feedback.demo.templates import make_pool

# key, tag, {with} phrases, {sache} phrases, context sentences, result sentences
_TOPIC_ROWS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], list[str], list[str]], ...] = (
    ("zaehlerstand", "Zählerstand", ("with my meter reading",), ("my meter reading",),
     ["I had misread my meter and got a [huge|massive] back payment.",
      "The app [wouldn't|would not] accept my meter reading."],
     ["The reading is corrected and the back payment is gone.",
      "My [statement|bill] is right again."]),
    ("umzug", "Umzug", ("with my move",), ("the move",),
     ["We moved [flats|house] and I was afraid we'd end up without electricity.",
      "Moving [to Germany|across town] with [two kids|a dog] is chaos enough."],
     ["The power was on in the new [flat|place] from day one.",
      "Everything was switched over [without any paperwork|in one call]."]),
    ("abschlag", "Abschlag", ("with my monthly instalment",), ("my monthly instalment",),
     ["My monthly instalment suddenly almost doubled."],
     ["The instalment is fair again."]),
    ("oekostrom", "Tarifwechsel", ("with the switch to green energy",), ("the green tariff",),
     ["I wanted to switch to green electricity but dreaded the paperwork."],
     ["We're on green electricity now – and paying less."]),
    ("zaehlerwechsel", "Termin", ("with the meter replacement",), ("the appointment",),
     ["The meter appointment clashed with my working hours."],
     ["The technician came on time and the new meter is in."]),
    ("router", "Störung", ("with my router",), ("the router settings",),
     ["My router kept dropping the connection for days.",
      "All the lights on my router were blinking red."],
     ["The router works perfectly again.", "Stable Wi-Fi for my home office at last!",
      "[No more|Zero] dropouts since [yesterday|the reset]."]),
    ("stoerung", "Störung", ("with the outage",), ("the outage",),
     ["We had no internet and no phone since Monday."],
     ["The line is back up."]),
    ("glasfaser", "Glasfaser", ("with the fibre connection",), ("the fibre activation",),
     ["The fibre was installed but the modem stayed dark."],
     ["Now we finally get the full speed."]),
    ("tvbox", "TV", ("with the TV box",), ("the TV box setup",),
     ["The TV stopped working right before the big match."],
     ["We could watch the match after all."]),
    ("festnetz", "Rufnummernmitnahme", ("with porting my number",), ("the number porting",),
     ["I really needed to keep my old landline number."],
     ["My number moved with me."]),
    ("sim", "SIM-Karte", ("with my SIM card",), ("the replacement SIM",),
     ["My SIM card was blocked while I was on holiday.",
      "My [new|replacement] SIM [never arrived|was not activated].",
      "My phone was stolen and I needed a new SIM card right away."],
     ["The new SIM card arrived [two days later|the next day]."]),
    ("esim", "eSIM", ("with the eSIM",), ("the eSIM activation",),
     ["The eSIM just wouldn't activate on my new phone."],
     ["The eSIM works and I'm reachable again."]),
    ("app_login", "App", ("with the app login",), ("the password reset",),
     ["I was locked out of the app and getting desperate."],
     ["I can log in to my account again."]),
    ("roaming", "Roaming", ("with roaming",), ("the roaming option",),
     ["On holiday in [Croatia|Italy] I suddenly had no signal."],
     ["Twenty minutes later I could make calls again."]),
    ("rechnung", "Rechnung", ("with my bill",), ("my bill", "the annual statement"),
     ["My bill had charges on it I never ordered.",
      "I read my bill [three times|twice] and understood nothing.",
      "The annual statement was a real shock."],
     ["The bill is corrected and I'm getting the money back.",
      "Now I know [exactly|finally] what I'm paying for."]),
    ("tarifwechsel", "Tarifwechsel", ("with the tariff change",), ("the tariff options",),
     ["I [only|just] wanted a cheaper tariff.",
      "I had been paying [far|way] too much for [years|ages]."],
     ["I now pay [twelve|eight|fifteen] euros less a month.",
      "The new tariff fits me [perfectly|much better]."]),
    ("kuendigung", "Kündigung verhindert", ("with my contract",), ("my options",),
     ["I was determined to cancel my contract."],
     ["I'm staying – with a tariff that actually fits."]),
    ("lastschrift", "Rechnung", ("with the direct debit",), ("the double charge",),
     ["I was charged twice, right before the end of the month."],
     ["The money was back the next day."]),
    ("mahnung", "Mahnung", ("with the reminder letter",), ("the reminder",),
     ["I got a payment reminder although I had paid long ago."],
     ["The reminder and the fees were cancelled."]),
    ("ratenzahlung", "Ratenzahlung", ("with the instalment plan",), ("the instalment plan",),
     ["After the big back payment I didn't know how to manage."],
     ["Now I pay in small instalments and it works."]),
    ("paket", "Paket", ("with my parcel",), ("the tracking",),
     ["Tracking said my parcel was delivered, but it was nowhere to be found.",
      "My parcel was stuck [in the depot|somewhere] for [a week|days]."],
     ["The parcel turned up – at a neighbour's on the [third|fifth] floor.",
      "The parcel arrived [just in time|the next day] after all."]),
    ("retoure", "Retoure", ("with my return",), ("the return label",),
     ["I couldn't print the return label.",
      "I don't own a printer, and the return [deadline|window] was closing."],
     ["The label came by email and the return is on its way.",
      "The return was [confirmed|registered] [right away|the same day]."]),
    ("erstattung", "Erstattung", ("with my refund",), ("the refund",),
     ["I had been waiting [weeks|a month] for my refund.",
      "My refund [just never came|seemed to have vanished]."],
     ["The refund is already in my account.",
      "The money was back [three days|a week] later."]),
    ("falschlieferung", "Umtausch", ("with the wrong delivery",), ("the exchange",),
     ["I ordered a coffee machine and got a toaster."],
     ["The right item arrived the next day."]),
    ("lieferadresse", "Lieferung", ("with the delivery address",), ("the address change",),
     ["I had made a typo in the delivery address."],
     ["The parcel was redirected just in time."]),
    ("sammelrechnung", "Rechnung", ("with our invoices",), ("the consolidated invoice",),
     ["Our branches suddenly got separate invoices."],
     ["We get one consolidated invoice again – our accounts team is thrilled."]),
    ("standortumzug", "Umzug", ("with our office move",), ("the office move",),
     ["Our office was moving, and without internet nothing works for us."],
     ["Everything worked on day one in the new office."]),
    ("firmen_sim", "SIM-Karte", ("with our company SIM cards",), ("the SIM order",),
     ["We needed twenty new SIM cards for new colleagues at short notice."],
     ["All cards were there in time."]),
    ("rahmenvertrag", "Vertrag", ("with our framework contract",), ("the new terms",),
     ["Renewing our framework contract had been stuck for weeks."],
     ["The contract is signed, on better terms than before."]),
    ("praxis_stoerung", "Störung", ("with our practice's phone system",), ("the outage",),
     ["The phones in our practice went down in the middle of the morning."],
     ["An hour later we were reachable again."]),
)  # fmt: skip

TOPICS: dict[str, Topic] = {
    row[0]: topic("en", row[0], row[1], row[2], row[3], row[4], row[5]) for row in _TOPIC_ROWS
}

MIXED = [
    "The hotline was a disaster, but {X} saved the day.",
    "[45 minutes|An hour] on hold – unacceptable. {X} was [great|really helpful] though.",
    "Honestly I'm [fed up|really annoyed] with your company. But {X} was [the bright spot|"
    "fantastic].",
    "Three calls, three different answers. Only {X} finally sorted it.",
    "Your app is [useless|a nightmare], but the chat with {X} was [great|excellent].",
]

BILLING_MIXED = [
    "The annual statement was a shock and [way too high|impossible to follow]. At least {X} "
    "explained it.",
    "Another bill with mistakes! Good thing {X} [fixed it|checked it right away].",
]

COMPLAINTS = [
    "No reply to my emails for [three weeks|a month]. [Unacceptable|Ridiculous]!",
    "Still waiting for my refund. [Really poor service|This is a joke].",
    "Called [five|three] times, got fobbed off every time.",
    "The technician didn't show up [again|for the second time]. I took a day off for nothing.",
    "Your chatbot understands nothing. I want to talk to a human!",
    "My parcel has been missing for [two weeks|ten days] and nobody knows where it is.",
    "I was promised a callback [three times|twice]. Nothing happened.",
    "No internet for [days|a week] and all I get is excuses.",
    "[50 minutes|Over an hour] on hold for nothing.",
]

NEGATIVE_DETAILS = [
    "This has been going on for {n} days.",
    "I spent {n} minutes on hold today.",
    "My case has been open for {n} days.",
]

NEGATIVE_TAILS = [
    "I've been a customer for years, but I'm running out of patience.",
    "This needs to improve.",
    "Very disappointing.",
]

PARAPHRASE = Paraphrase(
    subjects=(("Customer", "she"), ("Customer", "he"), ("Caller", "she"), ("Caller", "he")),
    frames=make_pool(
        "en.para.frames",
        [
            "{S} thanked us [warmly|twice|explicitly] for {obj}",
            "{S} praised {obj}",
            "{S} was very [relieved|grateful] about {obj}",
        ],
    ),
    objects=make_pool(
        "en.para.objects",
        [
            "the quick fix",
            "the patient explanation",
            "the friendly advice",
            "the fast callback",
            "the hassle-free help",
            "the honest answer",
            "the clear explanation",
        ],
    ),
    tails=make_pool(
        "en.para.tails",
        [
            ".",
            " and will recommend us.",
            "; said {er} hadn't had service like this in years.",
            " – asked us to pass the praise on.",
            " (spoke English, very grateful for that).",
        ],
    ),
    addenda=make_pool(
        "en.para.addenda",
        [
            "Call length approx. {n} min.",
            "Duration: {n} minutes.",
            "Customer for {n} years.",
        ],
    ),
    notes=make_pool(
        "en.para.notes",
        [
            "Customer very happy, issue solved. Praise for the team.",
            "Caller said I made her day.",
            "Customer asked that the praise goes to the team lead: great help, very patient.",
        ],
    ),
)

PII = {
    "email": [
        "My email is {email} in case you need anything else.",
        "You can reach me at {email}.",
        "Please send the confirmation to {email}.",
    ],
    "phone": [
        "Feel free to call me back on {phone}.",
        "My mobile for any questions: {phone}.",
    ],
    "iban": [
        "Please refund to my account {iban}.",
        "My new bank details: {iban}.",
    ],
    "custno": [
        "My customer number is {custno}.",
        "It was about order {orderno}.",
    ],
    "url": ["The link {url} worked as well, by the way."],
    "address": ["My new address is {address}."],
}
