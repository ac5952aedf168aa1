"""Re-check a finished run without a model: every claim of every briefing, again.

`verify_run` reads the run's briefings (the latest record of each article, and of each
sample in a run made with `--repeat`: every sample is a briefing an analyst may read), finds each
article's text (the run's recorded input, or the file the user names), runs the whole
grounding step on the stored briefing with every kind at `flag` (nothing is removed,
everything is recorded) and writes `verify.jsonl` into the run directory: one line per
checked claim. Runs made before the prose checks existed are verified the same way,
since only the briefings and the articles are needed.

Each line: `id` (article), `sample` (only in runs made with `--repeat`), `path` (field path: `summary[1]`, `key_points[0]`,
`quotes[2].speaker`, `actors[0].name`, ...), `kind`, `claim` (the text checked),
`verdict` (`supported`; `contradicted`: the article says otherwise, `rule` names the
check; `unverified`: nothing could link it, for an extracted item: not found in the
article; or `not_checked`), `rule`, `stage`, `score`, `support` (article offsets
`[start, end]`), `offending` (tokens) and `reason`; a claim the judge (--judge)
decided or whose verdict it voided also has `citation` and `prior_verdict`.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.errors import BriefingError
from newsbrief.grounding import GroundingPolicy, ground_briefing
from newsbrief.inputs.jsonl import BadLine, skip
from newsbrief.inputs.reader import FieldMap, InputProblem
from newsbrief.inputs.source import InputSpec, resolve_input
from newsbrief.judge import Judge
from newsbrief.redact import redact
from newsbrief.run.judging import judge_stored
from newsbrief.run.rundir import read_briefings, read_manifest
from newsbrief.schemas import (
    Briefing,
    BriefingRecord,
    ClaimCheck,
    Evidence,
    Faithfulness,
    JudgeTotals,
)

__all__ = ["VERIFY_FILE", "VerifyError", "VerifyResult", "verify_run"]

VERIFY_FILE = "verify.jsonl"
EVERYTHING_FLAGGED = GroundingPolicy(quotes="flag", names="flag", markup="flag", prose="flag")


class VerifyError(BriefingError):
    """The run or its articles cannot be read for verification."""


@dataclass
class VerifyResult:
    """What `verify_run` found: counts by (kind, verdict) and the reference-free totals."""

    path: Path
    articles: int = 0
    without_text: list[str] = field(default_factory=list)
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    faithfulness: Faithfulness = field(default_factory=Faithfulness)
    judge: JudgeTotals | None = None  # with --judge: what it did and cost


def _line(article_id: str, path: str, kind: str, claim: str, **rest: Any) -> dict[str, Any]:
    return {"id": article_id, "path": path, "kind": kind, "claim": claim, **rest}


def _offsets(evidence: list[Evidence]) -> list[list[int]]:
    return [[e.start, e.end] for e in evidence if e.start is not None and e.end is not None]


def _extracted(article_id: str, briefing: Briefing) -> list[dict[str, Any]]:
    """Names, dates and places as the grounding step found them (quotes come as checks)."""
    items: list[tuple[str, str, str, Evidence | None]] = []
    items += [
        (f"actors[{i}].name", "name", a.name, a.evidence) for i, a in enumerate(briefing.actors)
    ]
    for i, event in enumerate(briefing.events):
        if event.when_text:
            items.append((f"events[{i}].when_text", "date", event.when_text, event.evidence))
        if event.where:
            items.append((f"events[{i}].where", "place", event.where, event.where_evidence))
    five = briefing.five_w1h
    for i, who in enumerate(five.who):
        found = five.evidence.get("who", [])
        items.append((f"five_w1h.who[{i}]", "name", who, found[i] if i < len(found) else None))
    for name in ("when", "where"):
        value = getattr(five, name)
        if value:
            found = five.evidence.get(name, [])
            items.append((f"five_w1h.{name}", name, value, found[0] if found else None))
    lines = []
    for path, kind, claim, evidence in items:
        grounded = evidence is not None and evidence.grounded
        lines.append(
            _line(
                article_id,
                path,
                kind,
                claim,
                verdict="supported" if grounded else "unverified",
                score=evidence.score if evidence else 0.0,
                support=_offsets([evidence]) if grounded and evidence else [],
                offending=[] if grounded else [claim],
                reason=None if grounded else "not found in the article",
            )
        )
    return lines


def article_texts(run_dir: Path, articles: Path | None, wanted: set[str]) -> dict[str, str]:
    """The texts of the `wanted` articles: from `articles`, else the run's input."""
    manifest = read_manifest(run_dir)
    source = articles or Path(manifest.input)
    if not source.exists():
        raise VerifyError(
            f"the run's input {source} is not there: pass --articles INPUT with the "
            "articles the run briefed"
        )
    fields = FieldMap(**manifest.input_fields) if articles is None else FieldMap()
    texts: dict[str, str] = {}
    for _, item in resolve_input(InputSpec(str(source), fields=fields)).items():
        if isinstance(item, InputProblem):
            skip(BadLine(source, item.line, item.message), "its article has no text here")
        elif item.id in wanted:
            texts[item.id] = item.text
    return texts


