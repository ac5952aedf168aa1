"""Faithfulness benchmark: how the claim verifiers treat faithful and corrupted claims.

    .venv/bin/python benchmarks/faithfulness.py [--set NAME ...] [--show-misses]

Labelled sets (benchmarks/data/faithfulness*.jsonl, built by
benchmarks/faithfulness_data.py from hand-written claims about the seed and Giveme5W1H
articles): `dev` (the set the rules were written against), `heldout` (written after
them), and the sets written blind on further articles, `heldout2` to `heldout16`.
`--set` names one or more (default: `dev heldout blind`); `blind` pools `heldout2` to
`heldout5` (the Done-when figures; read while the rules were tuned, as was `heldout6`);
`tuned` pools every set the rules were tuned on (`dev`, `heldout`, `heldout2` to
`heldout16`: development sets, no evidence).
`heldout6` to `heldout13` run only when named: each was written blind for one
measurement, `heldout7` for the rules after the recall fixes, `heldout8` (seven
Giveme5W1H articles no other set uses) for the rules once tuned on all the older sets,
`heldout9` (six more such articles) for one final measurement; each measured once and
reported (benchmarks/README.md), then a development set, as were `heldout10` (six more
such articles, 346 claims, for the rules with the precision gate) and `heldout11` (the
six longest articles left, 445 claims, for the calibrated red marks) and `heldout12` (341
claims about six further articles, five BBC and one Deutsche Welle article from the
Giveme5W1H project's other samples, whose texts are in
benchmarks/data/articles_heldout12.jsonl; for the rules after the recall round) and
`heldout13` (306 claims about six more such articles, four BBC and two from the
news-cluster sample, whose texts are in benchmarks/data/articles_heldout13.jsonl; for
the rules after heldout12's fixes). `heldout14` (318 claims about six more such articles,
three BBC and three from the news-cluster sample, whose texts are in
benchmarks/data/articles_heldout14.jsonl; for the rules after heldout13's round).
`heldout15` (347 claims about six more such articles, all six BBC, whose texts are in
benchmarks/data/articles_heldout15.jsonl; for the rules after heldout14's round and the
dates read in their slot).
`heldout16` (350 claims about six more such articles, all six BBC, with more quotation
rows than the earlier sets; their texts are in benchmarks/data/articles_heldout16.jsonl;
for the rules after heldout15's round: the speaker forms).

Each row is a claim: `prose` (checked like a summary sentence: `check_claim` against
the article's `SupportIndex`), `speaker` (the quote's speaker: `check_speaker`) or
`quote` (a quotation's text: verbatim, altered or absent), labelled `faithful` or with
its corruption type (number, date, entity, speaker, negation, quote, added). The rows
go through the verifier stages (`verify_row`; stage 1 is the lexical rules), and the
report gives, per set and pooled:

- `contradicted` on faithful claims (a red mark that is wrong), and `unverified` on
  faithful claims (what the rules could not link: the honest size of what only a judge
  can decide);
- `contradicted` recall per corruption type, with its goal;
- balanced accuracy: (share of corrupted claims contradicted + share of faithful claims
  supported) / 2, so an undecided claim counts against both sides (the figures of
  `benchmarks/faithfulness_judge.py`, one definition for both verifiers);
- red marks by rule: of the claims each rule marked `contradicted`, how many are
  corrupted (right) and how many faithful (wrong), so a red mark's trust is read per
  rule;
- CPU time per claim (the article index built once per article, timed apart).

`--pool` reports the named sets as one pool (each set once), for example the ten
development sets older than heldout10: `--set dev heldout blind heldout6 heldout7
heldout8 heldout9 --pool`.

With `--judge MODEL` (openai:MODEL at $OPENAI_BASE_URL or $BRIEFING_JUDGE_BASE_URL,
llamacpp:PATH), every set also gets the composed verifier's figures, the rules alone
beside the rules then the judge (`benchmarks/faithfulness_judge.py`), pooled over the
blind sets as well, and what the judge cost. `--judge-all` sends every claim to the
judge, not only the doubtful ones.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.faithfulness_judge import figures, figures_table
from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.prose import check_quote_text
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.schemas import ClaimCheck

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SETS = {
    "dev": DATA / "faithfulness.jsonl",
    "heldout": DATA / "faithfulness_heldout.jsonl",
    "heldout2": DATA / "faithfulness_heldout2.jsonl",
    "heldout3": DATA / "faithfulness_heldout3.jsonl",
    "heldout4": DATA / "faithfulness_heldout4.jsonl",
    "heldout5": DATA / "faithfulness_heldout5.jsonl",
    "heldout6": DATA / "faithfulness_heldout6.jsonl",
    "heldout7": DATA / "faithfulness_heldout7.jsonl",
    "heldout8": DATA / "faithfulness_heldout8.jsonl",
    "heldout9": DATA / "faithfulness_heldout9.jsonl",
    "heldout10": DATA / "faithfulness_heldout10.jsonl",
    "heldout11": DATA / "faithfulness_heldout11.jsonl",
    "heldout12": DATA / "faithfulness_heldout12.jsonl",
    "heldout13": DATA / "faithfulness_heldout13.jsonl",
    "heldout14": DATA / "faithfulness_heldout14.jsonl",
    "heldout15": DATA / "faithfulness_heldout15.jsonl",
    "heldout16": DATA / "faithfulness_heldout16.jsonl",
}
BLIND = ("heldout2", "heldout3", "heldout4", "heldout5")
# Every set the rules were tuned on (development sets): `--set tuned` pools them.
TUNED = (
    "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
    "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
    "heldout14", "heldout15", "heldout16",
)  # fmt: skip
DEFAULT = ("dev", "heldout", "blind")
# heldout12's to heldout16's articles are in none of the example files: their own files,
# not named faithfulness*.jsonl so that nothing reading every labelled set takes one for a
# set.
ARTICLES = (
    ROOT / "examples" / "seeds.jsonl",
    ROOT / "examples" / "giveme5w1h-dev-articles.jsonl",
    DATA / "articles_heldout12.jsonl",
    DATA / "articles_heldout13.jsonl",
    DATA / "articles_heldout14.jsonl",
    DATA / "articles_heldout15.jsonl",
    DATA / "articles_heldout16.jsonl",
)
TYPES = ("number", "date", "negation", "quote", "speaker", "entity", "added")
RECALL_GOALS = {"number": 0.9, "date": 0.9, "negation": 0.9, "quote": 0.9,
                "speaker": 0.8, "entity": 0.8}  # fmt: skip
CONTRADICTED_ON_FAITHFUL_GOAL = 0.05


class Row:
    """One labelled claim and the verdict it got."""

    def __init__(self, data: dict[str, str], check: ClaimCheck) -> None:
        self.data = data
        self.check = check

    @property
    def label(self) -> str:
        return self.data["label"]

    @property
    def verdict(self) -> str:
        return self.check.verdict


class Rules:
    """Stage 1 on one labelled row: what a run's `RuleVerifier` does to that claim."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.indexes: dict[str, SupportIndex] = {}
        self.index_seconds = 0.0

    def index(self, article: str) -> SupportIndex:
        if article not in self.indexes:
            started = time.process_time()
            self.indexes[article] = SupportIndex(self.texts[article])
            self.index_seconds += time.process_time() - started
        return self.indexes[article]

    def __call__(self, row: dict[str, str]) -> ClaimCheck:
        text = self.texts[row["article"]]
        if row["kind"] == "prose":
            return check_claim(self.index(row["article"]), row["claim"], "bench")
        evidence = verbatim_quote(Aligner(text), row["quote"] if row["kind"] == "speaker"
                                  else row["claim"])  # fmt: skip
        if row["kind"] == "quote":
            return check_quote_text(text, row["claim"], evidence, "bench")
        return check_speaker(text, evidence, row["claim"], "bench")


