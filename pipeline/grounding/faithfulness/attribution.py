"""Where the article attributes a quotation, and to whom: the attribution next to it.

News attributes a quotation next to it: `"...," Hun Manet said`, `"...," said Hun
Manet`, `Hun Manet said: "..."`, `Hun Manet: "..."`, `"...", according to Hun Manet`,
with any standard reporting verb (`lexicon.REPORTING_VERBS`) and up to ten words
between the verb and a colon. The nearest such attribution to the quote's whole
quotation wins; "X from Y told" is X's, not Y's; a title or description ("The
President-elect said", "a spokesman in Berlin said", "organisers of X wrote") is
returned as a role: `titles` says who it is. A pronoun ("he said", "He said" at a
sentence start) is returned as a pronoun; `pronouns.resolve_pronoun` says who "he" or
"she" is. Indirect forms (a sentence's subject,
a continued quotation, "it") are in `reported`; whether two names agree in `naming`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.grounding.faithfulness import bounds
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.schemas import Evidence
from newsbrief.text.lexicon import (
    RANKS,
    REPORTING_VERBS,
    ROLE_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from newsbrief.text.scan import StartedPattern, whole_word_found

__all__ = [
    "DESCRIBED_OF",
    "DESCRIPTOR",
    "NAME",
    "NAMED_ATTRIBUTION",
    "REPORTING",
    "ROLE",
    "SENTENCE_STOP",
    "SPEECH",
    "Attribution",
    "apostrophe",
    "closes_single",
    "continues_description",
    "direct_attribution",
    "last_speaker",
    "named_speakers",
    "opens_single",
    "proper_name",
    "speakers_before",
]

# A capitalised run of words on one line; a word ends at a period unless it is an initial
# ("J. Smith") or a courtesy title ("Mr. Obama", "Ms. Conway"), so a name never runs on
# into the next sentence.
_COURTESY = r"(?:Mr|Mrs|Ms|Dr)\."
_WORD = rf"(?:{_COURTESY}|[A-Z](?:[\w’'-]+|\.)?)"
NAME = rf"(?:{_WORD}(?:[ \t]+(?:(?:of|the|de|bin|al)[ \t]+)?{_WORD}){{0,5}})"
_PRONOUNS = r"\b(?:he|she|they|it|He|She|They|It)\b"
# A description: "the minister", "a foreign ministry spokesman", "A Toblerone
# spokeswoman", or bare plural people of something ("organisers of the protest").
ROLE = (
    rf"{NAME}[’']s\s+[a-z][\w-]*"  # "Trump's spokesman", "Mr Logan's family"
    r"|\b(?:the|a|an|one|The|A|An|One)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w-]*|\d{1,3}-year-old\b)"
    r"(?:\s+(?!(?:for|of|at|from|in|on|to|with|by)\b)[a-z][\w-]*)?"
    r"|\b[a-z]{3,}s(?=\s+(?:of|for|at|from)\s+(?:the\s+)?[A-Z])"
)
# A pronoun first: "He said" at a sentence start is "he", not a name; a possessor is
# not the speaker ("Trump's spokesman said" is the spokesman's).
# A lower-case word that describes the name after it ("Senate Democratic leader Harry
# Reid", "Hollywood legend Bill Murray", "Cubs fan Rodrigo Gonzales", "EEF chief
# economist, Steve Radley"): the name is the speaker, not the team, organisation or
# place the description hangs on.
DESCRIPTOR = (
    rf"(?:{ROLE_NOUNS}|legend|star|captain|manager|coach|boss|driver|player|singer|actor|"
    r"actress|veteran|rival|champion|colleague|teammate|fan|supporter|resident|voter|student|"
    r"worker|owner|member|customer|passenger|witness|spectator|speaker|nominee|strategist|aide|"
    r"editor|correspondent|columnist|presenter)"
)
_WHO = (
    rf"(?:\b[Tt]he\s+(?=[A-Z]))?(?:\d{{1,3}}-year-old[ \t]+(?=[A-Z]))?(?:(?:{NAME}[ \t]+)?(?:[a-z][\w-]*[ \t]+)?{DESCRIPTOR},?[ \t]+(?=[A-Z]))?(?P<name>(?P<pronoun>{_PRONOUNS})(?!\s*[’'])|{NAME}(?<![’']s)"
    rf"|(?P<role>{ROLE}))"
)
# What a description may carry between it and its verb: "a spokesman in Berlin said".
DESCRIBED_OF = (
    rf"(?:\s+(?:for|of|at|from|in)\s+(?:the\s+|a\s+|an\s+)?(?:{NAME}|[a-z][\w-]*)"
    r"(?:\s+[a-z]+)?)?"
)
# what says something of a name: the reporting verbs, and a verdict given ("X called it
# one of the best", "X described it as")
SPEECH = rf"(?:{SPEECH_VERBS}|tweeted|posted|wrote|writes|called|described)"
# A speaker's age in apposition: '"...," Greg Kojak, 36, said'.
_AGE = r"(?:,[ \t]*\d{1,3},)?"
REPORTING = rf"(?:{REPORTING_VERBS})"
# An apposition between a speaker and the verb, one or two comma-set pieces on one
# line with no sentence stop: "Pat Rooke, 72, a nearby resident, said", "Sue Patel, who
# lives near the station, added", "a Clinton spokesman, Brian Fallon, said", "His
# cousin, Tom Smith, said" (the comma alone).
_APPOSITION_CHAR = (
    r"(?:[^,\"“”\n.!?]|(?<=\s[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|\.(?=\S))"
)
_APPOSITION = rf"(?P<appos>(?:,[ \t]+{_APPOSITION_CHAR}{{1,120}}?){{0,2}}),"
# Whose words an apposition's pieces may be: a description ending in a possessive
# ("Trump's campaign manager, Kellyanne Conway, told").
_APPOSED = rf"(?P<head>{NAME}[’']s(?:[ \t]+[a-z][\w-]*){{1,3}}|{_WHO})"
_VERB = REPORTING
_OPENING = '"“‘«'
_CLOSING = '"”’»'
_AFTER = (
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_VERB}\s+{_WHO}"),
    # not 'Rizzo added: "': a colon opens the next quotation
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_WHO}{_AGE}{DESCRIBED_OF}\s+(?:\w+\s+)?{_VERB}\b(?!\s*:)"),
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}according\s+to\s+{_WHO}"),
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_APPOSED}{_APPOSITION}\s+(?:\w+\s+)?{_VERB}\b(?!\s*:)"),
)
_BEFORE = (
    re.compile(
        rf"{_WHO}{_AGE}{DESCRIBED_OF}(?:,?[ \t]+who)?\s+{_VERB}(?:[ \t]+[\w’'-]+(?:\.[\w’'-]+)*){{0,10}}?\s*[:,]\s*[\"“‘']?\s*$"
    ),
    # "Name: ..." only where the name opens a sentence or line ("if he was OK:" is no name)
    re.compile(rf"(?:^|[.!?\n][\"”’']?\s+)(?:{_WHO})\s*:\s*[\"“‘']?\s*$"),
    re.compile(rf"[Aa]ccording\s+to\s+{_WHO}\s*,\s*[\"“‘']?\s*$"),
    # an apposition, and a verb that runs into the quotation ("X, 72, said 'They ...")
    re.compile(
        rf"{_APPOSED}{_APPOSITION}\s+{_VERB}(?:(?:[ \t]+[\w’'-]+(?:\.[\w’'-]+)*){{0,10}}?\s*[:,])?\s*[\"“‘']?\s*$"
    ),
)
# A name that says something; not one after a preposition ("a spokesman in Berlin
# said" is the spokesman's; "The commissioner of Transport for London, Mike Brown,
# said" is Mike Brown's, not London's), and an apposition's name ("One organiser, Kenneth Shelton,
# told").
# "..., said Mr Blair should butt out": the subject of what was said, not the speaker
# of an inverted report ("..., said Mr Blair.").
_NO_CLAUSE = (
    r"(?![\w’'-]|[ \t]+[A-Z])(?![ \t]+(?:[\"“‘]|(?:should|would|could|will|must|might|may|can|was|were|is|are|"
    r"had|has|have|did|does|wanted|wants|needed|needs)\b))"
)
# A sentence adverb before its comma is no name: "However, Mr Johnson, who ..., said".
_NOT_ADVERB = (
    r"(?!(?:However|Meanwhile|Still|Yet|Now|Today|Yesterday|Instead|Earlier|Later|"
    r"Separately|Nevertheless|Indeed|Also|But|And)\b)"
)
_NOT_AFTER_PREPOSITION = r"(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfor )(?<!\bfrom )"
NAMED_ATTRIBUTION = re.compile(
    rf"{_NOT_AFTER_PREPOSITION}(?P<name>{NAME})\s+{SPEECH}\b|[,\"”’]\s*{SPEECH}\s+(?P<name2>{NAME}){_NO_CLAUSE}"
    rf"|\baccording\s+to\s+(?:the\s+)?(?P<name3>{NAME})"
    rf"|{_NOT_AFTER_PREPOSITION}{_NOT_ADVERB}(?P<name4>{NAME}),\s(?:(?:who\s[^,\"“”]{{1,200}}|[^,\"“”]{{1,120}}),\s+){{1,3}}{SPEECH}\b"  # "X, director of Y, said"; "X, who ..., said"
    rf"|(?<=, )(?P<name5>{NAME}),\s+{SPEECH}\b"  # "One organiser, Kenneth Shelton, told"
)
# Where a match may start: a name's capital ("X said", "X, who ..., said"), the comma
# or closing quotation mark before an inverted "said X", "according to"; scanned so.
_NAMED_ATTRIBUTION_SCAN = StartedPattern(
    NAMED_ATTRIBUTION, re.compile(r"[A-Z,\"”’]|a(?=ccording\b)")
)
_GROUPS = ("name", "name2", "name3", "name4", "name5")
_LOOK = 160
# Before a name that does not speak: another capitalised word (it is the tail of a
# longer name) or a preposition ("Martin Bamford, 30, from Croydon, said").
_TAIL = re.compile(r"(?:[A-Z][\w’'-]*|\b(?:in|at|of|for|from|near|with|to))[ \t]+(?:the[ \t]+)?$")
# Not after a middle initial or a courtesy title: "Jay S. Jacobs", "Mr. Obama" go on
# ("the U.S. The" still ends one).
SENTENCE_STOP = re.compile(r"(?<!\s[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?][\"”’']?\s")
# A description after an organisation's or a place's name, before the verb: "The
# Spectator editor told" is the editor's words, not The Spectator's.
_DESCRIBED_BY = re.compile(rf"[ \t]+(?P<role>{DESCRIPTOR})(?=[ \t]+{REPORTING}\b)")
_PERSON_OF = re.compile(rf"(?P<name>{NAME})[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?$")


# A name and a description of it that names a place or an organisation after a
# preposition, up to the comma before a name: "Mr Johnson, MP for Henley-on-Thames, "
# before "Oxfordshire".
# The name described must stand before it ("At a rally in Michigan, Trump" is no
# description of anyone: an adverbial, and Trump its sentence's subject).
_DESCRIPTION_TAIL = re.compile(
    rf"{NAME},[ \t]+[^,\"“”.]{{0,60}}\b(?:for|of|at|in|from|near)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4},[ \t]+$"
)


def continues_description(text: str, start: int) -> bool:
    """Whether the name at `start` only goes on with a description's place or
    organisation ("Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said"): the
    county of his constituency, never the speaker."""
    return _DESCRIPTION_TAIL.search(text, max(0, start - 160), start) is not None


class Attribution:
    """The attribution found: the name as written (or pronoun/role), and its span."""

    def __init__(self, who: str, start: int, end: int, kind: str) -> None:
        self.who, self.start, self.end, self.kind = who, start, end, kind

    def evidence(self) -> Evidence:
        return Evidence(start=self.start, end=self.end, method="exact", score=100.0)


def _found(match: re.Match[str], offset: int) -> Attribution:
    if "appos" in match.groupdict():
        return _apposed(match, offset)
    kind = "pronoun" if match.group("pronoun") else "role" if match.group("role") else "name"
    who = match.group("name")
    start = offset + match.start("name")
    who = who.rstrip(".,;:")
    article = match.string[max(0, match.start("name") - 4) : match.start("name")].lower()
    head = who.split()[0].split("-")[0] if who else ""
    if kind == "name" and article.endswith(("the ", "a ", "an ")) and head in ROLE_HEADS | RANKS:
        kind = "role"  # "The President-elect said" is a title; "the RCAF said" a name
    described = _DESCRIBED_BY.match(match.string, match.end("name")) if kind == "name" else None
    if described is not None and described.end() <= match.end():
        # "The Spectator editor told": the editor speaks, not the magazine he edits
        if article.endswith("the "):
            start -= 4
        end = offset + described.end("role")
        return Attribution(match.string[start - offset : end - offset], start, end, "role")
    person = _PERSON_OF.search(match.string, 0, match.start("name")) if kind == "name" else None
    if person:  # "Gemma Pryor from Mondelez International told": she speaks, not the firm
        return Attribution(person.group("name"), offset + person.start("name"),
                           offset + person.end("name"), "name")  # fmt: skip
    return Attribution(who, start, start + len(who), kind)


def _apposed(match: re.Match[str], offset: int) -> Attribution:
    """The speaker of an attribution with an apposition: the first of the head and the
    apposition's pieces that is a name ("a Clinton spokesman, Brian Fallon, said" is
    Brian Fallon's; "Pat Rooke, 72, a nearby resident, said" Pat Rooke's), else the
    head as the other patterns read it."""
    text = match.string
    pieces = [(match.start("head"), match.group("head"))]
    at = match.start("appos")
    for piece in match.group("appos").split(","):
        stripped = piece.strip()
        if stripped:
            pieces.append((at + piece.index(stripped), stripped))
        at += len(piece) + 1
    for start, piece in pieces:
        name = re.fullmatch(rf"(?:[Tt]he[ \t]+)?(?P<name>{NAME})", piece)
        if (
            name
            and name.group("name").split()[0] not in ROLE_HEADS | RANKS
            and proper_name(name.group("name"), text)
        ):
            begin = start + name.start("name")
            return Attribution(name.group("name"), offset + begin,
                                   offset + begin + len(name.group("name")), "name")  # fmt: skip
    if match.group("name") is None:  # "Trump's campaign manager": a description
        begin = match.start("head")
        return Attribution(match.group("head"), offset + begin, offset + match.end("head"), "role")
    kind = "pronoun" if match.group("pronoun") else "role" if match.group("role") else "name"
    who = match.group("name").rstrip(".,;:")
    begin = match.start("name")
    return Attribution(who, offset + begin, offset + begin + len(who), kind)


def apostrophe(text: str, i: int) -> bool:
    """Whether the mark at `i` is an apostrophe inside a word ("Cambodia’s", "It's")."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalpha()


