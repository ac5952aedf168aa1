"""Evidence offsets for every item a briefing says it copied from the article.

What is aligned, and how repeated phrases are resolved (see `Aligner.align(after=)`):

- quotes, in order, each searched from the end of the previous quote's match (quotes
  are listed in article order, so a repeated quote points at its next occurrence);
- actor names: first occurrence (where the article introduces the actor), else the
  first alias found; the evidence says which span matched;
- event `when_text`, chained like quotes across events; event `where`: first occurrence;
- 5W1H: every `who` entry and the what/when/where/why/how phrases, first occurrence.

One `Aligner` (one normalised copy of the article) serves the whole briefing, and the
strict-level validator before it (`aligner_for`): what the validator aligned is reused.
"""

from __future__ import annotations

from newsbrief.grounding.evidence.aligner import Aligner, aligner_for
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.schemas import Briefing, Evidence

__all__ = ["FIVE_W1H", "attach_evidence"]

# The 5W1H phrases aligned after `who` (what/why/how are paraphrases: recorded, not counted).
FIVE_W1H = ("when", "where", "what", "why", "how")


def _align_actor(aligner: Aligner, name: str, aliases: list[str]) -> Evidence:
    evidence = aligner.align(name)
    for alias in aliases:
        if evidence.grounded:
            break
        evidence = aligner.align(alias)
    return evidence


def attach_evidence(briefing: Briefing, text: str) -> Briefing:
    """Set the evidence of every quote, actor, event and 5W1H phrase (in place)."""
    aligner = aligner_for(text)  # what the validator aligned is not aligned again
    cursor = 0
    for quote in briefing.quotes:
        quote.evidence = verbatim_quote(aligner, quote.text, after=cursor)
        cursor = quote.evidence.end if quote.evidence.end is not None else cursor
    for actor in briefing.actors:
        actor.evidence = _align_actor(aligner, actor.name, actor.aliases)
    cursor = 0
    for event in briefing.events:
        if event.when_text:
            event.evidence = aligner.align(event.when_text, after=cursor)
            cursor = event.evidence.end if event.evidence.end is not None else cursor
        if event.where:
            event.where_evidence = aligner.align(event.where)
    five = briefing.five_w1h
    evidence: dict[str, list[Evidence]] = {}
    if five.who:
        evidence["who"] = [aligner.align(who) for who in five.who]
    for field in FIVE_W1H:
        phrase = getattr(five, field)
        if phrase:
            evidence[field] = [aligner.align(phrase)]
    five.evidence = evidence
    return briefing
