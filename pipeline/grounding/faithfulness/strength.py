"""Whether a rule's finding is strong enough for a red mark.

A rule contradicts a claim when the article says something else in the claim's slot:
another name, speaker, number or date (the rival), or the opposite polarity. How sure
that reading is depends on the evidence, and a wrong red mark teaches an analyst to
ignore red marks, so a finding becomes `contradicted` only when its evidence is strong;
a weak one becomes `unverified` ("check against the source") and keeps the rule's
reason behind a hint ("the article may say otherwise: ..."), so nothing the rule found
is lost.

The gates are structural, about the rival and the claim, never about particular
sentences. A name or speaker finding is weak when its rival is

- `malformed`: no well-formed name. It opens with a word that opens a subordinate
  clause or a question ("While Verstappen", "What FBI": the name is the subject of
  another clause than the one the rule read), it is nothing but function words
  ("There"), or it is one word the article capitalises only where it opens a sentence
  and writes in lower case elsewhere ("Even", "Right"). A coordinator or a preposition
  before a name only opens the sentence: "In New York" is read as "New York";
- a `fragment` of a longer name: wherever the article writes it, it is one word after
  a capitalised word and a joiner ("London" of "Transport for London") or an
  affiliation right before a title ("Republican House" of "Republican House Speaker
  Paul Ryan");
- `named_in_claim`: every distinctive word of it (titles aside) is a word of the claim,
  so the claim cannot have displaced it ("Finn Brennan of the union Aslef said ...");
- in `apposition` with the claim's name: the article writes the two side by side as one
  place at two scales ("Shettlestone Road, Glasgow"), not in a list, and not two
  countries ("Cambodia, Malaysia armies" pairs two).

A negation finding (the claim negates what its support states plainly) is weak when
the support itself negates within a few words of the first word the claim negates
(`negation_nearby`): the claim may word the article's own negative meaning otherwise
("denied that the change was because of Brexit" / "This change wasn't done as a
result of Brexit"), and only the negations' scopes, which lexical rules read poorly,
would tell the two apart.

Number and date findings have no gate: on the development sets a gate on them (the
claim states the rival value too; the claim's value is written elsewhere in the
article) cost recall and removed no wrong red mark (the causes seen on blind sets are
fixed in `numbers` and `consistency` themselves).
"""

from __future__ import annotations

import ast
import re

from newsbrief.grounding.faithfulness.facts import name_phrases, negations_in
from newsbrief.grounding.faithfulness.kinds import name_kind
from newsbrief.text.lexicon import DOTTED_TITLES, HONORIFICS, RANKS, ROLE_HEADS
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["WEAK_PREFIX", "rival_of", "weakness"]

