"""What every note format shows, computed once: items, their grounding status, sources.

The Markdown, HTML and Word renderers must agree on which items are grounded and what
the source sentence of an item is, so they all read a `Note` built here instead of
interpreting `Evidence` themselves. A briefing whose grounding step never ran (no
`Briefing.grounding`, no evidence) is reported as "not checked", never as grounded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsbrief.notes.citation import Citation, citation_of
from newsbrief.schemas import (
    FIVE_W1H_QUESTIONS,
    Article,
    Briefing,
    BriefingRecord,
    ClaimCheck,
    Evidence,
)
from newsbrief.text.sentences import sentence_around

# "approximate": a quote found only by the fuzzy aligner (words differ: never a ✓);
# "contradicted": a prose claim the article says otherwise about (the one red mark);
# "unverified": a prose claim no check could link to the article ("check against the
# source", with the nearest support); "unsupported": the two-valued verdict of older
# runs, shown as it was written.
Status = Literal[
    "grounded",
    "ungrounded",
    "unchecked",
    "paraphrase",
    "approximate",
    "contradicted",
    "unverified",
    "unsupported",
]
ItemKind = Literal["actor", "quote", "event", "fivew", "prose", "injected"]

FIVE_W_FIELDS = FIVE_W1H_QUESTIONS
# 5W1H answers the schema asks for as short paraphrases: highlighted when found, but
# never flagged when not (the grounding step does not count them either).
PARAPHRASED_5W1H = frozenset({"what", "why", "how"})
UNGROUNDED_MARK = "⚠"
# The grounding section's sentences, shared by the Markdown and Word notes.
NOT_CHECKED_TEXT = (
    "Not checked: no item of this briefing was looked up in the article "
    "text. Verify names, dates and quotes against the source."
)
ALL_GROUNDED_TEXT = "Every checked quote, name and date was found in the article."
NO_ITEMS_TEXT = "The briefing gives no quote, name or date to look up in the article."
ALL_SUPPORTED_TEXT = "Every checked sentence is supported by the article."
# What a rules' `supported` rests on, said where the note counts them: the rules link a
# sentence to the article and find nothing there saying otherwise, but they do not read
# meaning (on the labelled sets a third of the sentences reworded into their opposite,
# "welcomed" for "criticised", and two in five given a detail the article lacks pass
# them: docs/grounding.md), so the note says so rather than presenting their
# "supported" as the article's word.
RULES_SUPPORT_TEXT = (
    "linked to the article, and no check found the article saying otherwise (numbers, dates, "
    "names, speakers, negation, quotations). The checks do not read meaning: a sentence "
    "reworded into its opposite, or given a detail the article lacks, can pass them; --judge "
    "MODEL --judge-all has a model read each sentence against the article."
)
CHECK_SOURCE_TEXT = "check against the source"


@dataclass(frozen=True)
class Span:
    """One highlight: article offsets [start, end) belonging to one briefing item."""

    start: int
    end: int
    kind: ItemKind
    key: str
    label: str
    detail: str = ""  # shown under the label in the panel, e.g. a quote's speaker


@dataclass(frozen=True)
class Item:
    """A briefing item that claims to come from the article, with its grounding."""

    key: str  # stable id within the note, e.g. "quote-2", used to link panel <-> text
    kind: ItemKind
    label: str  # short human label: the actor's name, the quote text, the event
    status: Status
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()  # source sentence of each grounded evidence
    reason: str | None = None  # why it is approximate, contradicted or unverified
    detail: str = ""  # who said a quote: the panel shows it under the label

    @property
    def grounded(self) -> bool:
        return self.status == "grounded"

    @property
    def nearest_support(self) -> str | None:
        """For an unverified claim: the article text it came closest to, if any."""
        return self.sources[0] if self.sources else None


def _is(count: int) -> str:
    return "is" if count == 1 else "are"


def claim_key(path: str) -> str:
    """'key_points[2]' -> 'claim-key_points-2'; 'events[0].what' -> 'claim-events-0-what'."""
    return "claim-" + path.replace("[", "-").replace("].", "-").replace("]", "")


@dataclass
class Note:
    """A briefing record plus (optionally) its article, ready for rendering."""

    record: BriefingRecord
    article: Article | None = None
    items: dict[str, Item] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.items:
            self.items = {item.key: item for item in collect_items(self.briefing, self.text)}

    def removals(self) -> list[str]:
        """One line per item removed from a partial briefing: what, and why."""
        return [f"{removal.path or 'answer'}: {removal.reason}" for removal in self.record.removed]

    def check(self, path: str) -> ClaimCheck | None:
        """The check of one claim (`quotes[0].speaker`, `summary[1]`), if it was made."""
        return next((c for c in self.briefing.checks if c.path == path and not c.removed), None)

    def claim(self, path: str) -> Item | None:
        """The prose item of `path` (`summary[0]`, `key_points[2]`, `events[1].what`)."""
        return self.items.get(claim_key(path))

    def summary_claims(self) -> list[Item]:
        """The summary's sentences as checked, in order (empty when never checked)."""
        return [
            item
            for item in self.items.values()
            if item.kind == "prose" and item.key.startswith("claim-summary-")
        ]

    def prose_with(self, status: Status) -> list[Item]:
        """Prose claims with one status, in briefing order."""
        return [item for item in self.items.values() if item.status == status]

    def contradicted(self) -> list[Item]:
        """Prose claims the article says otherwise about."""
        return self.prose_with("contradicted")

    def unverified(self) -> list[Item]:
        """Prose claims no check could link to the article."""
        return self.prose_with("unverified")

    def unsupported(self) -> list[Item]:
        """Prose claims an older run marked unsupported (not told apart)."""
        return self.prose_with("unsupported")

    def wrong_speakers(self) -> list[ClaimCheck]:
        """Speakers the article contradicts (or an older run marked unsupported)."""
        return [
            c
            for c in self.briefing.checks
            if c.kind == "speaker"
            and c.verdict in ("contradicted", "unsupported")
            and not c.removed
        ]

    def unverified_speakers(self) -> list[ClaimCheck]:
        """Speakers the article describes but never links to the claimed name."""
        return [
            c
            for c in self.briefing.checks
            if c.kind == "speaker" and c.verdict == "unverified" and not c.removed
        ]

    def supported_text(self) -> str | None:
        """What the note's supported sentences rest on, or None when none is supported.

        A sentence that copies the article, or that the judge read against it, is
        supported as such; a sentence the rules alone passed is only linked with nothing
        found against it, and the note says so with how many there are."""
        supported = [
            c
            for c in self.briefing.checks
            if c.kind == "prose" and c.verdict == "supported" and not c.removed
        ]
        if not supported:
            return None
        by_rules = [c for c in supported if c.stage == "rules" and c.rule != "copied"]
        checked = sum(1 for c in self.briefing.checks if c.kind == "prose" and not c.removed)
        firm = len(supported) - len(by_rules)  # copied, or the judge's
        if not by_rules:
            if firm == checked:
                return ALL_SUPPORTED_TEXT
            return f"{firm} of {checked} checked sentences {_is(firm)} supported by the article."
        if len(by_rules) == checked:
            return f"Every checked sentence is {RULES_SUPPORT_TEXT}"
        said = f"Of {checked} checked sentences, "
        if firm:
            said += f"{firm} {_is(firm)} supported by the article (copied, or read by the judge); "
        return f"{said}{len(by_rules)} {_is(len(by_rules))} {RULES_SUPPORT_TEXT}"

    def contradicted_lines(self) -> list[str]:
        """The grounding section's list of what the article contradicts, wrong speakers,
        older runs' unsupported claims and removals (shared by Markdown and Word)."""
        lines = [f"sentence: {item.label} ({item.reason})" for item in self.contradicted()]
        lines += [f"sentence: {item.label} ({item.reason})" for item in self.unsupported()]
        lines += [f"speaker of {c.path}: {c.claim} ({c.reason})" for c in self.wrong_speakers()]
        lines += [f"removed {c.path}: {c.claim} ({c.reason})" for c in self.removed()]
        return lines

    def unverified_lines(self) -> list[str]:
        """What to check against the source: unverified claims with their nearest
        support, and speakers the article never links to the claimed name."""
        lines = []
        for item in self.unverified():
            near = f'; nearest support: "{item.nearest_support}"' if item.nearest_support else ""
            lines.append(f"sentence: {item.label} ({item.reason}{near})")
        lines += [
            f"speaker of {c.path}: {c.claim} ({c.reason})" for c in self.unverified_speakers()
        ]
        return lines

    def removed(self) -> list[ClaimCheck]:
        """Claims a strict prose policy removed from the answer, with their reasons."""
        return [c for c in self.briefing.checks if c.removed]

    @property
    def briefing(self) -> Briefing:
        return self.record.briefing

    @property
    def text(self) -> str | None:
        return self.article.text if self.article else None

    @property
    def grounding_checked(self) -> bool:
        """True when the grounding step ran on this briefing."""
        return self.briefing.grounding is not None or any(
            item.status != "unchecked" for item in self.items.values()
        )

    def found_text(self) -> str:
        """The grounding section's line when nothing is missing: every item found, or
        (when the briefing gives none) that there was nothing to look up."""
        summary = self.briefing.grounding
        return NO_ITEMS_TEXT if summary is not None and summary.checked == 0 else ALL_GROUNDED_TEXT

    def item(self, key: str) -> Item | None:
        return self.items.get(key)

    def items_for(self, *keys: str) -> list[Item]:
        """The items among `keys` that exist (an event has a date and/or a place item);
        the HTML note's template marks an event's row with them."""
        return [self.items[key] for key in keys if key in self.items]

    def spans(self, prose: bool = False) -> list[Span]:
        """Every grounded offset range that lies inside the article text: of the
        extracted items, or (`prose=True`) the support of the prose claims."""
        limit = len(self.text or "")
        out: list[Span] = []
        for item in self.items.values():
            if (item.kind == "prose") != prose:
                continue
            for ev in item.evidence:
                if (
                    ev.grounded
                    and ev.start is not None
                    and ev.end is not None
                    and 0 <= ev.start < ev.end <= limit
                ):
                    out.append(Span(ev.start, ev.end, item.kind, item.key, item.label, item.detail))
        return out

    def ungrounded(self) -> list[Item]:
        """Extracted items not found verbatim (absent, or quotes found only approximately)."""
        return [
            item for item in self.items.values() if item.status in ("ungrounded", "approximate")
        ]

    def provenance_line(self) -> str:
        """backend · model · prompt id@vN (hash) · generated DATE: who made this note,
        and when (labelled, so that it is never read as the article's date)."""
        p = self.record.provenance
        date = self.record.created_at[:10]
        return (
            f"{p.backend} · model {p.model} · prompt {p.prompt_id}@v{p.prompt_version} "
            f"(hash {p.prompt_hash[:12]}) · generated {date}"
        )

    @property
    def citation(self) -> Citation | None:
        """The article's outlet, author, date and link (None without the article)."""
        return citation_of(self.article)

    def grounding_rate_text(self) -> str:
        """Extracted items and prose, counted apart."""
        summary = self.briefing.grounding
        if summary is None:
            return "not checked"
        if summary.rate is None:  # nothing to look up, but the prose may have been checked
            prose = self.prose_rate_text()
            return f"no quote, name or date to look up; {prose}" if prose else "not checked"
        text = f"{summary.rate:.0%} ({summary.grounded} of {summary.checked} items found in the article)"
        prose = self.prose_rate_text()
        return f"{text}; {prose}" if prose else text

    def prose_rate_text(self) -> str | None:
        summary = self.briefing.grounding
        if summary is None or summary.prose_rate is None:
            return None
        counts = [f"{summary.prose_supported} of {summary.prose_checked} sentences"]
        if summary.prose_contradicted:
            counts.append(f"{summary.prose_contradicted} contradicted")
        if summary.prose_unverified:
            counts.append(f"{summary.prose_unverified} unverified")
        if summary.prose_legacy_unsupported:
            counts.append(f"{summary.prose_legacy_unsupported} unsupported")
        return f"prose {summary.prose_rate:.0%} supported ({', '.join(counts)})"


