"""`briefing verify`: re-checks a run without a model, including a run written before the
prose checks existed; the run's manifest and `briefing eval` report the same
reference-free metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.evals.faithfulness import faithfulness_metrics, faithfulness_of
from newsbrief.grounding import ground_briefing
from newsbrief.schemas import (
    Briefing,
    BriefingRecord,
    ClaimCheck,
    Faithfulness,
    GroundingSummary,
    Manifest,
    Quote,
)
from tests.notes.builders import provenance, seed_article, write_run

QUOTE = (
    "Both sides expressed the importance of maintaining and expanding bilateral "
    "cooperation between the army of Cambodia and that of Malaysia"
)


def old_record() -> dict[str, object]:
    """A briefings.jsonl line as a run before the prose checks wrote it (no `checks`,
    no prose counts): a changed number and a swapped speaker nobody noticed."""
    article = seed_article()
    briefing = Briefing(
        headline="Cambodia and Malaysia deepen army ties",
        summary="The armies of Cambodia and Malaysia want closer cooperation to support "
        "peacekeeping and regional security.",
        key_points=["The meeting was on the second day of a three-day visit."],
        quotes=[Quote(speaker="Hun Manet", text=QUOTE)],
    )
    record = BriefingRecord(id=article.id, briefing=briefing, provenance=provenance())
    line = json.loads(record.model_dump_json())
    del line["briefing"]["checks"]
    line["briefing"]["grounding"] = {"checked": 1, "grounded": 1, "ungrounded": []}
    return line


def test_verify_rechecks_an_old_run(tmp_path: Path) -> None:
    run_dir = write_run(tmp_path / "run", [])
    (run_dir / "briefings.jsonl").write_text(json.dumps(old_record()) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(run_dir)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in (run_dir / "verify.jsonl").read_text().splitlines()]
    by_path = {line["path"]: line for line in lines}
    assert set(by_path) == {"summary[0]", "key_points[0]", "quotes[0].text", "quotes[0].speaker"}
    assert by_path["summary[0]"]["verdict"] == "supported"
    assert "the rules do not read meaning" in " ".join(result.output.split())
    assert by_path["summary[0]"]["support"]  # offsets of the supporting sentence
    point = by_path["key_points[0]"]
    assert (point["verdict"], point["rule"], point["offending"]) == (
        "contradicted",
        "number",
        ["three"],
    )
    assert point["reason"] == "says 'three-day'; the article says 'two-day'"
    speaker = by_path["quotes[0].speaker"]
    assert (speaker["verdict"], speaker["rule"], speaker["stage"]) == (
        "contradicted",
        "speaker",
        "rules",
    )
    assert speaker["reason"] == "says 'Hun Manet' said it; the article attributes it to 'RCAF'"
    text = seed_article().text
    start, end = speaker["support"][0]
    assert text[start:end] == "RCAF"
    assert all(line["id"] == seed_article().id for line in lines)
    output = " ".join(result.output.split())
    assert (
        "faithfulness.supported_rate 50.0% of 2 prose claims, 1 contradicted, 0 unverified"
        in output
    )
    assert "quote speakers: 0% of 1 agree with the article" in output
    # the summary table counts the three verdicts apart (prose: 1 supported, 1 contradicted)
    assert "contradi" in output and "unverif" in output  # column heads (cut to 80 columns)
    prose_row = next(line for line in result.output.splitlines() if "│ prose" in line)
    # checked, supported, contradicted, unverified, not checked
    assert [cell.strip() for cell in prose_row.split("│")[2:7]] == ["2", "1", "1", "0", "0"]


def test_verify_without_the_articles_says_what_to_pass(tmp_path: Path) -> None:
    run_dir = write_run(tmp_path / "run", [], input_path=tmp_path / "moved.jsonl")
    (run_dir / "briefings.jsonl").write_text(json.dumps(old_record()) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(run_dir)], standalone_mode=False)
    assert result.exception is not None
    assert "pass --articles INPUT" in str(result.exception)
    ok = CliRunner().invoke(cli, ["verify", str(run_dir), "--articles", "examples/seeds.jsonl"])
    assert ok.exit_code == 0, ok.output


def _briefing(prose: tuple[int, int], speakers: list[str]) -> Briefing:
    checks = [
        ClaimCheck(path=f"quotes[{i}].speaker", kind="speaker", claim="x", verdict=v)  # type: ignore[arg-type]
        for i, v in enumerate(speakers)
    ]
    return Briefing(
        headline="h",
        summary="s",
        grounding=GroundingSummary(prose_checked=prose[0], prose_supported=prose[1]),
        checks=checks,
    )


@pytest.mark.parametrize(
    ("briefings", "expected"),
    [
        # (prose checked, supported), speaker verdicts -> hand-computed metrics
        ([], (None, 0, None, 0)),
        ([((4, 3), ["supported", "unsupported"])], (0.75, 1, 0.5, 1)),
        (
            [((4, 3), ["supported"]), ((6, 6), ["not_checked"]), ((0, 0), [])],
            (0.9, 1, 1.0, 2),  # 9 of 10; the speaker not named counts nowhere
        ),
    ],
)
def test_faithfulness_metrics(
    briefings: list[tuple[tuple[int, int], list[str]]],
    expected: tuple[float | None, int, float | None, int],
) -> None:
    total = faithfulness_of(_briefing(p, s) for p, s in briefings)
    metrics = faithfulness_metrics(total)
    assert (
        metrics["faithfulness.supported_rate"],
        metrics["faithfulness.unsupported_claims"],
        metrics["quotes.speaker_ok"],
        metrics["articles_checked"],
    ) == expected


def test_the_manifest_counts_faithfulness_as_records_arrive(tmp_path: Path) -> None:
    article = seed_article()
    line = old_record()
    briefing = Briefing.model_validate(line["briefing"])
    grounded = ground_briefing(briefing, article.text)
    manifest = json.loads((write_run(tmp_path / "run", []) / "manifest.json").read_text())
    counted = Manifest.model_validate(manifest)
    counted.count(BriefingRecord(id=article.id, briefing=grounded, provenance=provenance()))
    assert counted.faithfulness == Faithfulness(
        articles=1,
        checked=2,
        supported=1,
        contradicted_claims=1,
        supported_rate=0.5,
        contradicted_rate=0.5,
        unverified_rate=0.0,
        speakers_checked=1,
        speakers_ok=0,
        speakers_contradicted=1,
        speaker_ok=0.0,
    )


def test_verify_and_eval_check_every_sample_of_a_repeat_run(tmp_path: Path) -> None:
    """In a run made with --repeat, each sample is a briefing someone may read: verify
    checks each one (its lines carry `sample`) and `briefing eval` counts all of them."""
    article = seed_article()
    unfaithful = Briefing.model_validate(old_record()["briefing"])  # "three-day", swapped speaker
    faithful = unfaithful.model_copy(
        update={
            "key_points": ["The meeting was on the second day of a two-day visit."],
            "quotes": [],
        }
    )
    records = [
        BriefingRecord(
            id=article.id,
            sample=n,
            briefing=ground_briefing(b, article.text),
            provenance=provenance(),
        )
        for n, b in enumerate([unfaithful, faithful])
    ]
    run_dir = write_run(tmp_path / "run", records)
    result = CliRunner().invoke(cli, ["verify", str(run_dir)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in (run_dir / "verify.jsonl").read_text().splitlines()]
    assert all(list(line)[:2] == ["id", "sample"] for line in lines)
    points = {line["sample"]: line["verdict"] for line in lines if line["path"] == "key_points[0]"}
    assert points == {0: "contradicted", 1: "supported"}
    output = " ".join(result.output.split())
    # summary and key point of each sample: 4 prose claims, the "three-day" one contradicted
    assert "faithfulness.supported_rate 75.0% of 4 prose claims, 1 contradicted" in output
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": article.id, "gold": {"headline": ["x"]}}) + "\n")
    scored = CliRunner().invoke(cli, ["eval", str(run_dir), "--gold", str(gold)])
    assert scored.exit_code == 0, scored.output
    assert "faithfulness.supported_rate 75.0% of 4 prose claims" in " ".join(scored.output.split())
