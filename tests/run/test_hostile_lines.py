"""Hostile input lines: each line's fate is its own, and the run always goes on.

Every line below used to abort a run (and every rerun died on the same line), or was
written wrongly. Now each becomes one `input` error for its line, or a briefing, and a
rerun adds nothing.
"""

from __future__ import annotations

import gzip
import json
from hashlib import blake2b

import pytest

from newsbrief.backends.baseline.backend import BaselineBackend
from newsbrief.inputs.lines import InputLimits, Oversize, iter_raw_lines
from newsbrief.inputs.reader import FieldMap, InputProblem, parse_line
from newsbrief.run.intake import HEARTBEAT_LINES, Intake
from newsbrief.run.local import RunOptions, run
from newsbrief.run.resume import ResumeIndex
from tests.run.exactly_once import assert_exactly_once, records

TEXT = "The minister of Norway met officials in Oslo on 3 March 2024 to discuss quotas."


def good(ident: str) -> bytes:
    return json.dumps({"id": ident, "title": "Talks", "text": TEXT}).encode() + b"\n"


# (raw line, a phrase its input error must contain; None: it must be briefed)
HOSTILE: list[tuple[bytes, str | None]] = [
    (b'{"id": "a\\ud800b", "text": "x y z"}\n', "lone UTF-16 surrogate"),
    (b'{"id": "t1", "title": "bad \\udfff title", "text": "x y z"}\n', "lone UTF-16 surrogate"),
    (b'{"id": "k1", "text": "x", "meta": {"\\ud800": 1}}\n', "lone UTF-16 surrogate"),
    (b"[" * 100_000 + b"]" * 100_000 + b"\n", "nested"),
    (b'{"id": "n1", "text": "x", "deep": ' + b"[" * 70 + b"]" * 70 + b"}\n", "nested more than 64"),
    (b'{"id": "d1", "text": "x", "big": ' + b"7" * 5001 + b"}\n", "more digits"),
    (b'{"id": "m1", "text": "' + b"w " * 1500 + b'"}\n', "over the 2,000 limit"),
    (b'{"id": "l1", "text": "' + b"v" * 300_000 + b'"}\n', "skipped unread"),
    (b"\xff\xfe not utf-8\n", "invalid UTF-8"),
    (b"[1, 2]\n", "not an object"),
    (b"null\n", "not an object"),
    (b'"just a string"\n', "not an object"),
    (b'{"id": {"nested": 1}, "text": "x"}\n', "field id"),
    (b'{"id": "", "text": "x"}\n', "field id"),
    (b'{"id": "e1", "text": "   "}\n', "empty"),
    (b'{"id": "nan1", "text": NaN}\n', "field text"),
    (b"{not json\n", "malformed JSON"),
    (b'{"id": "../../etc/passwd", "text": "Oslo talks."}\n', None),
    (b'{"id": "nul\\u0000id", "text": "Oslo talks."}\n', None),
    (b'{"id": "' + b"L" * 10_000 + b'", "text": "Oslo talks."}\n', None),
    (b'{"id": 42, "text": "Oslo talks."}\n', None),
    (b'\xef\xbb\xbf{"id": "bom", "text": "Oslo talks."}\n', "malformed JSON"),
]
LIMITS = InputLimits(max_line_bytes=256 << 10, max_depth=64, max_text_chars=2000)


def write_corpus(path):
    with path.open("wb") as handle:
        handle.write(good("first"))
        for raw, _ in HOSTILE:
            handle.write(raw)
            handle.write(b"\n")  # a blank line between: not an article
        handle.write(good("last"))


@pytest.mark.parametrize(("raw", "phrase"), HOSTILE)
def test_each_hostile_line_is_decided_alone(raw, phrase):
    (number, line), *_ = list(iter_raw_lines(_Handle(raw), LIMITS.max_line_bytes))
    item = parse_line(line, number, FieldMap(), LIMITS)
    if phrase is None:
        assert not isinstance(item, InputProblem), item
        return
    assert isinstance(item, InputProblem)
    assert phrase in item.message
    json.dumps(item.message, ensure_ascii=False).encode("utf-8")  # writable as UTF-8
    assert item.id is None or "\ud800" not in item.id


class _Handle:
    """A bytes stream with readline(limit), as files have."""

    def __init__(self, data: bytes) -> None:
        import io

        self._io = io.BytesIO(data)

    def readline(self, limit: int = -1) -> bytes:
        return self._io.readline(limit)


