"""What the model is told about claims the article contradicts (`prose=strict`).

Each contradicted prose claim or speaker becomes one line saying where it is, what it
says against what the article says, and what to do ("key point 3 (key_points[2]) says
'6 wounded'; the article says '100 wounded': correct it to what the article says, or
remove it"). Only `contradicted`: an `unverified` claim may be a faithful paraphrase
the rules could not follow, and re-asking a model to rewrite it teaches nothing.
"""

from __future__ import annotations

from newsbrief.schemas import ClaimCheck

__all__ = ["prose_problems", "revision_request"]

_LABELS = {
    "summary": "summary sentence {n}",
    "key_points": "key point {n}",
    "events": "event {n}'s what",
    "relations": "relation {n}'s description",
    "quotes": "quote {n}'s speaker",
}


def _label(path: str) -> str:
    """'key_points[2]' -> 'key point 3 (key_points[2])': the model reads both."""
    field, _, rest = path.partition("[")
    number = int(rest.split("]")[0]) + 1 if rest else 0
    return f"{_LABELS.get(field, field).format(n=number)} ({path})"


def prose_problems(checks: list[ClaimCheck]) -> list[str]:
    """Feedback for each contradicted prose claim and speaker, saying what to fix."""
    problems = []
    for check in checks:
        if check.verdict != "contradicted" or check.kind == "quote" or check.removed:
            continue
        todo = (
            "name the speaker the article gives, or set the speaker to null"
            if check.kind == "speaker"
            else "correct it to what the article says, or remove it"
        )
        problems.append(f"{_label(check.path)} {check.reason}: {todo}")
    return problems


def revision_request(checks: list[ClaimCheck]) -> str:
    """The user turn that asks the model to answer again without the contradictions."""
    problems = prose_problems(checks)
    return (
        "The briefing must only contain what the article says. Fix these "
        f"{len(problems)} problem(s): " + "; ".join(problems) + ". Answer again with the "
        "whole corrected briefing in the same format."
    )
