"""Grounding as feedback: validators that make instructor re-ask the model.

`GroundedBriefing` is the `Briefing` an LLM backend validates its answer against
(`backend.response_model`, set by `create_backend`). Its validator reads pydantic's
validation context (`article_text`, optionally `grounding`, the policy string) and turns
every strict-level miss into ONE validation error that lists each problem and says what
to do: copy the quote verbatim or drop it, spell the name as the article does, remove the
URL. instructor sends that message back to the model and asks again.

Under `prose=strict`, every unsupported prose sentence and wrong speaker is reported
with what it says against what the article says ("key point 3 says '6 wounded'; the
article says '100 wounded'"). The validator counts the answers it has seen in the
context (`prose_answers`); once the context's `max_reasks` are spent it lets prose
problems through, and the grounding step removes those sentences and records each
removal (salvage), so the article is not lost over one sentence. The backend's
`last_answer` in the context counts every answer to the article, so prose re-asks
share the `max_reasks` budget with re-asks for any other reason.

Without an `article_text` in the context (loading stored records, the baseline backend)
nothing is checked. The JSON schema, title and description the model sees are exactly
those of `Briefing`, so prompts and schema hashes do not change with the policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from pydantic import ConfigDict, ValidationInfo, model_validator

from newsbrief.grounding.aligner import Aligner
from newsbrief.grounding.policy import DEFAULT_POLICY, GroundingPolicy, parse_policy
from newsbrief.grounding.prose import check_briefing
from newsbrief.grounding.quotes import VERBATIM, verbatim_quote
from newsbrief.schemas import Briefing, ClaimCheck

__all__ = [
    "GroundedBriefing",
    "GroundingProblem",
    "GroundingProblems",
    "find_problem_items",
    "find_problems",
    "grounded_briefing_model",
    "markup_in",
    "policy_of",
    "prose_problems",
]

# URLs, HTML tags and markdown links: things a model invents or copies from page
# furniture, and that an analyst's note must not carry unless the article has them.
_MARKUP = re.compile(
    r"\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)"  # markdown link
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>"  # HTML tag
    r"|\b(?:https?|ftp)://[^\s<>\"')\]]+"  # URL with scheme
    r"|\bwww\.[^\s<>\"')\]]+"  # bare www. URL
)
_SHOWN = 60


def markup_in(value: str) -> list[str]:
    """URLs, HTML tags and markdown links found in one output string."""
    return [match.group(0).rstrip(".,;:") for match in _MARKUP.finditer(value)]


def _strings(value: Any, path: str) -> list[tuple[str, str]]:
    """Every (path, string) in a dumped briefing, skipping pipeline-filled fields."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [
            pair
            for key, item in value.items()
            if key not in ("evidence", "where_evidence", "grounding")
            for pair in _strings(item, f"{path}.{key}" if path else key)
        ]
    if isinstance(value, list):
        return [pair for i, item in enumerate(value) for pair in _strings(item, f"{path}[{i}]")]
    return []


def _short(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "...")


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


@dataclass(frozen=True)
class GroundingProblem:
    """One strict-level miss: the field path, the feedback for the model, and for markup
    the offending token (so salvage in `newsbrief.answers` can cut exactly that out)."""

    path: str
    message: str
    token: str | None = None

    def __str__(self) -> str:
        return self.message


class GroundingProblems(ValueError):
    """The validator's error; `problems` keeps each miss with its path for salvage."""

    def __init__(self, problems: list[GroundingProblem]) -> None:
        super().__init__(
            "the briefing must only contain what the article says. Fix these "
            f"{len(problems)} problem(s): " + "; ".join(p.message for p in problems)
        )
        self.problems = problems


def _prose_items(checks: list[ClaimCheck]) -> list[GroundingProblem]:
    problems = []
    for check in checks:
        if check.verdict != "unsupported" or check.kind == "quote":
            continue
        todo = (
            "name the speaker the article gives, or set the speaker to null"
            if check.kind == "speaker"
            else "correct it to what the article says, or remove it"
        )
        problems.append(
            GroundingProblem(check.path, f"{_label(check.path)} {check.reason}: {todo}")
        )
    return problems


def prose_problems(checks: list[ClaimCheck]) -> list[str]:
    """Feedback for each unsupported prose claim and speaker, saying what to fix."""
    return [problem.message for problem in _prose_items(checks)]


