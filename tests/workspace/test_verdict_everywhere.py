"""One comparison, four outputs: the terminal of `briefing eval compare`, the eval.json it
writes, the HTML report of `briefing report --compare`, and the workspace's compare page
served by the real web server must show the same verdict, reason, p and colour.

Each case builds two runs with the real run-directory format and gold, runs the real
commands, and reads each output the way its reader would (the terminal's text, the JSON
file, the HTML as a browser would parse it, the page over HTTP).
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest

from newsbrief.cli import common
from newsbrief.workspace import create_app
from tests.support.cli import run_cli
from tests.support.gate_cases import GATE_CASES
from tests.workspace.conftest import serving
from tests.workspace.http import get

# The colour each output gives a mark or an outcome (the CSS classes of the report and
# the page; the terminal's rich styles).
ROW_COLOUR = {"worse": "red", "better": "green", "n.s.": "grey"}
CSS_COLOUR = {"worse": "red", "better": "green", "ns": "grey"}
TONE_COLOUR = {"bad": "red", "ok": "green", "warn": "yellow"}
OUTCOME_COLOUR = {"regression": "red", "no regression": "green", "undecided": "yellow"}


@dataclass(frozen=True)
class Shown:
    """What one output says: the outcome, its reason, and overall's p, mark and colour."""

    outcome: str
    reason: str
    p: str
    mark: str
    colour: str
    verdict_colour: str


CASES: list[tuple[str, str, str | None, str]] = [
    # (runs, outcome, undecided because, overall's mark)
    ("improved", "no regression", None, "better"),
    ("regressed", "regression", None, "worse"),
    ("few_articles", "undecided", "too few articles", "n.s."),
    ("failed_run", "undecided", "every article failed", "worse"),
    ("not_comparable", "undecided", "runs not comparable", "n.s."),
]


def terminal(consoles: tuple[io.StringIO, io.StringIO], gold: Path, a: Path, b: Path) -> Shown:
    assert run_cli("eval", "compare", a, b, "--gold", gold, "--top", "0") == 0
    out, err = (buffer.getvalue() for buffer in consoles)
    row = next(line.split() for line in out.splitlines() if line.startswith(" overall"))
    verdict = re.search(r"^verdict: (regression|no regression|undecided): (.*)$", err, re.M)
    assert verdict is not None, err
    assert "error:" not in err  # exit 0: no "error:" line
    mark = row[-1]
    outcome = verdict.group(1)
    return Shown(
        outcome, verdict.group(2), row[-2], mark, ROW_COLOUR[mark], OUTCOME_COLOUR[outcome]
    )


def eval_json(b: Path) -> Shown:
    payload = json.loads((b / "eval.json").read_text(encoding="utf-8"))["comparison"]
    verdict = payload["verdict"]
    row = next(r for r in payload["rows"] if r["metric"] == "overall")
    return Shown(
        verdict["outcome"],
        verdict["reason"],
        f"{row['p']:.3f}",
        row["mark"],
        CSS_COLOUR[row["css"]],
        TONE_COLOUR[verdict["tone"]],
    )


def _html(page: str, banner: str, row_mark: str) -> Shown:
    tree = lxml.html.fromstring(page)
    verdict = tree.get_element_by_id("verdict")
    tone = next(c.split("-")[-1] for c in verdict.classes if c in TONE_COLOUR or "-" in c)
    (row,) = tree.xpath(f'//table[@id="{banner}"]//tr[@data-metric="overall"]')
    (p_cell,) = row.xpath('.//td[contains(concat(" ", @class, " "), " p ")]')
    (mark_cell,) = row.xpath(f".//td[{row_mark}]")
    css = next(c for c in [*mark_cell.classes, *row.classes] if c in CSS_COLOUR)
    return Shown(
        verdict.get("data-outcome"),
        verdict.xpath('.//p[@class="reason"]')[0].text_content(),
        p_cell.text_content().strip(),
        mark_cell.text_content().strip(),
        CSS_COLOUR[css],
        TONE_COLOUR[tone],
    )


def report(tmp: Path, gold: Path, a: Path, b: Path) -> Shown:
    out = tmp / "report.html"
    assert run_cli("report", a, "--gold", gold, "--compare", b, "-o", out) == 0
    return _html(out.read_text(encoding="utf-8"), "comparison", "last()")


def workspace(root: Path, gold: Path, a: Path, b: Path, labels: Path) -> Shown:
    app, _ = create_app(root, annotator="alice", gold=gold, labels_dir=labels)
    with serving(app) as url:
        status, page = get(f"{url}/compare?a={a.name}&b={b.name}")
    assert status == 200, page
    return _html(page, "metrics", "last()")


@pytest.fixture
def consoles(monkeypatch: pytest.MonkeyPatch) -> tuple[io.StringIO, io.StringIO]:
    """What the command prints to stdout and stderr, lines whole (no wrapping). Read
    from the consoles themselves: uvicorn, started later in the test, binds its log
    handlers to whatever sys.stderr is then, so pytest's capture stays out of it."""
    buffers = (io.StringIO(), io.StringIO())
    for console, buffer in zip((common.stdout, common.stderr), buffers, strict=True):
        # `_file`, not the `file` property: undoing the property would pin the console
        # to this test's captured stream, and later tests would print into nothing
        monkeypatch.setattr(console, "_file", buffer)
        monkeypatch.setattr(console, "_width", 400)
    return buffers


@pytest.mark.parametrize(("case", "outcome", "because", "mark"), CASES, ids=[c[0] for c in CASES])
def test_every_output_shows_the_same_verdict(
    case: str,
    outcome: str,
    because: str | None,
    mark: str,
    tmp_path: Path,
    consoles: tuple[io.StringIO, io.StringIO],
) -> None:
    root = tmp_path / "runs"
    root.mkdir()
    gold, a, b = GATE_CASES[case](root)
    gold = gold.rename(tmp_path / "gold.jsonl")  # the runs folder holds runs only
    shown = {
        "terminal": terminal(consoles, gold, a, b),
        "eval.json": eval_json(b),
        "report": report(tmp_path, gold, a, b),
        "workspace": workspace(root, gold, a, b, tmp_path / "labels"),
    }
    expected = shown["eval.json"]
    assert expected.outcome == outcome
    assert expected.mark == mark
    if because is not None:
        assert expected.reason.startswith(because)
    for name, seen in shown.items():
        assert seen == expected, f"{name} disagrees: {seen} != {expected}"
