"""Who said it: the speaker the article attributes a quote to.

News attributes a quotation next to it: `"...," Hun Manet said`, `"...," said Hun
Manet`, `Hun Manet said: "..."`, `Hun Manet: "..."`, `"...", according to Hun Manet`.
The nearest such attribution to the quote's span wins. A pronoun ("he said") is
resolved to the nearest named attribution before the quote (the person the paragraph
is about). A title or description ("The President-elect said", "a spokeswoman
added") is resolved to the person the article gives that title ("President-elect
Donald Trump", "Jane Doe, a spokeswoman for X"); failing that, a definite title ("the
President-elect") refers back to the last named speaker before it, unless the article
writes that speaker with another title of the same office ("President Barack Obama"
is not "the President-elect"). An indefinite description ("a spokeswoman") introduces
someone new: a named speaker claimed for it is unsupported unless the article links
that name to it, or the name is the organisation the description speaks for ("a
spokeswoman for X", or X named as speaker just before). A claimed speaker that is the
role itself, or whose actor has it, is accepted. When nothing names the speaker the
check is `not_checked`, never a guess.

Names match when their last distinctive word agrees ("Manet" in "Prime Minister Hun
Manet" and "Hun Manet"), or through the aliases of the claimed speaker's actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.grounding.facts import name_phrases
from newsbrief.schemas import Actor, ClaimCheck, Evidence
from newsbrief.text.lexicon import ORG_WORDS, RANKS, ROLE_HEADS, SPEECH_VERBS, is_acronym

__all__ = [
    "SPEECH",
    "Attribution",
    "attribution_of",
    "check_speaker",
    "named_speakers",
    "names_agree",
    "resolve_role",
]

# A capitalised run of words on one line; a word ends at a period unless it is an initial
# ("J. Smith"), so a name never runs on into the next sentence.
_WORD = r"[A-Z](?:[\w’'-]+|\.)?"
_NAME = rf"(?:{_WORD}(?:[ \t]+(?:(?:of|the|de|bin|al)[ \t]+)?{_WORD}){{0,5}})"
_WHO = (
    rf"(?:\b[Tt]he\s+(?=[A-Z]))?(?P<name>{_NAME}|(?P<pronoun>\b(?:he|she|they|He|She|They)\b)"
    r"|(?P<role>\b(?:the|a|an|The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?))"
)
SPEECH = rf"(?:{SPEECH_VERBS}|tweeted|posted|wrote|writes)"
_VERB = SPEECH
_OPENING = '"“‘«'
_CLOSING = '"”’»'
_AFTER = (
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_VERB}\s+{_WHO}"),
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_WHO}\s+(?:\w+\s+)?{_VERB}\b"),
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}according\s+to\s+{_WHO}"),
)
_BEFORE = (
    re.compile(rf"{_WHO}\s+{_VERB}(?:\s+[\w’'.-]+){{0,5}}?\s*[:,]\s*[\"“‘']?\s*$"),
    # "Name: ..." only where the name opens a sentence or line ("if he was OK:" is no name)
    re.compile(rf"(?:^|[.!?\n][\"”’']?\s+)(?:{_WHO})\s*:\s*[\"“‘']?\s*$"),
    re.compile(rf"[Aa]ccording\s+to\s+{_WHO}\s*,\s*[\"“‘']?\s*$"),
)
_NAMED_ATTRIBUTION = re.compile(
    rf"(?P<name>{_NAME})\s+{_VERB}\b|[,\"”’]\s*{_VERB}\s+(?P<name2>{_NAME})"
    rf"|\baccording\s+to\s+(?:the\s+)?(?P<name3>{_NAME})"
    rf"|(?P<name4>{_NAME}),\s[^,\"“”]{{1,120}},\s+{_VERB}\b"  # "X, director of Y, said"
)
_SENTENCE_START_NAME = re.compile(rf"(?:^|[.!?][\"”’']?\s+)(?P<name>{_NAME})(?=,|\s+[a-z])")
_LOOK = 160
_LOOK_BACK_PRONOUN = 800
_LOOK_BACK_ORGANISATION = 400
_PERSON_OF = re.compile(rf"(?P<name>{_NAME})[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?$")
_SPEAKS_FOR = re.compile(rf"\s+(?:for|of|at|from)\s+(?:the\s+)?(?P<name>{_NAME})")


class Attribution:
    """The attribution found: the name as written (or pronoun/role), and its span."""

    def __init__(self, who: str, start: int, end: int, kind: str) -> None:
        self.who, self.start, self.end, self.kind = who, start, end, kind

    def evidence(self) -> Evidence:
        return Evidence(start=self.start, end=self.end, method="exact", score=100.0)


def _found(match: re.Match[str], offset: int) -> Attribution:
    kind = "pronoun" if match.group("pronoun") else "role" if match.group("role") else "name"
    who = match.group("name")
    start = offset + match.start("name")
    who = who.rstrip(".,;:")
    article = match.string[max(0, match.start("name") - 4) : match.start("name")].lower()
    head = who.split()[0].split("-")[0] if who else ""
    if kind == "name" and article.endswith(("the ", "a ", "an ")) and head in ROLE_HEADS | RANKS:
        kind = "role"  # "The President-elect said" is a title; "the RCAF said" a name
    person = _PERSON_OF.search(match.string, 0, match.start("name")) if kind == "name" else None
    if person:  # "Gemma Pryor from Mondelez International told": she speaks, not the firm
        return Attribution(person.group("name"), offset + person.start("name"),
                           offset + person.end("name"), "name")  # fmt: skip
    return Attribution(who, start, start + len(who), kind)


def _enclosing(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a quote's span to its quotation marks: a claimed quote may be a fragment
    of a longer quotation, and the attribution follows the whole quotation."""
    while start < end and text[start] in _OPENING + " ":
        start += 1
    left = start
    while left > 0 and start - left < _LOOK and text[left - 1] not in _OPENING + "\n":
        if text[left - 1] in _CLOSING and left - 1 < start - 1:
            return start, end
        left -= 1
    if left == 0 or text[left - 1] not in _OPENING:
        return start, end
    right = end
    while right < len(text) and right - end < 2 * _LOOK and text[right] not in _CLOSING + "\n":
        right += 1
    if right < len(text) and text[right] in _CLOSING:
        return left - 1, right + 1
    return start, end


