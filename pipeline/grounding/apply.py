"""The grounding step: evidence offsets, then the claim verifiers, once per answer.

Runs after every backend call (LLM or baseline) against the FULL article text, so
offsets are always whole-article offsets, also for articles briefed in chunks:

1. `prepare_briefing`: a plain `Briefing` copy, datamarks the model copied turned back
   into spaces, evidence attached (`evidence.attach_evidence`), the injection flag set;
2. `verify_briefing` (async): the verifier stages (`faithfulness.verifier`) in order,
   stage 1 the rules, then any stage passed in (an LLM judge); the checks are stored in
   `Briefing.checks` and counted in `Briefing.grounding` (`summary.summarise`);
3. under `prose=strict`, `salvage_contradicted` removes what the article contradicts
   and records each removal (`ClaimCheck.removed`); an `unverified` claim stays.

The per-article step re-asks the model between 2 and 3 while its budget lasts
(`newsbrief.step.verify`). `ground_briefing` / `finish_briefing` are the synchronous
path with the rules alone (stored runs, Batch API imports), with the same result.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.grounding.evidence.attach import attach_evidence
from newsbrief.grounding.faithfulness.prose import remove_contradicted, summary_sentences
from newsbrief.grounding.faithfulness.verifier import (
    ClaimVerifier,
    OffLoop,
    RuleVerifier,
    verify_claims,
)
from newsbrief.grounding.policy import DEFAULT_POLICY, GroundingPolicy
from newsbrief.grounding.summary import summarise
from newsbrief.schemas import Briefing, ClaimCheck
from newsbrief.text.injection import looks_injected, strip_datamark

__all__ = [
    "contradicted",
    "finish_briefing",
    "ground_briefing",
    "prepare_briefing",
    "rule_verifier",
    "salvage_contradicted",
    "verify_briefing",
    "with_checks",
]


def rule_verifier(
    policy: GroundingPolicy,
    off_loop_chars: int | None = None,
    run_off_loop: OffLoop | None = None,
) -> RuleVerifier:
    """Stage 1 with the checks the policy asks for."""
    return RuleVerifier(
        prose=policy.prose != "off",
        quotes=policy.quotes != "off",
        off_loop_chars=off_loop_chars,
        run_off_loop=run_off_loop,
    )


def prepare_briefing(
    briefing: Briefing,
    text: str,
    policy: GroundingPolicy,
    datamark: str | None = None,
    *,
    summary: bool = True,
) -> Briefing:
    """A plain `Briefing` copy with evidence on every item (none when the policy is all
    off: then the briefing is returned unchanged, as a plain `Briefing`), and its
    grounding summary of that evidence. `summary=False` leaves the summary to the
    caller's `verify_briefing`, which counts the evidence again with the checks."""
    if datamark:
        briefing = strip_datamark(briefing, datamark)
    prepared = Briefing.model_validate(briefing.model_dump())
    if policy.records_evidence:
        attach_evidence(prepared, text)
        if summary:
            prepared.grounding = summarise(prepared)
    prepared.injection_suspected = looks_injected(text)
    return prepared


def with_checks(briefing: Briefing, checks: list[ClaimCheck]) -> Briefing:
    """Store `checks` on the briefing and count them in its summary (in place)."""
    briefing.checks = checks
    briefing.grounding = summarise(briefing)
    return briefing


async def verify_briefing(
    briefing: Briefing, text: str, policy: GroundingPolicy, verifiers: Sequence[ClaimVerifier]
) -> Briefing:
    """Run the verifier stages on a prepared briefing and store their checks."""
    if not policy.records_evidence:
        return briefing
    return with_checks(briefing, await verify_claims(verifiers, text, briefing))


def contradicted(briefing: Briefing) -> list[ClaimCheck]:
    """The prose claims and speakers the article contradicts (not yet removed)."""
    return [
        c
        for c in briefing.checks
        if c.verdict == "contradicted" and c.kind != "quote" and not c.removed
    ]


def salvage_contradicted(briefing: Briefing) -> Briefing:
    """Remove every contradicted prose claim and speaker (in place); the checks of what
    stays keep their verdicts, under the paths the removals moved them to."""
    kept = [c for c in briefing.checks if not c.removed]
    sentences = summary_sentences(briefing.summary)
    removed = remove_contradicted(briefing, kept)
    if not removed:
        return briefing
    gone = {c.path for c in removed}
    moved = _moved_paths(gone, len(sentences), briefing)
    checks = [
        c.model_copy(update={"path": moved.get(c.path, c.path)})
        for c in kept
        if c.path not in gone or c.kind == "quote"
    ]
    return with_checks(briefing, [*checks, *[c for c in briefing.checks if c.removed], *removed])


def _moved_paths(gone: set[str], summary_count: int, briefing: Briefing) -> dict[str, str]:
    """Old path -> new path for every item after the removed ones of its field."""
    moved: dict[str, str] = {}
    fields = [("summary", "", summary_count)] if any(p.startswith("summary[") for p in gone) else []
    if fields and len(summary_sentences(briefing.summary)) != summary_count - len(
        [p for p in gone if p.startswith("summary[")]
    ):
        fields = []  # the summary was kept whole (nothing of it supported)
    fields += [
        ("key_points", "", len(briefing.key_points) + sum(p.startswith("key_points[") for p in gone)),
        ("events", ".what", len(briefing.events) + sum(p.startswith("events[") for p in gone)),
        ("relations", ".description",
         len(briefing.relations) + sum(p.startswith("relations[") for p in gone)),
    ]  # fmt: skip
    for field, suffix, count in fields:
        new = 0
        for old in range(count):
            path = f"{field}[{old}]{suffix}"
            if path in gone:
                continue
            if new != old:
                moved[path] = f"{field}[{new}]{suffix}"
                for sub in (".when_text", ".where"):  # an event's other paths move too
                    moved[f"{field}[{old}]{sub}"] = f"{field}[{new}]{sub}"
            new += 1
    return moved


def ground_briefing(
    briefing: Briefing, text: str, policy: GroundingPolicy = DEFAULT_POLICY
) -> Briefing:
    """Evidence, the rules' checks and (under `prose=strict`) salvage, synchronously:
    a plain `Briefing` copy. With every kind of `policy` off it is returned unchanged."""
    grounded = prepare_briefing(briefing, text, policy)
    if not policy.records_evidence:
        return grounded
    with_checks(grounded, rule_verifier(policy).check(text, grounded))
    if policy.prose == "strict":
        grounded = salvage_contradicted(grounded)
    return grounded


def finish_briefing(
    briefing: Briefing, text: str, policy: GroundingPolicy, datamark: str | None = None
) -> Briefing:
    """Everything the pipeline adds after a model answers, with the rules alone."""
    if datamark:
        briefing = strip_datamark(briefing, datamark)
    return ground_briefing(briefing, text, policy)
