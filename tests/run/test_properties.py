"""Property tests of the reader and the record writer (Hypothesis).

1. Any byte string, as an input line, gives exactly one record (or none for a blank
   line), and the run finishes.
2. Any sequence of inserts, deletes and edits of the input between sessions, each
   followed by a resume (some stopped early with --limit), leaves exactly one record per
   line (the rule in `tests.run.exactly_once`).

Example counts are kept small (the machine is shared); every failure Hypothesis finds is
shrunk to a minimal case and printed.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.backends.baseline.backend import BaselineBackend
from newsbrief.inputs.reader import FieldMap, InputProblem, parse_line
from newsbrief.run.local import RunOptions, run
from tests.run.exactly_once import assert_exactly_once, records

TEXT = "The minister of Norway met officials in Oslo on 3 March 2024 to discuss quotas."
FRAGMENTS = ["a", "é", "\x00", "\ud800", "\udfff", "\u2028", '"', "\\", "{", "[", " ", "9"]

hostile_text = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True)
    | hostile_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(hostile_text, children, max_size=3)
    ),
    max_leaves=8,
)
json_objects = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(hostile_text, st.integers(), json_values),
        "text": st.one_of(hostile_text, st.just(TEXT), json_values),
        "title": st.one_of(hostile_text, json_values),
        "meta": json_values,
    },
)
json_lines = st.builds(
    lambda obj, ascii_only: json.dumps(obj, ensure_ascii=ascii_only).encode(
        "utf-8", "surrogatepass"
    ),
    json_objects,
    st.booleans(),
)
any_line = st.one_of(st.binary(max_size=120), json_lines).map(lambda b: b.replace(b"\n", b" "))

FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FAST
@given(any_line)
def test_parse_line_never_raises_and_every_outcome_is_writable(raw):
    item = parse_line(raw, 7, FieldMap())
    if item is None:
        assert not raw.decode("utf-8").strip()
        return
    if isinstance(item, InputProblem):
        json.dumps({"m": item.message, "id": item.id}, ensure_ascii=False).encode("utf-8")
        assert item.line == 7
    else:
        item.model_dump_json().encode("utf-8")


async def brief(path: Path, run_dir: Path, limit: int | None = None):
    _, manifest = await run(
        RunOptions(input=path, run_dir=run_dir, quiet=True, cache=False, limit=limit),
        BaselineBackend(),
    )
    return manifest


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(any_line, min_size=1, max_size=12))
async def test_any_lines_give_exactly_one_record_each(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path, run_dir = Path(tmp) / "in.jsonl", Path(tmp) / "run"
        path.write_bytes(b"".join(line + b"\n" for line in lines))
        manifest = await brief(path, run_dir)
        assert manifest.status == "finished"
        assert_exactly_once(path, run_dir)
        again = await brief(path, run_dir)  # a rerun adds nothing
        assert again.counts.read == manifest.counts.read
        assert len(records(run_dir)) == manifest.counts.read


def good(ident: str, version: int) -> bytes:
    return json.dumps({"id": ident, "text": f"{TEXT} v{version}"}).encode()


BAD = [b"{broken", b"[1, 2]", b'{"text": "no id"}', b'{"title": "t", "id": "z", "text": ""}']
line_strategy = st.one_of(
    st.builds(good, st.sampled_from(["a", "b", "c", "d", "e"]), st.integers(0, 2)),
    st.sampled_from(BAD),
    st.just(b""),
)
edit = st.tuples(
    st.sampled_from(["insert", "delete", "replace"]), st.integers(0, 30), line_strategy
)
session = st.tuples(st.lists(edit, max_size=4), st.one_of(st.none(), st.integers(1, 6)))


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(line_strategy, min_size=1, max_size=10), st.lists(session, max_size=3))
async def test_edits_between_sessions_keep_exactly_one_record_per_line(first, sessions):
    with tempfile.TemporaryDirectory() as tmp:
        path, run_dir = Path(tmp) / "in.jsonl", Path(tmp) / "run"
        lines = list(first)
        path.write_bytes(b"".join(line + b"\n" for line in lines))
        await brief(path, run_dir)
        for edits, limit in sessions:
            for op, at, line in edits:
                at = at % (len(lines) + 1)
                if op == "insert" or not lines:
                    lines.insert(at, line)
                elif op == "delete":
                    del lines[at % len(lines)]
                else:
                    lines[at % len(lines)] = line
            path.write_bytes(b"".join(line + b"\n" for line in lines))
            await brief(path, run_dir, limit)  # may stop early: exactly once after the next
        await brief(path, run_dir)
        assert_exactly_once(path, run_dir)
