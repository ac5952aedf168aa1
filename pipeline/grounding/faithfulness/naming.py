"""Whether two names written differently name the same speaker.

Names agree when a distinctive word of one is a word of the other ("Manet" in "Prime
Minister Hun Manet" and "Hun Manet"; "Mrs Clinton" and "Hillary Clinton"), unless both
write different first names before that word: "Jos Verstappen" is not "Max
Verstappen", though one family name is shared. Titles, ranks and acronyms before the
name ("President", "Mrs", "MVP") are no first names.
"""

from __future__ import annotations

from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.text.lexicon import NOT_NAME_WORDS, is_acronym

__all__ = ["names_agree"]


def _keys(name: str) -> set[str]:
    return {phrase.keys[-1] for phrase in name_phrases(name)}


def _given(name: str, surname: str) -> set[str]:
    """The given names written before `surname` ("Jos" of "Jos Verstappen"), without
    titles, ranks and acronyms ("President", "Mrs", "MVP")."""
    words = [w.rstrip(".") for w in name.split()]
    lowered = [w.lower() for w in words]
    if surname not in lowered:
        return set()
    before = words[: lowered.index(surname)]
    return {
        w.lower()
        for w in before
        if w[:1].isupper()
        and w not in NOT_NAME_WORDS
        and not is_acronym(w)
        and "’" not in w
        and "'" not in w
    }


def names_agree(a: str, b: str) -> bool:
    """Whether two names written differently name the same speaker: a distinctive word
    in common, unless both give different first names ("Jos Verstappen" is not "Max
    Verstappen")."""
    keys_a, keys_b = _keys(a), _keys(b)
    all_b = {k for p in name_phrases(b) for k in p.keys}
    all_a = {k for p in name_phrases(a) for k in p.keys}
    shared = keys_a & all_b or keys_b & all_a
    for surname in shared:
        given_a, given_b = _given(a, surname), _given(b, surname)
        if given_a and given_b and not given_a & given_b:
            return False
    return bool(shared)
