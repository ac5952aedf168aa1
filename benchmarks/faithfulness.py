"""Faithfulness benchmark: how well the prose checks catch FactCC-style corruptions.

    .venv/bin/python benchmarks/faithfulness.py [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|all] [--show-misses]

Reads benchmarks/data/faithfulness.jsonl (the development set the rules were written
against), benchmarks/data/faithfulness_heldout.jsonl (written afterwards, never used
to change them) and benchmarks/data/faithfulness_heldout2.jsonl (written blind on five
further articles, never used to change them) and benchmarks/data/faithfulness_heldout3.jsonl
(a third blind set on five more articles, kept for a single measurement once the rules
are frozen: it runs only when named, `--set heldout3`, and `all` leaves it out) and
benchmarks/data/faithfulness_heldout4.jsonl (a fourth blind set on five more articles, kept
the same way: only `--set heldout4` runs it) and
benchmarks/data/faithfulness_heldout5.jsonl (a fifth blind set on five more articles, kept
the same way: only `--set heldout5` runs it), all built by
benchmarks/faithfulness_data.py from hand-written paraphrases of the seed and Giveme5W1H
articles, and runs every claim
through the same checks a run uses: prose claims through `check_claim` against the
article's `SupportIndex`, quote speakers through `check_speaker`. Reports, per
corruption type, the share flagged `unsupported` (detection), the share of faithful
sentences flagged (false flags), speakers the check could not decide (`not_checked`),
and the time per claim (the article index is built once per article and timed apart).

With `--judge MODEL` (openai:MODEL at $OPENAI_BASE_URL or $BRIEFING_JUDGE_BASE_URL,
llamacpp:PATH), every set also gets the composed verifier's figures, the rules alone
beside the rules then the judge (`benchmarks/faithfulness_judge.py`): contradicted and
unverified shares of faithful claims, contradicted recall per corruption type, balanced
accuracy, and what the judge cost; pooled over the blind sets run when there are
several. `--judge-all` sends every claim to the judge, not only the doubtful ones.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsbrief.grounding.aligner import Aligner
from newsbrief.grounding.consistency import check_claim
from newsbrief.grounding.quotes import verbatim_quote
from newsbrief.grounding.speakers import check_speaker
from newsbrief.grounding.support import SupportIndex
from newsbrief.schemas import ClaimCheck

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": ROOT / "benchmarks" / "data" / "faithfulness.jsonl",
    "heldout": ROOT / "benchmarks" / "data" / "faithfulness_heldout.jsonl",
    "heldout2": ROOT / "benchmarks" / "data" / "faithfulness_heldout2.jsonl",
    "heldout3": ROOT / "benchmarks" / "data" / "faithfulness_heldout3.jsonl",
    "heldout4": ROOT / "benchmarks" / "data" / "faithfulness_heldout4.jsonl",
    "heldout5": ROOT / "benchmarks" / "data" / "faithfulness_heldout5.jsonl",
}
# Sets scored by `--set all` (the default): heldout3, heldout4 and heldout5 are left out so
# that their figures are seen only by whoever names them, once.
ALL = ("dev", "heldout", "heldout2")
ARTICLES = (ROOT / "examples" / "seeds.jsonl", ROOT / "examples" / "giveme5w1h-dev-articles.jsonl")
GOALS = {"number": 0.9, "date": 0.9, "entity": 0.9, "speaker": 0.9, "negation": 0.7}
FALSE_FLAG_GOAL = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="print every wrong verdict")
    parser.add_argument(
        "--set",
        choices=[*SETS, "all"],
        default="all",
        help=(
            "which labelled set (all: every set but heldout3, heldout4 and heldout5, which run"
            " only when named)"
        ),
    )
    parser.add_argument(
        "--judge",
        metavar="MODEL",
        default=None,
        help="also measure the rules then this LLM judge: openai:MODEL or llamacpp:PATH",
    )
    parser.add_argument("--judge-all", action="store_true", help="send every claim to the judge")
    args = parser.parse_args()
    texts = {}
    for path in ARTICLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    chosen = [n for n in SETS if args.set == n or (args.set == "all" and n in ALL)]
    for name in chosen:
        report(name, SETS[name], texts, args.show_misses)
        print()
    if args.judge:
        judge_report(chosen, texts, args.judge, args.judge_all)


def check_row(row: dict, text: str, index: SupportIndex) -> ClaimCheck:
    """The rules' check of one labelled claim, as a run checks it."""
    if row["kind"] == "prose":
        return check_claim(index, row["claim"], "bench")
    evidence = verbatim_quote(Aligner(text), row["quote"])
    return check_speaker(text, evidence, row["claim"], "bench")


