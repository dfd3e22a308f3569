"""IP addresses and card security codes, as ``[REF]`` candidates.

* A public IPv4 address identifies a customer's line ("meine IP 84.115.203.47", "whitelist
  81.174.232.19"). Private and loopback ranges ("192.168.178.1", "10.0.0.12") and the public
  resolvers people name when they fix their DNS ("8.8.8.8", "1.1.1.1") name nobody; four
  numbers after a version word ("Version 1.2.3.4", "Firmware 7.29.1.2") are a version. An IPv6
  address only after "IP" ("IP address 2a02:8070:a1c2:4d00::1").
* A card's security code after its name ("CVV 123", "Prüfziffer 4711") goes with the card.
"""

from __future__ import annotations

import ipaddress
import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_ips_and_codes"]

_IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
# A port after a public address belongs to it: "erreichbar unter 91.64.18.203:8080"
_PORT_RE = re.compile(r":\d{1,5}(?![\w:]|[.,]\d)")
_IPV6_RE = re.compile(
    r"(?i)\bIP(?:v6)?(?:[-\s]?(?:adresse|address))?(?:\s(?:is|ist|lautet|was|war))?:?\s"
    r"(?P<ip>[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?![\w:])"
)
_RESOLVERS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112"})
_VERSION_BEFORE_RE = re.compile(
    r"(?i)\b(?:version|vers\.|v|build|firmware|fw|update|release|software|ios|android|app)\.?"
    r"\s?:?\s?\Z"
)
_CVV_RE = re.compile(
    r"(?i)\b(?:cvv2?|cvc2?|cv2|csc|security\scode|sicherheitscode|prüfziffer|kartenprüfnummer)"
    r"(?:\s(?:is|ist|lautet))?:?\s?(?P<code>\d{3,4})(?!\d)"
)


def _public_ipv4(value: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return ip.is_global and value not in _RESOLVERS


def find_ips_and_codes(text: str) -> list[Candidate]:
    """Public IPv4 addresses (not after a version word), IPv6 after "IP", security codes."""
    spans = [
        (m.start(), port.end() if (port := _PORT_RE.match(text, m.end())) else m.end())
        for m in _IPV4_RE.finditer(text)
        if _public_ipv4(m.group())
        and _VERSION_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is None
    ]
    if "ip" in text.casefold():
        spans += [m.span("ip") for m in _IPV6_RE.finditer(text) if ":" in m.group("ip")[:5]]
    spans += [m.span("code") for m in _CVV_RE.finditer(text)]
    kind = RedactionKind.REFERENCE
    return [Candidate(s, e, kind, PLACEHOLDERS[kind], Priority.REFERENCE_KEYWORD) for s, e in spans]
