"""Who a quotation is reported from, including when no attribution stands next to it.

`attribution.direct_attribution` finds the attribution next to a quote ('"...," X
said', 'X said: "..."'). News attributes many quotations less directly:

- indirect speech with an embedded quote: 'Zabihullah Mujahid, said by telephone that
  fighters had been sent "with a mission to destroy"', 'A spokeswoman for Mondelez
  acknowledged that the rate was "not favourable", but added: "..."': the subject of
  the sentence's reporting verb owns the quotes in that sentence (unless someone else
  is reported between the verb and the quote: 'X said that Y called it "..."');
- continuation: a quotation that follows another one with no other speaker reported in
  between continues it ('"...," Mujahid said. "As per our plan, ..."'), as does a new
  paragraph reopening the quote marks without closing the last one, and a quote that
  resumes after a photo caption;
- "it" and "they" are the last organisation the article names as speaking ("they" also
  a group described by whom it belongs to: "Mr Collett's family paid tribute"); "he" and
  "she" the last person named or described as speaking (`resolve_pronoun`).

When none of these applies the quote has no attribution: the check says `not_checked`
rather than guess.
"""

from __future__ import annotations

import re

from newsbrief.grounding.faithfulness.attribution import (
    DESCRIBED_OF,
    NAME,
    REPORTING,
    ROLE,
    SENTENCE_STOP,
    Attribution,
    apostrophe,
    closes_single,
    direct_attribution,
    opens_single,
    proper_name,
)
from newsbrief.grounding.faithfulness.forms import (
    described_subject,
    group_member,
    outlet_reports,
    participle_subject,
    titled_after,
)
from newsbrief.grounding.faithfulness.pronouns import (
    organisation_before,
    resolve_group,
    resolve_pronoun,
)
from newsbrief.text.lexicon import NOT_NAME_WORDS, ORG_WORDS, STARTERS

__all__ = [
    "attributed_occurrence",
    "attribution_as_written",
    "attribution_next_to",
    "attribution_of",
]

_MARKS = '"“”«»'
_LOOK = 400  # how far back a quote's sentence may start
_GAP = 200  # most text between a quotation's end and the next that continues it
_QUOTED = 900  # most text of an unclosed quotation that a reopened one continues
_DEPTH = 4
_ASKED_WORDS = 5  # '"Why?" Senate leader Harry Reid asked': the verb comes early
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")
# What may open the sentence before its subject: a conjunction, an adverbial with its
# comma, or a crosshead left without its full stop ("'Not a result of Brexit' A ...").
_LEAD = (
    r"(?:['‘\"“][^\"“”]{1,80}?['’\"”]\s+)?"
    r"(?:(?:And|But|So|Then|Later|Earlier)\s+|[A-Z][^,\"“”]{0,60},\s+)?"
)
_CLAUSE = r"(?:\s*,\s[^\"“”]{1,150},)?"
_ADVERB = r"(?:\s+[a-z]+)?"
# A sentence's subject, all that stands before its reporting verb.
_SUBJECTS = (
    re.compile(rf"{_LEAD}(?P<pronoun>[Hh]e|[Ss]he|[Ii]t|[Tt]hey){_ADVERB}"),
    re.compile(rf"{_LEAD}[^,\"“”]{{1,80}},\s+(?P<name>{NAME}),?{_ADVERB}"),
    re.compile(rf"{_LEAD}(?:the\s+)?(?P<name>{NAME}){_CLAUSE}{_ADVERB}"),
    re.compile(rf"{_LEAD}(?P<role>{ROLE}){DESCRIBED_OF}{_CLAUSE}{_ADVERB}"),
)
_REPORTING = re.compile(rf"\b{REPORTING}\b")
# Someone else reported between the verb and the quote: 'X said that Y called it "..."'
# ("X said he recalled it" is X again).
_OTHER_VOICE = re.compile(
    rf"(?:{NAME}|\b(?:who|critics|fans|officials|others))\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{REPORTING}|called|described|dubbed|termed|branded)\b"
)


