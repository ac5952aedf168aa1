"""Grounding as feedback on form: validators that make instructor re-ask the model.

`GroundedBriefing` is the `Briefing` an LLM backend validates its answer against
(`backend.response_model`, set by `create_backend`). Its validator reads pydantic's
validation context (`article_text`, optionally `grounding`, the policy string) and turns
every strict-level miss of what must be copied into ONE validation error that lists each
problem and says what to do: copy the quote verbatim or drop it, spell the name as the
article does, remove the URL. instructor sends that message back to the model and asks
again.

Whether the prose is faithful is not decided here: the verifier stages
(`newsbrief.grounding.faithfulness`) run once per answer in the per-article step, which
re-asks on contradicted claims under `prose=strict` (`newsbrief.step.verify`).

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

from newsbrief.grounding.evidence.aligner import aligner_for
from newsbrief.grounding.evidence.quotes import VERBATIM, verbatim_quote
from newsbrief.grounding.faithfulness.prose import check_quote_text
from newsbrief.grounding.policy import DEFAULT_POLICY, GroundingPolicy, parse_policy
from newsbrief.schemas import Briefing

__all__ = [
    "GroundedBriefing",
    "GroundingProblem",
    "GroundingProblems",
    "find_problem_items",
    "find_problems",
    "grounded_briefing_model",
    "markup_in",
    "policy_of",
]

# URLs, HTML tags and markdown links: things a model invents or copies from page
# furniture, and that an analyst's note must not carry unless the article has them.
_MARKUP = re.compile(
    r"\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)"  # markdown link
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>"  # HTML tag
    r"|\b(?:https?|ftp)://[^\s<>\"')\]]+"  # URL with scheme
    r"|\bwww\.[^\s<>\"')\]]+"  # bare www. URL
)
# What each alternative of `_MARKUP` cannot match without. The answer's JSON is searched
# for them first (one pass in Rust); most answers hold none, and then no field is walked.
_MARKUP_NEEDS = ("](", "<", "://", "www.")
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


def find_problem_items(
    briefing: Briefing, text: str, policy: GroundingPolicy
) -> list[GroundingProblem]:
    """Strict-level grounding problems of `briefing` against `text`, with their paths."""
    aligner = aligner_for(text)  # the evidence step aligns the same items with it
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
                check = check_quote_text(text, quote.text, found, path)
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
    if policy.markup == "strict" and _may_hold_markup(briefing):
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


def _may_hold_markup(briefing: Briefing) -> bool:
    """False when no string of the briefing can hold a URL, tag or markdown link."""
    dumped = briefing.model_dump_json()
    return any(need in dumped for need in _MARKUP_NEEDS)


def find_problems(briefing: Briefing, text: str, policy: GroundingPolicy) -> list[str]:
    """Strict-level grounding problems of `briefing` against `text`, as model feedback."""
    return [problem.message for problem in find_problem_items(briefing, text, policy)]


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
