"""Which countries a briefing is about, for grouping a digest by country.

The names come from the one country table, `newsbrief.text.countries` (pycountry plus
the short forms news text uses), so "Viet Nam" and "Vietnam" group together
under the same display name the baseline gives its country actors. Only the briefing's
own fields are searched (country actors, affiliations, places), never the article
body, so a passing mention does not file an article under a country; and only names the
table knows count, so an actor the model called a country ("Lieutenant General Hun")
files nothing. The digest and the workspace's country filter both read this.
"""

from __future__ import annotations

from newsbrief.schemas import Briefing
from newsbrief.text.countries import countries_in

__all__ = ["countries_of"]


def countries_of(briefing: Briefing) -> list[str]:
    """Countries named by the briefing's country actors, affiliations and places, in order."""
    found: list[str] = []
    for actor in briefing.actors:
        if actor.kind == "country":  # the table decides, not the model's actor kind
            found += countries_in(actor.name)
        if actor.affiliation:
            found += countries_in(actor.affiliation)
    places = [event.where for event in briefing.events] + [briefing.five_w1h.where]
    for relation in briefing.relations:
        places += relation.parties
    for place in places:
        if place:
            found += countries_in(place)
    return list(dict.fromkeys(found))