def attribution_of(text: str, start: int, end: int) -> Attribution | None:
    """Who the article attributes the quote at text[start:end] to, pronouns resolved."""
    found = _locate(text, start, end, _DEPTH)
    if found is None or found.kind != "pronoun":
        return found
    if found.who.lower() in ("it", "they"):
        group = resolve_group(text, found.start) if found.who.lower() == "they" else None
        owner = organisation_before(text, found.start)
        return max(filter(None, (group, owner)), key=lambda a: a.start, default=found)
    person = resolve_pronoun(text, min(start, found.start))
    if person is None or _mentioned_within(text, person.who, start, end):
        return found
    return person


def attribution_as_written(text: str, start: int, end: int) -> Attribution | None:
    """Who the article attributes the quote at text[start:end] to as it writes it: a
    pronoun left a pronoun (`attribution_of` resolves it)."""
    return _locate(text, start, end, _DEPTH)


def attribution_next_to(text: str, start: int, end: int) -> Attribution | None:
    """The attribution of the quote at text[start:end] read next to it only, as written:
    beside the quotation ('"...," X said', 'X said: "..."'), the subject of the
    quotation's own sentence, or the attribution beside the quotation it continues with
    nothing else between; never a chain of continued quotations further back."""
    return _locate(text, start, end, 1)


def _mentioned_within(text: str, who: str, start: int, end: int) -> bool:
    """Whether the quotation at text[start:end] (to its closing mark) speaks of `who`
    in the third person, by any name the article gives them ("Lewis did a great job"
    is not Lewis Hamilton's): then "he" is someone else, and nobody is guessed."""
    close = min((i for i in (text.find(m, end) for m in _MARKS) if i >= 0), default=end)
    quoted = text[start : min(close, end + _QUOTED)]
    names = set()
    for word in who.split():
        if word[:1].isupper() and word not in NOT_NAME_WORDS:
            names.add(word)
            given = rf"\b([A-Z][a-z][\w’'-]*)[ \t]+{re.escape(word)}\b"
            names.update(m.group(1) for m in re.finditer(given, text))
    names -= NOT_NAME_WORDS
    return any(re.search(rf"\b{re.escape(name)}\b", quoted) for name in names)


_OCCURRENCES = 4  # a pull-quote and its attributed repeat, with room to spare


def attributed_occurrence(text: str, start: int, end: int) -> Attribution | None:
    """The attribution of the quote at text[start:end], or, when that occurrence has
    none, of a later occurrence of the same words (a pull-quote repeats a quotation
    before the attributed one)."""
    span = text[start:end]
    for _ in range(_OCCURRENCES):  # a text repeating the words everywhere stays linear
        found = attribution_of(text, start, end)
        if found is not None or not span.strip():
            return found
        start = text.find(span, end)
        end = start + len(span)
        if start < 0:
            break
    return None


def _locate(text: str, start: int, end: int, depth: int) -> Attribution | None:
    """The attribution as written (a pronoun unresolved), by the first rule that finds one."""
    found = direct_attribution(text, start, end) or group_member(text, end)
    if found is not None or depth == 0:
        return found or titled_after(text, end)
    found = titled_after(text, end)
    if found is not None:
        return found
    opening = _mark_before(text, start + 1)
    if opening is None or not _is_opening(text, opening):
        return None  # words outside quotation marks: nobody is quoted
    close = _close_after(text, end)
    if text[opening] in "'‘" and (close is None or _is_opening(text, close)):
        return None  # a single mark never closed before the next opens: no quotation
    if close is not None and _attributed_after(text, close):
        # '"...," <someone the patterns cannot read> said': no guess, unless an outlet
        # reports what the sentence's subject said ('X said that "...," Reuters reported')
        return _subject(text, opening) if outlet_reports(text, close) else None
    return (
        _subject(text, opening)
        or participle_subject(text, _sentence_start(text, opening), opening)
        or _continued(text, opening, depth)
        or _reported_before(text, opening)
    )


