"""A negation on one side only: the claim negates what the article states plainly, or
the article negates what the claim states plainly.

Each cue ("not", "n't", "never", "failed to", "unharmed", ...: `facts.negations_in`;
contractions such as "wasn't", "didn't", "can't" count on both sides) negates the few
words after it (or, for a negated adjective, before it; but "unclear whether" and
"unknown if" leave open the words after them: "it remains unclear whether the concerns
have been resolved" is no "the concerns have been resolved"). A claim's negation agrees with
the article's when they negate a word in common, or when both negated clauses are
about the same named thing ("Brexit was not the reason" and "this change wasn't done
as a result of Brexit"). "Their first title in 108 years" says without a cue what "had
not won since 1908" says with one: a "first ... in/since" is an implicit negation, so
the claim does not omit the article's. A claim with a negation of its own omits the
article's only where the article negates, with "not", "never", "n't" or "no", the word
the claim states plainly right after it: "had changed its conclusion that there was no
reason" against "hadn't changed its conclusion", "had been unused ... there were warning
signs" against "left unused ... there were no warning signs".

A claim's negation the linked sentences state plainly is still the article's when
another sentence of it carries the same negated predicate: the linker chose "the price
is the same" while the article also says "the price hasn't changed". A neighbour of the
support counts with the same cue after the same word ("found nobody"); a sentence
anywhere with the same negated words and another of the claim's ordinary words (which
sentences: `FusedSupport.negated_elsewhere`). "Not changed" is also what "the same" and
"unchanged" say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.grounding.faithfulness.facts import negations_in
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["negation_problems", "plain_clash"]

_SCOPE_SKIP = {"be", "been", "being", "have", "has", "had", "yet", "even", "also", "only",
               "ever", "always", "a", "an", "the", "to", "any", "so", "far", "immediately",
               "directly", "explicitly"}  # fmt: skip
_SPEECH = {"say", "said", "says", "told", "tell"}
_SCOPE_WORDS = 4
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")
# A contrast ends what a cue negates: "not hopeful but very presidential" negates
# "hopeful" only, so a claim's "not very presidential" is not the article's negation.
_CONTRAST = re.compile(r"\b(?:but|although|whereas)\b", re.IGNORECASE)
# A subordinate clause after the negated words is not negated: "the ending did not
# materialise as he crashed out" says he crashed. (Right after the cue it is the
# negated word itself: "not as fast as", "not because of Brexit".)
_SUBORDINATORS = frozenset({"as", "because", "when", "while", "after", "before", "so", "whereupon"})
# "the first ... in 108 years", "for the first time since 1908": nothing before it.
_IMPLICIT = re.compile(
    r"\bfirst\b(?:\s+[\w’'-]+){0,4}?\s+(?:in|since)\s+(?:\d|a\b|an\b|more|over|nearly|almost|decades|years)",
    re.IGNORECASE,
)
_NAME_OR_WORD = re.compile(r"\b[\w’'-]+")
# A negated adjective that opens a question ("unclear whether", "unknown if") leaves
# open what follows it, not what comes before it.
_QUESTION = re.compile(r"\s+(?:whether|if)(?:\s+or\s+not)?\b", re.IGNORECASE)
# A negated predicate stated without a cue: "has not changed" / "remains the same".
# A cue that negates the word right after it: "not", "never", "n't" ("hadn't changed",
# "did not change"), "no" ("no warning signs").
_VERBAL = re.compile(r"(?i)not|never|no|\w*n[’']t")
_PLAIN_NEGATED = {stem("change"): frozenset({stem("same"), stem("unchanged")})}


class _Scope:
    """One negation cue: the stems it negates, the names just before it (its subject)
    and after it in its clause, and how it reads ('not comment')."""

    def __init__(
        self,
        cue: str,
        stems: set[str],
        names: tuple[set[str], set[str]],
        shown: str,
        verb: str | None = None,
        head: str | None = None,
    ) -> None:
        self.cue, self.stems, self.shown, self.verb = cue, stems, shown, verb
        self.before, self.after = names
        self.head = head  # the stem of the first word it negates ("change" of "not change")

    def agrees(self, other: _Scope) -> bool:
        """The same words negated, or one's subject is what the other's clause negates
        ("Brexit was not the reason" / "wasn't done as a result of Brexit")."""
        return bool(
            self.stems & other.stems or self.before & other.after or self.after & other.before
        )

    def same_cue(self, other: _Scope) -> bool:
        """The same cue after the same content word ("found nobody when ..." / "he
        found nobody there")."""
        return self.verb is not None and (self.verb, self.cue.lower()) == (
            other.verb,
            other.cue.lower(),
        )


def _clause_names(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """Capitalised words among the three words before text[start:end] and from it to
    its clause's end; a sentence's first word left out (capitalised only for that)."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    before = list(_NAME_OR_WORD.finditer(text, left, start))[-3:]
    names = (
        {m.group(0).lower() for m in before if m.group(0)[0].isupper() and m.start() > left},
        {
            m.group(0).lower()
            for m in _NAME_OR_WORD.finditer(text, end, right)
            if m.group(0)[0].isupper()
        },
    )
    return names


def _scopes(text: str) -> list[_Scope]:
    """Each negation cue with the stems of the (up to four) words it negates."""
    out = []
    for match in negations_in(text):
        scope: list[str] = []
        question = _QUESTION.match(text, match.end()) if match.group("adjective") else None
        if question:  # "it remains unclear whether the concerns have been resolved"
            clause_end = _CLAUSE_END.search(text, question.end())
            stop = clause_end.start() if clause_end else len(text)
            words = [w.group(0).lower() for w in WORD.finditer(text, question.end(), stop)]
            scope = [t for t in words if t not in _SCOPE_SKIP][:_SCOPE_WORDS]
        elif match.group("adjective"):  # "the staff were unharmed": what comes before
            clause_start = max(
                (m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0
            )
            words = [w.group(0).lower() for w in WORD.finditer(text, clause_start, match.start())]
            scope = [t for t in words if t not in _SCOPE_SKIP][-_SCOPE_WORDS:]
            scope.append(match.group(0).lower()[2:])
        else:
            clause_end = _CLAUSE_END.search(text, match.end())
            stop = clause_end.start() if clause_end else len(text)
            contrast = _CONTRAST.search(text, match.end(), stop)
            stop = contrast.start() if contrast else stop
            for word in WORD.finditer(text, match.end(), stop):
                token = word.group(0).lower()
                if token in _SCOPE_SKIP:
                    continue
                if scope and token in _SUBORDINATORS:
                    break  # "did not materialise as he crashed out": not the crash
                scope.append(token)
                if len(scope) == _SCOPE_WORDS:
                    break
        stems = {stem(t) for t in scope if t not in STOPWORDS or t in _SPEECH}
        shown = f"{match.group(0)} {scope[0]}" if scope else match.group(0)
        names = _clause_names(text, match.start(), match.end())
        head = next((stem(t) for t in scope if t not in STOPWORDS), None)
        out.append(
            _Scope(match.group(0), stems, names, shown, _verb_before(text, match.start()), head)
        )
    return out


def _verb_before(text: str, start: int) -> str | None:
    """The stem of the content word right before a cue in its clause ("found" of
    "found nobody"), if any."""
    words = list(WORD.finditer(text, max(0, start - 40), start))
    if not words or _CLAUSE_END.search(text, words[-1].end(), start):
        return None
    token = words[-1].group(0).lower()
    return None if token in STOPWORDS or token in _SCOPE_SKIP else stem(token)


def _plainly_negated(scope: _Scope, support_stems: set[str]) -> bool:
    """ "Has not changed" where the support says "remains the same"."""
    return any(support_stems & _PLAIN_NEGATED.get(key, frozenset()) for key in scope.stems)


def _stems_of(text: str) -> set[str]:
    return set(map(stem, WORD.findall(text)))


def negation_problems(
    claim: str, support: str, elsewhere: Callable[[set[str]], tuple[str, str]] | None = None
) -> list[tuple[str, str]]:
    """(offending token, reason) for each negation on one side only; `elsewhere` gives
    the article's further sentences that may state a claim's negated predicate: the
    support's neighbours (the same cue after the same word counts) and sentences that
    share the negated words and more of the claim (the same negated words count)."""
    claim_scopes, support_scopes = _scopes(claim), _scopes(support)
    support_stems: set[str] | None = None  # read for a claim's negation alone
    problems = []
    for mine in claim_scopes:
        if not mine.stems or any(mine.agrees(other) for other in support_scopes):
            continue
        if support_stems is None:
            support_stems = _stems_of(support)
        if _plainly_negated(mine, support_stems):
            continue
        keys = mine.stems | ({mine.verb} if mine.verb else set())
        near, further = elsewhere(keys) if elsewhere is not None else ("", "")
        if any(mine.same_cue(other) for other in _scopes(near)) or any(
            mine.stems & other.stems for other in _scopes(further)
        ):
            continue
        if mine.stems & support_stems:
            problems.append(
                (mine.cue, f"says {mine.shown!r}; the article states it without a negation")
            )
    if _IMPLICIT.search(claim) or not support_scopes:
        return problems
    claim_stems = _stems_of(claim)
    claim_negated = set().union(*(mine.stems for mine in claim_scopes))
    for theirs in support_scopes:
        if claim_scopes and not (
            _VERBAL.fullmatch(theirs.cue) and theirs.head in claim_stems - claim_negated
        ):
            # a claim with negations of its own omits only a negation of the word the
            # claim states plainly: "had changed its conclusion that there was no
            # reason" against "hadn't changed its conclusion"
            continue
        negated = theirs.stems & claim_stems
        if negated:
            problems.append(
                (sorted(negated)[0], f"omits a negation: the article says {theirs.shown!r}")
            )
    return problems


# How far a cue reaches: the words it negates, or a second cue that undoes it.
_NEAR_WORDS = 4
# A negating prefix: "unrelated" is the antonym of "related" in a clause.
_PREFIXES = ("un", "in", "im", "dis", "non", "non-")


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause of `text` around position `at`: between the punctuation marks or
    contrast words ("but", "although") before and after it."""
    start = max(
        (m.end() for m in _CLAUSE_END.finditer(text, 0, at)),
        default=0,
    )
    start = max([start, *(m.end() for m in _CONTRAST.finditer(text, start, at))])
    stop_mark = _CLAUSE_END.search(text, at)
    stop = stop_mark.start() if stop_mark else len(text)
    contrast = _CONTRAST.search(text, at, stop)
    return start, contrast.start() if contrast else stop


def _head(text: str, cue: re.Match[str]) -> str | None:
    """The stem of the word a cue negates first: the content word right after it in its
    clause ("not" of "did not resign": "resign"), or a negated adjective's root
    ("unharmed": "harm")."""
    if cue.group("adjective"):
        return stem(cue.group(0).lower()[2:])
    stop = _clause(text, cue.end())[1]
    for word in WORD.finditer(text, cue.end(), stop):
        token = word.group(0).lower()
        if token not in STOPWORDS and token not in _SCOPE_SKIP:
            return stem(token)
    return None


# Words that carry a negation earlier in their clause on to the word after them: "not
# ... anything to say" is "nothing to say".
_POLARITY = frozenset({"anything", "anyone", "anybody", "any", "ever", "anywhere"})


def _plain_in(text: str, head: str) -> bool:
    """`text` states the predicate `head` plainly somewhere: the word itself with no
    negation cue among the `_NEAR_WORDS` words before it in its clause, nor a
    negative-polarity word there that a cue earlier in the clause negates ("doesn't
    think he's got anything to say sorry for" says nothing plainly of "say"), and no
    negating prefix of it in that clause ("unrelated" against "related")."""
    cues = negations_in(text)
    words = list(WORD.finditer(text))
    for i, word in enumerate(words):
        if stem(word.group(0).lower()) != head:
            continue
        start, stop = _clause(text, word.start())
        near = max(start, words[max(0, i - _NEAR_WORDS)].start())
        if any(near <= cue.start() < word.start() or cue.start() == word.start() for cue in cues):
            continue
        if any(
            words[j].group(0).lower() in _POLARITY
            and any(start <= cue.start() < words[j].start() for cue in cues)
            for j in range(max(0, i - _NEAR_WORDS), i)
        ):
            continue  # "doesn't think he's got anything to say": negated through "anything"
        clause_words = {w.group(0).lower() for w in WORD.finditer(text, start, stop)}
        if any(
            w.startswith(p) and stem(w[len(p) :]) == head for w in clause_words for p in _PREFIXES
        ):
            continue
        return True
    return False


def _negates_once(text: str, head: str) -> bool:
    """`text` negates the predicate `head` right after a cue with no second cue within
    `_NEAR_WORDS` words of it in its clause (no double negation: "not without", "never
    failed to")."""
    cues = negations_in(text)
    words = list(WORD.finditer(text))
    for cue in cues:
        if _head(text, cue) != head:
            continue
        start, stop = _clause(text, cue.start())
        at = next((i for i, w in enumerate(words) if w.end() > cue.start()), len(words))
        low = max(start, words[max(0, at - _NEAR_WORDS)].start()) if words else start
        high = min(stop, words[min(len(words) - 1, at + _NEAR_WORDS)].end()) if words else stop
        if not any(low <= other.start() < high for other in cues if other is not cue):
            return True
    return False


def plain_clash(claim: str, support: str, *, claim_negates: bool) -> bool:
    """Strict evidence of a polarity clash: one side negates a predicate right after its
    cue (the only cue of its clause) and the other states that same word plainly (no cue
    and no negating prefix in its clause). `claim_negates`: which side negates. A clash
    read across a paraphrase ("would not be appropriate" / "inappropriate", "didn't stop"
    / "still played") shares no such word and is no strict evidence."""
    negating, plain = (claim, support) if claim_negates else (support, claim)
    heads = {_head(negating, cue) for cue in negations_in(negating)} - {None}
    return any(
        _negates_once(negating, head) and _plain_in(plain, head)
        for head in heads
        if head is not None
    )
