"""Places: countries, regions, capitals and, after 'in'/'at'/'to', ISO subdivisions.

`where` answers need a place as written. Country names come from pycountry (see
countries.py); regions and major cities are listed here because pycountry has no cities;
pycountry's 5,000 subdivision names ('Phnom Penh', 'Selangor') are only trusted after a
preposition, since many of them are also ordinary words or people's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from newsbrief.text.capitals import Token, capital_tokens, runs
from newsbrief.text.countries import CountryMention, find_countries
from newsbrief.text.lexicon import NOT_NAME_WORDS, words

__all__ = ["PlaceMention", "best_place", "dateline_place", "find_places"]

REGIONS = words(
    "Asia;Southeast Asia;South-East Asia;South Asia;East Asia;"
    "Central Asia;Europe;Eastern Europe;Western Europe;Africa;"
    "West Africa;East Africa;Middle East;Indo-Pacific;Asia-Pacific;"
    "Pacific;Latin America;North America;South America;Caribbean;"
    "Balkans;Gulf;South China Sea;Mekong;Arctic;Antarctica;Sahel;"
    "Scandinavia",
    sep=";",
)
CITIES = words(
    "Phnom Penh;Siem Reap;Sihanoukville;Battambang;Kuala Lumpur;Bangkok;"
    "Hanoi;Ho Chi Minh City;Vientiane;Yangon;Naypyidaw;Jakarta;Manila;"
    "Singapore;Beijing;Shanghai;Hong Kong;Tokyo;Seoul;Pyongyang;Taipei;"
    "New Delhi;Delhi;Mumbai;Islamabad;Dhaka;Kabul;Tehran;Baghdad;Riyadh;"
    "Dubai;Abu Dhabi;Doha;Ankara;Istanbul;Cairo;Jerusalem;Tel Aviv;"
    "Moscow;Kyiv;Kiev;Minsk;Warsaw;Berlin;Paris;London;Brussels;Geneva;"
    "Vienna;Rome;Madrid;Lisbon;Athens;Stockholm;Oslo;Copenhagen;Helsinki;"
    "Amsterdam;The Hague;Washington;New York;Los Angeles;San Francisco;"
    "Ottawa;Mexico City;Brasilia;Buenos Aires;Canberra;Sydney;Wellington;"
    "Nairobi;Lagos;Abuja;Addis Ababa;Johannesburg;Pretoria;Astana;Almaty;"
    "Tashkent;Bishkek;Dushanbe;Ulaanbaatar;Langkawi;Putrajaya;Pattaya;"
    "Davos;Brunei;Bandar Seri Begawan;Dili;Colombo;Kathmandu",
    sep=";",
)
_PLACE_CONTEXT = re.compile(r"\b(?:in|at|to|from|near|across|into|visited|visiting|visit)\s+$")
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,40}?)\s*(?:[–—-]|,\s*[A-Z][a-z]+\s+\d)")
_MAX_WORDS = 4


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int
    end: int
    country: str | None = None
    after_preposition: bool = False


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    names = set()
    for subdivision in pycountry.subdivisions:
        name = subdivision.name.removeprefix("Wilayah Persekutuan ")
        if "," not in name and name not in NOT_NAME_WORDS and len(name) >= 4:
            names.add(name)
    return frozenset(names)


def dateline_place(line: str) -> str | None:
    """'PHNOM PENH – Cambodia and ...' -> 'PHNOM PENH' (the place as written)."""
    match = _DATELINE.match(line)
    if not match:
        return None
    place = match.group(1).strip()
    return place if place.replace(" ", "").isalpha() and place.isupper() else None


def find_places(
    sentence: str,
    offset: int = 0,
    tokens: list[Token] | None = None,
    countries: list[CountryMention] | None = None,
) -> list[PlaceMention]:
    """Places named in one sentence, in order; demonyms are not places.

    `tokens` and `countries` (sentence-relative) save work when the caller has them."""
    tokens = capital_tokens(sentence) if tokens is None else tokens
    countries = find_countries(sentence, tokens) if countries is None else countries
    found = [
        PlaceMention(m.surface, offset + m.start, offset + m.end, m.canonical)
        for m in countries
        if not m.demonym
    ]
    taken = {(p.start - offset) for p in found}
    subdivisions = _subdivisions()
    for run in runs(sentence, tokens, connectors=False):
        for begin in range(len(run)):
            if run[begin].start in taken:
                continue
            for end in range(min(len(run), begin + _MAX_WORDS), begin, -1):
                start, stop = run[begin].start, run[end - 1].start + len(run[end - 1].bare)
                name = sentence[start:stop]
                known = name in REGIONS or name in CITIES
                if not known and name in subdivisions:
                    known = bool(_PLACE_CONTEXT.search(sentence[max(0, start - 12) : start]))
                if known:
                    found.append(PlaceMention(name, offset + start, offset + stop))
                    taken.update(t.start for t in run[begin:end])
                    break
    found.sort(key=lambda place: place.start)
    return [_with_context(sentence, offset, place) for place in found]


def _with_context(sentence: str, offset: int, place: PlaceMention) -> PlaceMention:
    local = place.start - offset
    near = bool(_PLACE_CONTEXT.search(sentence[max(0, local - 12) : local]))
    return PlaceMention(place.text, place.start, place.end, place.country, near)


def best_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The place an event happened: the first one after 'in'/'at'/'to', else the first."""
    return next((p for p in places if p.after_preposition), places[0] if places else None)
