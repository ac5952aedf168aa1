"""Compose a whole `Briefing` from the rule modules, without any model.

Order matters only for sharing work: sentences first, then actors (which every other
part refers to), then dates, places, quotes, events, relations, topics and the 5W1H.
Every string in the result is copied or cut from the article, never generated.
"""

from __future__ import annotations

import bisect
import itertools

from newsbrief.backends.baseline.rules.actors import ActorIndex
from newsbrief.backends.baseline.rules.events import build_events, build_relations
from newsbrief.backends.baseline.rules.five_w1h import (
    cause_clause,
    headline_clause,
    means_clause,
    pick_place,
    pick_when,
)
from newsbrief.backends.baseline.rules.leads import (
    distinct_sentences,
    key_points,
    lead_sentences,
    summary_sentences,
)
from newsbrief.backends.baseline.rules.places import (
    PlaceMention,
    best_place,
    dateline_place,
    find_places,
)
from newsbrief.backends.baseline.rules.quotes import find_quotes, quote_spans
from newsbrief.backends.baseline.rules.shorten import purpose_clause, shorten, strip_dateline
from newsbrief.backends.baseline.rules.topics import pick_topics
from newsbrief.schemas import Article, Briefing, Event, FiveW1H, Quote
from newsbrief.text.countries import country_of_word
from newsbrief.text.dates import DateMention, anchor_date, find_dates
from newsbrief.text.passages import blank_passages, tainted_passages
from newsbrief.text.sentences import Sentence, split_sentences

__all__ = ["compose_briefing"]

HEADLINE_WORDS = 15
WHAT_WORDS = 20
MAX_WHO = 4
MAX_QUOTES = 8
HOW_WORDS = 3
LEAD_WINDOW = 3  # sentences of the lead that the 5W1H candidates come from


def _places(sentences: list[Sentence], index: ActorIndex) -> dict[int, list[PlaceMention]]:
    """Places per sentence start, leaving out places inside organisation names."""
    org_spans = sorted(
        (pos, pos + len(name)) for name, record in index.orgs.items() for pos in record.mentions
    )
    org_starts = [a for a, _ in org_spans]
    reach = list(itertools.accumulate((b for _, b in org_spans), max))  # furthest end so far

    def in_org(position: int) -> bool:
        at = bisect.bisect_right(org_starts, position) - 1
        return at >= 0 and reach[at] > position

    found: dict[int, list[PlaceMention]] = {}
    for sentence in sentences:
        places = [
            p
            for p in find_places(
                sentence.text,
                sentence.start,
                index.tokens.get(sentence.start),
                index.sentence_countries.get(sentence.start),
            )
            if not in_org(p.start)
        ]
        if places:
            found[sentence.start] = places
    return found


def _headline(article: Article, leads: list[Sentence], sentences: list[Sentence]) -> str:
    if article.title and article.title.strip():
        return article.title.strip()
    source = leads[0].text if leads else (sentences[0].text if sentences else article.text)
    return shorten(source, HEADLINE_WORDS).rstrip(".") or article.text.strip()[:120]


def _generic(subject: str) -> bool:
    """A common-noun subject ('Ex-diplomat', 'police chief'): no capitalised word after
    the first, so it names a role, not a party."""
    words = subject.split()
    return (
        len(words) <= 3
        and not any(w[:1].isupper() for w in words[1:])
        and not (words and words[0].isupper() and len(words[0]) > 1)
    )


def _lead_actors(summary: list[Sentence], lead: Sentence, index: ActorIndex) -> list[str]:
    """People of the summary, then the other actors of its first sentence."""
    people = [r for s in summary for r in index.in_span(s.start, s.end) if r.kind == "person"]
    others = [r for r in index.in_span(lead.start, lead.end) if r.kind != "person"]
    return list(dict.fromkeys(r.name for r in [*people, *others]))


