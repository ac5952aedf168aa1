"""Whether a rule's finding is strong enough for a red mark.

A rule contradicts a claim when the article says something else in the claim's slot:
another name, speaker, number or date (the rival), or the opposite polarity. How sure
that reading is depends on the rival, and a wrong red mark teaches an analyst to ignore
red marks, so a finding becomes `contradicted` only when its evidence is strong; a weak
one becomes `unverified` ("check against the source") and keeps the rule's reason as a
hint ("the article may say otherwise: ..."), so nothing the rule found is lost.

The gates are structural (about the rival and the claim, never about particular
sentences):

- a rival name that is no well-formed name: its first word is a function word or a word
  the article also writes in lower case ("While Verstappen", "What FBI", "Even": a
  capitalised sentence opener read as a name), or it is a piece of a longer name
  the article writes ("London" of "Transport for London"): `fragment`;
- a rival the claim names too: the claim cannot have displaced a name it states itself
  ("Finn Brennan of the union Aslef said": the article's speaker is in the claim);
  a number or date the claim states as well ("80 metres, though earlier reports had
  put it at 40m"): `named_in_claim`.

Each gate returns the name of the weakness it found (for the tests and the hint), or
None: the finding stands.
"""

from __future__ import annotations

import ast
import re

from newsbrief.text.lexicon import DOTTED_TITLES, HONORIFICS, RANKS, ROLE_HEADS
from newsbrief.text.words import STOPWORDS, WORD

__all__ = ["WEAK_PREFIX", "rival_of", "weakness"]

WEAK_PREFIX = "the article may say otherwise: "
# The rules that compare a claim's name with the article's rival name.
_NAME_RULES = frozenset({"entity", "speaker"})
# "the article says 'X'", "the article names 'X' there", "... attributes it to 'X'":
# the rival is the last quoted text after "the article".
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""")
_AFTER_ARTICLE = re.compile(r"\bthe article\b")
# Words that join the parts of one longer name ("Transport for London", "Bank of England").
_JOINERS = frozenset({"for", "of", "and", "de", "du", "von", "van"})
_POSSESSIVE = re.compile(r"['’]s?$")
# Words that open a subordinate clause or a question: a name right after one is that
# clause's subject ("While Verstappen slid wide, Hamilton said").
_SUBORDINATE = frozenset(
    {"while", "what", "when", "where", "why", "how", "who", "whom", "whose", "which", "if",
     "whether", "although", "though", "because", "since", "until", "unless", "as", "after",
     "before", "once", "that"}
)  # fmt: skip
_TITLES = RANKS | ROLE_HEADS | HONORIFICS | DOTTED_TITLES


def rival_of(reason: str) -> str | None:
    """The text a finding's reason says the article has instead (its last quoted text
    after "the article"), or None when the reason quotes none."""
    starts = [m.end() for m in _AFTER_ARTICLE.finditer(reason)]
    if not starts:
        return None
    quoted = _QUOTED.findall(reason, starts[-1])
    if not quoted:
        return None
    try:
        value = ast.literal_eval(quoted[-1])
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) and value.strip() else None


def weakness(rule: str, reason: str, claim: str, article: str) -> str | None:
    """Why the finding of `rule` (its `reason`) is too weak for a red mark on `claim`,
    or None when it stands."""
    rival = rival_of(reason)
    if rival is None:
        return None
    import os

    on = os.environ.get("GATES", "malformed,fragment,named_in_claim").split(",")
    if rule in _NAME_RULES:
        if "malformed" in on and _malformed(rival, article):
            return "malformed"
        if "fragment" in on and _fragment(rival, article):
            return "fragment"
        if "named_in_claim" in on and _named_in(rival, claim):
            return "named_in_claim"
    return None


def _words(text: str) -> list[str]:
    return [m.group(0) for m in WORD.finditer(text)]


def _malformed(rival: str, article: str) -> bool:
    """The rival is no well-formed name: a clause's opening words read as part of a
    name where they open a subordinate clause or a question ("While Verstappen", "What
    FBI": the name is the subject of another clause than the one the rule read), nothing
    but function words ("There"), or one word the article capitalises only where it
    opens a sentence or a quotation and writes in lower case elsewhere ("Even",
    "Right"). A coordinator or a preposition before a name ("And Mr Obama", "In New
    York") only opens the sentence: the name after it is read as the rival."""
    words = _words(rival)
    if not words or (words[0].lower() in _SUBORDINATE and words[0][0].isupper()):
        return True
    name = _name_words(words)
    if not name:
        return True
    first = name[0]
    if len(name) > 1 or first.isupper() or not first[0].isupper() or first in _TITLES:
        return False
    lower = first.lower()
    if not re.search(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])", article):
        return False
    return all(
        _sentence_start(article, m.start())
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(first)}(?![\w’'-])", article)
    )


def _name_words(words: list[str]) -> list[str]:
    """The words of a rival from its first that is no function word (a title or an
    honorific counts as a name's word, "Mr Obama", and so does an acronym, "US")."""
    for i, word in enumerate(words):
        if word.lower() not in STOPWORDS or word in _TITLES or (len(word) > 1 and word.isupper()):
            return words[i:]
    return []


def _fragment(rival: str, article: str) -> bool:
    """Every time the article writes the rival, it is a piece of a longer name ("London"
    of "Transport for London", "the Bank of England"), or an affiliation before a title
    ("Republican House" of "Republican House Speaker Paul Ryan"), not a name of its own."""
    found = False
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(rival)}(?![\w’'-])", article):
        found = True
        joined = len(_words(rival)) == 1 and _joined_before(article, match.start())
        if not (joined or _titled_after(article, match.end())):
            return False
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word not in HONORIFICS


def _joined_before(article: str, start: int) -> bool:
    """A capitalised word and a joiner go before a one-word rival: "Transport for
    London"."""
    before = list(WORD.finditer(article, max(0, start - 40), start))[-2:]
    return (
        len(before) == 2
        and before[1].group(0) in _JOINERS
        and _capitalised(before[0].group(0))
        and all(
            article[x:y].isspace()
            for x, y in ((before[0].end(), before[1].start()), (before[1].end(), start))
        )
    )


def _titled_after(article: str, end: int) -> bool:
    """A title goes on right after it: "Republican House Speaker", "Taliban Spokesman"."""
    after = WORD.match(article, end + 1) if article[end : end + 1] == " " else None
    return after is not None and after.group(0) in ROLE_HEADS


def _sentence_start(article: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (capitalised for that alone)."""
    before = article[max(0, start - 4) : start].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n:"


def _named_in(rival: str, claim: str) -> bool:
    """Every distinctive word of the rival (not a function word, a title or an
    honorific) is a word of the claim: "Finn Brennan of the union Aslef said" names the
    article's speaker "Finn Brennan" itself; "Max Verstappen" does not name "Jos
    Verstappen"."""
    claim_words = {_POSSESSIVE.sub("", w).lower() for w in _words(claim)}
    distinctive = [
        _POSSESSIVE.sub("", w).lower()
        for w in _words(rival)
        if w.lower() not in STOPWORDS and w not in _TITLES and len(w) > 1
    ]
    return bool(distinctive) and all(w in claim_words for w in distinctive)
