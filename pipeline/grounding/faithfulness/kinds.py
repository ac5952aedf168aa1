"""What kind of thing a name of the article names, as far as cheap evidence tells: a
country ("Cambodia", "British", "Cambodia-US"), a place (the article writes it after
"in", "at", "near" or "the village of": "in South London", "at Interlagos"; a name
that goes on, "in Trump Tower", says nothing of "Trump"), a picture credit ("Photo",
"Getty Images", "Image caption"), or another name (a person, a team, a company). A US
state is a place.

A name that modifies a noun for a person after "the" or "a" ("the New York businessman")
describes someone; it names no one there (`describes`). Nor does a capitalised noun for
a person after "the": a nationality ("the Dutchman", "the Briton") or a party's member
("The Democrat's campaign", "the Republican"): `described_person`.

A swapped name takes the place of a name of the same kind: a person for a person, a
city for a city. When a claim's name is missing from its support and the support names
someone the claim does not, that other name counts as the one the claim displaced only
if it is of the claim's name's kind ("Sothirak said ..." against "He said ... a
Cambodia-US relationship" displaced nobody), and never when it is a picture credit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.grounding.faithfulness import bounds
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import DOTTED_TITLES, RANKS, ROLE_HEADS, ROLE_NOUNS
from newsbrief.text.states import state_of

__all__ = ["CREDIT", "described_person", "describes", "name_kind"]

CREDIT = "credit"
_CREDIT_WORDS = frozenset(
    {"photo", "photos", "image", "images", "getty", "video", "caption", "copyright", "epa",
     "afp", "ap", "reuters", "pa", "associated", "usa", "sports", "loading", "unavailable"}
)  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s?$")
# "in South London", "at Interlagos", "the village of Zhongmengchang": within a line.
_PLACED = (
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|(?:village|town|city|province|county|district|region) of) (?:the )?"
)
_TITLES = RANKS | ROLE_HEADS | DOTTED_TITLES | {"Elect", "President-elect"}


def _country(word: str) -> str | None:
    """The country a lower-case word names ("cambodia", "british", "us")."""
    return country_of_word(word.capitalize()) or country_of_word(word.upper())


def _last_word(name: str) -> str:
    words = name.split()
    return _POSSESSIVE.sub("", words[-1]) if words else ""


@lru_cache(maxsize=bounds.PER_ARTICLE_WORDS)
def name_kind(name: str, keys: tuple[str, ...], article: str) -> str:
    """ "country", "place", `CREDIT` or "other" for a name written `name` (its
    distinctive words `keys`: `facts.NamePhrase.keys`), as `article` writes it."""
    if keys and all(key.strip(".").lower() in _CREDIT_WORDS for key in keys):
        return CREDIT
    if keys and all(_country(part) for key in keys for part in key.split("-")):
        return "country"
    if state_of(_POSSESSIVE.sub("", name.strip())):
        return "place"  # "Florida", "North Carolina", "Mich."
    last = _last_word(name)
    return "place" if last and last in _placed_words(article) else "other"


# A capitalised run right after a place preposition ("in South London").
_WORD = r"[A-Z][\w'’-]*(?:\.\w+)*"  # "London", "D.C" (a final period ends the run)
_PLACED_RUN = re.compile(rf"{_PLACED}({_WORD}(?: {_WORD})*)")


@lru_cache(maxsize=64)
def _placed_words(text: str) -> frozenset[str]:
    """The last words of the names `text` writes as places: a run of one or two
    capitalised words after "in", "at", "near" or "the village of" ("in South London":
    "London"), its first word no title ("in President-elect Trump's" is no place), and
    no possessive after it. Read once per text for every name asked about."""
    out: set[str] = set()
    for found in _PLACED_RUN.finditer(text):
        words = found.group(1).split(" ")
        if len(words) > 2 or (len(words) == 2 and (words[0] in _TITLES or "." in words[0])):
            continue
        last = words[-1]
        if last.endswith(("'s", "’s", "'", "’")):
            continue
        out.add(last)
    return frozenset(out)


# Nouns for a person that a name before them describes: "the New York businessman".
_PERSON_NOUNS = frozenset(ROLE_NOUNS.split("|")) | frozenset(
    {"businessman", "businesswoman", "billionaire", "star", "singer", "driver", "player",
     "champion", "veteran", "legend", "tycoon", "politician", "actor", "actress",
     "musician", "pitcher", "manager", "boss", "teenager", "captain"}
)  # fmt: skip
_DESCRIBED = re.compile(r"\s+([a-z][\w-]*)")


def describes(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a modifier in a description of a person
    ("the New York businessman", "a Red Bull driver"): it names no one there, so no
    claimed name displaced it."""
    after = _DESCRIBED.match(text, end)
    return (
        after is not None
        and after.group(1) in _PERSON_NOUNS
        and text[max(0, start - 4) : start].lower().endswith(("the ", "a "))
    )


# Capitalised nouns for a person by nationality or party, not a name: "the Dutchman",
# "the Briton", "The Democrat's campaign".
_PERSON_WORDS = frozenset(
    {"briton", "brit", "spaniard", "swede", "dane", "finn", "pole", "turk", "scot", "kiwi",
     "aussie", "democrat", "republican", "conservative", "tory", "socialist", "liberal",
     "frenchman", "frenchwoman"}
)  # fmt: skip
_NATIONAL = re.compile(r"(?P<nation>[a-z]+?)(?:wo)?m[ae]n$")


def described_person(text: str, start: int, name: str) -> bool:
    """Whether the one-word name at text[start:] is a definite description of a person,
    not a name: "the" before it (or "The" opening it) and a noun for a person by
    nationality ("Dutchman": a country's adjective and "-man"; "Briton") or party
    ("Democrat"). "The Dutchman" swapped for "Verstappen" names no one else."""
    words = name.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    elif not text[max(0, start - 4) : start].lower().endswith("the "):
        return False
    if len(words) != 1:
        return False
    word = _POSSESSIVE.sub("", words[0]).lower()
    if word.endswith("s") and word[:-1] in _PERSON_WORDS:
        word = word[:-1]  # "the Democrats"
    if word in _PERSON_WORDS:
        return True
    nation = _NATIONAL.fullmatch(word)
    return nation is not None and _country(nation.group("nation")) is not None
