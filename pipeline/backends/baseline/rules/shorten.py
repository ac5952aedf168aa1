"""Shortening sentences into headlines and phrases, and finding a stated purpose.

Everything here cuts words out of article sentences and never adds any, so a
shortened headline or 5W1H answer says nothing the article does not.
"""

from __future__ import annotations

import re

from newsbrief.text.lexicon import words

__all__ = ["ELLIPSIS", "purpose_clause", "shorten", "strip_dateline"]

ELLIPSIS = "…"
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}\s*[–—-]\s+")
_LEAD_PHRASE = re.compile(
    r"^(?:In|During|On|At|After|Amid|As|While|Following|According to|Under|Since|With|"
    r"Moreover|However|Furthermore|Meanwhile|Notably)\b[^,]{0,90},\s+"
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,60}\)")
_CLAUSE_CUTS = re.compile(
    r",\s+(?:according to|the [^,]{1,60} said|which|where|focusing|highlighting|marking|"
    r"adding|noting|calling|saying)\b|\s+[–—]\s+|;\s+|:\s+"
)
_BREAK_WORDS = words(
    "for as with to in on at which that while after including amid "
    "during between from by and but because",
)
_DANGLING = words(
    "a an the of to and or but in on at for with by from as that which "
    "who its their his her this these is are was were be such",
)
_COMPLEMENT_HEADS = words(
    "keen intention intend intends intended plan plans planned "
    "want wants wanted going expected able agreed set due has "
    "have had need needs needed likely ready decided hope hopes "
    "hoped seek seeks sought aim aims aimed tried began begin "
    "continue continues continued used about order way prepared "
    "preparing chance opportunity invitation commitment pledge "
    "pledged willing eager moving move moved is are was were be "
    "been seems appears according",
)
_PURPOSE_MARKERS = re.compile(
    r"\b(?:in order to|so as to|so that|because of|because|due to|aimed at|in a bid to|"
    r"with the aim of|for the (?:mutual )?benefit of)\s+[^,.;–—]+"
)
_TO_CLAUSE = re.compile(r"\b(\w+)\s+(?=(to\s+[a-z]+\b[^,.;–—]*))")
_NOT_VERBS = words(
    "the a an his her their its our this that these those be",
)


def strip_dateline(sentence: str) -> str:
    """'PHNOM PENH – Cambodia and ...' -> 'Cambodia and ...'."""
    return _DATELINE.sub("", sentence, count=1)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def shorten(
    sentence: str,
    max_words: int,
    *,
    mark_cut: bool = False,
    capitalise: bool = True,
    strip_lead: bool = True,
) -> str:
    """The main clause of a sentence in at most max_words words.

    Drops a dateline, a leading adverbial ('In a notable engagement, ...'), brackets and
    trailing clauses; then, if still too long, cuts before a preposition or conjunction
    so the phrase does not end mid-noun. With `mark_cut`, a cut sentence ends in '…'.
    Key points and events keep the leading adverbial (`strip_lead=False`): it often
    names who met whom.
    """
    original = " ".join(sentence.split())
    text = strip_dateline(original)
    if strip_lead:
        text = _LEAD_PHRASE.sub("", text, count=1)
    text = _PARENTHESES.sub("", text)
    text = _capitalise(text) if capitalise else text
    words = text.split()
    if len(words) > max_words:
        match = _CLAUSE_CUTS.search(text)
        if match and len(text[: match.start()].split()) >= 5:
            text = text[: match.start()]
            words = text.split()
    if len(words) > max_words:
        cut = max_words
        for index in range(max_words, 5, -1):
            if words[index].lower().strip(",") in _BREAK_WORDS:
                cut = index
                break
        words = words[:cut]
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
        words = words[:-1]
    result = " ".join(words).rstrip(",;:– ")
    tail = original.rstrip('.!?”" ').lower()
    if tail.endswith(result.rstrip('.!?”" ').lower()):
        return result  # only the front was trimmed: the sentence still ends as written
    return result.rstrip(".") + (ELLIPSIS if mark_cut else "")


def purpose_clause(sentence: str, max_words: int = 20) -> str | None:
    """The stated purpose of a sentence ('to support peacekeeping ...'), if it has one.

    Explicit markers ('in order to', 'because', 'aimed at') win; otherwise the first
    'to + verb' that is not a complement ('keen to', 'plans to') counts as a purpose.
    """
    match = _PURPOSE_MARKERS.search(sentence)
    if match:
        return shorten(match.group(0), max_words, capitalise=False)
    for match in _TO_CLAUSE.finditer(sentence):
        head, clause = match.group(1).lower(), match.group(2)
        verb = clause.split()[1]
        if head in _COMPLEMENT_HEADS or verb in _NOT_VERBS or len(clause.split()) < 3:
            continue
        return shorten(clause, max_words, capitalise=False)
    return None
