"""Is a prose claim consistent with the article sentences that support it?

`check_claim` links the claim to its support (`SupportIndex.link`) and then compares
facts against the support window (the linked sentences and one neighbour each side):

- every quantity of the claim must occur there with the same value (a hedged "about
  100" also matches 95-105; a rounded "1.2 million" matches 1,234,000), and with the
  same unit when both sides state one;
- every month, day of a month, year and weekday must occur there or in the article's
  first two sentences (where news states the date the rest of the story hangs on);
- every name (its last distinctive word: "Manet" of "Prime Minister Hun Manet"; or its
  country: "Cambodian" for "Cambodia") must occur there; when a linked sentence refers
  back with a pronoun, the three sentences before it count too;
- a negation on one side only: the claim negates words the article states plainly, or
  the article negates words the claim states plainly.

A claim with no support at all (no shared content word of weight) is unsupported too;
a claim the article contains word for word (after normalisation) is supported as it is.
Every failure names the offending tokens and says what the article says instead.
"""

from __future__ import annotations

import functools
import operator
import re

from newsbrief.grounding.attribution import SPEECH, named_speakers, names_agree
from newsbrief.grounding.facts import (
    Dates,
    Quantity,
    dates_in,
    name_phrases,
    negations_in,
    quantities_in,
)
from newsbrief.grounding.roles import described_possessors, role_problems
from newsbrief.grounding.support import Link, SupportIndex
from newsbrief.schemas import ClaimCheck
from newsbrief.text.countries import country_of_word
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["MIN_SUPPORT", "check_claim"]

MIN_SUPPORT = 25.0  # below this share of its content weight a claim has no support
_LEDE = 2
# A sentence cut short ("... government business…") is still the article's own words.
_EDGE_ELLIPSIS = re.compile(r"^\s*(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)\s*$")
_NO_DATES = dates_in("")
# What refers back to someone named earlier: a subject pronoun ("he added"), a sentence
# that opens with a possessive ("Its ..."), a definite description ("the company");
# a "their" inside a sentence usually refers to a name in that same sentence.
_PRONOUN = re.compile(
    r"^[\"“‘']?(?:He|She|They|His|Her|Their|It|Its)\b|\b(?:he|she|they|his|her)\b"
    r"|\b[Tt]he\s+(?:company|firm|group|team|club|side|ministry|government|party|organi[sz]ation)\b"
)
# Plural references name several parties, introduced over several sentences.
_PLURAL = re.compile(
    r"\b(?:they|They|their|Their)\b"
    r"|\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:countries|sides|nations|parties|leaders|governments|armies)\b"
)
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she|they)\s+(?:\w+\s+)?{SPEECH}\b", re.IGNORECASE)
_SCOPE_SKIP = {"be", "been", "being", "have", "has", "had", "yet", "even", "also", "only",
               "ever", "always", "a", "an", "the", "to", "any", "so", "far", "immediately",
               "directly", "explicitly"}  # fmt: skip
_SPEECH = {"say", "said", "says", "told", "tell"}
_SCOPE_WORDS = 4
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")


def _words(text: str) -> set[str]:
    return {_bare(m.group(0)).lower() for m in WORD.finditer(text)}


