"""Company sign-in (OpenID Connect through ``st.login``): map the provider's claims onto roles.

An account in our store with the same e-mail decides first (an admin set its role, teams and
agent link). Otherwise the configured mapping decides, by e-mail or by a group claim
(Entra ID: ``groups`` or ``roles``; Keycloak: ``groups``). No match means no role: the person
is signed in at the provider but may not use Love Wall until an admin gives them one.

The mapping lives in ``.streamlit/secrets.toml``::

    [love_wall.roles]
    claim = "groups"
    admin = ["lovewall-admins"]
    lead = ["lovewall-leads"]
    manager = ["lovewall-managers"]
    agent = ["lovewall-agents"]

    [love_wall.emails]
    "chef@example.com" = "manager"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from feedback.auth.roles import Actor, Role

# When several groups match, the widest role wins.
_RANK = {Role.AGENT: 0, Role.LEAD: 1, Role.MANAGER: 2, Role.ADMIN: 3}


@dataclass(frozen=True, slots=True)
class RoleMapping:
    claim: str = "groups"
    groups: Mapping[str, Role] = field(default_factory=dict)
    emails: Mapping[str, Role] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> RoleMapping:
        """Read the ``[love_wall]`` section of the secrets (unknown role names are ignored)."""
        roles = dict(config.get("roles", {}) or {})
        claim = str(roles.pop("claim", "groups"))
        groups: dict[str, Role] = {}
        for role in Role:
            for group in roles.get(role.value, []) or []:
                groups[str(group)] = role
        emails = {
            str(email).strip().casefold(): Role(str(role))
            for email, role in dict(config.get("emails", {}) or {}).items()
            if str(role) in Role.__members__.values()
        }
        return cls(claim=claim, groups=groups, emails=emails)


def role_from_claims(claims: Mapping[str, Any], mapping: RoleMapping) -> Role | None:
    """The role the claims give: by e-mail first, else the widest role of a matching group."""
    email = str(claims.get("email") or "").strip().casefold()
    if email and email in mapping.emails:
        return mapping.emails[email]
    raw = claims.get(mapping.claim) or []
    values = [raw] if isinstance(raw, str) else list(raw)
    matched = [mapping.groups[str(v)] for v in values if str(v) in mapping.groups]
    return max(matched, key=_RANK.__getitem__) if matched else None


def claims_name(claims: Mapping[str, Any]) -> str:
    """The name the audit log records for a company sign-in: the e-mail, else the subject."""
    return str(claims.get("email") or claims.get("preferred_username") or claims.get("sub") or "")


def actor_from_claims(
    claims: Mapping[str, Any],
    mapping: RoleMapping,
    account_role: Role | None = None,
    agent_id: int | None = None,
    team_ids: frozenset[int] = frozenset(),
) -> Actor | None:
    """The actor of a company sign-in; ``account_role`` etc. come from a stored account with
    the same e-mail, which decides first. None when no role applies."""
    role = account_role or role_from_claims(claims, mapping)
    name = claims_name(claims)
    if role is None or not name:
        return None
    return Actor(name=name[:80], role=role, agent_id=agent_id, team_ids=team_ids)
