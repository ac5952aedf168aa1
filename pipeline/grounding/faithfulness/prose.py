"""The prose checks of one briefing: every claim written in the model's own words.

`check_briefing` checks, in briefing order, each sentence of the summary
(`summary[i]`), each key point, each `events[i].what`, each
`relations[i].description` (consistency against the support, `consistency`), and
each quote's text (`quotes[i].text`: verbatim or approximate, `quotes`) and speaker
(`quotes[i].speaker`, `speakers`). `remove_contradicted` is the strict policy's salvage:
it drops what the article contradicts, and the checks it returns record every removal with its reason.
"""

from __future__ import annotations

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import VERBATIM, differing_words, nearest_quotation
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.schemas import Briefing, ClaimCheck, Evidence
from newsbrief.text.sentences import split_sentences

__all__ = [
    "check_briefing",
    "check_quote_text",
    "prose_claims",
    "remove_contradicted",
    "summary_sentences",
]


def summary_sentences(summary: str) -> list[str]:
    """The summary's sentences (a one-line summary too short to read as prose is one)."""
    return [s.text for s in split_sentences(summary)] or ([summary] if summary.strip() else [])


def prose_claims(briefing: Briefing) -> list[tuple[str, str]]:
    """(path, claim) for every prose sentence of the briefing, in briefing order."""
    claims = [(f"summary[{i}]", text) for i, text in enumerate(summary_sentences(briefing.summary))]
    claims += [(f"key_points[{i}]", point) for i, point in enumerate(briefing.key_points)]
    claims += [(f"events[{i}].what", event.what) for i, event in enumerate(briefing.events)]
    claims += [
        (f"relations[{i}].description", relation.description)
        for i, relation in enumerate(briefing.relations)
        if relation.description.strip()
    ]
    return claims


def check_quote_text(text: str, quote: str, evidence: Evidence | None, path: str) -> ClaimCheck:
    """Verbatim (supported), approximate (contradicted: the article's quotation has other
    words, `rule` quote_altered) or absent (unverified: nothing to compare it with)."""
    if evidence is None or not evidence.grounded:
        evidence = nearest_quotation(text, quote)
    if evidence is None or not evidence.grounded:
        return ClaimCheck(path=path, kind="quote", claim=quote, verdict="unverified",
                          reason="the quote is not in the article", rule="quote_absent")  # fmt: skip
    if evidence.method in VERBATIM:
        return ClaimCheck(path=path, kind="quote", claim=quote, verdict="supported",
                          score=evidence.score, support=[evidence], rule="verbatim")  # fmt: skip
    added, missing = differing_words(quote, text[evidence.start : evidence.end])
    parts = []
    if added:
        parts.append("adds " + ", ".join(repr(w) for w in added))
    if missing:
        parts.append("leaves out " + ", ".join(repr(w) for w in missing))
    return ClaimCheck(
        path=path,
        kind="quote",
        claim=quote,
        verdict="contradicted",
        score=evidence.score,
        support=[evidence],
        offending=added or missing,
        rule="quote_altered",
        reason="approximate: the quote " + ("; ".join(parts) or "differs from the article"),
    )


def check_briefing(
    briefing: Briefing,
    text: str,
    *,
    prose: bool = True,
    quotes: bool = True,
    index: SupportIndex | None = None,
) -> list[ClaimCheck]:
    """Every check of `briefing` against `text`; quotes need their evidence attached."""
    checks: list[ClaimCheck] = []
    if prose:
        index = index or SupportIndex(text)
        # a claim written twice (a key point repeated as an event's "what") is checked
        # once: its check depends on the article and the claim alone, not on its path
        seen: dict[str, ClaimCheck] = {}
        for path, claim in prose_claims(briefing):
            if claim in seen:
                checks.append(seen[claim].model_copy(update={"path": path}, deep=True))
            else:
                checks.append(seen.setdefault(claim, check_claim(index, claim, path)))
    for i, quote in enumerate(briefing.quotes):
        evidence = quote.evidence
        if quotes:
            if evidence is None:
                evidence = Aligner(text).align(quote.text)
            checks.append(check_quote_text(text, quote.text, evidence, f"quotes[{i}].text"))
        if prose:
            checks.append(
                check_speaker(
                    text, evidence, quote.speaker, f"quotes[{i}].speaker", briefing.actors
                )
            )
    return checks


def remove_contradicted(briefing: Briefing, checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """Drop every contradicted prose claim from `briefing` (in place); return the removals.

    Only `contradicted`: an `unverified` claim is one the checks could not link, which
    a paraphrase often is, so it stays (marked "check against the source").

    Summary sentences are cut out of the summary (kept whole when none is supported);
    key points, events and relations are dropped; a wrong speaker is set to null (the
    quote itself stays: its text is checked on its own).
    """
    failed = {c.path: c for c in checks if c.verdict == "contradicted" and c.kind != "quote"}
    if not failed:
        return []
    removed: list[ClaimCheck] = []
    sentences = summary_sentences(briefing.summary)
    kept = [s for i, s in enumerate(sentences) if f"summary[{i}]" not in failed]
    if kept and len(kept) < len(sentences):
        briefing.summary = " ".join(kept)
        removed += [
            failed[f"summary[{i}]"] for i in range(len(sentences)) if f"summary[{i}]" in failed
        ]
    for field, suffix in (("key_points", ""), ("events", ".what"), ("relations", ".description")):
        items = getattr(briefing, field)
        keep = []
        for i, item in enumerate(items):
            path = f"{field}[{i}]{suffix}"
            if path in failed:
                removed.append(failed[path])
            else:
                keep.append(item)
        setattr(briefing, field, keep)
    for i, quote in enumerate(briefing.quotes):
        path = f"quotes[{i}].speaker"
        if path in failed:
            removed.append(failed[path])
            quote.speaker = None
    return [check.model_copy(update={"removed": True}) for check in removed]