def _bare(token: str) -> str:
    for suffix in ("'s", "’s"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _same_quantity(claim: Quantity, other: Quantity) -> bool:
    if claim.unit and other.unit and claim.unit != other.unit:
        return False
    if claim.value == other.value:
        return True
    if other.value == 0:
        return False
    if claim.hedged and abs(claim.value - other.value) / abs(other.value) <= 0.1:
        return True
    # "1.2 million" for 1,234,000; "6" for 6.4: rounding to 1-3 significant digits.
    for digits in (1, 2, 3):
        if claim.value == float(f"{other.value:.{digits}g}") and claim.value != 0:
            return True
    return False


def _quantity_problems(claim: str, found: list[Quantity]) -> list[tuple[str, str]]:
    problems = []
    followers = [stem(q.follower or "+") for q in found]
    for quantity in quantities_in(claim):
        follower = stem(quantity.follower or "-")
        same = [i for i, other in enumerate(found) if _same_quantity(quantity, other)]
        counted = [
            i for i, f in enumerate(followers) if f == follower and follower not in STOPWORDS
        ]
        # "100 civilians" where the article counts "32 civilians" and its 100 is of
        # something else: a number swapped within the article.
        if same and not (counted and not set(same) & set(counted)):
            continue
        said = quantity.phrase
        candidates = [found[i] for i in counted] or found
        if candidates:
            shown = candidates[0].phrase
            problems.append((quantity.text, f"says {said!r}; the article says {shown!r}"))
        else:
            problems.append(
                (quantity.text, f"says {said!r}; the article gives no such number there")
            )
    return problems


def _date_problems(claim: str, theirs: Dates) -> list[tuple[str, str]]:
    mine = dates_in(claim)
    problems = []
    for key, values, other in (
        ("year", mine.years, theirs.years),
        ("weekday", mine.weekdays, theirs.weekdays),
    ):
        for value in sorted(values):
            if value not in other:
                shown = mine.texts[f"{key}:{value}"]
                problems.append((shown, f"says {shown!r}; the article does not date it so"))
    for month, day in sorted(mine.days):
        if (month, day) not in theirs.days:
            shown = mine.texts[f"day:{month}-{day}"]
            problems.append((shown, f"says {shown!r}; the article does not give that date"))
    for month in sorted(mine.months - {m for m, _ in mine.days}):
        if month not in theirs.months:
            shown = mine.texts[f"month:{month}"]
            problems.append((shown, f"says {shown!r}; the article does not give that month"))
    return problems


def _name_problems(
    claim: str, index: SupportIndex, window: str, around: str, described: set[str]
) -> list[tuple[str, str]]:
    """Names of the claim absent from `window` (the linked sentences and what they refer
    back to); a place written with its preposition in a neighbouring sentence (`around`:
    "at the White House") or a possessor the support writes as a description
    (`described`) is present too."""
    words = _words(window)
    countries = {
        code
        for w in words
        if (code := country_of_word(w.capitalize()) or country_of_word(w.upper()))
    }
    problems = []
    for phrase in name_phrases(claim):
        keys = phrase.keys
        if (
            phrase.start == 0
            and len(keys) == 1
            and not phrase.country
            and (keys[0] in index.lower_words or keys[0] not in index.capitalised_words)
        ):
            continue  # a sentence's first word, capitalised only for that reason
        if phrase.country and phrase.country in countries:
            continue
        if _bare(keys[-1]) in words or phrase.text.lower() in window.lower():
            continue
        if phrase.text in described or _placed(claim, phrase.start, phrase.text, around):
            continue
        problems.append(
            (phrase.text, f"names {phrase.text!r}, who is not in the supporting sentences")
        )
    return problems


_PLACED = re.compile(r"\b(?:in|at|near|from|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _placed(claim: str, start: int, name: str, around: str) -> bool:
    """ "at the White House" in the claim and, word for word, in `around`."""
    before = _PLACED.search(claim[:start])
    if before is None:
        return False
    return claim[before.start() : start + len(name)].lower() in around.lower()


def _scopes(text: str) -> list[tuple[str, set[str], str]]:
    """Each negation cue with the stems of the (up to two) words it negates, and the
    cue with its first negated word as written ('not comment')."""
    out = []
    for match in negations_in(text):
        scope: list[str] = []
        if match.group("adjective"):  # "the staff were unharmed": what comes before
            clause_start = max(
                (m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0
            )
            words = [w.group(0).lower() for w in WORD.finditer(text, clause_start, match.start())]
            scope = [t for t in words if t not in _SCOPE_SKIP][-_SCOPE_WORDS:]
            scope.append(match.group(0).lower()[2:])
        else:
            clause_end = _CLAUSE_END.search(text, match.end())
            stop = clause_end.start() if clause_end else len(text)
            for word in WORD.finditer(text, match.end(), stop):
                token = word.group(0).lower()
                if token in _SCOPE_SKIP:
                    continue
                scope.append(token)
                if len(scope) == _SCOPE_WORDS:
                    break
        stems = {stem(t) for t in scope if t not in STOPWORDS or t in _SPEECH}
        shown = f"{match.group(0)} {scope[0]}" if scope else match.group(0)
        out.append((match.group(0), stems, shown))
    return out


def _stems_of(text: str) -> set[str]:
    return {stem(m.group(0)) for m in WORD.finditer(text)}


def _negation_problems(claim: str, support: str) -> list[tuple[str, str]]:
    claim_scopes, support_scopes = _scopes(claim), _scopes(support)
    claim_stems, support_stems = _stems_of(claim), _stems_of(support)
    problems = []
    for cue, scope, shown in claim_scopes:
        if not scope or any(scope & other for _, other, _ in support_scopes):
            continue
        if scope & support_stems:
            problems.append((cue, f"says {shown!r}; the article states it without a negation"))
    for _, scope, shown in support_scopes:
        if not scope or any(scope & other for _, other, _ in claim_scopes):
            continue
        negated = scope & claim_stems
        if negated and not claim_scopes:
            problems.append((sorted(negated)[0], f"omits a negation: the article says {shown!r}"))
    return problems


def _antecedents(index: SupportIndex, link: Link) -> list[str]:
    """Who a linked sentence refers back to: for "he", "she" or "the company" the
    nearest earlier sentence (at most three back) that names someone; for "they" or
    "the two countries" each of the three sentences before it and the lede's countries
    (the countries as their codes)."""
    out: list[str] = []
    for i in link.sentences:
        text = index.sentences[i].text
        plural = _PLURAL.search(text)
        if not plural and not _PRONOUN.search(text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if name_phrases(index.sentences[j].text):
                out.append(index.sentences[j].text)
                if not plural:
                    break
        if plural:  # the countries a story is about are named in its lede
            out.extend(
                p.country
                for s in index.sentences[: min(_LEDE, i)]
                for p in name_phrases(s.text)
                if p.country
            )
    return list(dict.fromkeys(out))


def _speaker_problems(claim: str, linked: str, antecedents: str) -> list[tuple[str, str]]:
    """ "X said ..." in the claim against who says it in the supporting sentences."""
    mine = named_speakers(claim)
    if not mine:
        return []
    theirs = named_speakers(linked)
    if not theirs and _PRONOUN_SPEAKER.search(linked):
        theirs = [name for p in name_phrases(antecedents) for name in [p.text]]
    if not theirs or any(names_agree(a, b) for a in mine for b in theirs):
        return []
    return [(mine[0], f"says {mine[0]!r} said it; the article says {theirs[0]!r} did")]


def check_claim(index: SupportIndex, claim: str, path: str) -> ClaimCheck:
    """Link `claim` to its support and check its facts against it."""
    copied = index.aligner.align(_EDGE_ELLIPSIS.sub("", claim), fuzzy=False)
    if copied.grounded:  # the article's own words (after normalisation): nothing to check
        return ClaimCheck(
            path=path,
            claim=claim,
            verdict="supported",
            score=100.0,
            support=[copied.model_copy(update={"method": "support"})],
        )
    link: Link = index.link(claim)
    if not link.found or link.score < MIN_SUPPORT:
        return ClaimCheck(
            path=path,
            claim=claim,
            verdict="unsupported",
            score=link.score,
            support=index.evidence(link),
            offending=list(_surface(claim, link.missing)),
            reason="no sentence of the article supports it",
        )
    window = [index.sentences[i].text for i in index.window(link)]
    lede = [s.text for s in index.sentences[:_LEDE]]
    linked = index.window_text(list(link.sentences))
    referred = _antecedents(index, link)
    antecedents = " ".join(referred)
    linked_sentences = [index.sentences[i].text for i in link.sentences]
    around = [index.sentences[i].text for i in index.window(link) if i not in link.sentences]
    described = described_possessors(claim, window, index.capitalised_words)
    found = [q for sentence in window for q in quantities_in(sentence)]
    dates = functools.reduce(operator.or_, (dates_in(s) for s in window + lede), _NO_DATES)
    problems = [
        *_quantity_problems(claim, found),
        *_date_problems(claim, dates),
        *_name_problems(claim, index, linked + " " + antecedents, " ".join(window), described),
        *role_problems(claim, [*linked_sentences, *referred], around, index.text),
        *_speaker_problems(claim, linked, antecedents),
        *_negation_problems(claim, linked),
    ]
    problems = list({token: (token, reason) for token, reason in reversed(problems)}.values())[::-1]
    return ClaimCheck(
        path=path,
        claim=claim,
        verdict="unsupported" if problems else "supported",
        score=link.score,
        support=index.evidence(link),
        offending=list(dict.fromkeys(token for token, _ in problems)),
        reason="; ".join(reason for _, reason in problems) or None,
    )


def _surface(claim: str, stems: tuple[str, ...]) -> list[str]:
    wanted = set(stems)
    out = []
    for match in WORD.finditer(claim):
        if stem(match.group(0)) in wanted and match.group(0).lower() not in STOPWORDS:
            out.append(match.group(0))
    return list(dict.fromkeys(out))