def load_texts() -> dict[str, str]:
    texts = {}
    for path in ARTICLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    return texts


def run_set(path: Path, verify_row: Callable[[dict[str, str]], ClaimCheck]) -> list[Row]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Row(row, verify_row(row)) for row in rows]


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def report(name: str, rows: list[Row], show_misses: bool) -> None:
    """Print the set's tables."""
    faithful = [r for r in rows if r.label == "faithful"]
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        group = f"faithful {r.data['kind']}" if r.label == "faithful" else r.label
        verdicts[group][r.verdict] += 1
    print(f"{name}: {len(rows)} labelled claims ({len(faithful)} faithful)")
    print()
    print("| claims | n | supported | contradicted | unverified | not_checked "
          "| contradicted rate | goal | met |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for group in ("faithful prose", "faithful speaker", "faithful quote"):
        counts = verdicts[group]
        n = sum(counts.values())
        if n:
            rate = counts["contradicted"] / n
            met = "yes" if rate <= CONTRADICTED_ON_FAITHFUL_GOAL else "no"
            print(f"| {group} | {n} | {counts['supported']} | {counts['contradicted']} "
                  f"| {counts['unverified']} | {counts['not_checked']} | {rate:.3f} "
                  f"| <= {CONTRADICTED_ON_FAITHFUL_GOAL:.2f} | {met} |")  # fmt: skip
    f_counts = Counter(r.verdict for r in faithful)
    print(f"| **all faithful** | {len(faithful)} | {f_counts['supported']} "
          f"| {f_counts['contradicted']} | {f_counts['unverified']} | {f_counts['not_checked']} "
          f"| {_rate(f_counts['contradicted'], len(faithful))} "
          f"| <= {CONTRADICTED_ON_FAITHFUL_GOAL:.2f} "
          f"| {'yes' if f_counts['contradicted'] <= CONTRADICTED_ON_FAITHFUL_GOAL * len(faithful) else 'no'} |")  # fmt: skip
    for group in TYPES:
        counts = verdicts[group]
        n = sum(counts.values())
        if not n:
            continue
        goal = RECALL_GOALS.get(group)
        rate = counts["contradicted"] / n
        met = "" if goal is None else ("yes" if rate >= goal else "no")
        print(f"| {group} (recall) | {n} | {counts['supported']} | {counts['contradicted']} "
              f"| {counts['unverified']} | {counts['not_checked']} | {rate:.3f} "
              f"| {'>= ' + format(goal, '.1f') if goal else ''} | {met} |")  # fmt: skip
    print()
    print(figures_table([("rules", figures((r.label, r.verdict) for r in rows))]))
    print()
    print(red_marks_table(rows))
    if show_misses:
        print()
        for r in rows:
            wrong = (r.verdict == "contradicted") == (r.label == "faithful") or (
                r.label == "faithful" and r.verdict == "unverified"
            )
            if wrong:
                print(f"[{r.label}] {r.verdict}/{r.check.rule}: {r.data['claim']}\n"
                      f"    {r.check.reason}")  # fmt: skip


def red_marks_table(rows: list[Row]) -> str:
    """How far each rule's red mark can be trusted: of the claims a rule marked
    `contradicted`, how many are corrupted (right) and how many faithful (wrong)."""
    marks: dict[str, Counter[bool]] = defaultdict(Counter)
    for r in rows:
        if r.verdict == "contradicted":
            marks[r.check.rule or "-"][r.label != "faithful"] += 1
    lines = ["| rule | red marks | right | wrong | right / all |", "|---|---|---|---|---|"]
    for rule in sorted(marks):
        right, wrong = marks[rule][True], marks[rule][False]
        lines.append(
            f"| {rule} | {right + wrong} | {right} | {wrong} | {_rate(right, right + wrong)} |"
        )
    right = sum(m[True] for m in marks.values())
    total = sum(sum(m.values()) for m in marks.values())
    lines.append(f"| **all** | {total} | {right} | {total - right} | {_rate(right, total)} |")
    return "\n".join(lines)


def selected(names: Iterable[str], pool: bool = False) -> list[tuple[str, list[str]]]:
    """(title, set names) to report: a set alone, `blind` or `tuned` pooled; with `pool`,
    every named set as one pool."""
    pools = {
        "blind": ("pooled blind sets (" + ", ".join(BLIND) + ")", list(BLIND)),
        "tuned": ("pooled development sets (" + ", ".join(TUNED) + "; tuned on)", list(TUNED)),
    }
    chosen = [pools.get(name, (name, [name])) for name in names]
    if pool and len(chosen) > 1:
        sets = list(dict.fromkeys(n for _, group in chosen for n in group))
        return [("pooled (" + ", ".join(sets) + ")", sets)]
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="print every wrong verdict")
    parser.add_argument("--set", nargs="+", choices=[*SETS, "blind", "tuned"], default=list(DEFAULT),
                        help="labelled sets (blind: heldout2-5 pooled; tuned: every development "
                             "set pooled; heldout6-12 only when named)")  # fmt: skip
    parser.add_argument(
        "--judge",
        metavar="MODEL",
        default=None,
        help="also measure the rules then this LLM judge: openai:MODEL or llamacpp:PATH",
    )
    parser.add_argument("--judge-all", action="store_true", help="send every claim to the judge")
    parser.add_argument("--pool", action="store_true",
                        help="report the named sets pooled into one (each set once)")  # fmt: skip
    args = parser.parse_args()
    texts = load_texts()
    rules = Rules(texts)
    for title, names in selected(args.set, args.pool):
        started = time.process_time()
        rows = [row for name in names for row in run_set(SETS[name], rules)]
        seconds = time.process_time() - started
        report(title, rows, args.show_misses)
        print(
            f"CPU: {1000 * (seconds - rules.index_seconds) / len(rows):.3f} ms per claim "
            f"(checks) over {len(rows)} claims (load average {os.getloadavg()[0]:.1f})"
        )
        rules.index_seconds = 0.0
        print()
    if args.judge:
        names = list(dict.fromkeys(n for _, group in selected(args.set) for n in group))
        judge_report(names, texts, args.judge, args.judge_all)


def judge_report(chosen: list[str], texts: dict[str, str], model: str, judge_all: bool) -> None:
    """The rules alone and the rules then the judge, per set and pooled over blind sets."""
    from benchmarks.faithfulness_judge import composed_verdicts
    from newsbrief.judge import JudgeSpec, build_judge

    pooled_rules: list[tuple[str, str]] = []
    pooled_judged: list[tuple[str, str]] = []
    blind = [name for name in chosen if name in BLIND]
    rules = Rules(texts)
    for name in chosen:
        rows = [json.loads(x) for x in SETS[name].read_text(encoding="utf-8").splitlines()]
        judge = build_judge(JudgeSpec(model=model, scope="all" if judge_all else "doubtful"))
        alone, judged, totals = composed_verdicts(rows, texts, functools.partial(rules), judge)
        if name in blind:
            pooled_rules += alone
            pooled_judged += judged
        print(f"{name}: {len(rows)} labelled claims, rules then the judge {model}")
        print()
        print(figures_table([("rules", figures(alone)), ("rules + judge", figures(judged))]))
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


if __name__ == "__main__":
    main()
