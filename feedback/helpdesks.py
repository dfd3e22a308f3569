"""The helpdesks and review sites imports come from, by their stored id ("otrs") and their name
as people write it ("OTRS/Znuny"): for import messages and for the audit log's "Import (…)"."""

from __future__ import annotations

SYSTEM_NAMES = {
    "zendesk": "Zendesk",
    "freshdesk": "Freshdesk",
    "intercom": "Intercom",
    "google_play": "Google Play",
    "trustpilot": "Trustpilot",
    "google": "Google",
    "otrs": "OTRS/Znuny",
    "zammad": "Zammad",
    "helpscout": "Help Scout",
    "typeform": "Typeform",
    "livechat": "LiveChat",
}


def system_name(system: str) -> str:
    """``system``'s name as people write it; another system keeps its own id."""
    return SYSTEM_NAMES.get(system, system)
