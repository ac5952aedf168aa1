"""The grounding summary of a briefing, counted from its evidence and its checks.

Counted as grounded or not (`checked` / `grounded` / `ungrounded`): quotes (verbatim
only: a fuzzy match is kept as evidence but counted as an approximate quote), actor
names, event when_text and where, 5W1H who/when/where (the claims the schema asks the
model to copy "as written"), and each quote's speaker where the article names one.
5W1H what/why/how are short paraphrases by design: their evidence is recorded when
found but not counted. Prose (summary sentences, key points, event and relation
descriptions) is counted apart, by verdict: supported, contradicted, unverified.
"""

from __future__ import annotations

from newsbrief.grounding.evidence.quotes import VERBATIM
from newsbrief.schemas import Briefing, ClaimCheck, Evidence, GroundingSummary

__all__ = ["summarise"]

_LABEL_CHARS = 80
_COUNTED_5W1H = ("when", "where")


def _shown(phrase: str) -> str:
    return phrase if len(phrase) <= _LABEL_CHARS else phrase[: _LABEL_CHARS - 3] + "..."


def _label(check: ClaimCheck) -> str:
    label = f"{check.path}: {_shown(check.claim)!r} ({check.reason})"
    return label + " (removed)" if check.removed else label


class _Counts:
    """The counts as plain ints and lists while a briefing is walked: each `+= 1` on the
    pydantic model was a `BaseModel.__setattr__` call, more than the counting itself;
    the `GroundingSummary` is built once, at the end."""

    def __init__(self) -> None:
        self.checked = self.grounded = 0
        self.prose_checked = self.prose_supported = 0
        self.prose_contradicted = self.prose_unverified = 0
        self.ungrounded: list[str] = []
        self.contradicted: list[str] = []
        self.unverified: list[str] = []
        self.unsupported: list[str] = []

    def item(
        self, path: str, index: int | None, phrase: str, evidence: Evidence | None, found: bool
    ) -> None:
        """One extracted item; `path` holds `{}` for its `index` (written only for an
        item that is listed as ungrounded)."""
        self.checked += 1
        if found:
            self.grounded += 1
        else:
            note = " (approximate)" if evidence is not None and evidence.method == "fuzzy" else ""
            where = path if index is None else path.format(index)
            self.ungrounded.append(f"{where}: {_shown(phrase)!r}{note}")

    def check(self, check: ClaimCheck) -> None:
        """Speakers count with the extracted items, prose on its own; quote texts are
        already counted through their evidence."""
        if check.verdict == "not_checked" or check.kind == "quote":
            return
        if check.kind == "speaker":
            self.checked += 1
            if check.verdict == "supported":
                self.grounded += 1
            else:
                self.ungrounded.append(_label(check))
            return
        self.prose_checked += 1
        if check.verdict == "supported":
            self.prose_supported += 1
        elif check.verdict == "contradicted":
            self.prose_contradicted += 1
            self.contradicted.append(_label(check))
        elif check.verdict == "unverified":
            self.prose_unverified += 1
            self.unverified.append(_label(check))
        else:  # an older run's two-valued verdict, counted as it was written
            self.unsupported.append(_label(check))

    def summary(self) -> GroundingSummary:
        return GroundingSummary(
            checked=self.checked,
            grounded=self.grounded,
            ungrounded=self.ungrounded,
            prose_checked=self.prose_checked,
            prose_supported=self.prose_supported,
            prose_contradicted=self.prose_contradicted,
            prose_unverified=self.prose_unverified,
            contradicted=self.contradicted,
            unverified=self.unverified,
            unsupported=self.unsupported,
        )


def _grounded(evidence: Evidence | None) -> bool:
    return evidence is not None and evidence.grounded


def summarise(briefing: Briefing) -> GroundingSummary:
    """Count the briefing's evidence (attached by `attach_evidence`) and checks."""
    counts = _Counts()
    for i, quote in enumerate(briefing.quotes):
        verbatim = quote.evidence is not None and quote.evidence.method in VERBATIM
        counts.item("quotes[{}].text", i, quote.text, quote.evidence, verbatim)
    for i, actor in enumerate(briefing.actors):
        counts.item("actors[{}].name", i, actor.name, actor.evidence, _grounded(actor.evidence))
    for i, event in enumerate(briefing.events):
        if event.when_text:
            counts.item("events[{}].when_text", i, event.when_text, event.evidence,
                        _grounded(event.evidence))  # fmt: skip
        if event.where:
            counts.item("events[{}].where", i, event.where, event.where_evidence,
                        _grounded(event.where_evidence))  # fmt: skip
    five = briefing.five_w1h
    for i, (who, found) in enumerate(zip(five.who, five.evidence.get("who", []), strict=False)):
        counts.item("five_w1h.who[{}]", i, who, found, found.grounded)
    for field in _COUNTED_5W1H:
        phrase = getattr(five, field)
        aligned = five.evidence.get(field)
        if phrase and aligned:
            counts.item(f"five_w1h.{field}", None, phrase, aligned[0], aligned[0].grounded)
    for check in briefing.checks:
        counts.check(check)
    return counts.summary()
