"""Reference-free metrics: how much of a run's prose its own articles support.

No gold is needed: the grounding step stored a verdict for every prose claim and quote
speaker on each briefing (`Briefing.checks`, `GroundingSummary.prose_*`), and this sums
them over the briefings of a run, so batch runs over archives without gold still get a
quality signal. Runs made before the checks existed have none: `briefing verify` adds
them (it re-runs every check on the stored briefings and the input articles).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsbrief.schemas import Briefing, Faithfulness

__all__ = ["faithfulness_metrics", "faithfulness_of"]


def faithfulness_of(briefings: Iterable[Briefing]) -> Faithfulness:
    """The run's counts, summed the same way the manifest sums them while it runs."""
    total = Faithfulness()
    for briefing in briefings:
        total.add(briefing)
    return total


def faithfulness_metrics(total: Faithfulness) -> dict[str, float | int | None]:
    """The metric names `briefing eval` and eval.json report: contradicted (the article
    says otherwise) and unverified (nothing could link it) apart; `unsupported_claims`
    counts briefings of older runs, which did not tell the two apart."""
    return {
        "faithfulness.supported_rate": total.supported_rate,
        "faithfulness.contradicted_claims": total.contradicted_claims,
        "faithfulness.unverified_claims": total.unverified_claims,
        "faithfulness.contradicted_rate": total.contradicted_rate,
        "faithfulness.unverified_rate": total.unverified_rate,
        "faithfulness.unsupported_claims": total.unsupported_claims,
        "faithfulness.checked": total.checked,
        "quotes.speaker_ok": total.speaker_ok,
        "quotes.speakers_checked": total.speakers_checked,
        "articles_checked": total.articles,
    }
