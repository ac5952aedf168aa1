"""Which claim checks go to the judge, how each is worded for it, and in what chunks.

By default only the claims the rules could not settle are sent (`unverified`, and the
`unsupported` of older runs) and those they found `contradicted` (a second opinion on
each red mark); `scope="all"` sends every checked claim but those that copy the article
(a summary sentence the rules found word for word, `rule` copied; a quotation found
verbatim): the article's own words need no reading, and a judge's doubt about them
could only be wrong. Claims a strict policy removed from the briefing are never sent:
they are no longer in it.

A speaker check's claim is only a name and a quote check's only the quotation, so both
are worded as the statement the briefing makes ("X said: "..."").

Chunks hold at most `CHUNK_SIZE` claims: a verdict list of a few items is never cut off
at a token limit (judges in the wild cut off lists of 6+ statements and fail to parse
more often as lists grow), and every chunk of an article repeats the same prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.schemas import Briefing, ClaimCheck, JudgeScope

__all__ = ["CHUNK_SIZE", "COPIED", "DOUBTFUL", "SentClaim", "chunks", "claims_to_judge"]

CHUNK_SIZE = 5
DOUBTFUL = frozenset({"unverified", "contradicted", "unsupported"})
COPIED = frozenset({"copied", "verbatim"})  # the rules found the claim word for word
_QUOTE_PATH = re.compile(r"^quotes\[(\d+)\]\.(speaker|text)$")


@dataclass(frozen=True)
class SentClaim:
    """One claim as sent: its position in `Briefing.checks` and the statement asked."""

    position: int
    statement: str


def _statement(check: ClaimCheck, briefing: Briefing) -> str:
    found = _QUOTE_PATH.match(check.path)
    if found is None or check.kind == "prose":
        return check.claim
    index = int(found.group(1))
    if index >= len(briefing.quotes):
        return check.claim
    quote = briefing.quotes[index]
    if check.kind == "speaker":
        return f'{quote.speaker or check.claim} said: "{quote.text}"'
    return f'The article quotes these words exactly: "{quote.text}"'


def claims_to_judge(
    briefing: Briefing, checks: list[ClaimCheck], scope: JudgeScope = "doubtful"
) -> list[SentClaim]:
    """The claims that need the judge's decision, in the order of `checks`."""
    chosen = []
    for position, check in enumerate(checks):
        if check.removed or check.verdict == "not_checked" or not check.claim.strip():
            continue
        if scope == "doubtful" and check.verdict not in DOUBTFUL:
            continue
        if check.verdict == "supported" and check.rule in COPIED:
            continue
        chosen.append(SentClaim(position, _statement(check, briefing)))
    return chosen


def chunks(claims: list[SentClaim], size: int = CHUNK_SIZE) -> list[list[SentClaim]]:
    """`claims` in runs of at most `size` (the last one may be shorter)."""
    size = max(1, size)
    return [claims[start : start + size] for start in range(0, len(claims), size)]
