"""Who plays which part: a name the article has, in a slot the article gives another.

The presence check (`consistency`) passes a name swapped for another name of the same
supporting sentences: "Comey's campaign" when the article has "Clinton's campaign" and
mentions Comey one sentence earlier. What decides such a claim is the role the name
plays, so each rule reads one kind of slot the same way on the claim and on the
article, and flags a claim only when the article fills that slot with a different name
and never with the claimed one:

- title: "Taliban spokesman X", "X, the police chief": the title words the article
  pairs with each name, collected from the whole article (a title is stated once);
- possessor: "X's campaign" against the possessor of the same noun in the support
  ("Clinton's campaign"); a description there ("the British capital's only tram
  network") may stand for any name the article has, so it never flags;
- agent: "X announced" against who does that verb in the support, read from word
  order ("Y announced", "Y, who announced"), a passive ("was hit by Y") or a possessed
  nominalisation ("Y's announcement"); a pronoun or an agentless passive tells nothing;
- place: "consulate in X" against the name the support puts after the same noun and a
  place preposition ("Consulate in ... Mazar-i-Sharif"), of the same kind (country
  against country, other place against other place).

Plain token rules over `newsbrief.text.words` and `facts.name_phrases`: no model, a few
microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsbrief.grounding.facts import NamePhrase, name_phrases
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import ROLE_HEADS, ROLE_NOUNS
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["Problem", "described_possessors", "role_problems"]

Problem = tuple[str, str]  # (offending token, reason)
_Sentences = tuple["_Parsed", ...]

_ROLES = frozenset(ROLE_NOUNS.split("|")) | {h.lower() for h in ROLE_HEADS}
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
_AUX = {"was", "were", "is", "are", "be", "been", "being"}
_HAVE = {"has", "have", "had"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our"}
_PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "into"}
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”—–]")
_PHRASE_BREAK = re.compile(r"[,;:.!?()—–]")  # a closing quote mark ends no phrase
_APPOSITION = re.compile(r"\s*,\s+(?:(?:a|an|the)\s+)?")


@dataclass(frozen=True)
class _Token:
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class _Parsed:
    text: str
    tokens: tuple[_Token, ...]
    names: tuple[NamePhrase, ...]

    def name_at(self, start: int) -> NamePhrase | None:
        return next((n for n in self.names if n.start <= start < n.start + len(n.text)), None)

    def index_at(self, offset: int) -> int:
        """The first token starting at or after `offset`."""
        return next((i for i, t in enumerate(self.tokens) if t.start >= offset), len(self.tokens))

    def broken(self, start: int, end: int) -> bool:
        return bool(_CLAUSE_BREAK.search(self.text, start, end))


@lru_cache(maxsize=8192)
def _parse(text: str) -> _Parsed:
    tokens = tuple(_Token(m.group(0).lower(), m.start(), m.end()) for m in WORD.finditer(text))
    return _Parsed(text, tokens, tuple(name_phrases(text)))


def _agree(a: NamePhrase, b: NamePhrase) -> bool:
    if _kind(a) == _kind(b) == "country" and a.country == b.country:
        return True  # "Cambodia" and "Cambodian"
    return a.keys[-1] in b.keys or b.keys[-1] in a.keys


def _norm(word: str) -> str:
    """A descriptor word compared by country ("Cambodian" = "Cambodia") or by stem."""
    return country_of_word(word.capitalize()) or country_of_word(word.upper()) or stem(word)


def _possessive(name: NamePhrase) -> bool:
    return name.text.endswith(("'s", "’s"))


def _bare(name: NamePhrase) -> str:
    return name.text[:-2] if _possessive(name) else name.text


def _lemma(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    if len(word) > 7 and word.endswith("ment"):
        word = word[:-4]  # "announcement" does what "announced" does
    return stem(word)


# --- titles -------------------------------------------------------------------------


def _titles(parsed: _Parsed) -> list[tuple[NamePhrase, frozenset[str]]]:
    """Each name with the title words written next to it: before it ("Taliban
    spokesman X", "A Taliban spokesman, X"), inside its capitalised run ("Defence
    Secretary X") or in an apposition after it ("X, spokesman for the police, said")."""
    out = []
    text, tokens = parsed.text, parsed.tokens
    for name in parsed.names:
        words: list[str] = []
        first = parsed.index_at(name.start)
        inner = [t.lower for t in tokens[first:] if t.end <= name.start + len(name.text)]
        words += [w for w in inner if w not in name.keys]
        if first > 0 and tokens[first - 1].lower in _ROLES:
            role = first - 1
            gap = text[tokens[role].end : name.start]
            if gap.strip() in ("", ","):
                words.append(tokens[role].lower)
                for k in range(role - 1, max(-1, role - 3), -1):
                    if tokens[k].lower in STOPWORDS or parsed.broken(
                        tokens[k].end, tokens[k + 1].start
                    ):
                        break
                    words.append(tokens[k].lower)
        after = _APPOSITION.match(text, name.start + len(name.text))
        if after:
            stop = _CLAUSE_BREAK.search(text, after.end())
            phrase = [
                m.group(0).lower()
                for m in WORD.finditer(text, after.end(), stop.start() if stop else len(text))
            ]
            if any(w in _ROLES for w in phrase[:4]) and len(phrase) <= 12:
                words += phrase
        described = {_norm(w) for w in words if w not in STOPWORDS}
        if described & {stem(r) for r in _ROLES}:
            out.append((name, frozenset(described)))
    return out


@lru_cache(maxsize=256)
def _article_titles(text: str) -> list[tuple[NamePhrase, frozenset[str]]]:
    return _titles(_parse(text))


def _title_problems(claim: _Parsed, article: str) -> list[Problem]:
    problems = []
    known = _article_titles(article)
    roles = {stem(r) for r in _ROLES}
    for name, title in _titles(claim):
        modifiers = title - roles
        mine = [t for n, t in known if _agree(n, name)]
        # "Hun Manet, the army chief" for the article's "army commander Hun Manet" is a
        # paraphrase: only a modifier the article never uses for X ("Taliban") decides.
        if not modifiers or not mine or any(modifiers & t for t in mine):
            continue
        others = [n for n, t in known if title <= t and not _agree(n, name)]
        if others:
            problems.append(
                (name.text, f"calls {name.text!r} by a title the article gives {others[0].text!r}")
            )
    return problems


# --- possessors ---------------------------------------------------------------------


def _possessed(parsed: _Parsed, end: int) -> set[str]:
    """The stems of the (up to three) content words after a possessive ending at `end`."""
    i = parsed.index_at(end)
    out = set()
    for token in parsed.tokens[i : i + 3]:
        if token.lower not in STOPWORDS:
            out.add(stem(token.lower))
    return out


def _possessions(parsed: _Parsed) -> list[tuple[NamePhrase | None, set[str]]]:
    """(possessor name or None for a description, possessed stems) for every "'s"."""
    out: list[tuple[NamePhrase | None, set[str]]] = []
    for token in parsed.tokens:
        if not token.lower.endswith(("'s", "’s")):
            continue
        name = parsed.name_at(token.start)
        out.append((name, _possessed(parsed, token.end)))
        if name is not None:  # "Cambodia and Malaysia's armies": both possess
            before = parsed.text[max(0, name.start - 40) : name.start]
            joined = re.search(r"(\S+)\s+and\s+$", before)
            if joined:
                other = parsed.name_at(name.start - len(joined.group(0)))
                if other is not None:
                    out.append((other, _possessed(parsed, token.end)))
    return out


def _possessor_problems(claim: _Parsed, linked: _Sentences, around: _Sentences) -> list[Problem]:
    problems = []
    theirs = [p for s in linked for p in _possessions(s)]
    nearby = [p for s in around for p in _possessions(s)]
    for name, things in _possessions(claim):
        if name is None or not things:
            continue
        same = [owner for owner, owned in theirs if owned & things]
        also = [owner for owner, owned in nearby if owned & things]
        if not same or any(o is None or _agree(o, name) for o in same + also):
            continue
        other = next(o for o in same if o is not None)
        if any(_agree(other, n) for n in claim.names if n is not name):
            continue  # "Y's counterpart X" for "X's counterpart Y": both named, a relation
        problems.append((name.text, f"says {name.text!r}; the article says {other.text!r}"))
    return problems


def described_possessors(
    claim: str, support: Sequence[str], article_words: frozenset[str]
) -> set[str]:
    """Claimed possessors that the support writes as a description ("London's only tram
    network" for "The British capital's only tram network"), named elsewhere in the article."""
    out = set()
    theirs = [p for s in support for p in _possessions(_parse(s))]
    for name, things in _possessions(_parse(claim)):
        if name is None or name.keys[-1] not in article_words:
            continue
        if any(owner is None and owned & things for owner, owned in theirs):
            out.add(name.text)
    return out


# --- agents -------------------------------------------------------------------------


def _claim_agents(parsed: _Parsed) -> tuple[list[NamePhrase], str, str] | None:
    """The names before the claim's main verb and the verb's lemma: "X and Y agreed",
    "The Indians won"; for a passive ("X was beaten by Y") the name after "by"."""
    tokens = parsed.tokens
    i = 1 if tokens and tokens[0].lower == "the" else 0
    subjects: list[NamePhrase] = []
    while i < len(tokens):
        name = parsed.name_at(tokens[i].start)
        if name is None or _possessive(name):
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
    if word in _IRREGULAR or (word.endswith("ed") and len(word) > 4):
        return subjects, _lemma(word), word
    return None


def _agents_at(parsed: _Parsed, i: int) -> list[NamePhrase] | None:
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
        if owner is not None and _possessive(owner):
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


def _doer(parsed: _Parsed, names: list[NamePhrase]) -> NamePhrase:
    """The name to show as the article's agent: the first one not inside a
    prepositional phrase ("in Kuala Lumpur", "of the ASEAN meeting")."""
    for name in names:
        k = parsed.index_at(name.start)
        if not {t.lower for t in parsed.tokens[max(0, k - 3) : k]} & (
            _PLACE_PREPOSITIONS | {"of", "on", "by"}
        ):
            return name
    return names[-1]


def _agents(support: _Sentences, lemma: str) -> list[tuple[_Parsed, list[NamePhrase]]]:
    return [
        (s, names)
        for s in support
        for i, t in enumerate(s.tokens)
        if _lemma(t.lower) == lemma and (names := _agents_at(s, i))
    ]


def _agent_problems(claim: _Parsed, linked: _Sentences, around: _Sentences) -> list[Problem]:
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
        if any(_agree(agent, n) for _, names in known_anywhere for n in names):
            continue
        if not any(_agree(agent, n) for n in present):
            continue  # not in the support at all: the presence check reports it
        doer = _doer(*min(known, key=lambda k: len(k[1])))  # a precise agent first
        problems.append(
            (agent.text, f"says {agent.text!r} {verb}; the article says {_bare(doer)!r} did")
        )
    return problems


# --- places -------------------------------------------------------------------------


def _kind(name: NamePhrase) -> str:
    return "country" if name.country and len(name.keys) == 1 else "place"


def _place_after(parsed: _Parsed, i: int) -> tuple[str, list[NamePhrase]] | None:
    """The preposition within two words after token `i` and the names of its phrase."""
    tokens = parsed.tokens
    for j in range(i + 1, min(len(tokens), i + 3)):
        if _PHRASE_BREAK.search(parsed.text, tokens[j - 1].end, tokens[j].start):
            return None
        if tokens[j].lower in _PLACE_PREPOSITIONS:
            stop = _CLAUSE_BREAK.search(parsed.text, tokens[j].end)
            end = min(
                stop.start() if stop else len(parsed.text), tokens[min(j + 8, len(tokens) - 1)].end
            )
            names = [n for n in parsed.names if tokens[j].end <= n.start < end]
            return tokens[j].lower, names
    return None


def _named_with(rival: NamePhrase, place: NamePhrase, claim: _Parsed, article: str) -> bool:
    """The rival place is named in the claim too, or the article writes the two places
    (not countries) together ("Croydon, south London", "Baoding in Hebei"): one
    contains the other."""
    if any(_agree(rival, n) for n in claim.names if n is not place):
        return True
    if _kind(place) == "country":
        return False  # "Cambodia, Malaysia armies" is a list: no country contains another
    a, b = (re.escape(n.keys[-1]) for n in (place, rival))
    near = r"(?:,\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?|\s+in\s+(?:the\s+)?)"
    return bool(re.search(rf"(?i:\b{a}){near}(?i:{b}\b)|(?i:\b{b}){near}(?i:{a}\b)", article))


def _place_problems(
    claim: _Parsed, linked: _Sentences, around: _Sentences, article: str
) -> list[Problem]:
    problems = []
    tokens = claim.tokens
    for k, token in enumerate(tokens):
        if token.lower not in _PLACE_PREPOSITIONS or k == 0:
            continue
        place = next((n for n in claim.names if token.end <= n.start <= token.end + 5), None)
        if place is None or _possessive(place):
            continue
        anchors = {
            stem(t.lower)
            for t in tokens[max(0, k - 2) : k]
            if t.lower not in STOPWORDS and claim.name_at(t.start) is None
        }
        rivals: list[NamePhrase] = []
        agreed = False
        for s in (*linked, *around):
            for i, t in enumerate(s.tokens):
                if stem(t.lower) not in anchors:
                    continue
                after = _place_after(s, i)
                if after is None or after[0] != token.lower:
                    continue
                agreed |= any(_agree(place, n) for n in after[1])
                if s in linked:  # a neighbour's "rally in Grand Rapids" may be another rally
                    rivals += [
                        n for n in after[1] if _kind(n) == _kind(place) and not _agree(place, n)
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


def role_problems(
    claim: str, linked: Sequence[str], around: Sequence[str], article: str
) -> list[Problem]:
    """Names of `claim` in a role (title, possessor, agent, place) that the supporting
    sentences (`linked`: those linked and those they refer back to) give to another name,
    and that neither they nor their neighbours (`around`) give to the claimed name.
    Titles are read from the whole `article`."""
    parsed = _parse(claim)
    if not parsed.names:
        return []
    mine = tuple(_parse(s) for s in linked)
    nearby = tuple(_parse(s) for s in around)
    return [
        *_title_problems(parsed, article),
        *_possessor_problems(parsed, mine, nearby),
        *_agent_problems(parsed, mine, nearby),
        *_place_problems(parsed, mine, nearby, article),
    ]