def attribution_of(text: str, start: int, end: int) -> Attribution | None:
    """The nearest attribution of the quote at text[start:end]."""
    start, end = _enclosing(text, start, end)
    best: tuple[int, Attribution] | None = None
    after = text[end : end + _LOOK]
    closed = text[max(0, end - 3) : end].rstrip(_CLOSING + " ").endswith(".")
    for pattern in () if closed else _AFTER:  # '..." FirstGroup confirmed': a new sentence
        match = pattern.search(after)
        if match and (best is None or match.start("name") < best[0]):
            best = (match.start("name"), _found(match, end))
    before_start = max(0, start - _LOOK)
    before = text[before_start:start]
    for pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            distance = len(before) - match.end("name")
            if best is None or distance < best[0]:
                best = (distance, _found(match, before_start))
            break  # "X told Reuters: ..." is X's, not Reuters': a speech verb wins
    if best is None:
        return None
    found = best[1]
    if found.kind == "name" and not _proper_name(found.who, text):
        return None  # "The", "Asked": a capitalised word, not a name
    if found.kind == "pronoun":
        return _resolve_pronoun(text, start) or found
    return found


def _attributed_occurrence(text: str, start: int, end: int) -> Attribution | None:
    """The attribution of the quote at text[start:end], or, when that occurrence has
    none, of a later occurrence of the same words (a pull-quote repeats a quotation
    before the attributed one)."""
    span = text[start:end]
    while start >= 0:
        found = attribution_of(text, start, end)
        if found is not None or not span.strip():
            return found
        start = text.find(span, end)
        end = start + len(span)
    return None


