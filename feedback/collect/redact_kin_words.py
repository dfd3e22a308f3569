"""Family words in German and English, as regex alternations and word lists, for the
redaction rules that find a relative's name ("mein Sohn Lukas", "my nan, our Doreen")."""

from __future__ import annotations

KIN_DE = (
    r"sohn|sohnemann|tochter|mann|ehemann|ehefrau|frau|gatte|gattin|vater|mutter|papa|mama"
    r"|bruder|schwester|enkel|enkelin|enkelsohn|enkeltochter|opa|oma|großvater|großmutter"
    r"|onkel|tante|neffe|nichte|cousin|cousine|schwager|schwägerin|schwiegermutter"
    r"|schwiegervater|schwiegersohn|schwiegertochter|partner|partnerin|lebensgefährte"
    r"|lebensgefährtin|freund|freundin|verlobter|verlobte|kinder|kleine|kleiner|nachbar|nachbarin"
    r"|nachbarn|kumpel|kollege|kollegen|kollegin"
    # genitive after "meines", "unseres": "die Nummer meines Bruders Amir"
    r"|sohnes|sohns|mannes|ehemannes|vaters|bruders|enkels|onkels|neffen|partners|freundes"
)
KIN_EN = (
    r"son|daughter|wife|husband|mum|mom|mother|dad|father|brother|sister|partner|grandson"
    r"|granddaughter|grandma|grandpa|grandmother|grandfather|nan|gran|boyfriend|girlfriend"
    r"|fianc[ée]e?|niece|nephew|aunt|uncle|cousin|kids|children|friend|neighbou?r"
    r"|mate|buddy|pal|colleague|flatmate|roommate|housemate"
    r"|(?:mother|father|son|daughter|sister|brother)-in-law|stepson|stepdaughter|twins?|baby"
    r"|grand?dad|granny|nanna?|stepmum|stepmom|stepdad|girl|boy|lad|lass"
    # chat forms: "my gf Jade", "my hubby Dave"
    r"|bf|gf|hubby|wifey|bestie"
)
KIN_WORDS = f"{KIN_DE}|{KIN_EN}"  # family words, an alternation for a regex
KIN_DE_START = (
    "mein meine meinem meinen meiner meines unser unsere unserem unseren unserer unseres"
    " mini minere minem mim mis"  # Swiss German: "vo minere Tochter Lea", "mis Mami"
)
# "ruft für ihren Mann Dragan an", "im Namen seiner Mutter Hülya": family words only ("Ihre
# Kollegin Sabine" is the agent's colleague, formal "Ihre")
KIN_DE_THIRD_START = "sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer"
KIN_DE_FAMILY = (
    r"sohn|tochter|mann|ehemann|ehefrau|frau|vater|mutter|bruder|schwester|enkel|enkelin|opa"
    r"|oma|onkel|tante|neffe|nichte|cousin|cousine|schwiegermutter|schwiegervater"
)
KIN_TITLES = (
    "Tante Onkel Oma Opa Aunt Auntie Uncle Grandma Grandpa Nan Gran Cousin Baby baby"
    " Grandad Granddad Grampa Granny Nana Nanna"
)
# "Gruß, die Enkelin Maren", "der Opa Heinz": a family word after an article ("die Frau Berger"
# is mostly the agent, so no "Frau" or "Mann")
KIN_DE_ARTICLE = KIN_DE_FAMILY.replace("|mann|ehemann|ehefrau|frau", "")
KIN_OF_WORDS = (
    "mutter vater mama papa tochter sohn oma opa großmutter großvater mother father mum mom dad"
    " daughter son grandma grandpa grandmother grandfather"
)
KIN_OF = "|".join(KIN_OF_WORDS.split())
