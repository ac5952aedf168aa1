"""The composed verifier (the rules, then an LLM judge) on the labelled faithfulness sets.

Used by `benchmarks/faithfulness.py --judge MODEL`: each labelled claim is checked by the
rules exactly as the benchmark checks it, then every article's claims go to the judge
the way a run sends them (`newsbrief.judge.Judge.judge`: the doubtful ones, or all with
`--judge-all`, in chunks, the article first), and both verdict sets are scored:

- `faithful: contradicted`: the share of faithful claims marked contradicted (a red
  mark that is wrong);
- `faithful: unverified`: the share of faithful claims left unverified ("check against
  the source": what the verifier could not decide);
- recall per corruption type: the share of corrupted claims marked contradicted;
- balanced accuracy: (share of corrupted claims contradicted + share of faithful claims
  supported) / 2, so an undecided claim counts against both sides, as LLM-AggreFact
  scores a checker that abstains.

A legacy `unsupported` verdict (the rules' two-valued verdict before `contradicted` and
`unverified` existed) counts as `contradicted`: it was the red mark.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsbrief.judge import Judge
from newsbrief.schemas import Briefing, ClaimCheck, JudgeTotals, Quote

__all__ = ["Figures", "composed_verdicts", "figures", "figures_table"]

CORRUPTIONS = ("number", "date", "entity", "speaker", "negation", "added")
RED = frozenset({"contradicted", "unsupported"})


@dataclass
class Figures:
    """The figures of one verifier on one set (see the module docstring)."""

    faithful: int
    faithful_contradicted: float | None
    faithful_unverified: float | None
    recall: dict[str, float | None]
    balanced_accuracy: float | None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def figures(labelled: Iterable[tuple[str, str]]) -> Figures:
    """Figures of `(label, verdict)` pairs: label `faithful` or a corruption type."""
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    for label, verdict in labelled:
        by_label[label]["contradicted" if verdict in RED else verdict] += 1
    faithful = by_label["faithful"]
    n_faithful = sum(faithful.values())
    corrupted = Counter[str]()
    for label, counts in by_label.items():
        if label != "faithful":
            corrupted.update(counts)
    n_corrupted = sum(corrupted.values())
    caught = _share(corrupted["contradicted"], n_corrupted)
    kept = _share(faithful["supported"], n_faithful)
    return Figures(
        faithful=n_faithful,
        faithful_contradicted=_share(faithful["contradicted"], n_faithful),
        faithful_unverified=_share(faithful["unverified"] + faithful["not_checked"], n_faithful),
        recall={
            label: _share(by_label[label]["contradicted"], sum(by_label[label].values()))
            for label in CORRUPTIONS
        },
        balanced_accuracy=None if caught is None or kept is None else (caught + kept) / 2,
    )


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def figures_table(rows: list[tuple[str, Figures]]) -> str:
    """A Markdown table, one row per verifier."""
    head = (
        "| verifier | faithful | faithful: contradicted | faithful: unverified | "
        + " | ".join(f"recall {c}" for c in CORRUPTIONS)
        + " | balanced accuracy |"
    )
    lines = [head, "|" + "---|" * (5 + len(CORRUPTIONS))]
    for name, f in rows:
        recall = " | ".join(_cell(f.recall[c]) for c in CORRUPTIONS)
        lines.append(
            f"| {name} | {f.faithful} | {_cell(f.faithful_contradicted)} | "
            f"{_cell(f.faithful_unverified)} | {recall} | {_cell(f.balanced_accuracy)} |"
        )
    return "\n".join(lines)


def _as_briefing(rows: list[dict], checks: list[ClaimCheck]) -> tuple[Briefing, list[ClaimCheck]]:
    """One article's labelled claims as a briefing and its checks (paths the judge reads:
    prose as key points, speakers as quote speakers with their quotation)."""
    quotes, placed = [], []
    for number, (row, check) in enumerate(zip(rows, checks, strict=True)):
        if row["kind"] == "speaker":
            path, kind = f"quotes[{len(quotes)}].speaker", "speaker"
            quotes.append(Quote(speaker=row["claim"], text=row["quote"]))
        else:
            path, kind = f"key_points[{number}]", "prose"
        placed.append(check.model_copy(update={"path": path, "kind": kind}))
    return Briefing(headline="labelled claims", summary="labelled claims", quotes=quotes), placed


async def _judge_all(
    judge: Judge, articles: dict[str, list[tuple[dict, ClaimCheck]]], texts: dict[str, str]
) -> tuple[dict[int, str], JudgeTotals | None]:
    verdicts: dict[int, str] = {}
    totals: JudgeTotals | None = None
    slots = asyncio.Semaphore(4)

    async def one(article: str, items: list[tuple[dict, ClaimCheck]]) -> None:
        nonlocal totals
        rows = [row for row, _ in items]
        briefing, checks = _as_briefing(rows, [check for _, check in items])
        async with slots:
            judged = await judge.judge(texts[article], briefing, checks)
        for row, check in zip(rows, judged.checks, strict=True):
            verdicts[id(row)] = check.verdict
        totals = totals or JudgeTotals.start(judged.report)
        totals.add(judged.report)

    try:
        await asyncio.gather(*(one(a, items) for a, items in articles.items()))
    finally:
        await judge.aclose()
    return verdicts, totals


def composed_verdicts(
    rows: list[dict],
    texts: dict[str, str],
    check_row: Callable[[dict], ClaimCheck],
    judge: Judge,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], JudgeTotals | None]:
    """`(label, verdict)` pairs of the rules alone and of the rules then the judge."""
    articles: dict[str, list[tuple[dict, ClaimCheck]]] = defaultdict(list)
    rules: list[tuple[str, str]] = []
    for row in rows:
        check = check_row(row)
        rules.append((row["label"], check.verdict))
        articles[row["article"]].append((row, check))
    judged, totals = asyncio.run(_judge_all(judge, dict(articles), texts))
    composed = [(row["label"], judged[id(row)]) for row in rows]
    return rules, composed, totals
