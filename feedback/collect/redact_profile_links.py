"""Links to a person's profile on a social network ("facebook.com/samira.haddad.904",
"linkedin.com/in/huang-lijun-5a3b91", "instagram.com/lena.kraus_"): the path names the person.

A profile's name is taken as a person's when it has a separator or a digit in it, as
personal profile names mostly have; a company's page ("facebook.com/telekom") stays, like
other plain links (``redact_patterns._url_is_sensitive``).
"""

from __future__ import annotations

import re

__all__ = ["is_profile_link"]

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
