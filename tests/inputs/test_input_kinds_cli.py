"""Every input kind end to end through `briefing run` and `briefing note`.

The baseline backend briefs for real; what is checked is what the user sees: the run
directory's records and manifest, the note's text, exit codes and messages.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from newsbrief.run.rundir import read_briefings, read_errors, read_manifest
from tests.inputs.cli_helpers import PAGE, briefing, needs_html, seed_text, write_seed

# Everything on the saved page that is not the article.
PAGE_FURNITURE = [
    "cookie",
    "Subscribe",
    "SUPER SALE",
    "sofas",
    "SkyNet",
    "Luxury condos",
    "Most read",
    "noodle shops",
    "Rice exports hit record",
    "riverwatcher88",
    "consultants' pockets",
    "Kandal ferry",
    "newsletter",
    "All rights reserved",
    "Back to top",
    "Share on Facebook",
    "Advertisement",
]


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)

    def call(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
        return briefing(capsys, monkeypatch, *args, stdin=stdin)

    return call


def only_run_dir(out: Path) -> Path:
    (run_dir,) = [p for p in out.iterdir() if p.is_dir()]
    return run_dir


def test_run_on_a_text_file_briefs_it_as_one_article(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "malaysia.txt", 0)
    result = cli("run", str(article), "--out", "runs")
    assert result.code == 0, result.text
    run_dir = only_run_dir(tmp_path / "runs")
    (record,) = read_briefings(run_dir)
    assert record.id == "malaysia"
    manifest = read_manifest(run_dir)
    assert manifest.counts.ok == 1 and manifest.counts.errors == 0
    assert manifest.input_source == str(article)
    staged = Path(manifest.input)
    assert staged == (run_dir / "input.jsonl").resolve()
    line = json.loads(staged.read_text(encoding="utf-8"))
    assert line["text"] == article.read_text(encoding="utf-8")
    assert line["title"] == "Cambodia, Malaysia armies bulk up regional security co-op"


def test_note_on_a_markdown_file_takes_the_heading_as_title(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "austin.md"
    body = seed_text(4)
    article.write_text("# Austin meets Cambodian leaders\n\n" + body, encoding="utf-8")
    result = cli("note", str(article))
    assert result.code == 0, result.text
    assert "*article `austin` – Austin meets Cambodian leaders*" in result.out


@needs_html
def test_note_on_a_saved_news_page_has_none_of_the_page_furniture(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("note", str(PAGE))
    assert result.code == 0, result.text
    note = result.out
    assert note.startswith("# Mekong flood defences to get $40 million upgrade, ministry says")
    assert "Thor Chetha" in note and "Asian Development Bank" in note
    present = [phrase for phrase in PAGE_FURNITURE if phrase.lower() in note.lower()]
    assert present == []


@needs_html
def test_run_on_a_saved_news_page_records_its_metadata(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("run", str(PAGE), "--out", "runs")
    assert result.code == 0, result.text
    run_dir = only_run_dir(tmp_path / "runs")
    (record,) = read_briefings(run_dir)
    assert record.id == "news_page"
    staged = json.loads((run_dir / "input.jsonl").read_text(encoding="utf-8"))
    assert staged["published"] == "2024-05-14"
    assert staged["meta"]["author"] == "Sokha Meas"
    assert staged["url"] == "https://courier.example/news/2024/05/mekong-flood-defences-upgrade"
    assert "riverwatcher88" not in staged["text"] and "SUPER SALE" not in staged["text"]


def make_folder(root: Path) -> Path:
    (root / "2024" / "05").mkdir(parents=True)
    (root / ".drafts").mkdir()
    write_seed(root / "one.txt", 0)
    write_seed(root / "2024" / "two.md", 1)
    (root / "2024" / "05" / "page.html").write_bytes(PAGE.read_bytes())
    (root / "2024" / "05" / "bad.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    (root / ".drafts" / "hidden.txt").write_text("A hidden draft that is no article.")
    (root / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    return root


@needs_html
def test_run_on_a_folder_reads_every_article_file_recursively(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path / "articles")
    result = cli("run", str(folder), "--out", "runs")
    assert result.code == 0, result.text
    run_dir = only_run_dir(tmp_path / "runs")
    assert sorted(r.id for r in read_briefings(run_dir)) == [
        "2024/05/page.html",
        "2024/two.md",
        "one.txt",
    ]
    (error,) = read_errors(run_dir)
    assert error.id == "2024/05/bad.txt" and error.kind == "input"
    assert "not UTF-8" in error.message
    assert "3 article(s)" in result.text and "1 unreadable" in result.text


def test_run_on_a_folder_with_a_glob_reads_only_matching_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path / "articles")
    result = cli("run", str(folder), "--glob", "**/*.md", "--out", "runs")
    assert result.code == 0, result.text
    assert [r.id for r in read_briefings(only_run_dir(tmp_path / "runs"))] == ["2024/two.md"]


@needs_html
def test_rerunning_a_folder_resumes_with_the_same_ids(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path / "articles")
    assert cli("run", str(folder), "--out", "runs").code == 0
    write_seed(folder / "three.txt", 2)
    result = cli("run", str(folder), "--out", "runs")
    assert result.code == 0, result.text
    run_dir = only_run_dir(tmp_path / "runs")
    ids = [r.id for r in read_briefings(run_dir)]
    assert sorted(ids) == ["2024/05/page.html", "2024/two.md", "one.txt", "three.txt"]
    assert read_manifest(run_dir).counts.skipped == 4  # three briefed + one error, before


@needs_html
def test_note_on_a_folder_picks_the_article_by_its_relative_path(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path / "articles")
    result = cli("note", str(folder), "--id", "2024/05/page.html")
    assert result.code == 0, result.text
    assert result.out.startswith("# Mekong flood defences")
    many = cli("note", str(folder))
    assert many.code == 2
    assert "more than one article" in many.text and "--id" in many.text


def test_note_reads_a_paste_from_stdin(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("note", "-", stdin=seed_text(0).encode())
    assert result.code == 0, result.text
    assert result.out.startswith("# Cambodia, Malaysia armies bulk up regional security co-op")
    assert "*article `stdin`" in result.out


@needs_html
def test_note_reads_a_saved_page_from_stdin(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("note", "-", stdin=PAGE.read_bytes())
    assert result.code == 0, result.text
    assert result.out.startswith("# Mekong flood defences")
    assert "riverwatcher88" not in result.out


def test_run_reads_jsonl_from_stdin_and_resumes_the_same_paste(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = b"".join(
        json.dumps({"id": f"s{i}", "text": seed_text(i)}).encode() + b"\n" for i in range(3)
    )
    lines += b"\n{not json\n"  # a bad line keeps its stdin line number in the message
    first = cli("run", "-", "--out", "runs", stdin=lines)
    assert first.code == 0, first.text
    run_dir = only_run_dir(tmp_path / "runs")
    assert run_dir.name.startswith("stdin-")
    assert sorted(r.id for r in read_briefings(run_dir)) == ["s0", "s1", "s2"]
    (error,) = read_errors(run_dir)
    assert error.message.startswith("stdin line 5: malformed JSON")
    again = cli("run", "-", "--out", "runs", stdin=lines)
    assert again.code == 0, again.text
    assert only_run_dir(tmp_path / "runs") == run_dir
    assert read_manifest(run_dir).counts.skipped == 4


def test_empty_stdin_is_a_clear_error(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("note", "-", stdin=b"  \n")
    assert result.code == 2
    assert "error: nothing on stdin" in result.text


def test_run_on_csv_maps_columns_with_id_and_text_field(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "articles.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc", "body", "title", "desk"])
        for number in range(2):
            writer.writerow([f"d{number}", seed_text(number), "", "asia"])
        writer.writerow(["d-empty", "", "", "asia"])
    result = cli("run", str(table), "--id-field", "doc", "--text-field", "body", "--out", "runs")
    assert result.code == 0, result.text
    run_dir = only_run_dir(tmp_path / "runs")
    assert sorted(r.id for r in read_briefings(run_dir)) == ["d0", "d1"]
    (error,) = read_errors(run_dir)
    assert error.id == "d-empty" and "text" in error.message
    staged = [json.loads(line) for line in (run_dir / "input.jsonl").read_text().splitlines()]
    assert staged[0]["meta"] == {"desk": "asia"}


def test_csv_without_the_text_column_is_refused_naming_the_option(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "articles.csv"
    table.write_text("doc,body\nd0,Some text of an article.\n", encoding="utf-8")
    result = cli("run", str(table), "--id-field", "doc", "--out", "runs")
    assert result.code == 2
    assert "--text-field 'text'" in result.text and "columns: doc, body" in result.text
    assert not (tmp_path / "runs").exists()


def test_run_on_parquet_with_id_and_text_field(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "doc": [1, 2],
            "body": [seed_text(0), seed_text(1)],
            "desk": ["asia", "asia"],
        }
    )
    pq.write_table(table, tmp_path / "articles.parquet")
    result = cli(
        "run", str(tmp_path / "articles.parquet"), "--id-field", "doc", "--text-field", "body",
        "--out", "runs",
    )  # fmt: skip
    assert result.code == 0, result.text
    assert sorted(r.id for r in read_briefings(only_run_dir(tmp_path / "runs"))) == ["1", "2"]


@pytest.mark.parametrize("command", ["run", "note"])
def test_a_web_address_is_refused_saying_nothing_is_fetched(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(command, "https://example.com/news")
    assert result.code == 2
    assert "does not fetch pages" in result.text and "https:/example" not in result.text


def test_a_note_from_a_moved_run_of_a_deleted_folder_still_finds_the_text(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    write_seed(folder / "one.txt", 0)
    assert cli("run", str(folder), "--out", "runs").code == 0
    shutil.rmtree(folder)
    moved = tmp_path / "archive" / "the-run"
    moved.parent.mkdir()
    only_run_dir(tmp_path / "runs").rename(moved)
    result = cli("note", "--from-run", str(moved), "--id", "one.txt", "--format", "html")
    assert result.code == 0, result.text
    assert "article text not found" not in result.text
    assert '<mark class="hl hl-' in result.out  # highlights need the article text


def test_note_picks_one_row_of_a_csv_or_parquet_table_by_id(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "articles.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc", "body"])
        for number in range(3):
            writer.writerow([f"d{number}", seed_text(number)])
    args = ("--id-field", "doc", "--text-field", "body")
    result = cli("note", str(table), "--id", "d1", *args)
    assert result.code == 0, result.text
    assert "*article `d1`" in result.out and "Russian" in result.out
    missing = cli("note", str(table), "--id", "d9", *args)
    assert missing.code == 2 and "no article with id 'd9'" in missing.text
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(
        pa.table({"doc": ["p0", "p1"], "body": [seed_text(0), seed_text(1)]}),
        tmp_path / "articles.parquet",
    )
    result = cli("note", str(tmp_path / "articles.parquet"), "--id", "p0", *args)
    assert result.code == 0, result.text
    assert result.out.startswith("# ") and "*article `p0`" in result.out


def test_the_python_api_runs_a_folder_like_the_command(tmp_path: Path) -> None:
    from newsbrief.api import run_archive

    folder = tmp_path / "articles"
    write_seed(folder / "a.txt", 0)
    write_seed(folder / "sub" / "b.md", 1)
    run_dir, manifest = run_archive(folder, out=tmp_path / "runs")
    assert manifest.status == "finished" and manifest.counts.ok == 2
    assert sorted(r.id for r in read_briefings(run_dir)) == ["a.txt", "sub/b.md"]
    assert manifest.input_source == str(folder)
