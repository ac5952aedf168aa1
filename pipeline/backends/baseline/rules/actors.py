"""The article's actors: people, organisations and countries, merged across sentences.

Per-sentence rules find mentions; this index merges them into one record per actor
(short names like 'Sothirak' and titled forms become aliases of 'Pou Sothirak'),
counts mentions for salience, and answers 'who is this?' for quote attribution and
event participants. Every actor name is copied from the article text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsbrief.backends.baseline.rules.names import PersonMention, find_people
from newsbrief.backends.baseline.rules.orgs import acronym_definitions, find_orgs, frequent_acronyms
from newsbrief.schemas import Actor
from newsbrief.schemas.briefing import ActorKind
from newsbrief.text.capitals import Token, capital_tokens
from newsbrief.text.countries import CountryMention, country_of_word, find_countries
from newsbrief.text.sentences import Sentence

__all__ = ["ActorIndex", "ActorRecord"]

_PRONOUNS_PERSON = frozenset({"he", "she"})
_ALSO_PRONOUNS = frozenset({"they", "we", "i", "you", "it"})
MAX_PER_KIND = {"person": 10, "organisation": 8, "country": 8}


@dataclass
class ActorRecord:
    name: str
    kind: ActorKind
    first: int
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)

    def add_alias(self, alias: str | None) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def surfaces(self) -> list[str]:
        return [self.name, *self.aliases]


def _positions(text: str, word: str) -> list[int]:
    """Offsets of word in text where it is not part of a longer word (str.find is fast)."""
    found, start, size = [], text.find(word), len(word)
    while start >= 0:
        end = start + size
        if (start == 0 or not text[start - 1].isalnum()) and (
            end >= len(text) or not text[end].isalnum()
        ):
            found.append(start)
        start = text.find(word, start + 1)
    return found


class ActorIndex:
    """All actors of one article, built once from its sentences."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.people: dict[str, ActorRecord] = {}
        self.orgs: dict[str, ActorRecord] = {}
        self.countries: dict[str, ActorRecord] = {}
        # Per sentence (keyed by its start), for places to reuse: sentence-relative.
        self.tokens: dict[int, list[Token]] = {}
        self.sentence_countries: dict[int, list[CountryMention]] = {}
        people: list[PersonMention] = []
        country_mentions: list[CountryMention] = []
        for sentence in sentences:
            tokens = self.tokens[sentence.start] = capital_tokens(sentence.text)
            people.extend(find_people(sentence.text, sentence.start, tokens))
            for org in find_orgs(sentence.text, sentence.start, tokens):
                self._org(org.name, org.start)
            countries = self.sentence_countries[sentence.start] = find_countries(
                sentence.text, tokens
            )
            country_mentions.extend(
                CountryMention(
                    m.surface,
                    m.canonical,
                    m.start + sentence.start,
                    m.end + sentence.start,
                    m.demonym,
                )
                for m in countries
            )
        self._add_people(people)
        self._add_acronyms(text)
        self._add_countries(country_mentions)
        self._count_mentions()

    # -- building -----------------------------------------------------------------
    def _org(self, name: str, start: int, acronym: str | None = None) -> ActorRecord:
        record = self.orgs.setdefault(name, ActorRecord(name, "organisation", start))
        record.add_alias(acronym)
        return record

    def _add_people(self, mentions: list[PersonMention]) -> None:
        for mention in sorted(mentions, key=lambda m: m.short):
            record = self.people.get(mention.name) or self._short_owner(mention.name)
            if record is None:
                if mention.short and not mention.cued:
                    continue
                record = ActorRecord(mention.name, "person", mention.start)
                self.people[mention.name] = record
            record.add_alias(mention.name)
            record.add_alias(mention.titled)
            if mention.role and (
                record.role is None
                or (mention.cued and record.role == record.role.title() and " " not in record.role)
            ):
                record.role = mention.role

    def _short_owner(self, short: str) -> ActorRecord | None:
        """The one person whose first or last name is `short`, if exactly one."""
        owners = [
            r
            for r in self.people.values()
            if " " in r.name and short in (r.name.split()[0], r.name.split()[-1])
        ]
        return owners[0] if len(owners) == 1 else None

    def _add_acronyms(self, text: str) -> None:
        definitions = acronym_definitions(text)
        for acronym, org in definitions.items():
            if org is not None:
                self._org(org.name, org.start, acronym)
        for acronym in frequent_acronyms(text):
            if acronym not in definitions:
                self._org(acronym, text.find(acronym))

    def _add_countries(self, mentions: list[CountryMention]) -> None:
        by_country: dict[str, list[CountryMention]] = {}
        for mention in mentions:
            by_country.setdefault(mention.canonical, []).append(mention)
        for canonical, found in by_country.items():
            surfaces = Counter(m.surface for m in found if not m.demonym)
            if not surfaces:
                continue  # only a demonym: the country's name is not in the text
            name = canonical if canonical in surfaces else surfaces.most_common(1)[0][0]
            record = ActorRecord(name, "country", min(m.start for m in found))
            for surface in surfaces:
                record.add_alias(surface)
            record.mentions = sorted(m.start for m in found)
            self.countries[canonical] = record

    def _count_mentions(self) -> None:
        for record in [*self.people.values(), *self.orgs.values()]:
            words = set(record.surfaces())
            if record.kind == "person":
                words.update(part for part in record.name.split() if len(part) > 2)
                words -= {
                    p for p in list(words) if " " not in p and self._short_owner(p) is not record
                }
            record.mentions = sorted({pos for word in words for pos in _positions(self.text, word)})
            if record.mentions:
                record.first = record.mentions[0]

    # -- questions ----------------------------------------------------------------
    def all(self) -> list[ActorRecord]:
        return [*self.people.values(), *self.orgs.values(), *self.countries.values()]

    def in_span(self, start: int, end: int) -> list[ActorRecord]:
        """Actors mentioned between two offsets, in order of first mention there."""
        hits = []
        for record in self.all():
            index = bisect_left(record.mentions, start)
            if index < len(record.mentions) and record.mentions[index] < end:
                hits.append((record.mentions[index], record))
        return [record for _, record in sorted(hits, key=lambda hit: hit[0])]

    def resolve(
        self,
        who: str,
        position: int,
        quote_spans: list[tuple[int, int]],
        previous: str | None = None,
    ) -> str | None:
        """Name the speaker that 'he', 'it', 'Sothirak' or 'the RCAF' refers to."""
        lowered = who.lower()
        if lowered in _PRONOUNS_PERSON:
            return self._subject_before(position, quote_spans)
        if lowered == "it":
            if previous and previous not in {r.name for r in self.people.values()}:
                return previous
            return self._last_before(self.orgs.values(), position, quote_spans)
        if lowered in _ALSO_PRONOUNS:
            return None
        if " and " in who:
            return who
        for record in self.all():
            if who in record.surfaces() or who.removeprefix("the ") in record.surfaces():
                return record.name
        last = who.split()[-1]
        owner = self._short_owner(last)
        if owner:
            return owner.name
        for record in self.orgs.values():
            if last.istitle() is False and last.capitalize() in record.name.split():
                return record.name
        return who

    def _subject_before(self, position: int, quote_spans: list[tuple[int, int]]) -> str | None:
        """'he' is the first person named in the last sentence before `position` that
        names one: in 'Sothirak recalled that ... Lloyd Austin's visit', Sothirak."""
        mentions = sorted(
            (pos, record.name)
            for record in self.people.values()
            for pos in record.mentions
            if pos < position and not any(a <= pos < b for a, b in quote_spans)
        )
        if not mentions:
            return None
        last = mentions[-1][0]
        sentence_start = max(self.text.rfind(". ", 0, last), self.text.rfind("\n", 0, last))
        return next(name for pos, name in mentions if pos > sentence_start)

    def _last_before(
        self, records: Iterable[ActorRecord], position: int, quote_spans: list[tuple[int, int]]
    ) -> str | None:
        best, best_pos = None, -1
        for record in records:
            for pos in record.mentions:
                if pos >= position:
                    break
                if pos > best_pos and not any(a <= pos < b for a, b in quote_spans):
                    best, best_pos = record.name, pos
        return best

    def affiliation(self, role: str | None) -> str | None:
        """The organisation or country a role names ('Malaysian Army chief' -> org)."""
        if not role:
            return None
        orgs = [name for name in self.orgs if " " in name and name in role]
        if orgs:
            return max(orgs, key=len)
        for word in re.findall(r"[A-Z][\w.]*", role):
            country = country_of_word(word.rstrip("’'s") if word.endswith(("’s", "'s")) else word)
            if country:
                return country
        return None

    def to_actors(self) -> list[Actor]:
        """People, then organisations, then countries; most mentioned first in each."""
        actors: list[Actor] = []
        for kind, records in (
            ("person", self.people),
            ("organisation", self.orgs),
            ("country", self.countries),
        ):
            ranked = sorted(records.values(), key=lambda r: (-len(r.mentions), r.first))
            for record in ranked[: MAX_PER_KIND[kind]]:
                actors.append(
                    Actor(
                        name=record.name,
                        kind=record.kind,
                        role=record.role,
                        affiliation=self.affiliation(record.role) if kind == "person" else None,
                        aliases=[a for a in record.aliases if a != record.name],
                    )
                )
        return actors