def _proper_name(name: str, text: str) -> bool:
    """A name, not a word capitalised at a sentence start ("Asked about it, he said"):
    one of its distinctive words never occurs in lower case in the article."""
    words = name.split()
    if len(words) == 1 and words[0].endswith(("ing", "ed")):
        return False  # "Speaking to reporters, he said": a participle opening a sentence
    return any(
        re.search(rf"\b{re.escape(key)}\b", text) is None
        for phrase in name_phrases(name)
        for key in phrase.keys
    )


def _resolve_pronoun(text: str, start: int) -> Attribution | None:
    """Who "he" or "she" is: the last named speaker, or the last name that opens a
    sentence, before `start` (within a few paragraphs), whichever is nearer."""
    window_start = max(0, start - _LOOK_BACK_PRONOUN)
    last = None
    for pattern in (_NAMED_ATTRIBUTION, _SENTENCE_START_NAME):
        for match in pattern.finditer(text, window_start, start):
            group = next(g for g in ("name", "name2", "name3", "name4") if match.groupdict().get(g))
            if _proper_name(match.group(group), text) and (
                last is None or match.start(group) > last.start
            ):
                last = Attribution(match.group(group), match.start(group), match.end(group), "name")
    return last


def _titled(text: str, title: str) -> list[Attribution]:
    """Everyone the article writes with `title`: "President-elect Donald Trump",
    "Jane Doe, a spokeswoman for X", "Jane Doe, the company's spokeswoman"."""
    written = rf"(?i:{re.escape(title)})"
    out = []
    for pattern in (
        rf"\b{written}[ \t]+(?P<name>{_NAME})",
        rf"(?P<name>{_NAME}),[ \t]+(?:(?i:the|a|an)[ \t]+)?(?:[\w’'-]+[ \t]+){{0,3}}?{written}\b",
    ):
        for match in re.finditer(pattern, text):
            if _proper_name(match.group("name"), text):
                out.append(
                    Attribution(match.group("name"), match.start("name"), match.end("name"), "name")
                )
    return out


def _last_speaker(text: str, start: int, look_back: int) -> Attribution | None:
    window_start = max(0, start - look_back)
    last = None
    for match in _NAMED_ATTRIBUTION.finditer(text, window_start, start):
        group = next(g for g in ("name", "name2", "name3", "name4") if match.groupdict().get(g))
        if _proper_name(match.group(group), text) and (
            last is None or match.start(group) > last.start
        ):
            last = Attribution(match.group(group), match.start(group), match.end(group), "name")
    return last


def _other_office(text: str, name: str, title: str) -> bool:
    """Whether the article writes `name` after another title of the same office
    ("President Barack Obama" when the title is "President-elect")."""
    head = title.split()[0].split("-")[0]
    for phrase in name_phrases(name):
        for match in re.finditer(
            rf"\b({re.escape(head)}[\w-]*)[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){{0,2}}{re.escape(phrase.keys[-1])}\b",
            text,
            re.IGNORECASE,
        ):
            if match.group(1).lower() != title.lower() and match.group(1)[0].isupper():
                return True
    return False


def role_parts(text: str, found: Attribution) -> tuple[bool, str]:
    """(definite, title) of a role attribution: "The President-elect" -> (True,
    "President-elect"), "a spokeswoman" -> (False, "spokeswoman")."""
    words = found.who.split()
    if words[0].lower() in ("the", "a", "an"):
        return words[0].lower() == "the", " ".join(words[1:])
    return text[max(0, found.start - 4) : found.start].lower().endswith("the "), found.who


def resolve_role(text: str, found: Attribution) -> list[Attribution]:
    """Who the title or description `found` ("The President-elect") is, if the article
    says: those it writes with that title, else (for a definite title) the last named
    speaker before it whom the article does not give another title of that office."""
    definite, title = role_parts(text, found)
    people = _titled(text, title)
    if people or not definite:
        return people
    last = _last_speaker(text, found.start, _LOOK_BACK_PRONOUN)
    return [last] if last is not None and not _other_office(text, last.who, title) else []