def _reported_before(text: str, opening: int) -> Attribution | None:
    """The speaker of the indirect speech just before a quotation that opens its own
    sentence ('He said the tram failed to slow down. "Usually, you feel the brakes
    ..."'): the subject of that sentence's reporting verb, the sentence quoting nobody
    itself and nothing standing between it and the quotation."""
    start = _sentence_start(text, opening)
    if text[start:opening].strip() or start == 0:
        return None  # the quotation does not open its sentence
    stop = len(text[:start].rstrip()) - 1  # the full stop of the sentence before
    if stop < 1 or text[stop] != ".":
        return None
    previous = _sentence_start(text, stop)
    if any(_is_mark(text, i) for i in range(previous, stop)):
        return None  # a sentence with a quotation of its own: `_continued` reads it
    return _subject(text, stop)


def _sentence_start(text: str, opening: int) -> int:
    """Where the sentence a quotation opens in starts (at most `_LOOK` before it)."""
    start = max(0, opening - _LOOK)
    for end in _SENTENCE_END.finditer(text, start, opening):
        start = end.end()
    return start


def _close_after(text: str, end: int) -> int | None:
    return next((i for i in range(end, min(len(text), end + _QUOTED)) if _is_mark(text, i)), None)


def _attributed_after(text: str, close: int) -> bool:
    """Whether the quotation closing at `close` is followed, in its own sentence, by a
    reporting verb ('...," Senate Democratic leader Harry Reid said'). After a closing
    "?" or "!" only a verb within its first words counts ('"Why?" the minister asked'):
    further on, the words are the next sentence's."""
    if _is_opening(text, close) or text[close - 1 : close] == ".":
        return False
    stop = SENTENCE_STOP.search(text, close + 1)
    tail = text[close + 1 : min(stop.start() if stop else len(text), close + 1 + _GAP)]
    if text[close - 1 : close] in ("?", "!"):
        tail = " ".join(tail.split()[:_ASKED_WORDS])
    # not '..., but added: "': a colon opens the next quotation
    return any(not tail[m.end() :].lstrip().startswith(":") for m in _REPORTING.finditer(tail))


def _mark_before(text: str, position: int) -> int | None:
    """The nearest quotation mark before `position` (within a long paragraph), past a
    single-marked quotation quoted inside ("I thought, 'He should be braking.' The next
    thing ..."): its closing and opening marks are skipped as a pair."""
    first_closing, inner = None, 0
    for i in range(position - 1, max(-1, position - 1 - _QUOTED), -1):
        if not _is_mark(text, i):
            continue
        single = text[i] in "'‘’"
        if single and not _is_opening(text, i):
            first_closing = i if first_closing is None else first_closing
            inner += 1
        elif single and inner:
            inner -= 1
        else:
            return i
    return first_closing


def _is_mark(text: str, i: int) -> bool:
    """Whether `text[i]` is a quotation mark: a double mark, or a single one that opens
    or closes a quotation ("'I will never forget,' Massa told ... 'I didn't ..."), not
    an apostrophe inside a word ("didn't", "Cambodia’s")."""
    if text[i] in _MARKS:
        return True
    if text[i] not in "'‘’" or apostrophe(text, i):
        return False
    if text[i] == "‘":
        return True
    if text[i] == "’":
        return i > 0 and not text[i - 1].isspace()
    return opens_single(text, i) or closes_single(text, i)


def _is_opening(text: str, i: int) -> bool:
    """Whether the mark at `i` opens a quotation: it hugs the word after it."""
    if text[i] in "“«‘":
        return True
    if text[i] in "”»’":
        return False
    after, before = text[i + 1 : i + 2], text[i - 1 : i] if i else " "
    return bool(after) and not after.isspace() and (before.isspace() or before in "([—–-:")


