"""A judge's verdicts applied to the rules' checks, each one checked before it counts.

A judge verdict replaces the rules' verdict only when what it rests on holds up:

- its citation must be article text: found by the grounding aligner (exact, then
  normalised, then fuzzy at the aligner's threshold), and long enough to mean something
  (`MIN_CITATION_CHARS`). A citation that is not in the article voids the verdict;
- a `supported` verdict on a claim the rules found `contradicted` must cite text that
  holds each token the rules found contradicted (the number, date or name in
  `offending`): a judge that calls "12 people died" supported while citing a sentence
  that says 21 is not believed;
- a `supported` or `contradicted` verdict must cite text that shares a content word
  with the claim (`newsbrief.text.words`: stop words out, light stemming): a citation
  about something else cannot be what the verdict rests on (a judge that cites the
  article's first sentence for every claim is not believed);
- `unverified` needs no citation (it says the article is silent).

A voided verdict leaves the rules' verdict in place (`stage` stays `rules`),
`prior_verdict` records the verdict it voided, and `reason` says why. An accepted one
sets `stage="judge"`, `citation` to the article's own text of the span, `support` to
that span, `reason` to the judge's, and `prior_verdict` to the rules' verdict when it
changed. Claims the judge gave no verdict keep the rules' check untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.grounding import Aligner, normalise_phrase, summarise
from newsbrief.judge.claims import SentClaim
from newsbrief.schemas import Briefing, ClaimCheck, Evidence, JudgeAnswer, JudgeVerdict
from newsbrief.text.words import content_stems

__all__ = ["MIN_CITATION_CHARS", "Applied", "apply_answer", "recount"]

MIN_CITATION_CHARS = 8
_SHOWN = 80


@dataclass
class Applied:
    """Outcome counts of one answer (see `JudgeReport`)."""

    changed: int = 0
    confirmed: int = 0
    voided: int = 0
    unanswered: int = 0


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def _holds(token: str, cited: str) -> bool:
    wanted = normalise_phrase(token)
    return bool(wanted) and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", cited) is not None


def _void(check: ClaimCheck, verdict: JudgeVerdict, why: str) -> ClaimCheck:
    note = f"judge verdict {verdict.verdict!r} voided: {why}"
    return check.model_copy(
        update={
            "prior_verdict": check.verdict,
            "reason": f"{check.reason}; {note}" if check.reason else note,
        }
    )


def decide(check: ClaimCheck, verdict: JudgeVerdict, text: str, aligner: Aligner) -> ClaimCheck:
    """The check after the judge's `verdict` (accepted, or voided with the reason)."""
    citation = " ".join(verdict.citation.split())
    evidence: Evidence | None = None
    cited = ""
    if verdict.verdict != "unverified" or citation:
        if not citation:
            return _void(check, verdict, "it cites no article text")
        found = aligner.align(citation)
        if not found.grounded or found.start is None or found.end is None:
            return _void(check, verdict, f'its citation "{_shown(citation)}" is not in the article')
        cited = text[found.start : found.end]
        if len(normalise_phrase(cited)) < MIN_CITATION_CHARS:
            return _void(check, verdict, f'its citation "{cited}" is too short to rest on')
        if verdict.verdict != "unverified" and not set(content_stems(cited)) & set(
            content_stems(check.claim)
        ):
            return _void(check, verdict, f'its citation "{_shown(cited)}" is about something else')
        evidence = Evidence(start=found.start, end=found.end, method="support", score=found.score)
    if verdict.verdict == "supported" and check.verdict == "contradicted":
        missing = [t for t in check.offending if not _holds(t, normalise_phrase(cited))]
        if missing:
            return _void(
                check,
                verdict,
                f"its citation does not hold {', '.join(repr(t) for t in missing)}, which the "
                "rules found contradicted",
            )
    changed = verdict.verdict != check.verdict
    return check.model_copy(
        update={
            "verdict": verdict.verdict,
            "stage": "judge",
            "rule": "judge" if changed else check.rule,
            "citation": cited or None,
            "support": [evidence] if evidence is not None else check.support,
            "offending": [] if verdict.verdict == "supported" else check.offending,
            "reason": " ".join(verdict.reason.split()) or check.reason,
            "prior_verdict": check.verdict if changed else None,
        }
    )


def apply_answer(
    checks: list[ClaimCheck],
    sent: list[SentClaim],
    answer: JudgeAnswer,
    text: str,
    aligner: Aligner,
    *,
    truncated: bool = False,
) -> Applied:
    """Apply `answer` (verdicts numbered 1..len(sent)) to `checks` in place.

    A truncated answer loses its last verdict: it may have been cut inside its citation
    or reason. A claim number given twice counts once (the first)."""
    verdicts = list(answer.verdicts)
    if truncated and verdicts:
        verdicts.pop()
    by_number: dict[int, JudgeVerdict] = {}
    for given in verdicts:
        by_number.setdefault(given.claim, given)
    applied = Applied()
    for number, claim in enumerate(sent, 1):
        found = by_number.get(number)
        if found is None:
            applied.unanswered += 1
            continue
        before = checks[claim.position]
        after = decide(before, found, text, aligner)
        checks[claim.position] = after
        if after.stage != "judge":
            applied.voided += 1
        elif after.prior_verdict is not None:
            applied.changed += 1
        else:
            applied.confirmed += 1
    return applied


def recount(briefing: Briefing, before: list[ClaimCheck]) -> None:
    """Bring `briefing.grounding` in line with verdicts the judge changed: counted again
    from the evidence and the checks, the one way the grounding step counts them
    (supported, contradicted and unverified apart)."""
    if briefing.grounding is not None:
        briefing.grounding = summarise(briefing)
