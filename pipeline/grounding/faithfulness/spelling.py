"""Two writings of one name: British and American spelling, and an organisation's
initials.

A summary written in British English names "the Inner Harbour" where a German outlet
writing American English has "Duisburg Inner Harbor"; a summary spells out "the Office
for National Statistics" where the article writes "the ONS". Neither is another name:
the spelling variants of the table below agree ("harbour" = "harbor", "centre" =
"center"), and an acronym agrees with a name whose capitalised words have those
initials ("ONS" = "Office for National Statistics"; connecting words such as "for"
and "of" have none).
"""

from __future__ import annotations

import re

from newsbrief.text.lexicon import is_acronym

__all__ = ["acronym_agrees", "full_name", "initials", "spelling_variant"]

# British -> American spellings of words that stand in names and descriptions of places.
_BRITISH = {
    "harbour": "harbor",
    "centre": "center",
    "theatre": "theater",
    "metre": "meter",
    "kilometre": "kilometer",
    "litre": "liter",
    "defence": "defense",
    "licence": "license",
    "colour": "color",
    "honour": "honor",
    "neighbour": "neighbor",
    "neighbourhood": "neighborhood",
    "organisation": "organization",
    "programme": "program",
    "jewellery": "jewelry",
    "grey": "gray",
}
_VARIANTS = {**_BRITISH, **{us: uk for uk, us in _BRITISH.items()}}
_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "in", "de"})
# A capitalised run with its connecting words, ending at the name sought.
_RUN = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|the|and|on|in|de)[ \t]+)*)+$")


def spelling_variant(word: str) -> str | None:
    """The other spelling of a lower-case word ("harbour" -> "harbor", "center" ->
    "centre"; a plural or possessive keeps its ending), or None."""
    for end in ("", "s", "'s", "’s"):
        stem = word[: len(word) - len(end)] if end else word
        if (not end or word.endswith(end)) and stem in _VARIANTS:
            return _VARIANTS[stem] + end
    return None


def initials(name: str) -> str:
    """The initials of a name's capitalised words: "Office for National Statistics" ->
    "ONS"; connecting words have none."""
    words = [w for w in re.split(r"[ \t]+", name.strip()) if w]
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _CONNECTORS)


def _acronym(name: str) -> str | None:
    """The acronym a name is, without its article ("The ONS" -> "ONS"), or None."""
    words = [w.strip(".,’'") for w in name.split() if w.lower() not in ("the", "a", "an")]
    if len(words) != 1:
        return None
    word = words[0].removesuffix("s") if words[0][:-1].isupper() else words[0]
    return word if is_acronym(word) else None


def acronym_agrees(a: str, b: str) -> bool:
    """Whether one name is the other's acronym: "The ONS" and "Office for National
    Statistics" (the initials of its capitalised words), either way round. Two names of
    three or more capitalised words, or two acronyms, never agree here."""
    for short, long in ((a, b), (b, a)):
        acronym = _acronym(short)
        if acronym is not None and _acronym(long) is None and initials(long) == acronym:
            return True
    return False


def full_name(text: str, start: int, end: int) -> str:
    """The name at text[start:end] with the capitalised words and connecting words
    written right before it ("National Statistics" of "the Office for National
    Statistics" is "Office for National Statistics"): what its initials are read from."""
    before = _RUN.search(text, max(0, start - 80), start)
    if before is None:
        return text[start:end]
    run = text[before.start() : end]
    words = run.split()
    while words and words[0].lower() in _CONNECTORS:
        words.pop(0)
    return " ".join(words)
