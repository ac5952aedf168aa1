"""The token layer the role checks read: a sentence's words and names, parsed once.

`parse` keeps each word's lower-case form and offsets and the sentence's names
(`facts.name_phrases`); `agree` is when two names name the same person, place or
organisation (the last distinctive word of one is a word of the other, or both are the
same country). An article's sentences are read once, by its `SupportIndex`
(`SupportIndex.parsed`), for all its claims; `parse` (cached per text) is for a claim
and for a whole article.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import repeat
from typing import NamedTuple, overload

from newsbrief.grounding.faithfulness import bounds
from newsbrief.grounding.faithfulness.facts import NamePhrase, name_phrases
from newsbrief.text.words import WORD, stem

__all__ = [
    "CLAUSE_BREAK",
    "PLACE_PREPOSITIONS",
    "Deferred",
    "NameIndex",
    "Parsed",
    "Problem",
    "Sentences",
    "Token",
    "agree",
    "bare",
    "kind",
    "parse",
    "possessive",
    "read",
]

Problem = tuple[str, str]  # (offending token, reason)
CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”—–]")
PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "into"})


class Token(NamedTuple):
    """One word: lower case, with its offsets (a named tuple: a parse makes one per
    word of every sentence, and a frozen dataclass cost three times as much to build)."""

    lower: str
    start: int
    end: int


class Parsed:
    """A sentence (or claim) with its words and names, each read when a rule first
    asks: its lower-case words (`words`, and `stems`, `mapped`, `possessives` from
    them) are what the role rules scan every support sentence for, and cost a fraction
    of its tokens with offsets (`tokens`) and its names (`names`), which a rule reads
    only in a sentence where it found what it looks for (a place's noun, a verb, a
    possessive). Either may be given when the caller has it. Two parses are equal when
    their text, tokens and names are."""

    def __init__(
        self,
        text: str,
        tokens: tuple[Token, ...] | None = None,
        names: tuple[NamePhrase, ...] | None = None,
        *,
        matches: Sequence[re.Match[str]] | None = None,
        written: Sequence[str] | None = None,
    ) -> None:
        self.text = text
        # what the words and tokens are read from when asked: `WORD.finditer(text)`'s
        # matches, or `WORD.findall(text)`'s words, when the caller has them
        self._matches = matches
        self._written = written
        # what `mapped` found, per function: not part of the parse's value
        self._mapped: dict[Callable[[str], str], tuple[str, ...]] = {}
        if tokens is not None:
            self.__dict__["tokens"] = tokens
        if names is not None:
            self.__dict__["names"] = names

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Each word: lower case, with its offsets."""
        # tuple.__new__ skips the named tuple's Python-level constructor (a third faster
        # on an article's thousands of words); the fields are the same, in order, built
        # by map over C callables (no bytecode per word).
        matches = self._matches
        if matches is None:
            matches = list(WORD.finditer(self.text))
        fields = zip(
            map(str.lower, map(_GROUP, matches)),
            map(_START, matches),
            map(_END, matches),
            strict=True,
        )
        return tuple(map(_new, repeat(Token), fields))

    @cached_property
    def names(self) -> tuple[NamePhrase, ...]:
        """The text's names (`facts.name_phrases`)."""
        return tuple(name_phrases(self.text))

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Each token's lower-case form, in order: read from the tokens when they are
        given or read, else from the words alone (the same words: `WORD`'s matches)."""
        if "tokens" in self.__dict__:
            return tuple(map(_LOWER, self.tokens))
        if self._matches is not None:
            return tuple(map(str.lower, map(_GROUP, self._matches)))
        written = self._written if self._written is not None else WORD.findall(self.text)
        return tuple(map(str.lower, written))

    def mapped(self, fn: Callable[[str], str]) -> tuple[str, ...]:
        """`fn` of each token's lower-case form, in order, worked out once per parse (a
        rule that looks for a verb's lemma in a support sentence asks again for every
        claim that sentence supports)."""
        found = self._mapped.get(fn)
        if found is None:
            found = self._mapped[fn] = tuple(map(fn, self.words))
        return found

    def name_at(self, start: int) -> NamePhrase | None:
        return next((n for n in self.names if n.start <= start < n.start + len(n.text)), None)

    def index_at(self, offset: int) -> int:
        """The first token starting at or after `offset` (a binary search: a scan from
        the first token, once per name, made a long article quadratic)."""
        return bisect.bisect_left(self.starts, offset)

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Each token's start, in order: what `index_at` searches (in C, with no Python
        call per comparison as a `key` function costs)."""
        return tuple(map(_START_OF, self.tokens))

    @cached_property
    def possessives(self) -> tuple[Token, ...]:
        """The words ending in a possessive 's, found once: the possessor checks read
        them for every claim an article sentence supports (a sentence with none, most,
        builds no tokens for them)."""
        if not any(map(_POSSESSIVE_END, self.words)):
            return ()
        return tuple(t for t in self.tokens if t.lower.endswith(_POSSESSIVE))

    @cached_property
    def stems(self) -> tuple[str, ...]:
        """Each word's stem, found once: the place check compares them for every claim
        an article sentence supports."""
        return tuple(map(stem, self.words))

    def broken(self, start: int, end: int) -> bool:
        return bool(CLAUSE_BREAK.search(self.text, start, end))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Parsed):
            return NotImplemented
        return self is other or (
            self.text == other.text and self.tokens == other.tokens and self.names == other.names
        )

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Parsed({self.text!r})"


_new = tuple.__new__
_GROUP = re.Match.group
_LOWER = operator.itemgetter(0)  # Token.lower, read in C
_START_OF = operator.itemgetter(1)  # Token.start, read in C
_START = re.Match.start
_END = re.Match.end
_POSSESSIVE = ("'s", "’s")
_POSSESSIVE_END = operator.methodcaller("endswith", _POSSESSIVE)


def read(
    text: str,
    matches: Sequence[re.Match[str]] | None = None,
    written: Sequence[str] | None = None,
) -> Parsed:
    """`text`'s words and names, read as a rule asks for them (no cache: the caller
    keeps the result). `matches`: `WORD.finditer(text)`'s, when the caller has them
    (`reading.ClaimReading` tokenises a claim once for all its rules); `written`:
    `WORD.findall(text)`'s words (`SupportIndex` tokenised each sentence so)."""
    return Parsed(text, matches=matches, written=written)


