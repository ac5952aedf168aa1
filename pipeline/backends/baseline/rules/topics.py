"""Topics from the controlled vocabulary (newsbrief.schemas.topics.TOPICS) by keyword counts.

Each topic has a list of word stems; an article gets the topics whose stems occur most
often (at most three, each with at least two hits and a third of the top topic's
count), so that one passing mention of 'trade' does not make a defence story a trade one.
"""

from __future__ import annotations

from typing import cast

from newsbrief.backends.baseline.rules.stems import StemMatcher
from newsbrief.schemas.topics import TOPICS, Topic

__all__ = ["TOPIC_KEYWORDS", "pick_topics"]

# Stem rules (word start vs whole word, trailing $) are explained in stems.py.
_KEYWORD_TEXT: dict[str, str] = {
    "politics": (
        "election; parliament; prime minister; party; government; opposition; "
        "vote; cabinet; president; politic; senate; lawmaker"
    ),
    "diplomacy": (
        "diplomat; bilateral; foreign minist; foreign affairs; embassy; "
        "ambassador; summit; visit; ties; relations; counterpart; memorandum; "
        "mou; multilateral; asean; dialogue"
    ),
    "defence": (
        "defence; defense; militar; army; armies; armed force; navy; naval; "
        "troops; soldier; weapon; arms; drill; exercise; peacekeep"
    ),
    "security": (
        "security; terror; counterterror; cybersecurity; intelligence; threat; "
        "stability; extremis; border"
    ),
    "conflict": (
        "war; conflict; ceasefire; clash; fighting; attack; invasion; hostilit; "
        "peace accord; insurgen"
    ),
    "economy": "econom; gdp; inflation; growth; budget; investment; market; fiscal; recession",
    "trade": "trade; export; import$; tariff; customs; free trade",
    "business": "compan; business; enterprise; firm; corporat; startup; profit",
    "energy": "energy; oil; gas; electricity; solar; wind power; renewable; power plant; coal",
    "environment": (
        "environment; climate; biodiversity; conservation; pollution; emission; "
        "sustainab; forest; wildlife"
    ),
    "health": "health; covid; pandemic; vaccine; hospital; disease; medical; virus",
    "science-technology": (
        "technolog; science; research; digital; cyber; satellite; artificial "
        "intelligence; innovation"
    ),
    "law-justice": "court$; law; legal; judge; trial; justice; rights; verdict; legislation",
    "crime": "crime; criminal; police; arrest; corruption; traffick; fraud; smuggl; illegal",
    "society": "communit; social; citizen; poverty; women; youth; religio; human rights",
    "migration": "migra; refugee; asylum; immigra; deport",
    "disaster": "disaster; flood; earthquake; storm; typhoon; drought; relief; humanitarian",
    "infrastructure": (
        "infrastructure; road; railway; port; bridge; airport; connectivity; logistics"
    ),
    "education": "education; school; universit; student; training; scholarship",
    "culture-sport": (
        "culture; cultural; sport; festival; heritage; artist; museum; football; olympic"
    ),
}
TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    topic: tuple(stem.strip() for stem in text.split(";")) for topic, text in _KEYWORD_TEXT.items()
}
assert set(TOPIC_KEYWORDS) == set(TOPICS), "every topic needs keywords and no others"


_MATCHER = StemMatcher(TOPIC_KEYWORDS)
MAX_TOPICS = 3
MIN_HITS = 2


def pick_topics(text: str) -> list[Topic]:
    """Up to three topics, most frequent first; ties keep vocabulary order."""
    counts = _MATCHER.count(text)
    order = {topic: position for position, topic in enumerate(TOPICS)}
    ranked = sorted(
        ((topic, hits) for topic, hits in counts.items() if hits >= MIN_HITS),
        key=lambda item: (-item[1], order[item[0]]),
    )
    if not ranked:
        return []
    top = ranked[0][1]
    return [cast(Topic, topic) for topic, hits in ranked[:MAX_TOPICS] if hits * 3 >= top]
