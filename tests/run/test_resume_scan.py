"""The resume scan: torn-tail repair, the fast id path and its fallbacks, checkpoint tails."""

from __future__ import annotations

import pytest

from newsbrief.run.resume import ResumeIndex, id_key, line_key, scan_run_dir
from newsbrief.run.rundir import BRIEFINGS, ERRORS, RecordWriter, repair_tail, set_errors_aside
from newsbrief.schemas import Briefing, BriefingRecord, ErrorRecord, Provenance, Usage
from newsbrief.schemas.briefing import FiveW1H

PROVENANCE = Provenance(
    backend="baseline",
    model="baseline",
    prompt_id="briefing",
    prompt_version=1,
    prompt_hash="h",
    schema_hash="s",
)


def briefing_record(article_id: str, tokens: int = 0, cached: bool = False) -> BriefingRecord:
    briefing = Briefing(headline="H", summary="S", key_points=["k"], five_w1h=FiveW1H(what="w"))
    return BriefingRecord(
        id=article_id,
        briefing=briefing,
        provenance=PROVENANCE,
        usage=Usage(prompt_tokens=tokens, requests=1),
        cached=cached,
    )


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (b"", b""),
        (b'{"a":1}\n', b'{"a":1}\n'),
        (b'{"a":1}\n{"b":', b'{"a":1}\n'),
        (b'{"b":', b""),
        (b'{"a":1}\n{"b":2}\n{"c"', b'{"a":1}\n{"b":2}\n'),
        (b"x" * 200_000 + b"\n" + b"y" * 100_000, b"x" * 200_000 + b"\n"),  # beyond one block
    ],
)
def test_repair_tail_truncates_to_the_last_newline(tmp_path, content, kept):
    path = tmp_path / "f.jsonl"
    path.write_bytes(content)
    assert repair_tail(path) == len(content) - len(kept)
    assert path.read_bytes() == kept


def test_repair_tail_of_a_missing_file_is_a_no_op(tmp_path):
    assert repair_tail(tmp_path / "none.jsonl") == 0


def test_index_membership():
    from array import array

    index = ResumeIndex(array("Q", [id_key("a"), id_key("b"), line_key(3), id_key("a")]))
    assert len(index) == 3
    assert id_key("a") in index
    assert line_key(3) in index
    assert id_key("c") not in index
    assert line_key(4) not in index
    assert id_key("a") not in ResumeIndex()


def test_scan_keys_ids_and_input_lines_and_sums_only_past_the_checkpoint(tmp_path):
    writer = RecordWriter(tmp_path)
    for number, article_id in enumerate(["plain", 'with "quote"', "back\\slash", "ünï"]):
        writer.write(briefing_record(article_id, tokens=10 * (number + 1), cached=number == 3))
    writer.write(
        ErrorRecord(id="bad-article", kind="transport", message="x", usage=Usage(prompt_tokens=7))
    )
    writer.write(ErrorRecord(id="has-id", line=9, kind="input", message="no text"))
    writer.write(ErrorRecord(line=12, kind="input", message="malformed JSON"))
    writer.close()
    with (tmp_path / BRIEFINGS).open("ab") as handle:
        handle.write(b"\x00\x00garbage\n")  # a corrupt line in the middle
        handle.write(b'{"id":"torn"')  # and a torn tail

    state = scan_run_dir(tmp_path, checkpoint_briefings=2, checkpoint_errors=1)
    assert (state.briefings, state.errors, state.corrupt_lines) == (4, 3, 1)
    assert state.repaired_bytes == len(b'{"id":"torn"')
    for article_id in ("plain", 'with "quote"', "back\\slash", "ünï", "bad-article"):
        assert id_key(article_id) in state.index
    assert line_key(9) in state.index
    assert line_key(12) in state.index
    assert id_key("has-id") not in state.index  # input errors are keyed by line
    assert id_key("torn") not in state.index
    # records 3 and 4 of briefings (30 + 40 tokens) and errors 2..3 (0 tokens) are new
    assert state.tail_usage.prompt_tokens == 70
    assert state.tail_cached == 1


def test_retry_errors_sets_errors_aside_but_keeps_their_usage(tmp_path):
    writer = RecordWriter(tmp_path)
    writer.write(briefing_record("ok"))
    writer.write(
        ErrorRecord(id="failed", kind="validation", message="x", usage=Usage(prompt_tokens=5))
    )
    writer.close()
    state = scan_run_dir(tmp_path, 1, 0, index_errors=False)
    assert id_key("failed") not in state.index
    assert state.tail_usage.prompt_tokens == 5
    assert set_errors_aside(tmp_path) == 1
    assert (tmp_path / ERRORS).read_text() == ""
    assert "failed" in (tmp_path / "errors.retried.jsonl").read_text()


def test_group_commit_writer_commits_by_count_and_calls_back(tmp_path):
    commits: list[int] = []
    writer = RecordWriter(
        tmp_path, commit_lines=3, commit_seconds=3600, on_commit=lambda: commits.append(1)
    )
    for number in range(7):
        writer.write(briefing_record(f"a{number}"))
    assert len(commits) == 2
    assert writer.uncommitted == 1
    writer.commit_if_due()  # the time limit has not passed
    assert len(commits) == 2
    writer.close()
    assert len(commits) == 3
    assert (tmp_path / BRIEFINGS).read_text().count("\n") == 7
