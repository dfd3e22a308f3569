"""Handles a message names as its author or as the customer's account, with or without "@".

``redact_handles`` takes a handle after "@" when it is made of a name or the customer calls it
their own. Messages copied from social media and app stores name their author another way:

* after an author cue: "DM from chloe.bakes.uk:", "Kommentar von @derechtebenni:", "Reply
  from …", "Posted by …", "Bewertung von …", "TikTok von …", "– by big_tony_1974";
* after an account cue: "username is pixie.dust.42", "Mein Nutzername ist …", "Insta:
  deejay.kofi", "IG handle is …", "Insta-Name: …", "Snapchat: …";
* as the signature of a review: "… – olga_k1987, 12.03." (a dash, a lower-case word with an
  underscore, then a comma, a line break or the end; "cb5 - 132t - c1lk" is a model number).

Without "@" the word must look like a handle: an underscore, letters and digits together
("mia.sonnenschein84"), parts joined by dots ("the.real.tunde"), or after an account cue a
lower-case word no dictionary knows ("fitmitfatima"). A host ("gmx.de", "amazon.co.uk"), an
ordinary word ("DM von gestern"), a company's or team's handle ("@StromNordHilft",
"shop_help") and the agents' own handles stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import known_word

__all__ = ["find_bare_handles"]

_SP = r"[ \t\u00a0]"
# letters outside ASCII too: "joão.pereira", "zoé.lefèvre88"
_HANDLE = r"@?[^\W\d_][\w.]{1,30}[^\W]"
_AUTHOR_CUE = (
    r"(?:(?:dm|pn|nachricht|message|kommentar|comment|reply|antwort|post|beitrag|review"
    r"|bewertung|rezension|tweet|story)\w*|[\w-]*-kommentar|tiktok|instagram|insta|facebook"
    r"|twitter|youtube|snapchat|reddit)"
    rf"{_SP}+(?:[-–—]{_SP}+)?(?:von|from|by)"
    # "Message from Instagram user priya.nair.88": the platform and "user" belong to the cue
    rf"(?:{_SP}+(?:insta(?:gram)?|facebook|tiktok|twitter|reddit|youtube|google)"
    rf"(?:{_SP}+(?:user|nutzer(?:in)?|account|profil))?(?=[ \t:]))?"
    r"|(?:posted|gepostet|geschrieben|written|reviewed|bewertet|sent|gesendet|verfasst)"
    rf"{_SP}+(?:von|by)"
)
_ACCOUNT_CUE = (
    r"(?:user(?:name|[ \t]name)?|nutzername|benutzername|handle|account(?:name)?|profilname"
    r"|kontoname)(?:[ \t]+(?:is|ist|lautet)|(?=[ \t]*[:=]))"
    r"|(?:insta(?:gram)?|ig|tiktok|twitter|snap(?:chat)?|x|threads|youtube)"
    r"(?:-name|[ \t]+(?:name|handle|account|user(?:name)?))?"
    r"(?:[ \t]+(?:is|ist|lautet)|(?=[ \t]*[:=]))"
    # "– Nutzer: bergziege_1987", "Instagram user jamie.okeefe.22: …"
    r"|(?:be)?nutzer(?:in)?(?=[ \t]*:)"
    r"|(?:insta(?:gram)?|tiktok|twitter|reddit|facebook|youtube)[ \t]+(?:user|nutzer(?:in)?)"
    r"(?=[ \t])"
)
_STARS = "[\u2605\u2606\u2b50\ufe0f\U0001f300-\U0001faff]"
_CUED_RE = re.compile(
    rf"(?i:\b(?P<author>{_AUTHOR_CUE})|\b(?P<account>{_ACCOUNT_CUE}))"
    # stars or an emoji may stand between the cue and the handle: "Review von ⭐ @max_m"
    rf"{_SP}*[:=]?{_SP}*(?:{_STARS}+{_SP}*[:=]?{_SP}*)?(?P<handle>{_HANDLE})(?![\w@/-]|\.\w)"
)
# "– by lucy_in_the_sky_88", "– olga_k1987, 12.03.", "#grateful – @mo_salah_fan_11": a
# review's signature after a dash; "… storniert. von ana.carvalho": after a sentence's end
_DASHED_RE = re.compile(
    rf"(?:(?:^|(?<=[\s.!?]))[-–—]{_SP}*(?i:(?:by|von){_SP}+)?"
    rf"|(?:(?<=[.!?]){_SP}+|^)(?i:by|von|from){_SP}+)(?P<handle>{_HANDLE})"
    rf"(?={_SP}*(?:,|\n|\Z))",
    re.MULTILINE,
)
_PARTS_RE = re.compile(r"[_.\d]+")
# a cheap test before the dash regex: lower-case parts joined by a dot ("anke.roemer")
_DOTTED_HINT_RE = re.compile(r"[^\W\d_A-Z]{2}\.[^\W_A-Z]|[a-z]{2}\.[\d_]")
_LETTER_DIGIT_RE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_DOTTED_RE = re.compile(r"[^\W\d_A-Z]{2,}(?:\.[^\W_A-Z]+|\.[\d_]+)+")
# parts that make a handle a company's or a team's (country codes stay out: "chloe.bakes.uk")
_ROLE_PARTS = frozenset(
    [
        "help", "hilfe", "care", "cs", "service", "team", "official", "info", "news", "shop",
        "store", "app", "hq", "kundenservice", "kunden", "customer", "customers", "press",
        "presse", "jobs", "careers", "support",
    ]
)  # fmt: skip
# countries that ``is_org_word`` lists for brands ("Vodafone UK") end people's handles too
_PLACES = frozenset(["uk", "usa", "deutschland", "germany", "austria", "schweiz"])
# a host or a file: the last part after a dot is a domain or an extension
_HOST_ENDS = frozenset(
    [
        "de", "com", "net", "org", "at", "ch", "eu", "io", "info", "biz", "co", "pdf", "jpg",
        "png", "doc", "docx", "txt", "html", "htm", "xls", "xlsx",
    ]
)  # fmt: skip
_PLACEHOLDER = PLACEHOLDERS[RedactionKind.HANDLE]
# a cheap test before the cue regex: a cue's word
_CUES = (
    "dm", "pn", "nachricht", "message", "kommentar", "comment", "reply", "antwort", "post",
    "beitrag", "review", "bewertung", "rezension", "tweet", "story", "tiktok", "insta", "facebook",
    "twitter", "youtube", "snap", "reddit", "geschrieben", "written", "bewertet", "sent",
    "gesendet", "verfasst", "user", "name", "handle", "account", "ig", "x:", "threads", "nutzer",
)  # fmt: skip


def _shaped(handle: str) -> bool:
    """Looks like a handle, not a word: an underscore, letters and digits together, or
    lower-case parts joined by dots that end in no host's or file's suffix."""
    if "_" in handle or _LETTER_DIGIT_RE.search(handle):
        return True
    if _DOTTED_RE.fullmatch(handle) is None:
        return False
    parts = handle.split(".")
    return parts[-1] not in _HOST_ENDS and not (len(parts) == 3 and parts[-2] == "co")


def _unknown_word(handle: str) -> bool:
    """A single lower-case word of six letters or more that no dictionary knows."""
    return len(handle) >= 6 and handle.isalpha() and handle.islower() and not known_word(handle)


def _taken(handle: str, known: frozenset[str], *, account: bool, at: bool) -> bool:
    parts = [p.casefold() for p in _PARTS_RE.split(handle) if p]
    if not parts or any(p in _ROLE_PARTS or (is_org_word(p) and p not in _PLACES) for p in parts):
        return False
    if is_agent_name(parts, known):
        return False
    if at:
        # "Kommentar von @derechtebenni": the author, unless a capitalised brand ("@TelcoHilfe")
        return handle.islower()
    return _shaped(handle) or (account and _unknown_word(handle))


def _candidate(m: re.Match[str]) -> Candidate:
    start, end = m.span("handle")
    return Candidate(start, end, RedactionKind.HANDLE, _PLACEHOLDER, Priority.NAME)


def find_bare_handles(text: str, known: frozenset[str]) -> list[Candidate]:
    """Handles after an author or account cue, and a review's handle signature after a dash,
    as ``[HANDLE]`` (``known``: the agents' name keys)."""
    found: list[Candidate] = []
    lowered = text.casefold()
    cued = _CUED_RE.finditer(text) if any(c in lowered for c in _CUES) else ()
    for m in cued:
        raw = m.group("handle")
        at = raw.startswith("@")
        if _taken(raw.lstrip("@"), known, account=m.group("account") is not None, at=at):
            found.append(_candidate(m))
    if "_" in text or _DOTTED_HINT_RE.search(text):
        for m in _DASHED_RE.finditer(text):
            raw = m.group("handle")
            bare = raw.lstrip("@")
            if (
                raw.islower()
                and ("_" in bare or _DOTTED_RE.fullmatch(bare) is not None)
                and _taken(bare, known, account=False, at=False)
            ):
                found.append(_candidate(m))
    return found
