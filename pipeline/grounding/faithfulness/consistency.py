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
  the article negates words the claim states plainly; or the reverse outcome stated
  without a cue ("paid off" / "backfired": `reversals`).

A missing name contradicts only when the support names another in its place: in the
same slot, or (the claim's name being the article's) one of the same kind (`kinds`); a
missing number, rank or date only when the support gives another in its slot. Anything
else the support does not say is unverified, never contradicted.

A claim with no support at all (no shared content word of weight) is unsupported too;
a claim the article contains word for word (after normalisation) is supported as it is.
Every failure names the offending tokens and says what the article says instead.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import Any, NamedTuple

from newsbrief.grounding.faithfulness.attribution import SPEECH, named_speakers
from newsbrief.grounding.faithfulness.date_slots import date_slot_problems
from newsbrief.grounding.faithfulness.facts import (
    Dates,
    NamePhrase,
    dates_in,
    name_phrases,
)
from newsbrief.grounding.faithfulness.fused import FusedSupport
from newsbrief.grounding.faithfulness.kinds import (
    CREDIT,
    described_person,
    describes,
    name_kind,
)
from newsbrief.grounding.faithfulness.mentions import Parsed, Sentences, parse
from newsbrief.grounding.faithfulness.naming import names_agree
from newsbrief.grounding.faithfulness.negation import negation_problems
from newsbrief.grounding.faithfulness.numbers import quantity_problems
from newsbrief.grounding.faithfulness.presence import name_problems
from newsbrief.grounding.faithfulness.reading import ClaimReading
from newsbrief.grounding.faithfulness.reported import (
    attribution_as_written,
    attribution_next_to,
)
from newsbrief.grounding.faithfulness.reversals import reversal_problems
from newsbrief.grounding.faithfulness.roles import (
    described_possessors,
    name_title,
    role_problems,
)
from newsbrief.grounding.faithfulness.spelling import acronym_agrees, full_name, spelling_variant
from newsbrief.grounding.faithfulness.strength import WEAK_PREFIX, weakness
from newsbrief.grounding.faithfulness.support import Link, SupportIndex
from newsbrief.schemas import ClaimCheck, Evidence, Verdict
from newsbrief.text.scan import FoldedText, whole_word_found, whole_word_matches
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
_GROUPS_OF = ("countries", "sides", "nations", "parties", "leaders", "governments", "armies")
_PLURAL = re.compile(
    r"\b(?:they|They|their|Their)\b"
    rf"|\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:{'|'.join(_GROUPS_OF)})\b"
)
# What every match of `_PLURAL` writes (case as written): "hey" of "they", "heir" of
# "their", or a group's noun; a sentence with none is not searched.
_PLURAL_WORDS = ("hey", "heir", *_GROUPS_OF)
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she|they)\s+(?:\w+\s+)?{SPEECH}\b", re.IGNORECASE)


# A date counted back or on from the time of writing or another event: "13 years ago",
# "two decades earlier", "last year".
_RELATIVE_DATE = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+"
    r"(?:years?|decades?|months?)\s+(?:ago|earlier|later|before|after)\b"
    r"|\b(?:last|next|this|the\s+following)\s+(?:year|decade)\b",
    re.IGNORECASE,
)


def _dated_relatively(text: str) -> bool:
    """Whether `text` dates something relatively (`_RELATIVE_DATE`). Every such date
    writes "year", "decade" or "month" (in any case: `re.IGNORECASE` matches those
    letters only as their ASCII capitals), so a text without one is not scanned."""
    lower = text.lower()
    if "year" not in lower and "decade" not in lower and "month" not in lower:
        return False
    return _RELATIVE_DATE.search(text) is not None


# A year counted on from the year written just before: "the following year", "a year
# later", "two years later".
_YEARS_LATER = re.compile(
    r"\b(?:the\s+(?:following|next)\s+year"
    r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+later)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _years_later(index: SupportIndex, link: Link) -> Dates:
    """The years a linked sentence dates by counting on from the last year written before
    it (in that sentence or the two before): "created in 1908 ... the following year it
    became" dates 1909. Each such year shown as the words that give it."""
    years: dict[int, str] = {}
    for i in link.sentences:
        text = index.sentences[i].text
        if "year" not in text.lower():
            continue  # every such date writes "year" (its letters fold only to ASCII)
        for found in _YEARS_LATER.finditer(text):
            before = " ".join(
                [*(index.sentences[j].text for j in range(max(0, i - 2), i)), text[: found.start()]]
            )
            written = _YEAR.findall(before)
            if written:
                n = found.group("n")
                later = 1 if n is None else _COUNT.get(n.lower()) or int(n)
                years.setdefault(int(written[-1]) + later, found.group(0))
    if not years:
        return _NO_DATES
    return Dates(frozenset(), frozenset(), frozenset(years), frozenset(), (),
                 {f"year:{year}": shown for year, shown in years.items()})  # fmt: skip


