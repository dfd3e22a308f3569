"""Links to a person's profile on a social network ("facebook.com/samira.haddad.904",
"linkedin.com/in/huang-lijun-5a3b91", "instagram.com/lena.kraus_"): the path names the person.

A profile's name is taken as a person's when it has a separator or a digit in it, as
personal profile names mostly have; a company's page ("facebook.com/telekom") stays, like
other plain links (``redact_patterns._url_is_sensitive``). On any other site, a path segment
made of a listed first name and a word no dictionary knows names a person too
("emmas-kitchen.com/emma-whitfield"; "shop.de/jordan-shoes" stays).
"""

from __future__ import annotations

import re

from feedback.analyze.lemmas import known
from feedback.first_names import is_first_name

__all__ = ["is_profile_link", "names_a_person"]

_NETWORKS = frozenset(
    [
        "facebook.com",
        "fb.com",
        "m.facebook.com",
        "instagram.com",
        "linkedin.com",
        "de.linkedin.com",
        "xing.com",
        "twitter.com",
        "x.com",
        "tiktok.com",
        "threads.net",
        "youtube.com",
        "pinterest.com",
        "snapchat.com",
    ]
)
# Path segments before the profile's name: "linkedin.com/in/…", "xing.com/profile/…"
_LEADING = frozenset({"in", "profile", "pub", "people", "user", "u", "add"})
_PERSONAL_RE = re.compile(r"[._-]|\d")


def is_profile_link(host: str, path: str) -> bool:
    """Whether ``host`` is a social network and ``path`` opens with a person's profile name."""
    host = host.casefold().removeprefix("www.")
    if host not in _NETWORKS:
        return False
    segments = [s for s in path.split("/") if s]
    while segments and segments[0].casefold() in _LEADING:
        segments = segments[1:]
    return bool(segments) and _PERSONAL_RE.search(segments[0].lstrip("@")) is not None


_SEGMENT_PARTS_RE = re.compile(r"[^\W\d_]+")
_SEPARATED_RE = re.compile(r"[^\W\d_]{3,}[._-][^\W\d_]{3,}")
_MIN_PART = 3  # letters of a first name or surname in a path ("al-x" is too unsure)


def names_a_person(path: str) -> bool:
    """Whether a segment of ``path`` opens with a listed first name, a separator and a word
    that neither dictionary knows: "/blog/emma-whitfield", "/sophie.marchant"."""
    for segment in path.split("/"):
        if not _SEPARATED_RE.match(segment.lstrip("@~")):
            continue
        parts = _SEGMENT_PARTS_RE.findall(segment)
        if (
            len(parts) >= 2
            and len(parts[1]) >= _MIN_PART
            and is_first_name(parts[0])
            and not (known(parts[1], "de") or known(parts[1], "en"))
        ):
            return True
    return False