def find_problem_items(
    briefing: Briefing, text: str, policy: GroundingPolicy
) -> list[GroundingProblem]:
    """Strict-level grounding problems of `briefing` against `text`, with their paths."""
    aligner = Aligner(text)
    problems: list[GroundingProblem] = []
    if policy.quotes == "strict":
        for i, quote in enumerate(briefing.quotes):
            found = verbatim_quote(aligner, quote.text)
            path = f"quotes[{i}].text"
            if not found.grounded:
                problems.append(
                    GroundingProblem(
                        path,
                        f"{path} {_short(quote.text)} is not in the article: copy the "
                        "quotation verbatim from the article text, or remove this quote",
                    )
                )
            elif found.method not in VERBATIM:
                check = check_briefing(briefing.model_copy(update={"quotes": [quote]}), text,
                                       prose=False)[0]  # fmt: skip
                problems.append(
                    GroundingProblem(
                        path,
                        f"{path} {_short(quote.text)} is not verbatim ({check.reason}): "
                        "copy the quotation exactly as the article writes it, or remove "
                        "this quote",
                    )
                )
    if policy.names == "strict":
        for i, actor in enumerate(briefing.actors):
            names = [actor.name, *actor.aliases]
            if not any(aligner.align(name).grounded for name in names):
                path = f"actors[{i}].name"
                problems.append(
                    GroundingProblem(
                        path,
                        f"{path} {_short(actor.name)} does not occur in the article: "
                        "write the name exactly as the article spells it, or remove the actor",
                    )
                )
        for i, event in enumerate(briefing.events):
            for field in ("when_text", "where"):
                phrase = getattr(event, field)
                if phrase and not aligner.align(phrase).grounded:
                    path = f"events[{i}].{field}"
                    problems.append(
                        GroundingProblem(
                            path,
                            f"{path} {_short(phrase)} does not occur in the article: "
                            "copy it exactly as written in the article, or set it to null",
                        )
                    )
    if policy.markup == "strict":
        for path, value in _strings(briefing.model_dump(mode="json"), ""):
            for token in markup_in(value):
                if token not in text:
                    problems.append(
                        GroundingProblem(
                            path,
                            f"{path} contains {_short(token)}, which is not in the article: "
                            "remove URLs, HTML tags and markdown links from your answer",
                            token,
                        )
                    )
    return problems


def find_problems(briefing: Briefing, text: str, policy: GroundingPolicy) -> list[str]:
    """Strict-level grounding problems of `briefing` against `text`, as model feedback."""
    return [problem.message for problem in find_problem_items(briefing, text, policy)]


def _prose_reasks_left(context: dict[str, Any]) -> bool:
    """Whether a re-ask is left for prose problems: not on the article's last answer.

    A backend puts `last_answer` into the context: a callable that tells whether the
    answer being validated is the last its re-ask budget allows, counting every answer
    to the article whatever it was re-asked for (no JSON, a missing field, a quote not
    in the article), so prose re-asks share the one `max_reasks` budget. Without it
    (validation outside a backend) this validator counts the answers it sees itself."""
    last_answer = context.get("last_answer")
    if callable(last_answer):
        return not last_answer()
    context["prose_answers"] = answers = context.get("prose_answers", 0) + 1
    limit = context.get("max_reasks")
    return not isinstance(limit, int) or answers <= limit


class GroundedBriefing(Briefing):
    """A structured briefing of one news article."""

    # Same title and docstring as Briefing: instructor sends both to the model.
    model_config = ConfigDict(title="Briefing")
    grounding_policy: ClassVar[GroundingPolicy] = DEFAULT_POLICY

    @model_validator(mode="after")
    def _grounded_in_article(self, info: ValidationInfo) -> GroundedBriefing:
        context = info.context if isinstance(info.context, dict) else {}
        text = context.get("article_text")
        if not text:
            return self
        policy = parse_policy(context.get("grounding") or self.grounding_policy)
        problems = find_problem_items(self, text, policy)
        if policy.prose == "strict" and _prose_reasks_left(context):
            problems += _prose_items(check_briefing(self, text, quotes=False))
        if problems:
            raise GroundingProblems(problems)
        return self


@cache
def grounded_briefing_model(policy: GroundingPolicy = DEFAULT_POLICY) -> type[GroundedBriefing]:
    """The response model for a policy (a subclass that carries it, for non-default ones).

    Always a `GroundedBriefing`, also for `flag` and `off` (its validator then finds
    nothing to reject), so `policy_of(backend.response_model)` tells the grounding step
    what to record.
    """
    if policy == DEFAULT_POLICY:
        return GroundedBriefing
    namespace = {"grounding_policy": policy, "__doc__": Briefing.__doc__, "__module__": __name__}
    return type("GroundedBriefing", (GroundedBriefing,), namespace)


def policy_of(response_model: type[Briefing]) -> GroundingPolicy:
    """The policy a response model carries; the default for a plain `Briefing`."""
    return getattr(response_model, "grounding_policy", DEFAULT_POLICY)
