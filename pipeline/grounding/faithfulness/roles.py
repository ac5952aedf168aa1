"""Who plays which part: a name the article has, in a slot the article gives another.

The presence check (`consistency`) passes a name swapped for another name of the same
supporting sentences: "Comey's campaign" when the article has "Clinton's campaign" and
mentions Comey one sentence earlier. What decides such a claim is the role the name
plays, so each rule reads one kind of slot the same way on the claim and on the
article, and flags a claim only when the article fills that slot with a different name
and never with the claimed one:

- title: "Taliban spokesman X", "X, the police chief": the title words the article
  pairs with each name, collected from the whole article (a title is stated once);
- possessor: "X's campaign" against the possessor of the same noun in the support
  ("Clinton's campaign"); a description there ("the British capital's only tram
  network", or capitalised: "the Kingdom's defence relations") may stand for any name
  the article has, so it never flags;
- agent: "X announced" against who does that verb in the support, read from word
  order ("Y announced", "Y, who announced"), a passive ("was hit by Y") or a possessed
  nominalisation ("Y's announcement"); a pronoun or an agentless passive tells nothing;
- place: "consulate in X" against the name the support puts after the same noun and a
  place preposition ("Consulate in ... Mazar-i-Sharif"), of the same kind (country
  against country, other place against other place).

Titles and possessors are read here, agents and places in `clauses`; all are plain
token rules over `mentions` (words and `facts.name_phrases`): no model, a few
microseconds per sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from newsbrief.grounding.faithfulness import bounds
from newsbrief.grounding.faithfulness.clauses import agent_problems, place_problems
from newsbrief.grounding.faithfulness.facts import NamePhrase, name_phrases
from newsbrief.grounding.faithfulness.kinds import described_person
from newsbrief.grounding.faithfulness.mentions import (
    CLAUSE_BREAK,
    Deferred,
    Parsed,
    Problem,
    Sentences,
    Token,
    agree,
    parse,
)
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import NOT_NAME_WORDS, ROLE_HEADS, ROLE_NOUNS
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["described_possessors", "name_title", "role_problems"]

_ROLES = frozenset(ROLE_NOUNS.split("|")) | {h.lower() for h in ROLE_HEADS}
_ROLE_STEMS = frozenset(stem(r) for r in _ROLES)
_new = tuple.__new__  # a Token without its Python-level constructor
_APPOSITION = re.compile(r"\s*,\s+(?:(?:a|an|the)\s+)?")
_AND_BEFORE = re.compile(r"(\S+)\s+and\s+$")  # "Cambodia and " before "Malaysia's"


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    """A descriptor word compared by country ("Cambodian" = "Cambodia") or by stem (per
    word, once per process)."""
    return country_of_word(word.capitalize()) or country_of_word(word.upper()) or stem(word)


# --- titles -------------------------------------------------------------------------


def _titles(parsed: Parsed) -> list[tuple[NamePhrase, frozenset[str]]]:
    """Each name with the title words written next to it: before it ("Taliban
    spokesman X", "A Taliban spokesman, X"), inside its capitalised run ("Defence
    Secretary X") or in an apposition after it ("X, spokesman for the police, said")."""
    out: list[tuple[NamePhrase, frozenset[str]]] = []
    text, tokens = parsed.text, parsed.tokens
    for name in parsed.names:
        words: list[str] = []
        first = parsed.index_at(name.start)
        inner = []  # the name's own tokens: read up to its end, not to the text's
        for token in _from(tokens, first):
            if token.end > name.start + len(name.text):
                break
            inner.append(token.lower)
        words += [w for w in inner if w not in name.keys]
        if first > 0 and tokens[first - 1].lower in _ROLES:
            role = first - 1
            gap = text[tokens[role].end : name.start]
            if gap.strip() in ("", ","):
                words.append(tokens[role].lower)
                for k in range(role - 1, max(-1, role - 3), -1):
                    if tokens[k].lower in STOPWORDS or parsed.broken(
                        tokens[k].end, tokens[k + 1].start
                    ):
                        break
                    words.append(tokens[k].lower)
        after = _APPOSITION.match(text, name.start + len(name.text))
        if after:
            stop = CLAUSE_BREAK.search(text, after.end())
            phrase = [
                m.group(0).lower()
                for m in WORD.finditer(text, after.end(), stop.start() if stop else len(text))
            ]
            if any(w in _ROLES for w in phrase[:4]) and len(phrase) <= 12:
                words += phrase
        described = {_norm(w) for w in words if w not in STOPWORDS}
        if described & _ROLE_STEMS:
            out.append((name, frozenset(described)))
    return out


def _from(tokens: Sequence[Token], first: int) -> Iterator[Token]:
    """tokens[first:] without copying them."""
    return (tokens[i] for i in range(first, len(tokens)))


@lru_cache(maxsize=bounds.PER_ARTICLE)
def _article_titles(text: str) -> list[tuple[NamePhrase, frozenset[str]]]:
    return _titles(parse(text))


_LOOK_BACK = 80  # characters before a name first read for the words before it
_FAR = 2000  # no space within this: the whole article's titles are read once instead


def name_title(article: str, name: NamePhrase) -> frozenset[str] | None:
    """The title `_article_titles` gives one of the article's names (None: it has
    none), read from the words around that name alone: the words from a space at least
    three words before it to the first word past its end are the whole article's own
    words there (no word spans a space), and they are all `_titles` reads for a name."""
    end = name.start + len(name.text)
    back = _LOOK_BACK
    while True:
        cut = max(0, name.start - back)
        if cut:  # just after a space or line break: no word starts before it and ends after
            cut = max(article.rfind(" ", 0, cut), article.rfind("\n", 0, cut)) + 1
        if name.start - cut > _FAR:  # a text without spaces (Khmer, CJK): one whole read
            return dict(_article_titles(article)).get(name)
        tokens = []
        for found in WORD.finditer(article, cut):
            tokens.append(_new(Token, (found.group(0).lower(), found.start(), found.end())))
            if found.end() > end:
                break
        if cut == 0 or sum(1 for token in tokens if token.start < name.start) >= 3:
            break
        back *= 2
    titled = _titles(Parsed(article, tuple(tokens), (name,)))
    return titled[0][1] if titled else None


def _title_problems(
    claim: Parsed,
    article: str,
    titled_as: Callable[[NamePhrase], frozenset[str] | None],
    agreeing: Callable[[NamePhrase], Sequence[NamePhrase]] | None = None,
) -> list[Problem]:
    # every word a title is read from is a word of the claim, and a title needs a role
    # word's stem among them (a country's name, the other form a word takes there, is
    # never one): a claim with none gives nobody a title
    titled = [] if _ROLE_STEMS.isdisjoint(claim.stems) else _titles(claim)
    if not titled:  # most claims give nobody a title: the article's titles are not read
        return []
    problems = []
    # only a title with a modifier ("Taliban spokesman") can decide: the titles the
    # article gives the claimed name are read for such a claim alone (the words around
    # each of its mentions), and the whole article's titles only when none of those has
    # the modifier (where the article may give that title to someone else)
    modified = [(name, title, title - _ROLE_STEMS) for name, title in titled]
    known: list[tuple[NamePhrase, frozenset[str]]] | None = None
    for name, title, modifiers in modified:
        if not modifiers:
            continue
        same = (  # the article's names for this one
            agreeing(name) if agreeing else [n for n in name_phrases(article) if agree(n, name)]
        )
        # the titles the article gives it, read one mention at a time: the first that
        # has the modifier settles it (most claims), and the mentions after it are unread
        mine = (t for n in same if (t := titled_as(n)) is not None)
        first = next(mine, None)
        # "Hun Manet, the army chief" for the article's "army commander Hun Manet" is a
        # paraphrase: only a modifier the article never uses for X ("Taliban") decides.
        if first is None or modifiers & first or any(modifiers & t for t in mine):
            continue
        if known is None:
            known = _article_titles(article)
        others = [n for n, t in known if title <= t and not agree(n, name)]
        if others:
            problems.append(
                (name.text, f"calls {name.text!r} by a title the article gives {others[0].text!r}")
            )
    return problems


# --- possessors ---------------------------------------------------------------------


def _possessed(parsed: Parsed, end: int) -> set[str]:
    """The stems of the (up to three) content words after a possessive ending at `end`."""
    i = parsed.index_at(end)
    out = set()
    for token in parsed.tokens[i : i + 3]:
        if token.lower not in STOPWORDS:
            out.add(stem(token.lower))
    return out


def _possessions(parsed: Parsed) -> list[tuple[NamePhrase | None, set[str]]]:
    """(possessor name or None for a description, possessed stems) for every "'s"."""
    out: list[tuple[NamePhrase | None, set[str]]] = []
    for token in parsed.possessives:
        name = parsed.name_at(token.start)
        if name is not None and _described(parsed.text, name):
            name = None  # "the Kingdom's defence relations": a description
        out.append((name, _possessed(parsed, token.end)))
        if name is not None:  # "Cambodia and Malaysia's armies": both possess
            before = parsed.text[max(0, name.start - 40) : name.start]
            # (only a text that ends "and" and white space can match)
            joined = _AND_BEFORE.search(before) if before.rstrip().endswith("and") else None
            if joined:
                other = parsed.name_at(name.start - len(joined.group(0)))
                if other is not None:
                    out.append((other, _possessed(parsed, token.end)))
    return out


def _described(text: str, name: NamePhrase) -> bool:
    """A definite description written capitalised: "the Kingdom's", "the Government's"
    (one word the lexicon says names no one, after "the"), or a person by nationality or
    party ("The Democrat's": `kinds.described_person`), which may stand for any name
    the article has, as a lower-case description does."""
    words = name.text.split()
    return (
        len(words) == 1
        and _strip(words[0]) in NOT_NAME_WORDS
        and text[max(0, name.start - 4) : name.start].lower() == "the "
    ) or described_person(text, name.start, name.text)  # "The Democrat's campaign"


def _strip(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _possessor_problems(claim: Parsed, linked: Sentences, around: Sentences) -> list[Problem]:
    problems: list[Problem] = []
    mine = [(name, things) for name, things in _possessions(claim) if name is not None and things]
    if not mine:  # no named possessor in the claim: the support is not read
        return problems
    theirs = [p for s in linked for p in _possessions(s)]
    nearby = [p for s in around for p in _possessions(s)]
    for name, things in mine:
        same = [owner for owner, owned in theirs if owned & things]
        also = [owner for owner, owned in nearby if owned & things]
        if not same or any(o is None or agree(o, name) for o in same + also):
            continue
        other = next(o for o in same if o is not None)
        if any(agree(other, n) for n in claim.names if n is not name):
            continue  # "Y's counterpart X" for "X's counterpart Y": both named, a relation
        problems.append((name.text, f"says {name.text!r}; the article says {other.text!r}"))
    return problems


def described_possessors(
    claim: str,
    support: Callable[[], Sentences],
    article_words: frozenset[str] | Callable[[], frozenset[str]],
    claim_parsed: Callable[[], Parsed] | None = None,
) -> set[str]:
    """Claimed possessors that the support writes as a description ("London's only tram
    network" for "The British capital's only tram network"), named elsewhere in the article.
    `support` reads the support's sentences (`SupportIndex.parsed`) when called: only a
    claim with a named possessor calls it; `claim_parsed`, the claim's parse when the
    caller has read it (`reading.ClaimReading`), is called only then too, and so is
    `article_words` when it is a callable (`SupportIndex.capitalised_words`: the
    article's words read once, and only for an article with such a claim)."""
    out: set[str] = set()
    if "'s" not in claim and "’s" not in claim:
        return out  # no possessive: the claim's words are not read
    named = [
        (name, things)
        for name, things in _possessions(claim_parsed() if claim_parsed else parse(claim))
        if name is not None
    ]
    if not named:
        return out
    words = article_words() if callable(article_words) else article_words
    mine = [(name, things) for name, things in named if name.keys[-1] in words]
    if not mine:  # no named possessor in the claim: the support is not read
        return out
    theirs = [p for s in support() for p in _possessions(s)]
    for name, things in mine:
        if any(owner is None and owned & things for owner, owned in theirs):
            out.add(name.text)
    return out


def role_problems(
    claim: str,
    linked: Callable[[], Sentences],
    around: Callable[[], Sentences],
    article: str,
    titled_as: Callable[[NamePhrase], frozenset[str] | None] | None = None,
    agreeing: Callable[[NamePhrase], Sequence[NamePhrase]] | None = None,
    claim_parsed: Callable[[], Parsed] | None = None,
) -> list[Problem]:
    """Names of `claim` in a role (title, possessor, agent, place) that the supporting
    sentences (`linked`: those linked and those they refer back to) give to another name,
    and that neither they nor their neighbours (`around`) give to the claimed name.
    Titles are read from the whole `article`. `linked` and `around` read their
    sentences (`SupportIndex.parsed`: once per article, not once per claim) when called,
    and are called only when a rule looks at the support (`mentions.Deferred`): a claim
    that names nobody, or puts no name in a possessor's, agent's or place's slot, does
    not call them. `titled_as` gives the title the article gives one of its names
    (`name_title`; the step passes it remembered per article, `SupportIndex.once`);
    `agreeing` gives the article's names that agree with one (`mentions.NameIndex`: the
    step passes the article's, read once; by default they are read from `article`);
    `claim_parsed` the claim's parse (`reading.ClaimReading`; by default `parse`)."""
    if not name_phrases(claim):
        return []  # names nobody: the claim's words are not read
    parsed = claim_parsed() if claim_parsed else parse(claim)
    mine, nearby = Deferred(linked), Deferred(around)  # read when a rule needs them
    return [
        *_title_problems(
            parsed, article, titled_as or functools.partial(name_title, article), agreeing
        ),
        *_possessor_problems(parsed, mine, nearby),
        *agent_problems(parsed, mine, nearby),
        *place_problems(parsed, mine, nearby, article),
    ]