@lru_cache(maxsize=bounds.PER_SENTENCE)
def parse(text: str) -> Parsed:
    """`read`, cached per text: a claim is read by several rules."""
    return read(text)


def agree(a: NamePhrase, b: NamePhrase) -> bool:
    """Whether two names name the same one ("Mrs Clinton" and "Hillary Clinton")."""
    if kind(a) == kind(b) == "country" and a.country == b.country:
        return True  # "Cambodia" and "Cambodian"
    return a.keys[-1] in b.keys or b.keys[-1] in a.keys


class NameIndex:
    """A text's names (an article's, read once per article: `SupportIndex.names`) with
    each key's names, so the names that `agree` with one are found through its keys
    instead of by comparing it with every name of the article, for every claim.

    `agreeing(name)` is `[n for n in self.names if agree(n, name)]`, the same names in
    the same order: `agree(n, name)` holds exactly when n's last key is one of name's
    keys, name's last key is one of n's keys, or both are the same country alone."""

    def __init__(self, names: Sequence[NamePhrase]) -> None:
        self.names = tuple(names)

    @cached_property
    def _keys(self) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]]:
        """Each key's names, each last key's names, each country's names (as indexes),
        built the first time `agreeing` is asked (most articles never ask)."""
        by_key: dict[str, list[int]] = {}
        by_last: dict[str, list[int]] = {}
        countries: dict[str, list[int]] = {}
        for i, name in enumerate(self.names):
            for key in dict.fromkeys(name.keys):
                by_key.setdefault(key, []).append(i)
            by_last.setdefault(name.keys[-1], []).append(i)
            if name.country and kind(name) == "country":
                countries.setdefault(name.country, []).append(i)
        return by_key, by_last, countries

    def agreeing(self, name: NamePhrase) -> list[NamePhrase]:
        """The names that `agree` with `name`, in the order the text writes them."""
        by_key, by_last, countries = self._keys
        found = set(by_key.get(name.keys[-1], ()))
        for key in name.keys:
            found.update(by_last.get(key, ()))
        if name.country and kind(name) == "country":
            found.update(countries.get(name.country, ()))
        return [self.names[i] for i in sorted(found)]


def kind(name: NamePhrase) -> str:
    """ "country" for a country or its demonym alone; every other name is a "place"
    here, as only places are compared by kind."""
    return "country" if name.country and len(name.keys) == 1 else "place"


def possessive(name: NamePhrase) -> bool:
    return name.text.endswith(("'s", "’s"))


def bare(name: NamePhrase) -> str:
    return name.text[:-2] if possessive(name) else name.text


Sentences = Sequence[Parsed]


class Deferred(Sequence[Parsed]):
    """Support sentences read the first time a rule looks at them: a role rule reads
    the support only for a claim that fills its role (a named possessor, the subject of
    a verb, a place after a preposition), and most claims fill none, so most of the
    sentences a claim links to are never read for it (`SupportIndex.parsed`)."""

    def __init__(self, read: Callable[[], Sequence[Parsed]]) -> None:
        self._read = read
        self._sentences: Sequence[Parsed] | None = None

    def _all(self) -> Sequence[Parsed]:
        if self._sentences is None:
            self._sentences = self._read()
        return self._sentences

    @overload
    def __getitem__(self, i: int) -> Parsed: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Parsed]: ...

    def __getitem__(self, i: int | slice) -> Parsed | Sequence[Parsed]:
        return self._all()[i]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Parsed]:
        return iter(self._all())

    def __contains__(self, item: object) -> bool:
        return item in self._all()
