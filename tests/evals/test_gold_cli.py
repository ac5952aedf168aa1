"""`briefing gold validate` and `briefing gold import-giveme5w1h`: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli, main
from newsbrief.evals.goldio import load_gold

REPO = Path(__file__).resolve().parents[2]
SEED_GOLD = REPO / "evals" / "gold" / "seeds.jsonl"

GOOD = {
    "id": "a",
    "text": "Chile signed.",
    "gold": {"actors": [{"names": "Chile", "kind": "country"}]},
}


def write_lines(path: Path, *records: object) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, " ".join(result.output.split())  # rich wraps at 80 columns


def test_valid_file_exits_zero_with_a_count() -> None:
    code, output = invoke("gold", "validate", str(SEED_GOLD))
    assert code == 0, output
    assert "5 valid records, 0 errors, 0 warnings" in output


def test_errors_are_tabled_with_line_and_field_and_exit_one(tmp_path: Path) -> None:
    bad = dict(GOOD, id="b", gold={"actors": [{"names": "Chile", "kind": "robot"}]})
    path = write_lines(tmp_path / "gold.jsonl", GOOD, "{broken", bad)
    code, output = invoke("gold", "validate", str(path))
    assert code == 1
    assert "malformed JSON" in output
    assert "gold.actors.0.kind" in output
    assert "1 valid records, 2 errors, 0 warnings" in output


def test_warnings_alone_exit_zero(tmp_path: Path) -> None:
    warned = dict(GOOD, gold={"actors": [{"names": "Peru", "kind": "country"}]})
    code, output = invoke("gold", "validate", str(write_lines(tmp_path / "g.jsonl", warned)))
    assert code == 0
    assert "warning" in output
    assert "0 errors, 1 warnings" in output


def test_missing_file_is_a_usage_error() -> None:
    code, output = invoke("gold", "validate", "no/such/gold.jsonl")
    assert code == 2
    assert "does not exist" in output


def _source(folder: Path) -> Path:
    folder.mkdir()
    doc = {
        "dId": "d1",
        "title": "Storm hits coast",
        "description": "",
        "text": "Storm on Sunday.",
        "parsingError": "true",
        "fiveWoneH": {
            "when": {
                "label": "when",
                "annotated": [{"text": "Sunday", "coderPhraseCount": 3, "parsed": "2016-11-13"}],
            }
        },
    }
    (folder / "d1.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def test_import_writes_gold_and_articles(tmp_path: Path) -> None:
    source = _source(tmp_path / "src")
    gold, articles = tmp_path / "gold.jsonl", tmp_path / "articles.jsonl"
    code, output = invoke(
        "gold", "import-giveme5w1h", str(source), "-o", str(gold), "--articles", str(articles)
    )
    assert code == 0, output
    assert "wrote 1 gold records" in output
    assert "wrote 1 articles" in output
    [record] = load_gold(gold)
    assert record.gold.five_w1h is not None
    assert record.gold.five_w1h.when is not None
    article = json.loads(articles.read_text(encoding="utf-8"))
    assert article["id"] == "d1"
    assert article["text"] == record.text
    assert invoke("gold", "validate", str(gold))[0] == 0


def test_import_of_a_folder_without_articles_exits_two_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SystemExit) as caught:
        main(["gold", "import-giveme5w1h", str(empty), "-o", str(tmp_path / "g.jsonl")])
    assert caught.value.code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "no *.json files found" in err
    assert "Traceback" not in err
    assert not (tmp_path / "g.jsonl").exists()


def test_validate_exit_code_survives_the_console_entry_point(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "gold.jsonl", "{broken")
    with pytest.raises(SystemExit) as caught:
        main(["gold", "validate", str(path)])
    assert caught.value.code == 1
