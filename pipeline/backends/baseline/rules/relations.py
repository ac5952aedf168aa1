"""Relations between countries or organisations named together in one sentence.

A sentence that names two or more countries/organisations and uses a cue word
('cooperation', 'agreed', 'conflict', 'trade', 'visit') gives one relation whose kind
is the family with most cues (ties go to the earlier family) and whose description is
the sentence itself. Cues inside names ('International Relations Institute', 'Cold
War') are removed by the caller before asking.
"""

from __future__ import annotations

from newsbrief.backends.baseline.rules.stems import StemMatcher

__all__ = ["RELATION_CUES", "relation_kind"]

# In order of precedence when two families have as many cues.
_CUE_TEXT: dict[str, str] = {
    "agreement": (
        "agree; memorandum; mou; accord$; treaty; treaties; sign; signed; signing; pact; deal"
    ),
    "conflict": (
        "conflict; war; clash; dispute; tension; threat; embargo; sanction; "
        "hostil; attack; ceasefire"
    ),
    "trade": "trade; export; import$; imported; tariff; investment",
    "cooperation": (
        "cooperat; co-op; collaborat; partnership; partner; ties; alliance; "
        "friendship; bilateral; joint; support; relations"
    ),
    "diplomatic visit": "visit; meeting; met; talks; summit; delegation",
}
RELATION_CUES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (kind, tuple(cue.strip() for cue in text.split(";"))) for kind, text in _CUE_TEXT.items()
)
_MATCHER = StemMatcher(dict(RELATION_CUES))


def relation_kind(sentence: str) -> str | None:
    """The relation family with most cue words in a sentence, or None without a cue."""
    hits = _MATCHER.count(sentence)
    best = max(_MATCHER.labels, key=lambda kind: hits[kind])  # first label wins ties
    return best if hits[best] else None