def opens_single(text: str, i: int) -> bool:
    """Whether a straight single mark at `i` opens a quotation ("said: 'We ..."): it
    hugs the word after it and follows a space, a line start or a colon."""
    return (
        text[i] == "'"
        and i + 1 < len(text)
        and not text[i + 1].isspace()
        and (i == 0 or text[i - 1] in ' \t\n(:—–-"“')
    )


def closes_single(text: str, i: int) -> bool:
    """Whether a straight single mark at `i` closes a quotation ("... again,' he said"):
    it hugs the word before it and no letter follows."""
    return (
        text[i] == "'"
        and i > 0
        and not text[i - 1].isspace()
        and (i + 1 == len(text) or not text[i + 1].isalnum())
    )


def _enclosing(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a quote's span to its quotation marks: a claimed quote may be a fragment
    of a longer quotation, and the attribution follows the whole quotation (an end of
    -1: the quotation opens there and runs on past the window). Straight
    single marks count as quotation marks where they open or close one ("'We had never
    met,' he said"); an apostrophe inside a word ("It's", "Cambodia’s") is no mark."""
    while start < end and (text[start] in _OPENING + " " or opens_single(text, start)):
        start += 1
    left = start
    inner = 0  # single-marked quotations closed inside the one sought ("I thought, 'He
    # should be braking.' The next thing ...") and not yet opened, walking left
    while left > 0 and start - left < _LOOK:
        i = left - 1
        if text[i] == "\n":
            return start, end
        single = text[i] in "'‘’"
        if inner and single and (text[i] == "‘" or opens_single(text, i)):
            inner -= 1
        elif not inner and (text[i] in _OPENING or opens_single(text, i)):
            break
        elif i < start - 1 and not apostrophe(text, i):
            if single and (text[i] == "’" or closes_single(text, i)):
                inner += 1
            elif text[i] in _CLOSING:
                return start, end
        left -= 1
    else:
        return start, end
    single = text[left - 1] == "'"
    right = end
    while right < len(text) and right - end < 2 * _LOOK and text[right] != "\n":
        if single and closes_single(text, right):
            return left - 1, right + 1
        if not single and text[right] in _CLOSING and not apostrophe(text, right):
            return left - 1, right + 1
        right += 1
    if not text[left : left + 1].isspace():
        # a long quotation still open past the window ("He said: 'As Phil was ... He
        # shouldn't have been on that tram. He found out ..."): its opening, and nothing
        # after the quote is read as its attribution
        return left - 1, -1
    return start, end


# Every pattern of `_BEFORE` ends its match at the end of the text before the quote, with
# a colon or a comma (`X said:`, `according to X,`) or a reporting verb (`X, 72, said`),
# then white space and at most one opening quotation mark.
_BEFORE_QUOTE = "\"“‘'"
_INTRODUCING = (":", ",", *REPORTING.removeprefix("(?:").removesuffix(")").split("|"))


def _may_introduce(before: str) -> bool:
    """Whether `before` ends as a `_BEFORE` pattern's match must: after a colon, a comma
    or a reporting verb (white space and one opening quotation mark aside). Most text
    before a quote does not (seven in eight on realistic briefings), and there each
    pattern's search tried its long name and apposition parts at every one of the 160
    characters (a tenth of a millisecond per quote) to find nothing. `str.rstrip` strips
    what the patterns' `\\s` matches (both are Unicode white space), so the patterns
    find the same matches wherever they are tried."""
    tail = before.rstrip()
    if tail[-1:] and tail[-1] in _BEFORE_QUOTE:
        tail = tail[:-1].rstrip()
    return tail.endswith(_INTRODUCING)


def direct_attribution(text: str, start: int, end: int) -> Attribution | None:
    """The nearest attribution standing next to the quote at text[start:end] (a pronoun
    unresolved): '"...," X said', 'X said: "..."', '"...", according to X'."""
    start, end = _enclosing(text, start, end)
    best: tuple[int, Attribution] | None = None
    after = text[end : end + _LOOK] if end >= 0 else ""
    # '..." FirstGroup confirmed' and '... "not favourable". It added': a new sentence
    closed = end < 0 or (
        text[max(0, end - 3) : end].rstrip(_CLOSING + "' ").endswith(".") or after[:1] == "."
    )
    for pattern in () if closed else _AFTER:
        match = pattern.search(after)
        if match and (best is None or match.start("name") < best[0]):
            best = (match.start("name"), _found(match, end))
    before_start = max(0, start - _LOOK)
    before = text[before_start:start]
    for pattern in _BEFORE if _may_introduce(before) else ():
        match = pattern.search(before)
        if match:
            distance = len(before) - match.end("name")
            if best is None or distance < best[0]:
                best = (distance, _found(match, before_start))
            break  # "X told Reuters: ..." is X's, not Reuters': a speech verb wins
    if best is None:
        return None
    found = best[1]
    if found.kind == "name" and not proper_name(found.who, text):
        return None  # "The", "Asked": a capitalised word, not a name
    return found


def proper_name(name: str, text: str) -> bool:
    """A name, not a word capitalised at a sentence start ("Asked about it, he said"):
    one of its distinctive words never occurs in lower case in the article."""
    words = name.split()
    if len(words) == 1 and words[0].endswith(("ing", "ed")):
        return False  # "Speaking to reporters, he said": a participle opening a sentence
    if len(words) == 1 and _only_at_starts(words[0].rstrip(".,"), text):
        return False  # "Incredibly, ...", '"Way to make history"': capitalised as a start
    return any(not _occurs(key, text) for phrase in name_phrases(name) for key in phrase.keys)


@lru_cache(maxsize=bounds.PER_ARTICLE_WORDS)
def _occurs(word: str, text: str) -> bool:
    """Whether `word` stands as a whole word in `text`. Remembered per article: one
    search may read the whole text, and the same names are asked about again and again
    (once per quotation), which made long articles quadratic."""
    return next(whole_word_found(word, text), None) is not None


_START = re.compile(r"(?:^|[.!?:][\"”’']?\s+|\n\s*)$")
_QUOTE_START = re.compile(r"(?:^|\s)[\"“‘']$")


@lru_cache(maxsize=bounds.PER_ARTICLE_WORDS)  # every occurrence is read: once per word and article
def _only_at_starts(word: str, text: str) -> bool:
    """Every occurrence of `word` is where a sentence adverb or a quotation's first word
    stands: opening a sentence before a comma ("Incredibly, the teenager ...") or
    opening a quotation ('"Way to make history."'). A word capitalised for its position,
    not a name; a surname opening a sentence ("Hamilton won") stays a name."""
    found = False
    for match in whole_word_found(word, text):
        before = text[max(0, match.start() - 4) : match.start()]
        opens = _START.search(before) and text.startswith(",", match.end())
        if not (opens or _QUOTE_START.search(before)):
            return False
        found = True
    return found


def speakers_before(text: str, start: int, look_back: int) -> list[Attribution]:
    """Named speakers ("X said", "said X", "according to X") within `look_back` before
    `start`, in order; a name is whole ("in New York said" names nobody)."""
    out = []
    for match in _NAMED_ATTRIBUTION_SCAN.finditer(text, max(0, start - look_back), start):
        group = next(g for g in _GROUPS if match.group(g))
        head = text[max(0, match.start(group) - 40) : match.start(group)]
        if _TAIL.search(head) or not proper_name(match.group(group), text):
            continue  # the tail of a longer capitalised run, a place, or no name at all
        out.append(Attribution(match.group(group), match.start(group), match.end(group), "name"))
    return out


def last_speaker(text: str, start: int, look_back: int) -> Attribution | None:
    """The last named speaker ("X said", "according to X") within `look_back` before `start`."""
    found = speakers_before(text, start, look_back)
    return found[-1] if found else None


# Every attribution above writes one of these words (case as written): a text with none
# of them is not searched (most claims).
_SPEECH_ALL = frozenset({*SPEECH.removeprefix("(?:").removesuffix(")").split("|"), "according"})
_SPEECH_WORDS = tuple(
    word
    for word in sorted(_SPEECH_ALL)
    if not any(other != word and word.startswith(other) for other in _SPEECH_ALL)
)


def named_speakers(text: str) -> list[str]:
    """Names that say something in `text` ("X said", "said X", "according to X"); a
    fresh list (callers may change it)."""
    return list(_named_speakers(text))


@lru_cache(maxsize=bounds.PER_SENTENCE)
def _named_speakers(text: str) -> tuple[str, ...]:
    """`named_speakers`, once per text: the claims that link to the same sentences ask
    for the same support's speakers."""
    if not any(map(text.__contains__, _SPEECH_WORDS)):  # by map: no frame per word
        return ()
    out = []
    for match in _NAMED_ATTRIBUTION_SCAN.finditer(text):
        group = next(g for g in _GROUPS if match.group(g))
        if name_phrases(match.group(group)):
            out.append(match.group(group))
    return tuple(out)
