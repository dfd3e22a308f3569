"""IPv6 addresses without the word "IP", as ``[REF]`` candidates.

A global unicast address (2000::/3, which is what a provider gives a home line: "2a02:8108:…",
"2003:e8:…") identifies a customer's connection wherever it stands ("The router is at
2a02:8010:…", "extern 2001:16b8:…"). It is recognised by its shape, at least four groups or a
"::", and checked with ``ipaddress``: private ("fd00::1"), link-local ("fe80::…"), the
documentation range ("2001:db8::…") and clock times ("12:30:45") stay. (After "IP" any address
goes: ``redact_ips_and_codes``.)
"""

from __future__ import annotations

import ipaddress
import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_ipv6"]

_IPV6_RE = re.compile(r"(?i)(?<![\w:.])[23][0-9a-f]{3}(?::[0-9a-f]{0,4}){2,7}(?![\w:]|\.\d)")


def _global(value: str) -> bool:
    if value.count(":") < 3 and "::" not in value:
        return False
    try:
        return ipaddress.IPv6Address(value).is_global
    except ValueError:
        return False


def find_ipv6(text: str) -> list[Candidate]:
    """Global IPv6 addresses anywhere in ``text``."""
    if text.count(":") < 2:
        return []
    kind = RedactionKind.REFERENCE
    return [
        Candidate(m.start(), m.end(), kind, PLACEHOLDERS[kind], Priority.REFERENCE_KEYWORD)
        for m in _IPV6_RE.finditer(text)
        if _global(m.group())
    ]
