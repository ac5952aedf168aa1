"""Check that gold items which claim to be copied from the article really are.

Quotes, actor names and aliases, quote speakers, relation parties, event places and
`when_text` are annotated verbatim (see evals/gold/GUIDE.md): a metric that aligns
predictions to the article relies on it. Comparison collapses runs of whitespace (gold
phrases are stored whitespace-collapsed) but is otherwise exact and case-sensitive, so a
typo in the gold shows up here instead of silently lowering a score.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsbrief.schemas import GoldRecord

__all__ = ["collapse_whitespace", "unverbatim_items", "verbatim_items"]


def collapse_whitespace(text: str) -> str:
    """The form both sides are compared in: single spaces, no leading/trailing space."""
    return " ".join(text.split())


def verbatim_items(record: GoldRecord) -> Iterator[tuple[str, str]]:
    """Yield (dotted field path, value) for every gold item that must occur in the text."""
    gold = record.gold
    for i, actor in enumerate(gold.actors or []):
        for j, name in enumerate(actor.names):
            yield f"gold.actors.{i}.names.{j}", name
    for i, quote in enumerate(gold.quotes or []):
        yield f"gold.quotes.{i}.text", quote.text
        for j, speaker in enumerate(quote.speaker or []):
            yield f"gold.quotes.{i}.speaker.{j}", speaker
    for i, event in enumerate(gold.events or []):
        if event.when_text is not None:
            yield f"gold.events.{i}.when_text", event.when_text
        if event.where is not None:
            yield f"gold.events.{i}.where", event.where
    for i, relation in enumerate(gold.relations or []):
        for j, party in enumerate(relation.parties):
            yield f"gold.relations.{i}.parties.{j}", party


def unverbatim_items(record: GoldRecord) -> list[tuple[str, str]]:
    """(field, message) for each verbatim item missing from `record.text`.

    Returns nothing when the record ships no text: there is nothing to check against.
    """
    if record.text is None:
        return []
    haystack = collapse_whitespace(record.text)
    return [
        (field, f"{value!r} does not occur verbatim in the article text")
        for field, value in verbatim_items(record)
        if collapse_whitespace(value) not in haystack
    ]