def _subject(text: str, opening: int) -> Attribution | None:
    """The subject of the reporting verb of the sentence the quote opening at `opening`
    stands in: 'A spokeswoman for Mondelez acknowledged that ... "not favourable"'."""
    start = _sentence_start(text, opening)
    prefix = text[start:opening]
    for verb in _REPORTING.finditer(prefix):
        if _OTHER_VOICE.search(prefix, verb.end()):
            return None
        head = prefix[: verb.start()].strip()
        person = _described_person(head, text)
        if person is not None:
            at = start + prefix.index(person)
            return Attribution(person, at, at + len(person), "name")
        for pattern in _SUBJECTS:
            match = pattern.fullmatch(head)
            if match is None:
                continue
            group = next(g for g in ("pronoun", "name", "role") if match.groupdict().get(g))
            who = match.group(group)
            if group == "name" and not proper_name(who, text) and not _organisation(who):
                continue
            at = start + match.start(group)
            kind = "role" if group == "role" else "pronoun" if group == "pronoun" else "name"
            return Attribution(who, at, at + len(who), kind)
        described = described_subject(text, start, start + verb.start())
        if described is not None:  # a run-in caption before "Taliban spokesman X said"
            return described
    return None


# "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said": a name, then a description
# that puts an organisation or a place after a preposition, then that place's own
# continuation: the person speaks, not the place his description names.
_DESCRIBED_PERSON = re.compile(
    rf"(?:(?:And|But|So|Then|However|Later|Earlier),?\s+)?(?P<name>{NAME}),\s+"
    rf"(?P<description>[^,\"“”]{{1,80}}\b(?:for|of|at|in|from)\s+(?:the\s+)?[A-Z][^,\"“”]{{0,60}})"
    rf"(?:,\s+{NAME})?,?(?:\s+[a-z]+)?"
)


def _described_person(head: str, text: str) -> str | None:
    """The person a sentence's subject names before a description of them ("Mr
    Johnson, MP for Henley-on-Thames, Oxfordshire"): a description is never the
    speaker. None when the subject is no such apposition."""
    match = _DESCRIBED_PERSON.fullmatch(head)
    if match is None or match.group("name").split()[0] in STARTERS:
        return None  # "In Paris, ...": an adverbial, not a name
    if not proper_name(match.group("name"), text):
        return None
    return match.group("name")


def _organisation(name: str) -> bool:
    """An organisation's name of common words ("the Justice Department", its words also
    written in lower case elsewhere): a capitalised run ending in an organisation word."""
    words = name.split()
    return len(words) > 1 and words[-1] in ORG_WORDS


def _continued(text: str, opening: int, depth: int) -> Attribution | None:
    """The attribution of the quotation before the one opening at `opening`, when this
    one continues it: nothing but that quotation's own attribution stands between."""
    previous = _mark_before(text, opening)
    if previous is None:
        return None
    if _is_opening(text, previous):  # the last quotation was never closed: reopened
        inside = (previous + 1, previous + 2)
    elif opening - previous <= _GAP:
        inside = (previous - 1, previous)
    else:
        return None
    found = _locate(text, *inside, depth - 1)
    if found is None:
        return None
    if not _is_opening(text, previous) and not _one_sentence(text, previous + 1, opening, found):
        return None  # '"...," X said. Fans left the ground. "..."': a new passage
    for verb in _REPORTING.finditer(text, previous + 1, opening):
        if not found.start - 40 <= verb.start() <= found.end + 40:
            return None  # someone else is reported in between
    return found


def _one_sentence(text: str, start: int, end: int, found: Attribution) -> bool:
    """Whether text[start:end], between a closed quotation and the next, is at most the
    rest of the quotation's sentence or the one sentence that attributes it."""
    pieces = [(m.start(), m.end()) for m in SENTENCE_STOP.finditer(text, start, end)]
    bounds = [start, *(e for _, e in pieces)]
    filled = [
        (a, b)
        for a, b in zip(bounds, [*(s for s, _ in pieces), end], strict=True)
        if text[a:b].strip(" \n\"”’'")
    ]
    if len(filled) > 1:
        return False
    return not filled or filled[0][0] == start or filled[0][0] <= found.start < filled[0][1]
