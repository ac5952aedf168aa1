"""The opposite outcome stated without a negation cue: "the gamble paid off" where the
article says "the gamble backfired", "followed the advice" where it says "went against
the advice", "the price has gone up" where it says "the price is the same".

A small table of predicates and their reversals (`_REVERSALS`: an outcome, a course
taken or refused, a change of level, "won" / "lost", a comparison's direction:
"narrower" / "wider"). A claim's predicate contradicts its support when
the support states a reversal of it, does not state the predicate itself, and both are
said of the same thing: a content word of the few words before the claim's predicate
(its subject: "Red Bull's gamble on intermediate tyres") is among the few words before
the support's reversal ("Red Bull's gamble to put him on the intermediate tyre"), or,
for a noun predicate, the words after it ("turnout rose" / "a drop in turnout"). A
reversal said of something else ("Y fell" beside a claim's "X rose") is no evidence.
"""

from __future__ import annotations

import re

from newsbrief.text.scan import AnchoredPattern
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["reversal_problems"]

# Each row: predicates that say one thing, and predicates that say its reverse.
_REVERSALS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("paid off", "succeeded"), ("backfired", "failed", "fell flat")),
    (("followed", "heeded", "obeyed"), ("went against", "ignored", "defied", "disregarded")),
    (("embraced", "endorsed"), ("shied away from", "shied away", "distanced", "rejected")),
    (("accepted", "approved"), ("rejected", "turned down", "refused")),
    (("confirmed", "admitted"), ("denied",)),
    (("improved", "strengthened"), ("worsened", "deteriorated", "weakened")),
    (
        ("gone up", "went up", "risen", "rose", "increased", "rise in", "increase in"),
        (
            "the same",
            "unchanged",
            "gone down",
            "went down",
            "fallen",
            "fell",
            "dropped",
            "decreased",
            "drop in",
            "fall in",
            "decline in",
        ),
    ),
    (("won",), ("lost",)),
    (
        ("narrower", "smaller", "shorter", "lower", "fewer", "cheaper"),
        ("wider", "bigger", "larger", "longer", "higher", "dearer"),
    ),
)
_REACH = 4  # words before a predicate that say what it is said of


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in words) + r")\b", re.IGNORECASE)


_TABLE = tuple((_pattern(says), _pattern(reverse)) for says, reverse in _REVERSALS)
_TABLE = _TABLE + tuple((reverse, says) for says, reverse in _TABLE)
_PHRASES = tuple(p for says, reverse in _REVERSALS for p in (*says, *reverse))
_ANY = _pattern(_PHRASES)
# tried only where a phrase of the table occurs (`text.scan`): most texts state none
_ANY_SCAN = AnchoredPattern(_ANY, _PHRASES, digits=False)


def _states_any(text: str) -> bool:
    return next(_ANY_SCAN.finditer(text), None) is not None


def _subject(text: str, start: int, end: int | None = None) -> set[str]:
    """Stems of the content words among the few words before `start`, and for a noun
    predicate ending "in" ("a drop in turnout") the two words after it (text[end:])."""
    words = [m.group(0).lower() for m in WORD.finditer(text, max(0, start - 80), start)]
    out = {stem(w) for w in words[-_REACH:] if w not in STOPWORDS}
    if end is not None and text[start:end].lower().endswith(" in"):
        after = [m.group(0).lower() for m in WORD.finditer(text, end, end + 40)][:2]
        out |= {stem(w) for w in after if w not in STOPWORDS}
    return out


def reversal_problems(claim: str, support: str) -> list[tuple[str, str]]:
    """(offending predicate, reason) for each predicate of the claim whose support
    states its reversal of the same thing."""
    if not _states_any(claim) or not _states_any(support):
        return []  # neither side states a predicate of the table: nothing is read
    problems = []
    for says, reverse in _TABLE:
        stated = list(says.finditer(claim))  # the claim first: it states one row or two
        if not stated or says.search(support):
            continue  # the support states the claim's predicate too
        for mine in stated:
            subject = _subject(claim, mine.start(), mine.end())
            for theirs in reverse.finditer(support):
                if subject & _subject(support, theirs.start(), theirs.end()):
                    said = f"says {mine.group(0)!r}; the article says {theirs.group(0)!r}"
                    problems.append((mine.group(0), said))
                    break
    return problems
