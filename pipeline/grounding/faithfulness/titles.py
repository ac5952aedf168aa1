"""Who a title or description is: "The President-elect said", "a spokeswoman added".

A title is resolved to the person the article gives that title ("President-elect
Donald Trump", "Jane Doe, a spokeswoman for X"); failing that, a definite title ("the
President-elect") refers back to the last named speaker before it, unless the article
writes that speaker with another title of the same office ("President Barack Obama"
is not "the President-elect"). An indefinite description ("a spokeswoman") introduces
someone new: it is nobody the article names unless the article links the name to it;
it may speak for an organisation ("a spokeswoman for X", or X named as the speaker
just before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.grounding.faithfulness.attribution import (
    NAME,
    Attribution,
    last_speaker,
    proper_name,
)
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.naming import names_agree
from newsbrief.text.lexicon import ORG_WORDS, is_acronym

__all__ = ["resolve_role", "role_parts", "speaks_for"]

_LOOK_BACK = 800
_LOOK_BACK_ORGANISATION = 400
_SPEAKS_FOR = re.compile(rf"\s+(?:for|of|at|from)\s+(?:the\s+)?(?P<name>{NAME})")


def _titled(text: str, title: str) -> list[Attribution]:
    """Everyone the article writes with `title`: "President-elect Donald Trump",
    "Jane Doe, a spokeswoman for X", "Jane Doe, the company's spokeswoman"."""
    written = rf"(?i:{re.escape(title)})"
    out = []
    for pattern in (
        rf"\b{written}[ \t]+(?P<name>{NAME})",
        rf"(?P<name>{NAME}),[ \t]+(?:(?i:the|a|an)[ \t]+)?(?:[\w’'-]+[ \t]+){{0,3}}?{written}\b",
    ):
        for match in re.finditer(pattern, text):
            if proper_name(match.group("name"), text):
                out.append(
                    Attribution(match.group("name"), match.start("name"), match.end("name"), "name")
                )
    return out


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
    last = last_speaker(text, found.start, _LOOK_BACK)
    return [last] if last is not None and not _other_office(text, last.who, title) else []


def speaks_for(text: str, found: Attribution, names: Sequence[str]) -> bool:
    """A described speaker's organisation: "a spokeswoman for X", or X named as the
    speaker just before ("X said ... A spokeswoman added")."""
    after = _SPEAKS_FOR.match(text, found.end)
    owners = [after.group("name")] if after else []
    before = last_speaker(text, found.start, _LOOK_BACK_ORGANISATION)
    if before is not None and any(
        word in ORG_WORDS or is_acronym(word) for word in before.who.split()
    ):
        owners.append(before.who)
    return any(names_agree(name, owner) for name in names for owner in owners)