def _five_w1h(
    title: str | None,
    leads: list[Sentence],
    summary: list[Sentence],
    index: ActorIndex,
    dates: list[DateMention],
    places: dict[int, list[PlaceMention]],
    text: str,
    events: list[Event],
) -> FiveW1H:
    if not summary:
        return FiveW1H()
    lead = summary[0]
    lead_window = leads[:LEAD_WINDOW] or summary
    clause = headline_clause(title) if title else None
    if clause is None:
        clause = headline_clause(strip_dateline(lead.text))
    if clause is not None:
        # The subject, plus the people the lead names who are not already in it: a
        # title's "Ex-diplomat" is the lead's named person.
        named = [r.name for r in index.in_span(lead.start, lead.end) if r.kind == "person"]
        if not title:  # no headline: the lead's people and parties, as the lead names them
            named = _lead_actors(summary, lead, index)
        subjects = clause.subjects
        if named and _generic(clause.subject):  # "Ex-diplomat hails ...": the lead names him
            subjects = []
        extra = [n for n in named if not any(n in s or s in n for s in subjects)]
        who = list(dict.fromkeys([*subjects, *extra]))[:MAX_WHO]
        what = clause.predicate
    else:
        who = _lead_actors(summary, lead, index)[:MAX_WHO]
        what = shorten(lead.text, WHAT_WORDS)
    when = pick_when(lead_window, dates, title)
    if when is None and events:
        when = events[0].when_text
    where = next(
        (dateline_place(line) for line in text.split("\n")[:40] if dateline_place(line)), None
    )
    if where is None:
        found = best_place([p for s in summary for p in places.get(s.start, [])])
        where = found.text if found else None
    if where is None or country_of_word(where) is not None:
        people = frozenset(
            word
            for r in index.in_span(0, len(text))
            if r.kind == "person"
            for word in r.name.split()
        )
        where = pick_place(lead_window, places, title, people) or where
    why = cause_clause(lead_window, title) or next(
        (purpose_clause(s.text) for s in summary if purpose_clause(s.text)), None
    )
    # Without a means cue, the manner is the action itself: the head of the verb phrase.
    how = means_clause(lead_window, title) or (
        " ".join(what.split()[:HOW_WORDS]) if clause is not None and what else None
    )
    return FiveW1H(who=who, what=what, when=when, where=where, why=why, how=how)


def compose_briefing(article: Article) -> Briefing:
    """The baseline briefing of one article: lead sentences plus rule-based extraction."""
    # A passage with an instruction in it is blanked whole (same length, same offsets):
    # no sentence of it, quotation or name reaches the briefing, nor its payload sentence
    # that reads like news.
    tainted = tainted_passages(article.text)
    if tainted:
        article = article.model_copy(update={"text": blank_passages(article.text, tainted)})
    text = article.text
    sentences = distinct_sentences(split_sentences(text, article.title), text)
    index = ActorIndex(text, sentences)
    dates = find_dates(text)
    anchor = anchor_date(text, article.published, dates)
    places = _places(sentences, index)
    leads = lead_sentences(sentences)
    summary = summary_sentences(leads)
    summary_text = (
        " ".join(s.text for s in summary) or shorten(text, 60, mark_cut=True) or text.strip()
    )

    date_starts = sorted(d.start for d in dates)

    def weight(sentence: Sentence) -> int:
        named = len(index.in_span(sentence.start, sentence.end))
        dated = bisect.bisect_left(date_starts, sentence.end) - bisect.bisect_left(
            date_starts, sentence.start
        )
        return named + dated

    used = {s.start for s in summary}
    spans = quote_spans(text)
    quotes = [
        Quote(speaker=mention.speaker, text=mention.text)
        for mention in find_quotes(
            text, lambda who, pos, previous: index.resolve(who, pos, spans, previous)
        )
    ][:MAX_QUOTES]
    events = build_events(sentences, dates, places, index, anchor)
    return Briefing(
        headline=_headline(article, leads, sentences),
        summary=summary_text,
        key_points=key_points(sentences, used, weight),
        five_w1h=_five_w1h(article.title, leads, summary, index, dates, places, text, events),
        actors=index.to_actors(),
        events=events,
        quotes=quotes,
        relations=build_relations(sentences, index),
        topics=pick_topics(" ".join(s.text for s in sentences)),
    )