def _sampled(lines: list[dict[str, Any]], sample: int | None) -> list[dict[str, Any]]:
    """Lines of one sample's briefing carry its index right after the article id."""
    if sample is None:
        return lines
    return [{"id": line["id"], "sample": sample, **line} for line in lines]


def _judged(check: ClaimCheck) -> dict[str, Any]:
    """A judged claim's line also says on what text, over what (every line says its
    `stage` and `rule`)."""
    if check.stage != "judge" and check.prior_verdict is None:
        return {}
    return {"citation": check.citation, "prior_verdict": check.prior_verdict}


def verify_run(
    run_dir: Path, articles: Path | None = None, judge: Judge | None = None
) -> VerifyResult:
    """Re-run every check on the run's briefings and write RUN_DIR/verify.jsonl; with
    `judge`, the claims the rules leave doubtful get its verdicts (see docs/judge.md)."""
    latest: dict[tuple[str, int | None], BriefingRecord] = {}
    for record in read_briefings(run_dir):
        latest[(record.id, record.sample)] = record
    texts = article_texts(run_dir, articles, {article_id for article_id, _ in latest})
    result = VerifyResult(run_dir / VERIFY_FILE)
    lines: list[dict[str, Any]] = []
    checked_articles: set[str] = set()
    grounded: dict[tuple[str, int | None], Briefing] = {}
    for (article_id, sample), record in latest.items():
        text = texts.get(article_id)
        if text is None:
            if article_id not in result.without_text:
                result.without_text.append(article_id)
            continue
        grounded[(article_id, sample)] = ground_briefing(record.briefing, text, EVERYTHING_FLAGGED)
    if judge is not None:
        result.judge = judge_stored(judge, [(i, b) for (i, _), b in grounded.items()], texts)
    for article_id, sample in latest:
        checked = grounded.get((article_id, sample))
        if checked is None:
            lines.append(
                _line(
                    article_id,
                    "",
                    "article",
                    "",
                    verdict="not_checked",
                    score=0.0,
                    support=[],
                    offending=[],
                    reason="the article text was not found",
                )
            )
            continue
        checked_articles.add(article_id)
        result.faithfulness.add(checked)
        lines += _sampled(_extracted(article_id, checked), sample)
        lines += _sampled(
            [
                _line(
                    article_id,
                    check.path,
                    check.kind,
                    check.claim,
                    verdict=check.verdict,
                    rule=check.rule,
                    stage=check.stage,
                    score=check.score,
                    support=_offsets(check.support),
                    offending=check.offending,
                    reason=check.reason,
                    **_judged(check),
                )
                for check in checked.checks
            ],
            sample,
        )
    result.articles = len(checked_articles)
    for line in lines:
        result.counts[(line["kind"], line["verdict"])] += 1
    tmp = result.path.with_name(VERIFY_FILE + ".tmp")
    tmp.write_text(
        redact("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)),
        encoding="utf-8",
    )
    os.replace(tmp, result.path)
    return result
