"""Controlled values as models write them -> the schema's spelling.

Models write `"Person"`, `"organization"`, `"Defense"`, `"Science & Technology"`: right
meaning, wrong spelling. `normalise_choice` maps case, British/American spelling,
separators and a few near synonyms onto the allowed values; anything that maps to
nothing returns None (the caller drops it and records the drop).
"""

from __future__ import annotations

import re

__all__ = [
    "ACTOR_KIND_SYNONYMS",
    "RELATION_KIND_SYNONYMS",
    "TOPIC_SYNONYMS",
    "VERDICT_SYNONYMS",
    "normalise_choice",
]

_SEPARATORS = re.compile(r"\s*(?:&|\band\b|/|_|,|\s)\s*")

ACTOR_KIND_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("individual", "people", "human", "politician", "official"), "person"),
    **dict.fromkeys(
        (
            "organization",
            "org",
            "company",
            "institution",
            "agency",
            "ngo",
            "party",
            "political-party",
            "ministry",
            "government-agency",
            "international-organization",
            "international-organisation",
            "corporation",
            "military",
            "army",
        ),
        "organisation",
    ),
    **dict.fromkeys(("nation", "state", "nation-state", "government"), "country"),
    **dict.fromkeys(("group", "place", "location", "unknown", "misc"), "other"),
}

TOPIC_SYNONYMS: dict[str, str] = {
    "defense": "defence",
    "military": "defence",
    "political": "politics",
    "diplomatic": "diplomacy",
    "foreign-policy": "diplomacy",
    "international-relations": "diplomacy",
    "war": "conflict",
    "armed-conflict": "conflict",
    "economics": "economy",
    "economic": "economy",
    "finance": "economy",
    "business-economy": "economy",
    "commerce": "trade",
    "environmental": "environment",
    "climate": "environment",
    "climate-change": "environment",
    "healthcare": "health",
    "public-health": "health",
    "science": "science-technology",
    "technology": "science-technology",
    "tech": "science-technology",
    "law": "law-justice",
    "justice": "law-justice",
    "legal": "law-justice",
    "courts": "law-justice",
    "crimes": "crime",
    "social": "society",
    "immigration": "migration",
    "refugees": "migration",
    "natural-disaster": "disaster",
    "disasters": "disaster",
    "culture": "culture-sport",
    "sport": "culture-sport",
    "sports": "culture-sport",
    "culture-sports": "culture-sport",
    "arts": "culture-sport",
}

RELATION_KIND_SYNONYMS: dict[str, str] = {
    "co-operation": "cooperation",
    "cooperative": "cooperation",
    "collaboration": "cooperation",
    "partnership": "cooperation",
    "conflicts": "conflict",
    "hostility": "conflict",
    "agreements": "agreement",
    "treaty": "agreement",
    "disputes": "dispute",
    "trading": "trade",
    "trade-relation": "trade",
    "diplomatic-visit": "diplomatic visit",
}


# A judge's verdict as judges write it (deepeval's yes / no / idk, NLI's entailment /
# contradiction / neutral, FEVER's refuted / not enough info) -> the judge's three.
VERDICT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(
        ("yes", "true", "support", "supports", "entailed", "entailment", "consistent",
         "faithful", "correct", "verified"),
        "supported",
    ),
    **dict.fromkeys(
        ("no", "false", "contradiction", "contradicts", "contradict", "refuted", "refutes",
         "inconsistent", "incorrect"),
        "contradicted",
    ),
    **dict.fromkeys(
        ("idk", "unknown", "neutral", "unclear", "unverifiable", "not-verified",
         "not-enough-info", "nei", "not-mentioned", "not-stated", "cannot-verify",
         "not-supported", "unsupported", "insufficient-information"),
        "unverified",
    ),
}  # fmt: skip


def _key(value: str) -> str:
    return _SEPARATORS.sub("-", value.strip().casefold()).strip("-")


def normalise_choice(value: str, allowed: tuple[str, ...], synonyms: dict[str, str]) -> str | None:
    """The allowed value `value` means, or None. Exact values come back unchanged."""
    if value in allowed:
        return value
    key = _key(value)
    for candidate in (key, key.replace("-", " ")):
        if candidate in allowed:
            return candidate
        if candidate in synonyms:
            return synonyms[candidate]
    singular = key[:-1] if key.endswith("s") else None
    if singular and singular in allowed:
        return singular
    return None
