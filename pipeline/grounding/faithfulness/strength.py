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
- `same_country`: it names the same countries as the claim's name, written another way
  ("South Korea's" / "The South Korean");
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
from itertools import pairwise

from newsbrief.grounding.faithfulness.attribution import named_speakers
from newsbrief.grounding.faithfulness.facts import name_phrases, negations_in
from newsbrief.grounding.faithfulness.kinds import described_person, name_kind
from newsbrief.grounding.faithfulness.negation import plain_clash
from newsbrief.text.countries import countries_in, country_of_word
from newsbrief.text.lexicon import (
    DOTTED_TITLES,
    HONORIFICS,
    ORG_WORDS,
    RANKS,
    REPORTING_VERBS,
    ROLE_HEADS,
)
from newsbrief.text.scan import literal_matches
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["WEAK_PREFIX", "rival_of", "role_description", "weakness"]

WEAK_PREFIX = "the article may say otherwise: "
# The rules that compare a claim's name with the article's rival name.
_NAME_RULES = frozenset({"entity", "speaker"})
# "the article says 'X'", "the article names 'X' there", "... attributes it to 'X'":
# the rival is the last quoted text after "the article".
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""")
_AFTER_ARTICLE = re.compile(r"\bthe article\b")
_WITHOUT_NEGATION = "the article states it without a negation"
_OMITS = "omits a negation"
_NAMED_THERE = re.compile(r"; the article names .* there$")
# A pronoun or its contraction opens a sentence capitalised and is never a name.
_PRONOUNS = frozenset(
    {"i", "i'm", "i’m", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll", "we", "we're", "we’re",
     "we'd", "we’d", "we've", "we’ve", "you", "you're", "you’re", "he", "she", "it", "it's",
     "it’s", "they", "they're", "they’re", "me", "us", "him", "her", "them"}
)  # fmt: skip
# Where a post is published: a medium ("tweeted", "wrote on Facebook"), not an actor.
_MEDIA = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "linkedin",
     "whatsapp", "reddit", "weibo", "telegram"}
)  # fmt: skip
# A small count in words: "the two men" refers to people the article has named.
_SMALL_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_CLAUSE_MARK = re.compile(r"[,;:.!?()\"“”]")
# A description set off by commas right after a name: ", the head doctor in X,".
_APPOSITION = re.compile(r"\s*,[^,;:.!?()\"“”]{1,80},")
# A name set off by a comma right after a word: "Lansing, Ohio"; "Trump's son-in-law,
# Jared Kushner".
_PLACED_AFTER = re.compile(r"([\w’'-]+), $")
_PLACES = frozenset({"place", "country"})
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s+$")
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
# Words that open a description rather than a name ("the Foreign Secretary", "his
# driver"): read by `role_description` and `_preposition_before`.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
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
        return _negation_weakness(reason, claim, support)
    if rule == "number":
        rival = rival_of(reason)
        if rival is not None and token and _definite_count(token, rival, claim, article):
            return "definite_count"
        return None
    rival = rival_of(reason) if rule in _NAME_RULES else None
    if rival is None:
        return None
    if _malformed(rival, article) or _pronoun(_words(rival)) or _pronoun(_words(token)):
        return "malformed"
    name = " ".join(_name_words(_words(rival)))
    if _fragment(name, article) or (token and _after_number(token, claim)):
        return "fragment"
    if _described(rival) or _medium(name) or (token and _medium(token)):
        return "not_an_actor"
    if _named_in(name, claim):
        return "named_in_claim"
    if token and _same_countries(token, rival):
        return "same_country"
    if rule == "entity" and token and _apposed(name, token, article):
        return "apposition"
    if rule == "entity" and token and support:
        return _entity_weakness(reason, name, token, claim, article, support)
    return None


def _negation_weakness(reason: str, claim: str, support: str) -> str | None:
    """A negation finding stands only on a plain clash (`negation.plain_clash`): the
    negated word itself on both sides, negated once on one and plain on the other. A
    reversal of outcome ("paid off" / "backfired": `reversals`) stands as it is."""
    if reason.endswith(_WITHOUT_NEGATION):
        if _negated_nearby(claim, support):
            return "negation_nearby"
        return None if plain_clash(claim, support, claim_negates=True) else "no_plain_clash"
    if reason.startswith(_OMITS):
        return None if plain_clash(claim, support, claim_negates=False) else "no_plain_clash"
    return None


def _entity_weakness(
    reason: str, rival: str, token: str, claim: str, article: str, support: str
) -> str | None:
    """A name the support writes near the claim's slot ("names X; the article names Y
    there", read by the words around it) stands only on strict evidence: the article
    names the rival as an actor (a full name, a title, or more than once) or as a place
    as it does the claim's name, a sentence of the support writes the rival without the
    claim's name, and it stands there in the claim's name's slot: the same word right
    before or right after both (`_same_slot`). A finding of a clause's own slot (the
    subject of the same verb, the place after the same preposition, a title) stands."""
    if not _NAMED_THERE.search(reason):
        return None
    if not (
        _actor(rival, article)
        or _places(rival, token, article)
        or any(_names(said, rival) for said in named_speakers(support))
    ):
        return "not_an_actor"
    sentences = [s for s in _sentences_with(rival, support) if not _names(s, token)]
    if not sentences:
        return "claim_name_in_support"
    if not any(_same_slot(token, claim, rival, s) for s in sentences):
        return "other_slot"
    return None


def _places(rival: str, token: str, article: str) -> bool:
    """The article writes the rival or the claim's name as a place (or a country): a
    place put in another's."""
    return _kind(rival, article) in _PLACES or _kind(token, article) in _PLACES


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
    lower = first.lower()
    if next(literal_matches(re.compile(_whole(lower)), lower, article), None) is None:
        return False
    return all(
        _sentence_start(article, m.start())
        for m in literal_matches(re.compile(_whole(first)), first, article)
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
    of "Transport for London"), or an affiliation before a title ("Republican House" of
    "Republican House Speaker Paul Ryan"), not a name of its own."""
    found = False
    for match in literal_matches(re.compile(_whole(rival)), rival, article):
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


def _pronoun(words: list[str]) -> bool:
    """A rival (or a claim's name) that is a pronoun or its contraction: "I'm", "We"."""
    return bool(words) and all(
        w.lower() in _PRONOUNS and not (len(w) > 1 and w.isupper()) for w in words
    )  # "US" is a country


def _after_number(token: str, claim: str) -> bool:
    """The claim's name is a piece of a number-led title it writes ("60 Minutes")."""
    at = claim.find(token)
    return at > 0 and _NUMBER_BEFORE.search(claim, 0, at) is not None


_ORGANISATION_HEADS = ORG_WORDS | {"Firm", "Maker", "Club", "Team", "Campaign", "Spokesperson"}


def role_description(speaker: str) -> bool:
    """Whether a claimed speaker is given by a description rather than a name: "the
    Foreign Secretary", "a journalist based in Yaounde", "Labour's election chief" (a
    determiner, an owner's possessive or a word in lower case, and no two capitalised
    words in a row that are neither titles nor an owner: "Tory spokesman Julian Lewis"
    names him). The person the description fits may be the one the article names, so a
    disagreement is a doubt, not a red mark. (Read on the claim's side only: an
    article's description as the rival, "A Nato spokesman" against a Taliban spokesman
    named in the claim, is a real swap as often as not.)"""
    words = _words(speaker)
    if not words or _POSSESSIVE.sub("", words[-1]).title() in _ORGANISATION_HEADS:
        return False  # "the company", "the ministry": no person the article names
    plain = [
        w[0].isupper()
        and w not in _TITLES
        and w.lower() not in _DETERMINERS
        and not _POSSESSIVE.search(w)
        for w in words
    ]
    if any(a and b for a, b in pairwise(plain)):
        return False  # a full name
    return (
        words[0].lower() in _DETERMINERS
        or any(_POSSESSIVE.search(w) for w in words[:-1])
        or any(w[0].islower() and w not in _JOINERS for w in words)
    )


def _countries(phrase: str) -> frozenset[str]:
    """The countries a name or description names ("South Korea's", "the South Korean",
    "US-South Korean": by name or by a word of its people)."""
    found = set(countries_in(phrase))
    found.update(c for w in _words(phrase) if (c := country_of_word(_POSSESSIVE.sub("", w))))
    return frozenset(found)


def _same_countries(token: str, rival: str) -> bool:
    """The claim's name and the rival name the same countries: one written two ways
    ("South Korea's" / "The South Korean"), not two things."""
    mine = _countries(token)
    return bool(mine) and mine == _countries(rival)


def _described(name: str) -> bool:
    """ "The Democrat", "The Republican's": a description of a person, not a name."""
    return described_person(name, 0, name)


def _medium(name: str) -> bool:
    """A platform a post is published on ("Twitter", "Facebook"): a medium, no actor."""
    return any(_POSSESSIVE.sub("", w).lower() in _MEDIA for w in _words(name))


def _last(name: str) -> str:
    """A name's last word, without its possessive ending ("Sen" of "Hun Sen", though
    "Sen" is also a title's abbreviation: only the titles before a name are left out)."""
    words = _bare_name(name)
    return _POSSESSIVE.sub("", words[-1]) if words else ""


def _bare_name(name: str) -> list[str]:
    """The words of a name without the function words and titles before it."""
    words = _name_words(_words(name))
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


def _names(text: str, name: str) -> bool:
    """Whether `text` writes the name's last distinctive word ("Manet" of "Hun Manet")."""
    last = _last(name)
    return bool(last) and re.search(_whole(last), text) is not None


def _actor(rival: str, article: str) -> bool:
    """The article names the rival as an actor: a full name ("Kin Phea"), its last word
    more than once, or with a title (in the rival itself, "General Sophan", or right
    before it)."""
    last = _last(rival)
    if not last:
        return False
    words = _bare_name(rival)
    if len(words) > 1 or len(words) < len(_name_words(_words(rival))):
        return True
    found = list(re.finditer(_whole(last), article))
    if len(found) > 1:
        return True
    return any(_words(article[max(0, m.start() - 30) : m.start()])[-1:] in ([t] for t in _TITLES)
               for m in found)  # fmt: skip


def _written(name: str) -> str:
    """A pattern for `name` as a whole name, possessive or not ("the Indians' hopes")."""
    return rf"(?<![\w’'-]){re.escape(name)}(?=['’]s?(?![\w’'-])|(?![\w’'-]))"


def _sentences_with(name: str, support: str) -> list[str]:
    """The sentences of the support that write `name`."""
    pattern = re.compile(_written(name))
    return [m.group(0) for m in _SENTENCE.finditer(support) if pattern.search(m.group(0))]


_SLOT_WORDS = 1
# A reporting verb marks its subject's slot, whichever verb and tense: "X said", "Y told",
# "Z called it", "W described it".
_SAYS = dict.fromkeys(
    [*REPORTING_VERBS.split("|"), "say", "tell", "call", "calls", "called", "describe",
     "describes", "described"],
    "say",
)  # fmt: skip


def _neighbours(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """The stems of the `_SLOT_WORDS` content words nearest text[start:end] on each
    side, within its clause ("The Cubs beat the Indians": "beat", "indian"); after a
    name in apposition, the words after the apposition ("Noor Mohammad Faiz, the head
    doctor, said four ...": "said", "four"); before a name set off by a comma with no
    word of its clause before it, the word before the comma ("his son-in-law, Jared
    Kushner": "son-in-law"; "Lansing, Ohio": "lansing")."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    apposed = _APPOSITION.match(text, end)
    if apposed:
        end = apposed.end()
    stop = _CLAUSE_MARK.search(text, end)
    right = stop.start() if stop else len(text)
    before = [m.group(0).lower() for m in WORD.finditer(text, left, start)]
    after = [m.group(0).lower() for m in WORD.finditer(text, end, right)]
    if not before:  # "Lansing, Ohio", "his son-in-law, Jared Kushner": the word before
        placed = _PLACED_AFTER.search(text, max(0, start - 60), start)
        before = [placed.group(1).lower()] if placed else []
    before = [_SAYS.get(w, w) for w in before if w not in STOPWORDS or w in _SAYS]
    after = [_SAYS.get(w, w) for w in after if w not in STOPWORDS or w in _SAYS]
    return {stem(w) for w in before[-_SLOT_WORDS:]}, {stem(w) for w in after[:_SLOT_WORDS]}


def _same_slot(token: str, claim: str, rival: str, sentence: str) -> bool:
    """The claim's name and the rival stand next to the same content word on the same
    side, within their clauses: the subject of the same verb ("X said" / "Y said"), the
    object of the same verb ("met X" / "met Y"), the same title ("spokesman X" /
    "spokesman Y")."""
    at = claim.find(token)
    if at < 0:
        return False
    mine = _neighbours(claim, at, at + len(token))
    linked = _preposition_before(claim, at)
    for found in re.finditer(_written(rival), sentence):
        theirs = _neighbours(sentence, found.start(), found.end())
        before = mine[0] & theirs[0] and not (
            linked is None and _preposition_before(sentence, found.start()) is not None
        )
        if before or mine[1] & theirs[1]:
            return True
    return False


_PREPOSITIONS = frozenset(
    {"about", "of", "for", "to", "from", "with", "by", "in", "on", "at", "into", "over",
     "against", "after", "before", "near", "without", "like"}
)  # fmt: skip


def _preposition_before(text: str, start: int) -> str | None:
    """The preposition that links a name to the word before it ("edits about
    Liverpudlians": "about"), None when the name follows that word directly ("edits
    The Spectator"): a name after another preposition of the same word is another
    slot (what the magazine wrote about, not the magazine)."""
    for word in reversed(
        [m.group(0).lower() for m in WORD.finditer(text, max(0, start - 40), start)]
    ):
        if word in _DETERMINERS:
            continue
        return word if word in _PREPOSITIONS else None
    return None


def _definite_count(token: str, rival: str, claim: str, article: str) -> bool:
    """The claim's number counts a definite group ("the two men"): the article's rival
    is another number only where it counts the same thing ("the three men")."""
    at = claim.find(token)
    if (
        at < 0
        or token.lower() not in _SMALL_COUNTS
        or not re.search(r"\b(?:the|both|all)\s+$", claim[max(0, at - 6) : at], re.IGNORECASE)
    ):
        return False
    noun = WORD.match(claim, at + len(token) + 1)
    if noun is None or noun.group(0).lower() in STOPWORDS:
        return False
    if stem(noun.group(0).lower()) in {stem(w.lower()) for w in _words(rival)}:
        return False  # "the three men": the same thing counted otherwise
    counted = rf"{_whole(rival)}\s+{re.escape(noun.group(0))}"
    return re.search(counted, article, re.IGNORECASE) is None