WEAK_PREFIX = "the article may say otherwise: "
# The rules that compare a claim's name with the article's rival name.
_NAME_RULES = frozenset({"entity", "speaker"})
# "the article says 'X'", "the article names 'X' there", "... attributes it to 'X'":
# the rival is the last quoted text after "the article".
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""")
_AFTER_ARTICLE = re.compile(r"\bthe article\b")
_WITHOUT_NEGATION = "the article states it without a negation"
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
_ROLE_WORDS = frozenset(word.lower() for word in ROLE_HEADS)
# How many words from a support's negation cue still count as negating the claim's word.
_NEAR = 4
# A list goes on after the pair: "Cambodia, Malaysia and Thailand".
_LIST_AFTER = re.compile(r",? (?:and|or)\b|, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*,? (?:and|or)\b")
_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*, $")
_SCOPE_END = re.compile(r"[.!?;]|\b(?:but|although|whereas|yet)\b", re.IGNORECASE)


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


def weakness(
    rule: str, reason: str, claim: str, article: str, *, token: str = "", support: str = ""
) -> str | None:
    """Why the contradicting finding of `rule` (its `reason`, about the claim's `token`,
    read against `support`) is too weak for a red mark on `claim`, or None when it
    stands."""
    if rule == "negation":
        if reason.endswith(_WITHOUT_NEGATION) and _negated_nearby(claim, support):
            return "negation_nearby"
        return None
    rival = rival_of(reason) if rule in _NAME_RULES else None
    if rival is None:
        return None
    if _malformed(rival, article):
        return "malformed"
    name = " ".join(_name_words(_words(rival)))
    if _fragment(name, article):
        return "fragment"
    if _named_in(name, claim):
        return "named_in_claim"
    if rule == "entity" and token and _apposed(name, token, article):
        return "apposition"
    return None


def _words(text: str) -> list[str]:
    return [m.group(0) for m in WORD.finditer(text)]


def _whole(word: str) -> str:
    """A pattern for `word` as a whole word (its own hyphens and apostrophes kept)."""
    return rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])"


def _malformed(rival: str, article: str) -> bool:
    """The rival is no well-formed name (see the module's docstring)."""
    words = _words(rival)
    if not words or (words[0].lower() in _SUBORDINATE and words[0].istitle()):
        return True  # "While Verstappen"; not an acronym, "AS Roma"
    name = _name_words(words)
    if not name:
        return True
    first = name[0]
    if len(name) > 1 or first.isupper() or not first[0].isupper() or first in _TITLES:
        return False
    if not re.search(_whole(first.lower()), article):
        return False
    return all(_sentence_start(article, m.start()) for m in re.finditer(_whole(first), article))


def _name_words(words: list[str]) -> list[str]:
    """The words of a rival from its first that is no function word (a title or an
    honorific counts as a name's word, "Mr Obama", and so does an acronym, "US")."""
    for i, word in enumerate(words):
        if word.lower() not in STOPWORDS or word in _TITLES or (len(word) > 1 and word.isupper()):
            return words[i:]
    return []


def _fragment(rival: str, article: str) -> bool:
    """Every time the article writes the rival, it is a piece of a longer name ("London"
    of "Transport for London"), or an affiliation before a title ("Republican House" of
    "Republican House Speaker Paul Ryan"), not a name of its own."""
    found = False
    for match in re.finditer(_whole(rival), article):
        found = True
        joined = len(_words(rival)) == 1 and _joined_before(article, match.start())
        if not (joined or _titled_after(article, match.end())):
            return False
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word not in HONORIFICS


def _joined_before(article: str, start: int) -> bool:
    """A capitalised word and a joiner go right before it: "Transport for London"."""
    before = list(WORD.finditer(article, max(0, start - 40), start))[-2:]
    return (
        len(before) == 2
        and before[1].group(0) in _JOINERS
        and _capitalised(before[0].group(0))
        and article[before[0].end() : before[1].start()].isspace()
        and article[before[1].end() : start].isspace()
    )


def _titled_after(article: str, end: int) -> bool:
    """A title goes on right after it, in either case: "Republican House Speaker",
    "Republican House speaker"."""
    after = WORD.match(article, end + 1) if article[end : end + 1] == " " else None
    return after is not None and after.group(0).lower() in _ROLE_WORDS


def _sentence_start(article: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or a quotation."""
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


def _apposed(rival: str, token: str, article: str) -> bool:
    """The article writes the rival and the claim's name side by side ("Shettlestone
    Road, Glasgow", "Glasgow, Shettlestone Road"), not as items of a list, and they are
    not two countries: one place named at two scales."""
    mine = _POSSESSIVE.sub("", token)
    pair = rf"(?:{re.escape(rival)}, {re.escape(mine)}|{re.escape(mine)}, {re.escape(rival)})"
    for found in re.finditer(rf"(?<![\w’'-]){pair}(?![\w’'-])", article):
        after = article[found.end() : found.end() + 40]
        before = article[max(0, found.start() - 40) : found.start()]
        if not _LIST_AFTER.match(after) and not _LIST_BEFORE.search(before):
            return _kind(rival, article) != "country" or _kind(mine, article) != "country"
    return False


def _kind(name: str, article: str) -> str:
    phrases = name_phrases(name)
    return name_kind(name, phrases[0].keys if phrases else (), article)


def _negated_nearby(claim: str, support: str) -> bool:
    """The support has a negation cue within `_NEAR` words of a word the claim negates
    first (the first content word after each of the claim's cues)."""
    heads: set[str] = set()
    for cue in negations_in(claim):
        following = (w.group(0).lower() for w in WORD.finditer(claim, cue.end()))
        head = next((w for w in following if w not in STOPWORDS), None)
        if head is not None:
            heads.add(stem(head))
    if not heads:
        return False
    words = list(WORD.finditer(support))
    for cue in negations_in(support):
        at = next((i for i, w in enumerate(words) if w.end() > cue.start()), len(words))
        past = next((i for i, w in enumerate(words) if w.start() >= cue.end()), len(words))
        before = words[max(0, at - _NEAR) : at]
        after = words[past : past + _NEAR]
        # a contrast or a sentence's end closes what the cue negates ("not hopeful but
        # very calm" negates no "calm"), as the negation rule reads it
        while before and _SCOPE_END.search(support, before[0].end(), cue.start()):
            before = before[1:]
        while after and _SCOPE_END.search(support, cue.end(), after[-1].start()):
            after = after[:-1]
        if heads & {stem(w.group(0).lower()) for w in before + after}:
            return True
    return False
