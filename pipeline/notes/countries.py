"""Which countries a briefing is about, for grouping a digest by country.

Names come from pycountry (ISO 3166) so "Viet Nam", "Vietnam" and "VNM" group together,
plus the short forms news text uses that ISO does not list ("Russia", "Brunei", "US").
Only the briefing's own fields are searched (country actors, affiliations, places),
never the article body, so a passing mention does not file an article under a country.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from newsbrief.schemas import Briefing

__all__ = ["countries_of"]

# Common short names news text uses -> the display name used for grouping.
EXTRA_NAMES = {
    "Russia": "Russia",
    "Russian Federation": "Russia",
    "Brunei": "Brunei",
    "Turkey": "Türkiye",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Czech Republic": "Czechia",
    "Burma": "Myanmar",
    "North Korea": "North Korea",
    "South Korea": "South Korea",
    "Ivory Coast": "Côte d'Ivoire",
    "Palestine": "Palestine",
    "United States of America": "United States",
    "America": "United States",
}
# Acronyms are matched case-sensitively so the pronoun "us" never means the USA.
ACRONYMS = {
    "US": "United States",
    "USA": "United States",
    "UK": "United Kingdom",
    "UAE": "United Arab Emirates",
    "PRC": "China",
    "DPRK": "North Korea",
}
DISPLAY_OVERRIDES = {
    "Russian Federation": "Russia",
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
}


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """lower-cased name -> display name, and the two matching patterns."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        display = DISPLAY_OVERRIDES.get(country.name, display)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.casefold()] = display
    for name, display in EXTRA_NAMES.items():
        names[name.casefold()] = display
    alternatives = sorted(names, key=len, reverse=True)
    words = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(n) for n in alternatives) + r")(?!\w)", re.IGNORECASE
    )
    acronyms = re.compile(r"(?<![\w.])(" + "|".join(ACRONYMS) + r")(?![\w])")
    return names, words, acronyms


def _match(text: str) -> list[str]:
    names, words, acronyms = _index()
    found = [names[m.group(1).casefold()] for m in words.finditer(text)]
    found += [ACRONYMS[m.group(1)] for m in acronyms.finditer(text)]
    return found


def countries_of(briefing: Briefing) -> list[str]:
    """Countries named by the briefing's country actors, affiliations and places, in order."""
    found: list[str] = []
    for actor in briefing.actors:
        if actor.kind == "country":
            matched = _match(actor.name)
            found += matched or [actor.name]
        if actor.affiliation:
            found += _match(actor.affiliation)
    places = [event.where for event in briefing.events] + [briefing.five_w1h.where]
    for relation in briefing.relations:
        places += relation.parties
    for place in places:
        if place:
            found += _match(place)
    return list(dict.fromkeys(found))
