"""Names a summary sentence takes from outside its support window, and may.

A summary sentence often fuses facts the article spreads over several sentences:
"Bill Murray said he had cried a bit" puts the name of one sentence ("Bill Murray was
overcome with emotion. He said: ...") on the words of a quotation a few sentences on;
"a Crystal Palace fan" adds a detail from the next paragraph. Support linking lets only
ordinary words pull in a further sentence (a swapped name must not link to where that
name occurs), so such a name is absent from the support window. It is still supported
when:

- it is the speaker the article attributes a linked quotation to (the attribution
  rules of `reported.attributed_occurrence`, pronouns resolved), or
- an article sentence writes it next to the claim's own ordinary content that the
  support does not already cover: two such words within a few words of the name
  ("Chicago Cubs ended their 108-year curse"), or the noun the claim's name modifies
  right after it ("a Crystal Palace fan" where the article has "The Crystal Palace fan
  and former pupil"), or the verb it is the subject of ("which President Ashraf Ghani
  condemned" where the article has "President Ashraf Ghani has condemned the attack").
  That sentence is further support, found through the claim's ordinary words, not
  through the name.

A name swapped for another of the same article stays absent: the swapped-in name is not
the quotation's speaker, and the claim's uncovered words (those of the original fact)
are not in a sentence with it. The rarest such words count: a word in many sentences of
the article ("tram" in a report of a tram crash) links to nothing in particular.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from newsbrief.grounding.faithfulness.naming import names_agree
from newsbrief.grounding.faithfulness.reported import attributed_occurrence
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.text.words import STOPWORDS, WORD, content_stems, stem

__all__ = ["FusedSupport"]

_MARKS = re.compile(r"[\"“”«»]")
# Negation cues are no content of their own (reporting words are stop words already).
_NOT_CONTENT = frozenset({"not", "no", "never", "nor", "none", "nothing", "without"})
# Words after which a name starts a clause rather than modifying a noun.
_CLAUSE_WORDS = frozenset({"and", "but", "or", "that", "when", "as", "while", "after", "before",
                           "because", "if", "so", "then", "where", "since", "until", "said"})  # fmt: skip
_NEAR = 8  # words either side of the name
_AUXILIARIES = frozenset(stem(w) for w in ("has", "had", "have", "was", "is", "were"))
_RARE = 0.25  # a word in more than a quarter of the article's sentences is no link


class FusedSupport:
    """What the support of one claim says beyond its own words: the speakers of its
    quotations, and the claim's ordinary content it leaves uncovered."""

    def __init__(
        self, index: SupportIndex, claim: str, linked: list[int], covered_text: str
    ) -> None:
        self.index, self.claim = index, claim
        self.used: list[int] = []  # the further sentences that accepted a name
        self.linked = linked
        self.covered_text = covered_text

    @cached_property
    def uncovered(self) -> set[str]:
        """The claim's rarer ordinary content words the support does not cover (read
        only when a name needs them: most claims' names are in their support)."""
        index, claim = self.index, self.claim
        covered = set(content_stems(self.covered_text))
        limit = max(2, _RARE * len(index.sentences))
        return {
            key
            for m in WORD.finditer(claim)
            if (word := m.group(0)).islower()
            and word not in STOPWORDS
            and word not in _NOT_CONTENT
            and (key := stem(word)) not in covered
            and len(index.postings.get(key, ())) <= limit
        }

    @cached_property
    def speakers(self) -> list[str]:
        """Who the article names as saying the linked quotations."""
        index = self.index  # each sentence's speaker read once per article
        return [s for i in self.linked if (s := index.derived(_quote_speaker, i))]

    def accepts(self, name: str, key: str, start: int) -> bool:
        """Is `name` (its distinctive word `key`, at claim[start:]) the speaker of a
        linked quotation, or written in an article sentence with the claim's uncovered
        content?"""
        if any(names_agree(name, speaker) for speaker in self.speakers):
            return True
        if not self.uncovered:
            return False
        key, head = stem(key), _head(self.claim, start, name)
        for i in self.index.postings.get(key, ()):
            if self.index.stems[i] & self.uncovered and self._near(
                self.index.sentences[i].text, key, head
            ):
                self.used.append(i)
                return True
        return False

    @property
    def used_text(self) -> str:
        """The further sentences that support a name: the claim's other facts (its
        negations) are read against them too."""
        return self._texts(self.used)

    def negated_elsewhere(self, window: list[int]) -> Callable[[set[str]], tuple[str, str]]:
        """For a claim's negated words (`keys`): the window's sentences, and those
        anywhere that hold one of them and another of the claim's ordinary words ("the
        price hasn't changed" for "the price ... has not changed"); a name shared is
        no link, or "the Cubs would never win" would back "the Cubs failed to win"."""

        def sentences(keys: set[str]) -> tuple[str, str]:
            ordinary = self._ordinary
            chosen = [
                i
                for key in sorted(keys)
                for i in self.index.postings.get(key, ())
                if (self.index.stems[i] & ordinary) - keys
            ]
            return self._texts(window), self._texts(chosen)

        return sentences

    @cached_property
    def _ordinary(self) -> set[str]:
        """The claim's ordinary content stems (read only for a claim's negation that its
        support does not state: most claims never ask)."""
        return {
            stem(word)
            for m in WORD.finditer(self.claim)
            if (word := m.group(0)).islower() and word not in STOPWORDS
        } - _NOT_CONTENT

    def _texts(self, ids: list[int]) -> str:
        return " ".join(self.index.sentences[i].text for i in dict.fromkeys(ids))

    def _near(self, sentence: str, key: str, head: str | None) -> bool:
        """Two of the claim's uncovered words within a few words of the name, or the
        noun the claim's name modifies right after it ("a Crystal Palace fan"): a long
        sentence (captions run together) links a name to nothing far from it."""
        words = [stem(m.group(0)) for m in WORD.finditer(sentence)]
        for at, word in enumerate(words):
            if word != key:
                continue
            near = set(words[max(0, at - _NEAR) : at + _NEAR + 1]) & self.uncovered
            after = words[at + 1 : at + 3]
            if after[:1] and after[0] in _AUXILIARIES:
                after = after[1:]  # "President Ashraf Ghani has condemned"
            if len(near) >= 2 or (head is not None and after[:1] == [head]):
                return True
        return False