def _item(
    key: str,
    kind: ItemKind,
    label: str,
    evidence: list[Evidence] | None,
    text: str | None,
    verbatim: bool = True,
    detail: str = "",
) -> Item:
    """One item; `verbatim=False` for paraphrases, which are never flagged as missing."""
    evidence = [ev for ev in evidence or [] if ev is not None]
    if not evidence:
        status: Status = "unchecked"
    elif any(ev.grounded for ev in evidence):
        status = "grounded"
    else:
        status = "ungrounded" if verbatim else "paraphrase"
    sources = tuple(
        sentence_around(text, ev.start, ev.end if ev.end is not None else ev.start)
        for ev in evidence
        if text is not None and ev.grounded and ev.start is not None
    )
    return Item(key, kind, label, status, tuple(evidence), sources, detail=detail)


_PROSE_STATUS: dict[str, Status] = {
    "supported": "grounded",
    "contradicted": "contradicted",
    "unverified": "unverified",
    "unsupported": "unsupported",
}


def _prose_item(check: ClaimCheck, text: str | None) -> Item:
    """A summary sentence, key point, event or relation description and its support."""
    status: Status = _PROSE_STATUS.get(check.verdict, "unchecked")
    sources = tuple(
        text[ev.start : ev.end]
        for ev in check.support
        if text is not None and ev.start is not None and ev.end is not None
    )
    return Item(
        claim_key(check.path),
        "prose",
        check.claim,
        status,
        tuple(check.support),
        sources,
        _reason(check),
    )


