"""Capitalised tokens and runs of them: the raw material for names and places.

Names, organisations and places in English news are capitalised word runs
('Royal Cambodian Army', 'Hun Manet', 'U.S.'). Tokenising once and scanning runs is
far cheaper than matching hundreds of names with one giant regex per article.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsbrief.text.lexicon import DOTTED_TITLES

__all__ = ["CONNECTORS", "Token", "capital_tokens", "runs", "strip_possessive"]

_TOKEN = re.compile(
    r"\b(?:(?:[A-Z]\.){2,}|[A-Z]\w*(?:['’][A-Za-z]+)?|(?:of|for|and|on|to|in|the|de)(?=\s))"
)
_POSSESSIVE = re.compile(r"['’]s?$")
CONNECTORS = frozenset({"of", "for", "and", "on", "to", "in", "the", "de"})
# Possessives that sit inside a name ("People's Liberation Army") and do not end a run.
_INNER_POSSESSIVES = frozenset({"People", "Workers", "Women", "Children", "Veterans"})


class Token(NamedTuple):
    """A capitalised word (or connector) and its offsets; a tuple because articles
    have thousands of them and tuples are the cheapest Python objects to make."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The token without a possessive ending: "Malaysia’s" -> 'Malaysia'."""
        return strip_possessive(self.text)

    @property
    def is_connector(self) -> bool:
        return self.text in CONNECTORS


def strip_possessive(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word
    if word.endswith(("'s", "’s")) and len(word) > 3:
        return word[:-2]
    return _POSSESSIVE.sub("", word) if word[-1:] in "'’" else word


def capital_tokens(text: str) -> list[Token]:
    """Capitalised words, dotted acronyms and the small connectors between them."""
    return [Token(m.group(), *m.span()) for m in _TOKEN.finditer(text)]


def _joined(text: str, left: Token, right: Token, hyphen: bool) -> bool:
    gap = text[left.end : right.start]
    if gap == ". ":
        return left.text in DOTTED_TITLES  # 'Mr. Smith', 'Gen. Tea Seiha'
    return gap == " " or (hyphen and gap == "-")


def runs(
    text: str, tokens: list[Token], *, connectors: bool = True, hyphen: bool = True
) -> list[list[Token]]:
    """Maximal runs of adjacent capitalised tokens.

    With `connectors`, lower-case 'of', 'and', 'the'... may sit inside a run when a
    capitalised token follows ('Ministry of Foreign Affairs'); runs never start or end
    with one. Runs never cross a possessive: "Malaysia’s armies" ends at Malaysia’s.
    """
    found: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        token_ok = connectors or not token.is_connector
        if (
            current
            and token_ok
            and _joined(text, current[-1], token, hyphen)
            and (current[-1].bare == current[-1].text or current[-1].bare in _INNER_POSSESSIVES)
        ):
            current.append(token)
            continue
        if current:
            found.append(current)
        current = [token] if token_ok else []
    if current:
        found.append(current)
    cleaned = []
    for run in found:
        while run and run[-1].is_connector:
            run = run[:-1]
        while run and run[0].is_connector:
            run = run[1:]
        if run:
            cleaned.append(run)
    return cleaned
