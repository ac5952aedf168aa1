"""Who does it and where: the agent of a verb and the place after a noun.

Two of the role checks (`roles`), each read the same way on the claim and on its
supporting sentences:

- agent: "X announced" against who does that verb in the support, read from word
  order ("Y announced", "Y, who announced"), a passive ("was hit by Y"), a possessed
  nominalisation ("Y's announcement"), an inverted report ("announced the ministry");
  a pronoun, a noun after a determiner or an agentless passive tells nothing; a
  reciprocal verb ("met", "agreed") takes every name of its sentence; a plural
  description ("the two nations agreed") the names before it;
- place: "consulate in X" against the name the support puts after the same noun and
  the same place preposition ("Consulate in ... Mazar-i-Sharif"), of the same kind
  (country against country, other place against other place); places the article
  writes together ("Croydon, south London") contain each other and never conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.grounding.faithfulness.facts import NamePhrase
from newsbrief.grounding.faithfulness.mentions import (
    CLAUSE_BREAK,
    PLACE_PREPOSITIONS,
    Parsed,
    Problem,
    Sentences,
    agree,
    bare,
    kind,
    possessive,
)
from newsbrief.text.words import STOPWORDS, stem

__all__ = ["agent_problems", "place_problems"]

# Reporting verbs: who says what is the speaker check's question (`consistency`).
_REPORTING = {"said", "says", "say", "told", "tells", "added", "adds"}
_IRREGULAR = {
    "won": "win", "beat": "beat", "took": "take", "led": "lead", "made": "make",
    "gave": "give", "sent": "send", "held": "hold", "left": "leave", "struck": "strike",
    "shot": "shoot", "began": "begin", "brought": "bring", "bought": "buy", "sold": "sell",
    "chose": "choose", "fell": "fall", "ran": "run", "found": "find", "lost": "lose",
    "paid": "pay", "caught": "catch", "threw": "throw", "drove": "drive", "kept": "keep",
    "built": "build", "spent": "spend", "hit": "hit", "met": "meet", "set": "set",
    "beaten": "beat", "taken": "take", "given": "give", "chosen": "choose",
    "fallen": "fall", "begun": "begin", "driven": "drive", "thrown": "throw",
}  # fmt: skip
# Reciprocal verbs: "X met Y" is "Y met X", so every name of the clause takes part.
_RECIPROCAL = {"meet", "talk", "agre", "sign", "negotiat", "marry", "clash", "discuss",
               "play", "draw", "tie", "partner", "cooperat", "shake"}  # fmt: skip
# A plural description as the subject: "the two nations", "both sides".
_GROUP = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+|three\s+)?[a-z]+s\s+(?:\w+ly\s+)?$")
# Light verbs carry their meaning in the object: who "made" something is no agent slot.
_LIGHT = frozenset(stem(w) for w in ("make", "take", "give", "get", "do", "have"))
_AUX = {"was", "were", "is", "are", "be", "been", "being"}
_HAVE = {"has", "have", "had"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our"}
_PHRASE_BREAK = re.compile(r"[,;:.!?()—–]")  # a closing quote mark ends no phrase


@lru_cache(maxsize=65536)  # per word, once per process: every support sentence's words
def _lemma(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    if len(word) > 7 and word.endswith("ment"):
        word = word[:-4]  # "announcement" does what "announced" does
    return stem(word)


# --- agents -------------------------------------------------------------------------


def _claim_agents(parsed: Parsed) -> tuple[list[NamePhrase], str, str] | None:
    """The names before the claim's main verb and the verb's lemma: "X and Y agreed",
    "The Indians won"; for a passive ("X was beaten by Y") the name after "by"."""
    tokens = parsed.tokens
    i = 1 if tokens and tokens[0].lower == "the" else 0
    subjects: list[NamePhrase] = []
    while i < len(tokens):
        name = parsed.name_at(tokens[i].start)
        if name is None or possessive(name):
            break
        subjects.append(name)
        end = name.start + len(name.text)
        while i < len(tokens) and tokens[i].start < end:
            i += 1
        if i < len(tokens) and tokens[i].lower == "and":
            i += 1
    if not subjects or i >= len(tokens):
        return None
    if tokens[i].lower in _HAVE:
        i += 1
    if i >= len(tokens) or tokens[i].lower in _REPORTING or tokens[i].lower in STOPWORDS - _AUX:
        return None
    if tokens[i].lower in _AUX and i + 2 < len(tokens) and tokens[i + 2].lower == "by":
        agent = parsed.name_at(tokens[i + 3].start) if i + 3 < len(tokens) else None
        verb = tokens[i + 1].lower
        return ([agent], _lemma(verb), verb) if agent else None
    word = tokens[i].lower
    if _lemma(word) in _LIGHT:
        return None  # "made no mention", "made the announcement": the object is the act
    if word in _IRREGULAR or (word.endswith("ed") and len(word) > 4):
        return subjects, _lemma(word), word
    return None


def _agents_at(parsed: Parsed, i: int) -> list[NamePhrase] | None:
    """Who does the verb at token `i` of a support sentence; None when it cannot tell."""
    tokens = parsed.tokens
    before = [t.lower for t in tokens[max(0, i - 2) : i]]
    if before and before[-1] in _DETERMINERS:
        return None  # "a meeting", "the announcement": a noun with no agent written
    if i + 2 < len(tokens) and tokens[i + 1].lower == "by":  # "(was) hit by Ben Zobrist"
        agent = next((n for n in parsed.names if n.start >= tokens[i + 2].start), None)
        return [agent] if agent and agent.start - tokens[i + 1].end < 40 else None
    if _AUX & set(before):
        return None  # an agentless passive
    if i > 0:
        owner = parsed.name_at(tokens[i - 1].start)
        if owner is not None and possessive(owner):
            return [owner]  # "Mr Comey's announcement"
    if _PRONOUNS & {t.lower for t in tokens[max(0, i - 3) : i]}:
        return None  # "they would never win": whom "they" names is not read here
    names = [n for n in parsed.names if n.start + len(n.text) <= tokens[i].start]
    if _GROUP.search(parsed.text, 0, tokens[i].start):
        # "During talks between A and B, the two nations agreed": the group is the names
        # before it in the sentence; with fewer than two there, earlier sentences say.
        return names if len(names) >= 2 else None
    if _lemma(tokens[i].lower) in _RECIPROCAL:
        return list(parsed.names) or None
    if i + 1 < len(tokens) and (inverted := parsed.name_at(tokens[i + 1].start)):
        names.append(inverted)  # '"...," announced the ministry'
    return names or None


def _doer(parsed: Parsed, names: list[NamePhrase]) -> NamePhrase:
    """The name to show as the article's agent: the first one not inside a
    prepositional phrase ("in Kuala Lumpur", "of the ASEAN meeting")."""
    for name in names:
        k = parsed.index_at(name.start)
        if not {t.lower for t in parsed.tokens[max(0, k - 3) : k]} & (
            PLACE_PREPOSITIONS | {"of", "on", "by"}
        ):
            return name
    return names[-1]


def _agents(support: Sentences, lemma: str) -> list[tuple[Parsed, list[NamePhrase]]]:
    return [
        (s, names)
        for s in support
        for i, token_lemma in enumerate(s.mapped(_lemma))  # each sentence's lemmas once
        if token_lemma == lemma and (names := _agents_at(s, i))
    ]


def agent_problems(claim: Parsed, linked: Sentences, around: Sentences) -> list[Problem]:
    found = _claim_agents(claim)
    if found is None:
        return []
    agents, lemma, verb = found
    known = _agents(linked, lemma)
    if not known:
        return []
    known_anywhere = known + _agents(around, lemma)
    present = [n for s in (*linked, *around) for n in s.names]
    problems = []
    for agent in agents:
        if any(agree(agent, n) for _, names in known_anywhere for n in names):
            continue
        if not any(agree(agent, n) for n in present):
            continue  # not in the support at all: the presence check reports it
        doer = _doer(*min(known, key=lambda k: len(k[1])))  # a precise agent first
        problems.append(
            (agent.text, f"says {agent.text!r} {verb}; the article says {bare(doer)!r} did")
        )
    return problems


# --- places -------------------------------------------------------------------------


def _place_after(parsed: Parsed, i: int) -> tuple[str, list[NamePhrase]] | None:
    """The preposition within two words after token `i` and the names of its phrase."""
    tokens = parsed.tokens
    for j in range(i + 1, min(len(tokens), i + 3)):
        if _PHRASE_BREAK.search(parsed.text, tokens[j - 1].end, tokens[j].start):
            return None
        if tokens[j].lower in PLACE_PREPOSITIONS:
            stop = CLAUSE_BREAK.search(parsed.text, tokens[j].end)
            end = min(
                stop.start() if stop else len(parsed.text), tokens[min(j + 8, len(tokens) - 1)].end
            )
            names = [n for n in parsed.names if tokens[j].end <= n.start < end]
            return tokens[j].lower, names
    return None


def _named_with(rival: NamePhrase, place: NamePhrase, claim: Parsed, article: str) -> bool:
    """The rival place is named in the claim too, or the article writes the two places
    (not countries) together ("Croydon, south London", "Baoding in Hebei"): one
    contains the other."""
    if any(agree(rival, n) for n in claim.names if n is not place):
        return True
    if kind(place) == "country":
        return False  # "Cambodia, Malaysia armies" is a list: no country contains another
    a, b = (re.escape(n.keys[-1]) for n in (place, rival))
    near = r"(?:,\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?|\s+in\s+(?:the\s+)?)"
    return bool(re.search(rf"(?i:\b{a}){near}(?i:{b}\b)|(?i:\b{b}){near}(?i:{a}\b)", article))


def place_problems(
    claim: Parsed, linked: Sentences, around: Sentences, article: str
) -> list[Problem]:
    problems = []
    tokens = claim.tokens
    for k, token in enumerate(tokens):
        if token.lower not in PLACE_PREPOSITIONS or k == 0:
            continue
        place = next((n for n in claim.names if token.end <= n.start <= token.end + 5), None)
        if place is None or possessive(place):
            continue
        anchors = {
            stem(t.lower)
            for t in tokens[max(0, k - 2) : k]
            if t.lower not in STOPWORDS and claim.name_at(t.start) is None
        }
        if not anchors:
            continue  # no noun before the preposition: nothing to find in the support
        rivals: list[NamePhrase] = []
        agreed = False
        for s in (*linked, *around):
            if anchors.isdisjoint(s.stems):
                continue  # no noun of the claim's (most sentences): the loop finds nothing
            for i, key in enumerate(s.stems):
                if key not in anchors:
                    continue
                after = _place_after(s, i)
                if after is None or after[0] != token.lower:
                    continue
                agreed |= any(agree(place, n) for n in after[1])
                if s in linked:  # a neighbour's "rally in Grand Rapids" may be another rally
                    rivals += [
                        n for n in after[1] if kind(n) == kind(place) and not agree(place, n)
                    ]
        rivals = [r for r in rivals if not _named_with(r, place, claim, article)]
        if rivals and not agreed:
            problems.append(
                (
                    place.text,
                    f"says {token.lower} {place.text!r}; the article says {rivals[0].text!r}",
                )
            )
    return problems
