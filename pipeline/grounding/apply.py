"""The grounding step: attach evidence offsets to a briefing and count what was found.

Runs after every backend call (LLM or baseline) against the FULL article text, so
offsets are always whole-article offsets, also for articles briefed in chunks.

What is aligned, and how repeated phrases are resolved (see `Aligner.align(after=)`):

- quotes, in order, each searched from the end of the previous quote's match (quotes
  are listed in article order, so a repeated quote points at its next occurrence);
- actor names: first occurrence (where the article introduces the actor), else the
  first alias found; the evidence says which span matched;
- event `when_text`, chained like quotes across events; event `where`: first occurrence;
- 5W1H: every `who` entry and the what/when/where/why/how phrases, first occurrence.

Counted in `Briefing.grounding` (checked / grounded / ungrounded): quotes, actor names,
event when_text and where, and 5W1H who/when/where, i.e. the claims the schema asks the
model to copy "as written". 5W1H what/why/how are short paraphrases by design: their
evidence is recorded when found but they are not counted. Nothing is ever dropped.
"""

from __future__ import annotations

from newsbrief.grounding.aligner import Aligner
from newsbrief.grounding.policy import DEFAULT_POLICY, GroundingPolicy
from newsbrief.schemas import Briefing, Evidence, GroundingSummary
from newsbrief.text.injection import looks_injected, strip_datamark

__all__ = ["finish_briefing", "ground_briefing"]

_COUNTED_5W1H = ("when", "where")
_UNCOUNTED_5W1H = ("what", "why", "how")
_LABEL_CHARS = 80


class _Summary:
    def __init__(self) -> None:
        self.checked = 0
        self.grounded = 0
        self.ungrounded: list[str] = []

    def count(self, path: str, phrase: str, evidence: Evidence) -> None:
        self.checked += 1
        if evidence.grounded:
            self.grounded += 1
        else:
            shown = phrase if len(phrase) <= _LABEL_CHARS else phrase[: _LABEL_CHARS - 3] + "..."
            self.ungrounded.append(f"{path}: {shown!r}")

    def result(self) -> GroundingSummary:
        return GroundingSummary(
            checked=self.checked, grounded=self.grounded, ungrounded=self.ungrounded
        )


def _align_actor(aligner: Aligner, name: str, aliases: list[str]) -> Evidence:
    evidence = aligner.align(name)
    for alias in aliases:
        if evidence.grounded:
            break
        evidence = aligner.align(alias)
    return evidence


def ground_briefing(
    briefing: Briefing, text: str, policy: GroundingPolicy = DEFAULT_POLICY
) -> Briefing:
    """Return a plain `Briefing` copy with evidence on every item and a grounding summary.

    With every kind of `policy` off the briefing is returned unchanged (as a plain
    `Briefing`, never a validator-bearing subclass).
    """
    grounded = Briefing.model_validate(briefing.model_dump())
    if not policy.records_evidence:
        return grounded
    aligner = Aligner(text)
    summary = _Summary()

    cursor = 0
    for index, quote in enumerate(grounded.quotes):
        quote.evidence = aligner.align(quote.text, after=cursor)
        cursor = quote.evidence.end if quote.evidence.end is not None else cursor
        summary.count(f"quotes[{index}].text", quote.text, quote.evidence)

    for index, actor in enumerate(grounded.actors):
        actor.evidence = _align_actor(aligner, actor.name, actor.aliases)
        summary.count(f"actors[{index}].name", actor.name, actor.evidence)

    cursor = 0
    for index, event in enumerate(grounded.events):
        if event.when_text:
            event.evidence = aligner.align(event.when_text, after=cursor)
            cursor = event.evidence.end if event.evidence.end is not None else cursor
            summary.count(f"events[{index}].when_text", event.when_text, event.evidence)
        if event.where:
            event.where_evidence = aligner.align(event.where)
            summary.count(f"events[{index}].where", event.where, event.where_evidence)

    five = grounded.five_w1h
    evidence: dict[str, list[Evidence]] = {}
    if five.who:
        evidence["who"] = [aligner.align(who) for who in five.who]
        for index, (who, found) in enumerate(zip(five.who, evidence["who"], strict=False)):
            summary.count(f"five_w1h.who[{index}]", who, found)
    for field in (*_COUNTED_5W1H, *_UNCOUNTED_5W1H):
        phrase = getattr(five, field)
        if phrase:
            evidence[field] = [aligner.align(phrase)]
            if field in _COUNTED_5W1H:
                summary.count(f"five_w1h.{field}", phrase, evidence[field][0])
    five.evidence = evidence

    grounded.grounding = summary.result()
    return grounded


def finish_briefing(
    briefing: Briefing, text: str, policy: GroundingPolicy, datamark: str | None = None
) -> Briefing:
    """Everything the pipeline adds after a model answers: datamarks the model copied are
    turned back into spaces, evidence is attached, and the injection flag is set."""
    if datamark:
        briefing = strip_datamark(briefing, datamark)
    finished = ground_briefing(briefing, text, policy)
    finished.injection_suspected = looks_injected(text)
    return finished