def _reason(check: ClaimCheck) -> str | None:
    """The check's reason, saying so when the verdict is the LLM judge's (`--judge`): a
    reader weighs a model's word differently from a rule's."""
    if check.stage == "judge":
        return f"judge: {check.reason}" if check.reason else "judge"
    return check.reason


def collect_items(briefing: Briefing, text: str | None) -> list[Item]:
    """Actors, quotes, events, 5W1H answers and prose claims with their evidence."""
    items: list[Item] = []
    checks = {c.path: c for c in briefing.checks if not c.removed}
    for i, actor in enumerate(briefing.actors):
        ev = [actor.evidence] if actor.evidence else None
        items.append(_item(f"actor-{i}", "actor", actor.name, ev, text))
    for i, quote in enumerate(briefing.quotes):
        ev = [quote.evidence] if quote.evidence else None
        speaker = f"said by {quote.speaker}" if quote.speaker else "speaker not named"
        item = _item(f"quote-{i}", "quote", quote.text, ev, text, detail=speaker)
        if quote.evidence is not None and quote.evidence.method == "fuzzy":
            check = checks.get(f"quotes[{i}].text")
            reason = check.reason if check else "approximate: the words differ from the article"
            item = Item(
                item.key,
                "quote",
                quote.text,
                "approximate",
                item.evidence,
                item.sources,
                reason,
                speaker,
            )
        items.append(item)
    for i, event in enumerate(briefing.events):
        # Two claims per event: the date as written (`evidence`) and the place.
        if event.when_text:
            items.append(
                _item(
                    f"event-{i}",
                    "event",
                    f"{event.when_text}: {event.what}",
                    [event.evidence] if event.evidence else None,
                    text,
                )
            )
        if event.where:
            items.append(
                _item(
                    f"event-{i}-where",
                    "event",
                    f"{event.where}: {event.what}",
                    [event.where_evidence] if event.where_evidence else None,
                    text,
                )
            )
    fivew = briefing.five_w1h
    for name in FIVE_W_FIELDS:
        value = getattr(fivew, name)
        label = ", ".join(value) if isinstance(value, list) else value
        if label:
            items.append(
                _item(
                    f"fivew-{name}",
                    "fivew",
                    f"{name}: {label}",
                    list(fivew.evidence.get(name) or []),
                    text,
                    verbatim=name not in PARAPHRASED_5W1H,
                )
            )
    items += [_prose_item(c, text) for c in briefing.checks if c.kind == "prose" and not c.removed]
    return items


__all__ = [
    "ALL_GROUNDED_TEXT",
    "ALL_SUPPORTED_TEXT",
    "CHECK_SOURCE_TEXT",
    "FIVE_W_FIELDS",
    "NOT_CHECKED_TEXT",
    "NO_ITEMS_TEXT",
    "PARAPHRASED_5W1H",
    "RULES_SUPPORT_TEXT",
    "UNGROUNDED_MARK",
    "Item",
    "ItemKind",
    "Note",
    "Span",
    "Status",
    "claim_key",
    "collect_items",
]