def _head(claim: str, start: int, name: str) -> str | None:
    """The uncovered noun a name modifies in the claim ("fan" of "a 19-year-old Crystal
    Palace fan"): the name follows a lower-case word that is no conjunction (so it is
    no clause's subject: "Reed made ..." is not a modifier) and a lower-case word
    follows it."""
    before = list(WORD.finditer(claim, 0, start))
    after = WORD.match(claim, start + len(name) + 1)
    if not before or after is None or claim[start + len(name) : after.start()] != " ":
        return None
    previous, following = before[-1].group(0), after.group(0)
    if not previous.islower() or previous in _CLAUSE_WORDS or not following.islower():
        return None
    return stem(following)


def _quote_speaker(index: SupportIndex, i: int) -> str | None:
    """Whom the article attributes the quotation in (or around) sentence `i` to, when
    it names that person."""
    sentence = index.sentences[i]
    start, end = sentence.start, sentence.end
    marks = [m.start() for m in _MARKS.finditer(index.text, start, end)]
    if marks and marks[0] + 1 < end and not sentence.text.startswith(('"', "“")):
        start = marks[0] + 1  # the quotation, not the attribution before it
        end = marks[1] if len(marks) > 1 else end
    elif marks and len(marks) > 1:
        end = marks[1]
    found = attributed_occurrence(index.text, start, end)
    if found is None or found.kind != "name":
        return None
    return found.who