def _check_labelled(
    row: dict, texts: dict[str, str], indexes: dict[str, SupportIndex]
) -> ClaimCheck:
    return check_row(row, texts[row["article"]], indexes[row["article"]])


def judge_report(chosen: list[str], texts: dict[str, str], model: str, judge_all: bool) -> None:
    """The rules alone and the rules then the judge, per set and pooled over blind sets."""
    from benchmarks.faithfulness_judge import composed_verdicts, figures, figures_table
    from newsbrief.judge import JudgeSpec, build_judge

    pooled_rules: list[tuple[str, str]] = []
    pooled_judged: list[tuple[str, str]] = []
    blind = [name for name in chosen if name != "dev"]
    for name in chosen:
        rows = [json.loads(x) for x in SETS[name].read_text(encoding="utf-8").splitlines()]
        indexes = {a: SupportIndex(texts[a]) for a in dict.fromkeys(r["article"] for r in rows)}
        judge = build_judge(JudgeSpec(model=model, scope="all" if judge_all else "doubtful"))
        checker = functools.partial(_check_labelled, texts=texts, indexes=indexes)
        rules, judged, totals = composed_verdicts(rows, texts, checker, judge)
        if name in blind:
            pooled_rules += rules
            pooled_judged += judged
        print(f"{name}: {len(rows)} labelled claims, rules then the judge {model}")
        print()
        print(figures_table([("rules", figures(rules)), ("rules + judge", figures(judged))]))
        if totals is not None:
            usage = totals.usage
            print()
            print(
                f"judge: {totals.sent} claims sent in {usage.requests} requests, "
                f"{totals.changed} changed, {totals.confirmed} confirmed, {totals.voided} "
                f"voided, {totals.unanswered} unanswered, {totals.errors} article(s) with a "
                f"judge error; {usage.prompt_tokens} prompt + {usage.completion_tokens} "
                f"completion tokens ({usage.cached_tokens} cached)"
            )
        print()
    if len(blind) > 1:
        print(f"pooled blind sets ({', '.join(blind)}): {len(pooled_rules)} labelled claims")
        print()
        print(
            figures_table(
                [("rules", figures(pooled_rules)), ("rules + judge", figures(pooled_judged))]
            )
        )
        print()


def report(name: str, data: Path, texts: dict[str, str], show_misses: bool) -> None:
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]

    index_seconds = 0.0
    indexes: dict[str, SupportIndex] = {}
    for article in dict.fromkeys(row["article"] for row in rows):
        started = time.perf_counter()
        indexes[article] = SupportIndex(texts[article])
        index_seconds += time.perf_counter() - started

    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    started = time.perf_counter()
    for row in rows:
        check = check_row(row, texts[row["article"]], indexes[row["article"]])
        kind = "faithful prose" if row["kind"] == "prose" else "faithful speaker"
        group = row["label"] if row["label"] != "faithful" else kind
        verdicts[group][check.verdict] += 1
        wrong = (check.verdict == "unsupported") == (row["label"] == "faithful")
        if wrong:
            misses.append((group, row["claim"], check.verdict, check.reason))
    check_seconds = time.perf_counter() - started

    print(
        f"{name}: {len(rows)} labelled claims over {len(indexes)} articles ({data.relative_to(ROOT)})"
    )
    print()
    print("| type | claims | flagged unsupported | not_checked | rate | goal | met |")
    print("|---|---|---|---|---|---|---|")
    for group in ("number", "date", "entity", "speaker", "negation", "added"):
        counts = verdicts[group]
        n = sum(counts.values())
        rate = counts["unsupported"] / n if n else 0.0
        goal = GOALS.get(group)
        met = "" if goal is None else ("yes" if rate >= goal else "no")
        print(
            f"| {group} (detection) | {n} | {counts['unsupported']} | {counts['not_checked']} "
            f"| {rate:.2f} | {'>= ' + format(goal, '.1f') if goal else ''} | {met} |"
        )
    for group in ("faithful prose", "faithful speaker"):
        counts = verdicts[group]
        n = sum(counts.values())
        rate = counts["unsupported"] / n if n else 0.0
        met = "yes" if rate <= FALSE_FLAG_GOAL else "no"
        print(
            f"| {group} (false flags) | {n} | {counts['unsupported']} | {counts['not_checked']} "
            f"| {rate:.3f} | <= {FALSE_FLAG_GOAL:.2f} | {met} |"
        )
    print()
    print(
        f"time: {1000 * check_seconds / len(rows):.3f} ms per claim (checks), plus "
        f"{1000 * index_seconds / len(indexes):.2f} ms per article to index it "
        f"(load average {os.getloadavg()[0]:.1f})"
    )
    if show_misses:
        print()
        for group, claim, verdict, reason in misses:
            print(f"[{group}] {verdict}: {claim}\n    {reason}")


if __name__ == "__main__":
    main()