async def test_a_corpus_of_hostile_lines_runs_to_the_end_exactly_once(tmp_path):
    path = tmp_path / "hostile.jsonl"
    write_corpus(path)
    options = RunOptions(
        input=path, run_dir=tmp_path / "run", quiet=True, cache=False, input_limits=LIMITS
    )
    _, manifest = await run(options, BaselineBackend())
    assert manifest.status == "finished"
    briefed = sum(phrase is None for _, phrase in HOSTILE) + 2
    assert (manifest.counts.ok, manifest.counts.errors) == (briefed, len(HOSTILE) + 2 - briefed)
    assert_exactly_once(path, tmp_path / "run", LIMITS)
    for record in records(tmp_path / "run"):
        assert "\\ud800" not in json.dumps(record) or record.get("kind") == "input"

    _, again = await run(options, BaselineBackend())
    assert again.status == "finished"
    assert again.counts.skipped == len(HOSTILE) + 2
    assert again.counts.read == len(HOSTILE) + 2
    assert_exactly_once(path, tmp_path / "run", LIMITS)


def test_an_over_long_line_is_measured_and_hashed_in_pieces_not_read_whole(tmp_path):
    body = b"x" * (3 << 20)  # 3 MiB, limit 1 MiB: skipped in SKIP_CHUNK pieces
    path = tmp_path / "long.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(good("before") + body + b"\n" + good("after"))
    with gzip.open(path, "rb") as handle:
        lines = list(iter_raw_lines(handle, 1 << 20))
    assert [number for number, _ in lines] == [1, 2, 3]
    assert lines[1][1] == Oversize(len(body), blake2b(body, digest_size=16).digest())
    assert lines[2][1] == good("after")


def test_a_line_exactly_at_the_limit_is_read():
    line = b"y" * 99 + b"\n"
    ((_, raw),) = list(iter_raw_lines(_Handle(line), 100))
    assert raw == line
    ((_, over),) = list(iter_raw_lines(_Handle(b"y" * 101 + b"\n"), 100))
    assert isinstance(over, Oversize) and over.size == 101


def test_blank_and_done_stretches_yield_heartbeats(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\n" * (HEARTBEAT_LINES * 3) + good("only"))
    items = list(Intake(path, FieldMap(), ResumeIndex()))
    assert [item for _, item in items[:-1]] == [None, None, None]
    assert items[-1][1].id == "only"


async def test_a_corrupt_gzip_is_one_clear_error_and_the_run_says_failed(tmp_path):
    from newsbrief.errors import InputError
    from newsbrief.run.rundir import read_manifest

    packed = gzip.compress(b"".join(good(f"a{n}") for n in range(200)))
    damaged = bytearray(packed)
    for at in range(40, 60):
        damaged[at] ^= 0xFF  # inside the deflate stream
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(bytes(damaged))
    with pytest.raises(InputError, match="cannot read past line"):
        await run(RunOptions(input=path, run_dir=tmp_path / "run", quiet=True), BaselineBackend())
    manifest = read_manifest(tmp_path / "run")
    assert manifest.status == "failed"
    assert "cannot read past line" in (manifest.stop_reason or "")


async def test_a_long_articles_text_passes_run_off_the_event_loop_thread(monkeypatch):
    import threading

    from newsbrief.backends.base import OFF_LOOP_CHARS
    from newsbrief.backends.baseline import backend as baseline
    from newsbrief.grounding.faithfulness.verifier import RuleVerifier
    from newsbrief.prompting.spec import load_prompt
    from newsbrief.schemas import Article
    from newsbrief.step import brief as step
    from newsbrief.step import verify as step_verify

    threads: dict[str, list[str]] = {"compose": [], "finish": [], "rules": []}
    compose, finish = baseline.compose_briefing, step_verify.prepare_briefing
    rules = RuleVerifier.check

    def spy(name, real):
        def wrapper(*args, **kwargs):
            threads[name].append(threading.current_thread().name)
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(baseline, "compose_briefing", spy("compose", compose))
    monkeypatch.setattr(step_verify, "prepare_briefing", spy("finish", finish))
    monkeypatch.setattr(RuleVerifier, "check", spy("rules", rules))
    loop_thread = threading.current_thread().name
    prompt = load_prompt("briefing@v1")
    for chars in (300, OFF_LOOP_CHARS + 10):
        article = Article(id=f"a{chars}", text=(TEXT + " ") * (chars // len(TEXT) + 1))
        record = await step.brief_article(article, BaselineBackend(), prompt)
        assert record.briefing.headline
    for name in ("compose", "finish", "rules"):  # evidence offsets, then the rules' checks
        assert threads[name][0] == loop_thread, name
        assert threads[name][1] != loop_thread, name
