"""The LLM judge: the second verifier stage of the prose checks.

The rules (stage 1, `newsbrief.grounding`) say `supported`, `contradicted` or
`unverified` for each claim of a briefing; the judge reads the article and the claims
the rules could not settle and gives each a verdict that cites the article text it
rests on (`Judge.judge`, `Judge.judge_record`). It sits above the backends (it asks a
model through `Backend.ask`) and below the step. See docs/judge.md.
"""

from newsbrief.judge.apply import MIN_CITATION_CHARS, apply_answer
from newsbrief.judge.claims import CHUNK_SIZE, claims_to_judge
from newsbrief.judge.judge import DEFAULT_DEADLINE, Judge, Judged
from newsbrief.judge.spec import JudgeSpec, build_judge

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_DEADLINE",
    "MIN_CITATION_CHARS",
    "Judge",
    "JudgeSpec",
    "Judged",
    "apply_answer",
    "build_judge",
    "claims_to_judge",
]
