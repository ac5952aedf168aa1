"""Every verdict the lexical rules give, recorded, so a speed-up can show it changed none.

    .venv/bin/python -m tests.grounding.verdict_snapshot --write   # after a rule change

The record (`tests/grounding/data/verdict_snapshot.jsonl`) holds one line per checked
claim: every row of every labelled set `benchmarks/faithfulness.py` knows (checked as
that benchmark checks it; a set kept sealed for one blind measurement,
`benchmarks/sealed.py`, is never read), and every check of the realistic briefing of every article
`benchmarks/claim_checks_cpu.py` measures (evidence attached by `prepare_briefing` at
`prose=flag`, then the rule verifier). Each line keeps the claim's place, its verdict
and rule in the clear, and a short digest of the rest of the check (score, offending
tokens, reason, support offsets), so an optimisation that moves a reason or a support
offset shows up too. Why a recording and not a table: the point is "nothing moved",
over thousands of claims, including the ones no hand-written test covers.

Changing a rule on purpose changes the record: rewrite it with `--write` and read the
diff (`git diff --stat` and the verdict/rule fields) before committing it.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from newsbrief.schemas import ClaimCheck

REPO = Path(__file__).resolve().parents[2]
RECORD = Path(__file__).resolve().parent / "data" / "verdict_snapshot.jsonl"


def _benchmark() -> ModuleType:
    """`benchmarks/faithfulness.py` as a module (its `Rules` is how a row is checked)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    path = REPO / "benchmarks" / "faithfulness.py"
    spec = importlib.util.spec_from_file_location("faithfulness_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _digest(check: ClaimCheck) -> str:
    details = {
        "score": check.score,
        "offending": check.offending,
        "reason": check.reason,
        "support": [(e.start, e.end, e.method, e.score) for e in check.support],
    }
    blob = json.dumps(details, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def _line(where: str, check: ClaimCheck) -> dict[str, Any]:
    return {
        "where": where,
        "path": check.path,
        "verdict": check.verdict,
        "rule": check.rule,
        "details": _digest(check),
    }


def labelled_lines() -> Iterator[dict[str, Any]]:
    """Every row of every labelled set, checked as the faithfulness benchmark does,
    except the sets kept sealed for one blind measurement (`benchmarks/sealed.py`)."""
    bench = _benchmark()
    from benchmarks.sealed import sealed

    rules = bench.Rules(bench.load_texts())
    for name, path in bench.SETS.items():
        if sealed(path):
            continue
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if raw.strip():
                yield _line(f"{name}:{number}", rules(json.loads(raw)))


def realistic_lines() -> Iterator[dict[str, Any]]:
    """Every check of the realistic briefing of every example article."""
    from newsbrief.grounding import parse_policy, prepare_briefing, rule_verifier
    from newsbrief.schemas import Briefing
    from tests.support.realistic_briefing import (
        example_articles,
        published_of,
        realistic_briefing,
    )

    policy = parse_policy("prose=flag")
    for number, row in enumerate(example_articles()):
        text = row["text"]
        answer = realistic_briefing(
            text, row.get("title"), published_of(row.get("published") or "")
        )
        prepared = prepare_briefing(Briefing.model_validate(answer), text, policy)
        for check in rule_verifier(policy).check(text, prepared):
            yield _line(f"realistic:{number}:{row.get('id', '')}", check)


def current() -> list[dict[str, Any]]:
    return [*labelled_lines(), *realistic_lines()]


def recorded() -> list[dict[str, Any]]:
    return [json.loads(x) for x in RECORD.read_text(encoding="utf-8").splitlines() if x]


def write() -> int:
    lines = current()
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(
        "".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in lines),
        encoding="utf-8",
    )
    return len(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the record")
    if parser.parse_args().write:
        print(f"{write()} checks recorded in {RECORD.relative_to(REPO)}")
