"""US states as news writes them: the full name, or the AP-style abbreviation.

Wire copy places a town as "Sterling Heights, Mich." where a summary writes
"Michigan"; both must read as one place. The names come from pycountry's ISO 3166-2
subdivisions of the US (the states, not the outlying areas); the AP Stylebook's
abbreviations ("Calif.", "N.Y.", "W.Va.") are a fixed table, and the eight states AP
never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) have none.
Postal codes ("MI") are left out: two capitals are as often an acronym as a state.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

__all__ = ["state_of", "states_in"]

_AP = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(
        s.name for s in pycountry.subdivisions.get(country_code="US") or () if s.type == "State"
    )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    written = sorted([*_names(), *_AP], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, written)) + r")(?!\w)")


def state_of(written: str) -> str | None:
    """ "Mich." or "Mich" -> "Michigan"; "Michigan" -> "Michigan"; anything else None."""
    word = written.strip()
    if word in _names():
        return word
    return _AP.get(word) or _AP.get(word + ".")


def states_in(text: str) -> set[str]:
    """The states `text` names, by full name or AP abbreviation."""
    out = set()
    for match in _pattern().finditer(text):
        state = state_of(match.group(0))
        if state:
            out.add(state)
    return out