def _speaks_for(text: str, found: Attribution, names: Sequence[str]) -> bool:
    """A described speaker's organisation: "a spokeswoman for X", or X named as the
    speaker just before ("X said ... A spokeswoman added")."""
    after = _SPEAKS_FOR.match(text, found.end)
    owners = [after.group("name")] if after else []
    before = _last_speaker(text, found.start, _LOOK_BACK_ORGANISATION)
    if before is not None and any(
        word in ORG_WORDS or is_acronym(word) for word in before.who.split()
    ):
        owners.append(before.who)
    return any(names_agree(name, owner) for name in names for owner in owners)


def named_speakers(text: str) -> list[str]:
    """Names that say something in `text` ("X said", "said X", "according to X")."""
    out = []
    for match in _NAMED_ATTRIBUTION.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4") if match.group(g))
        if name_phrases(match.group(group)):
            out.append(match.group(group))
    return out


def _keys(name: str) -> set[str]:
    return {phrase.keys[-1] for phrase in name_phrases(name)}


def names_agree(a: str, b: str) -> bool:
    """Whether two names written differently name the same speaker."""
    keys_a, keys_b = _keys(a), _keys(b)
    all_b = {k for p in name_phrases(b) for k in p.keys}
    all_a = {k for p in name_phrases(a) for k in p.keys}
    return bool(keys_a & all_b or keys_b & all_a)


def check_speaker(
    text: str,
    quote_evidence: Evidence | None,
    speaker: str | None,
    path: str,
    actors: Sequence[Actor] = (),
) -> ClaimCheck:
    """Does the article attribute the quote at `quote_evidence` to `speaker`?"""
    claim = speaker or ""
    if not speaker or quote_evidence is None or not quote_evidence.grounded:
        return ClaimCheck(path=path, kind="speaker", claim=claim, verdict="not_checked",
                          reason="no speaker given" if not speaker else "the quote is not in the article")  # fmt: skip
    found = _attributed_occurrence(text, quote_evidence.start or 0, quote_evidence.end or 0)
    if found is None:
        return ClaimCheck(path=path, kind="speaker", claim=claim, verdict="not_checked",
                          reason="the article names no speaker next to the quote")  # fmt: skip
    names = [speaker]
    actor = next(
        (a for a in actors if speaker.casefold() in {n.casefold() for n in (a.name, *a.aliases)}),
        None,
    )
    if actor is not None:
        names = [actor.name, *actor.aliases]
    if found.kind == "name":
        ok = any(names_agree(name, found.who) for name in names)
    elif found.kind == "role":
        definite, title = role_parts(text, found)
        role_words = set(title.lower().split())
        roles = " ".join(filter(None, [actor.role if actor else None, speaker])).lower()
        people = resolve_role(text, found)
        if role_words & set(roles.split()):
            ok = True  # "the minister", claimed as the minister or for one
        elif people:
            ok = any(names_agree(name, person.who) for name in names for person in people)
            if not ok:
                return _unsupported(
                    path, speaker, found, f"{found.who!r}, whom the article names {people[0].who!r}"
                )
        elif not definite:
            if not _speaks_for(text, found, names):
                return _unsupported(
                    path, speaker, found, f"{found.who!r}, whom the article never names so"
                )
            ok = True
        else:
            return ClaimCheck(path=path, kind="speaker", claim=claim, verdict="not_checked",
                              support=[found.evidence()],
                              reason=f"the article attributes it to {found.who!r}")  # fmt: skip
    else:
        return ClaimCheck(path=path, kind="speaker", claim=claim, verdict="not_checked",
                          support=[found.evidence()], reason="the article says only "
                          f"{found.who!r} and names nobody before it")  # fmt: skip
    if ok:
        return ClaimCheck(path=path, kind="speaker", claim=claim, verdict="supported",
                          score=100.0, support=[found.evidence()])  # fmt: skip
    return _unsupported(path, speaker, found, repr(found.who))


def _unsupported(path: str, speaker: str, found: Attribution, whom: str) -> ClaimCheck:
    return ClaimCheck(
        path=path,
        kind="speaker",
        claim=speaker,
        verdict="unsupported",
        support=[found.evidence()],
        offending=[speaker],
        reason=f"says {speaker!r} said it; the article attributes it to {whom}",
    )