def _date_problems(
    claim: str, theirs: Dates, rivals: Dates | None = None
) -> list[tuple[str, str, bool]]:
    """(token, reason, contradicts) for each date of the claim the support lacks; it
    contradicts when the support dates it otherwise in the same slot (another year,
    weekday, day or month), and is only unverified when the support gives none.
    `rivals`: the dates that may contradict (default all of `theirs`; the linked
    sentences and the lede when a linked sentence dates its event relatively, "13 years
    ago": a neighbour's other year, "since 1945", then dates another event), though a
    neighbour's own year still supports the claim's."""
    mine = dates_in(claim)
    against = theirs if rivals is None else rivals

    def problem(key: str, value: object, other: object, missing: str) -> tuple[str, str, bool]:
        shown = mine.texts[f"{key}:{value}"]
        said = against.texts.get(f"{key}:{other}") if other is not None else None
        if said:
            return (shown, f"says {shown!r}; the article says {said!r}", True)
        return (shown, f"says {shown!r}; the article does not {missing}", False)

    def first(values: frozenset[Any]) -> object:
        return min(values) if values else None

    problems = []
    for value in sorted(mine.years - theirs.years):
        problems.append(problem("year", value, first(against.years), "date it so"))
    for weekday in sorted(mine.weekdays - theirs.weekdays):
        problems.append(problem("weekday", weekday, first(against.weekdays), "date it so"))
    for month, day in sorted(mine.days - theirs.days):
        near = first(frozenset(d for d in against.days if d[0] == month)) or first(against.days)
        key = f"{near[0]}-{near[1]}" if isinstance(near, tuple) else None
        problems.append(problem("day", f"{month}-{day}", key, "give that date"))
    for month in sorted(mine.months - {m for m, _ in mine.days} - theirs.months):
        problems.append(problem("month", month, first(against.months), "give that month"))
    return problems


def _dates_something(dates: Dates) -> bool:
    return bool(dates.years or dates.weekdays or dates.days or dates.months)


def _antecedents(index: SupportIndex, link: Link) -> list[tuple[str, int | None]]:
    """Who a linked sentence refers back to: for "he", "she" or "the company" the
    nearest earlier sentence (at most three back) that names someone; for "they" or
    "the two countries" each of the three sentences before it and the lede's countries
    (the countries as their codes). Each with its sentence's index (None for a code).
    Read once per article for each set of linked sentences (`SupportIndex.derived`)."""
    return list(index.derived(_antecedents_of, link.sentences))


def _antecedents_of(
    index: SupportIndex, sentences: tuple[int, ...]
) -> tuple[tuple[str, int | None], ...]:
    out: dict[str, int | None] = {}
    for i in sentences:
        plural, refers = index.reading(_refers_back, i)
        if not refers:
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if index.derived(_names_someone, j):
                out.setdefault(index.sentences[j].text, j)
                if not plural:
                    break
        if plural:  # the countries a story is about are named in its lede
            for s in index.sentences[: min(_LEDE, i)]:
                for p in name_phrases(s.text):
                    if p.country and p.country not in out:
                        out[p.country] = None
    return tuple(out.items())


# What may stand before a sentence's or a quotation's first word: nothing, the end of
# the sentence before (in a text joining several), or an opening quotation mark.
_OPENS = re.compile(r"(?:^|[.!?:][\"”’']?\s+|[\"“‘]\s*)$")


def _opener(text: str, start: int, keys: tuple[str, ...], index: SupportIndex) -> bool:
    """Whether a one-word capitalised run is capitalised only because it opens a sentence
    or a quotation ("Even my husband ...", '"Right now she's ...'): the article writes the
    word in lower case too, or never capitalises it after a word of its sentence."""
    if len(keys) != 1 or not _OPENS.search(text[max(0, start - 4) : start]):
        return False
    return keys[0] in index.lower_words or not index.once(
        _named_mid_sentence, keys, index.text, index.folded
    )


