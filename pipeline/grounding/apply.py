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
model to copy "as written", plus each quote's speaker where the article names one. A
quote counts as grounded only when it is verbatim (after normalisation); a fuzzy match
is kept as evidence but counted as an approximate quote. 5W1H what/why/how are short
paraphrases by design: their evidence is recorded when found but they are not counted.

Prose (summary sentences, key points, event and relation descriptions) is checked by
`prose.check_briefing` and counted apart (`prose_checked` / `prose_supported`); the
checks are stored in `Briefing.checks`. Nothing is dropped, except under `prose=strict`,
where unsupported prose is removed and each removal recorded (`ClaimCheck.removed`).
"""

from __future__ import annotations

from newsbrief.grounding.aligner import Aligner
from newsbrief.grounding.policy import DEFAULT_POLICY, GroundingPolicy
from newsbrief.grounding.prose import check_briefing, remove_unsupported
from newsbrief.grounding.quotes import VERBATIM, verbatim_quote
from newsbrief.schemas import Briefing, ClaimCheck, Evidence, GroundingSummary
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

        self.prose_checked = 0
        self.prose_supported = 0
        self.unsupported: list[str] = []

    def count(self, path: str, phrase: str, evidence: Evidence, found: bool | None = None) -> None:
        self.checked += 1
        if evidence.grounded if found is None else found:
            self.grounded += 1
        else:
            note = " (approximate)" if evidence.method == "fuzzy" else ""
            self.ungrounded.append(f"{path}: {_shown(phrase)!r}{note}")

    def count_check(self, check: ClaimCheck) -> None:
        """Speakers count with the extracted items, prose on its own; quote texts are
        already counted through their evidence."""
        if check.verdict == "not_checked" or check.kind == "quote":
            return
        supported = check.verdict == "supported"
        label = f"{check.path}: {_shown(check.claim)!r} ({check.reason})"
        if check.removed:
            label += " (removed)"
        if check.kind == "speaker":
            self.checked += 1
            self.grounded += supported
            if not supported:
                self.ungrounded.append(label)
            return
        self.prose_checked += 1
        self.prose_supported += supported
        if not supported:
            self.unsupported.append(label)

    def result(self) -> GroundingSummary:
        return GroundingSummary(
            checked=self.checked,
            grounded=self.grounded,
            ungrounded=self.ungrounded,
            prose_checked=self.prose_checked,
            prose_supported=self.prose_supported,
            unsupported=self.unsupported,
        )


def _shown(phrase: str) -> str:
    return phrase if len(phrase) <= _LABEL_CHARS else phrase[: _LABEL_CHARS - 3] + "..."


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
    grounded = _ground(grounded, text, policy, [])
    if policy.prose == "strict":
        removed = remove_unsupported(grounded, grounded.checks)
        if removed:
            grounded = _ground(grounded, text, policy, removed)
    return grounded


def _ground(
    grounded: Briefing, text: str, policy: GroundingPolicy, removed: list[ClaimCheck]
) -> Briefing:
    aligner = Aligner(text)
    summary = _Summary()

    cursor = 0
    for index, quote in enumerate(grounded.quotes):
        quote.evidence = verbatim_quote(aligner, quote.text, after=cursor)
        cursor = quote.evidence.end if quote.evidence.end is not None else cursor
        verbatim = quote.evidence.method in VERBATIM
        summary.count(f"quotes[{index}].text", quote.text, quote.evidence, verbatim)

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

    grounded.checks = [
        *check_briefing(grounded, text, prose=policy.prose != "off", quotes=policy.quotes != "off"),
        *removed,
    ]
    for check in grounded.checks:
        summary.count_check(check)
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