def _names(text: str, index: SupportIndex) -> list[NamePhrase]:
    """The names of `text` but a sentence's or quotation's capitalised first word
    (`_opener`): "Even" of '"Even my husband was covered with blood," she said' is no one
    a later "she" refers back to."""
    return [p for p in name_phrases(text) if p.country or not _opener(text, p.start, p.keys, index)]


def _names_someone(index: SupportIndex, i: int) -> bool:
    """Whether sentence `i` names someone a later "he" may refer back to (`_names`):
    read once per article (`SupportIndex.derived`), not once per claim linked after it."""
    return bool(_names(index.sentences[i].text, index))


def _refers_back(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence refers back to several parties, and whether it refers back at
    all: read once per article sentence (`SupportIndex.reading`), not once per claim."""
    plural = any(map(sentence.__contains__, _PLURAL_WORDS)) and _PLURAL.search(sentence) is not None
    return plural, plural or _PRONOUN.search(sentence) is not None


def _speaker_problems(
    claim: str,
    linked: str,
    antecedents: str,
    article: str,
    quoted: Callable[[], tuple[list[str], list[str]]] = lambda: ([], []),
    names: Callable[[str], list[NamePhrase]] = name_phrases,
) -> list[tuple[str, str, bool, bool]]:
    """ "X said ..." in the claim against who says it in the supporting sentences:
    (token, reason, whether it contradicts on strict evidence, whether the article names
    that speaker there, not through a pronoun). A
    pronoun speaker ("which he said provides") is the claim's speaker when the linked
    sentence names that speaker before it ("Hun Sen requested ..., which he said"), and
    otherwise one of the people the sentences before name (a country or a place is no
    "he"). A linked sentence of quoted words with no speaker of its own is said by whom
    the article attributes the quotation to (`quoted`, read only then)."""
    mine = named_speakers(claim)
    if not mine:
        return []
    theirs = named_speakers(linked)
    near = theirs  # named beside a reporting verb in the support itself
    pronoun = None if theirs else _PRONOUN_SPEAKER.search(linked)
    if not theirs and pronoun is None:
        # '... I cried a bit but this is beautiful," Murray said.'
        theirs, near = quoted()
    elif pronoun is not None:
        if any(
            names_agree(a, p.text) for a in mine for p in name_phrases(linked[: pronoun.start()])
        ):
            return []
        theirs = [
            p.text for p in names(antecedents) if name_kind(p.text, p.keys, article) == "other"
        ]
    if not theirs or any(_same_speaker(claim, a, b) for a in mine for b in theirs):
        return []
    said = f"says {mine[0]!r} said it; the article says {theirs[0]!r} did"
    # strict evidence for a red mark: the support names that speaker itself (or the
    # quotation it is in is attributed next to it), and never names the claim's; a
    # speaker read through a pronoun ("He said") is a guess, and outranks nothing
    if (
        pronoun is not None
        or not any(names_agree(theirs[0], b) for b in near)
        or any(names_agree(a, p.text) for a in mine for p in name_phrases(linked))
    ):
        return [(mine[0], WEAK_PREFIX + said, False, pronoun is None)]
    return [(mine[0], said, True, True)]


def _same_speaker(claim: str, mine: str, theirs: str) -> bool:
    """Whether the claim's speaker `mine` is the support's `theirs`: names that agree, or
    an organisation and its initials ("The Office for National Statistics said" where
    the article has "The ONS said"; the claim's name read whole, with its words before
    it)."""
    if names_agree(mine, theirs):
        return True
    at = claim.find(mine)
    return at >= 0 and acronym_agrees(full_name(claim, at, at + len(mine)), theirs)


def _quoted_speakers(index: SupportIndex, link: Link) -> tuple[list[str], list[str]]:
    """Whom the article attributes the quoted words of each linked sentence that names
    no speaker to, by name as it writes it (`reported.attribution_as_written`: the
    attribution next to the quotation, or of the quotation it continues or sits in); a
    role names no one, and a pronoun ("He said:") is left a guess, not read. With them,
    those the article names next to the quotation (`reported.attribution_next_to`):
    strict evidence, where a chain of quotations further back is not."""
    out, near = [], []
    for found in (index.derived(_quoted_speaker, i) for i in link.sentences):
        if found is not None:
            out.append(found[0])
            if found[1]:
                near.append(found[0])
    return out, near


def _quoted_speaker(index: SupportIndex, i: int) -> tuple[str, bool] | None:
    """`_quoted_speakers` of one sentence, read once per article: the name, and
    whether the attribution next to the quotation names it."""
    sentence = index.sentences[i]
    if not named_speakers(sentence.text):
        found = attribution_as_written(index.text, sentence.start, sentence.end)
        if found is not None and found.kind == "name":
            beside = attribution_next_to(index.text, sentence.start, sentence.end)
            return found.who, beside is not None and beside.kind == "name" and names_agree(
                beside.who, found.who
            )
    return None


def check_claim(index: SupportIndex, claim: str, path: str) -> ClaimCheck:
    """Link `claim` to its support and check its facts against it."""
    # (a claim with no ellipsis, most, is not scanned for one at each end)
    trimmed = _EDGE_ELLIPSIS.sub("", claim) if "…" in claim or "..." in claim else claim
    copied = index.aligner.verbatim_span(trimmed) or index.whole_line(claim)
    if copied is not None:  # the article's own words (after normalisation): nothing to check
        return ClaimCheck(
            path=path,
            claim=claim,
            verdict="supported",
            score=100.0,
            support=[Evidence(start=copied[0], end=copied[1], method="support", score=100.0)],
            rule="copied",
        )
    reading = ClaimReading(claim)  # its words, read once for every rule that tokenises it
    link: Link = index.link(reading)
    if not link.found or link.score < MIN_SUPPORT:
        return ClaimCheck(
            path=path,
            claim=claim,
            verdict="unverified",
            score=link.score,
            support=index.evidence(link),
            offending=list(_surface(claim, link.missing)),
            reason="no sentence of the article supports it",
            rule="no_support",
        )
    window_ids = index.window(link)  # the linked sentences and their neighbours, once
    window = [index.sentences[i].text for i in window_ids]
    lede = [s.text for s in index.sentences[:_LEDE]]
    linked = index.window_text(list(link.sentences))
    referred = _antecedents(index, link)
    antecedents = " ".join(text for text, _ in referred)

    def linked_read() -> Sentences:  # read only for a claim a role rule reads them for
        return (
            *(index.parsed(i) for i in link.sentences),
            *(parse(text) if j is None else index.parsed(j) for text, j in referred),
        )

    def around_read() -> Sentences:
        return tuple(index.parsed(i) for i in window_ids if i not in link.sentences)

    def window_read() -> Sentences:
        return tuple(index.parsed(i) for i in window_ids)

    def claim_parsed() -> Parsed:
        return reading.parsed

    described = described_possessors(  # the article's words read only for a possessor
        claim, window_read, lambda: index.capitalised_words, claim_parsed
    )
    fused = FusedSupport(index, claim, list(link.sentences), linked + " " + antecedents)
    dated = _dates_something(dates_in(claim))  # the support's dates read only then
    later = _years_later(index, link) if dated else _NO_DATES
    dates = (
        functools.reduce(operator.or_, (dates_in(s) for s in window + lede), later)
        if dated
        else _NO_DATES
    )
    rivals = (  # a linked sentence dated relatively: a neighbour's year dates another event
        functools.reduce(
            operator.or_,
            (dates_in(index.sentences[i].text) for i in link.sentences),
            functools.reduce(operator.or_, (dates_in(s) for s in lede), later),
        )
        if dated and _dated_relatively(linked)
        else None
    )
    names = name_problems(
        claim, index, linked + " " + antecedents, " ".join(window), described, fused,
        pieces=[*link.sentences, *(t if j is None else j for t, j in referred), ""],
    )  # fmt: skip
    problems: list[Problem] = [
        *(Problem(t, r, "number", c) for t, r, c in quantity_problems(claim, list(window_ids), index)),
        *(Problem(t, r, "date", c) for t, r, c in _date_problems(claim, dates, rivals)),
        *(Problem(t, r, "date", True) for t, r in date_slot_problems(
            claim, [index.sentences[i].text for i in link.sentences],
            [index.sentences[i].text for i in window_ids if i not in link.sentences])),
        *(_entity(token, reason, claim, linked, index, antecedents) for token, reason in names),
        *(Problem(t, r, "entity", True) for t, r in role_problems(
            claim, linked_read, around_read, index.text,
            functools.partial(index.once, name_title, index.text),
            lambda name: index.names.agreeing(name), claim_parsed)),  # names read if asked
        *(Problem(t, r, "speaker", c, named) for t, r, c, named in _speaker_problems(
            claim, linked, antecedents, index.text, lambda: _quoted_speakers(index, link),
            lambda text: _names(text, index))),
        *(Problem(t, r, "negation", True) for t, r in negation_problems(
            claim,
            (linked + " " + fused.used_text).strip(),
            fused.negated_elsewhere(list(window_ids)),
        )),
        *(Problem(t, r, "negation", True) for t, r in reversal_problems(claim, linked)),
    ]  # fmt: skip
    # one problem per token, the first found, unless a later rule finds the article
    # saying otherwise about it ("names 'Ben Zobrist', who is not in the supporting
    # sentences", then "the article attributes those words to Bill Murray")
    kept: dict[str, Problem] = {}
    for problem in problems:
        earlier = kept.get(problem.token)
        if earlier is None or (
            problem.contradicts and problem.decisive and not earlier.contradicts
        ):
            kept[problem.token] = problem
    problems = [_gated(p, claim, index.text, linked) for p in kept.values()]
    return _decided(path, claim, link.score, index.evidence(link), problems)


class Problem(NamedTuple):
    """What one rule found wrong with a claim: the offending token, the reason, which
    rule (`ClaimCheck.rule`), and whether the article says otherwise in that slot
    (`contradicts`) rather than only not saying it."""

    token: str
    reason: str
    rule: str
    contradicts: bool
    # whether it outranks another rule's doubt about the same token: not a speaker read
    # through a pronoun ("He said" is a guess at who; the claim's name missing from the
    # support stays the finding)
    decisive: bool = True


def _entity(
    token: str, reason: str, claim: str, linked: str, index: SupportIndex, referred: str = ""
) -> Problem:
    """A name absent from the support contradicts when the support names, in the same
    slot, someone the claim never names (a swap leaves the displaced name behind, between
    the same words: "Taliban spokesman X said" / "Taliban spokesman Y said"), or, when
    the claim's name is the article's (a name of the article put in another's place),
    a name of the same kind (`kinds.name_kind`: a person for a person, a place for a
    place) written as the claim writes its name (both possessive or neither). A picture
    credit ("Photo: Getty Images") displaces nobody, nor does a name that describes a
    person ("the New York businessman", "The Democrat's"); a claim's description ("the
    Dutchman") is displaced by no name either. A name the support does not write
    and nothing displaced is only unverified (a description or a pronoun in the article
    may name the same one: "Sothirak said" where the support's "He said ... a Cambodia-US
    relationship")."""
    article = index.text
    words = {_bare(m.group(0).lower()) for m in WORD.finditer(claim)}
    where = claim.find(token)
    mine = _slot(claim, where, where + len(token)) if where >= 0 else ((), ())
    if where >= 0 and described_person(claim, where, token):
        return Problem(token, reason, "entity", False)  # "the Dutchman": no name to swap
    elsewhere = _named_in(token, article)  # a name of the article, put in another's place
    # the claim's name read whole, with the capitalised words before it: what its
    # initials are read from (one reading for every candidate)
    whole = full_name(claim, where, where + len(token)) if where >= 0 else None
    candidates = [(linked, p, elsewhere) for p in name_phrases(linked)]
    candidates += [(referred, p, False) for p in name_phrases(referred)]  # "he" refers to
    kind: str | None = None  # the claim's name's kind, read for a candidate that needs it
    for text, phrase, anywhere in candidates:
        if (
            (
                phrase.start == 0
                and not index.once(_named_mid_sentence, phrase.keys, article, index.folded)
            )
            or (not phrase.country and _opener(text, phrase.start, phrase.keys, index))
            or _bare(phrase.keys[-1]) in words
            or spelling_variant(_bare(phrase.keys[-1])) in words
            or (whole is not None and acronym_agrees(whole, phrase.text))
        ):
            # a sentence's or quotation's first word; or a name the claim writes too, in
            # the other spelling ("Harbor" for "Harbour") or as its initials ("the ONS")
            continue
        theirs_kind = name_kind(phrase.text, phrase.keys, article)
        if (
            theirs_kind == CREDIT
            or describes(text, phrase.start, phrase.start + len(phrase.text))
            or described_person(text, phrase.start, phrase.text)
        ):
            continue
        theirs = _slot(text, phrase.start, phrase.start + len(phrase.text))
        if not _slots_agree(mine, theirs):
            if not anywhere or _possessive(phrase.text) != _possessive(token):
                continue
            if kind is None:
                kind = _claimed_kind(token, claim, article)
            if theirs_kind != kind:
                continue
        said = f"names {token!r}; the article names {phrase.text!r} there"
        return Problem(token, said, "entity", True)
    return Problem(token, reason, "entity", False)


def _bare(word: str) -> str:
    """A word without its possessive ending: "clinton's" -> "clinton"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _possessive(name: str) -> bool:
    return name.endswith(("'s", "’s", "s'", "s’"))


def _claimed_kind(token: str, claim: str, article: str) -> str:
    """The kind of the claim's name: as the article writes it, or a place when the claim
    writes it as one ("marchers in Los Angeles")."""
    phrases = name_phrases(token)
    keys = phrases[0].keys if phrases else ()
    kind = name_kind(token, keys, article)
    if kind == "other" and name_kind(token, keys, claim) == "place":
        return "place"
    return kind


_SLOT_WORDS = 3


def _named_mid_sentence(
    keys: tuple[str, ...], article: str, folded: FoldedText | None = None
) -> bool:
    """Whether the article writes one of a phrase's keys capitalised after a word of its
    sentence: a sentence's first word is capitalised whatever it is ("Image caption",
    "Fair enough"), so a phrase there is a name only when the article names it so
    elsewhere ("Noor Mohammad Faiz, the head doctor" / "said Faiz"). `folded`: the
    article's lower case (`SupportIndex.folded`), where each key is looked for."""
    folded = folded if folded is not None and folded.text is article else FoldedText(article)
    for key in keys:
        for found in whole_word_matches(key, folded):
            if not found.group(0)[0].isupper():
                continue
            # the last character before it that is not white space (the article's
            # prefix is not copied: a name found often made that quadratic)
            at = found.start() - 1
            while at >= 0 and article[at].isspace():
                at -= 1
            if at >= 0 and (article[at].isalnum() or article[at] in ",;"):
                return True
    return False


def _named_in(name: str, article: str) -> bool:
    """Whether the article writes the name's last word as a name (capitalised)."""
    last = re.sub(r"['’]s?$", "", name.split()[-1] if name.split() else name)
    return bool(last) and next(whole_word_found(last, article), None) is not None


def _slot(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words just before and just after a span (lower case, `_SLOT_WORDS` each)."""
    before = [m.group(0).lower() for m in WORD.finditer(text, 0, start)][-_SLOT_WORDS:]
    after = [m.group(0).lower() for m in WORD.finditer(text, end)][:_SLOT_WORDS]
    return tuple(before), tuple(after)


def _slots_agree(
    mine: tuple[tuple[str, ...], tuple[str, ...]], theirs: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    """Both names stand next to the same content word, on the same side ("spokesman X
    said" / "spokesman Y said"; "X, which leads" / "Y leads")."""
    return any(
        {w for w in ours if w not in STOPWORDS} & set(other)
        for ours, other in ((mine[0], theirs[0]), (mine[1], theirs[1]))
    )


def _gated(problem: Problem, claim: str, article: str, support: str) -> Problem:
    """A contradicting finding whose evidence is weak (`strength.weakness`) becomes a
    doubt: unverified, its reason kept as the hint of what the article may say."""
    if (
        not problem.contradicts
        or weakness(
            problem.rule,
            problem.reason,
            claim,
            article,
            token=problem.token,
            support=support,
        )
        is None
    ):
        return problem
    return problem._replace(reason=WEAK_PREFIX + problem.reason, contradicts=False)


def _decided(
    path: str, claim: str, score: float, support: list[Evidence], problems: list[Problem]
) -> ClaimCheck:
    """One verdict from the rules' problems: `contradicted` when any rule found the
    article saying otherwise (`rule` is the first such rule), `unverified` when rules
    found only what the support does not say, else `supported`."""
    against = [p for p in problems if p.contradicts]
    deciding = against or problems
    verdict: Verdict = "contradicted" if against else "unverified" if problems else "supported"
    return ClaimCheck(
        path=path,
        claim=claim,
        verdict=verdict,
        score=score,
        support=support,
        offending=list(dict.fromkeys(p.token for p in deciding)),
        reason="; ".join(p.reason for p in deciding) or None,
        rule=deciding[0].rule if deciding else None,
    )


def _surface(claim: str, stems: tuple[str, ...]) -> list[str]:
    wanted = set(stems)
    out = []
    for match in WORD.finditer(claim):
        if stem(match.group(0)) in wanted and match.group(0).lower() not in STOPWORDS:
            out.append(match.group(0))
    return list(dict.fromkeys(out))
