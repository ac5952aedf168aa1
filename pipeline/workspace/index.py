"""A SQLite index of one run's articles, so a run of 100,000 articles pages and filters
in milliseconds instead of re-reading briefings.jsonl on every click.

The index lives in the workspace's cache folder (never inside the run, which the engine
owns). It is built once and then kept up to date incrementally: run files only ever
grow while a run is going, so each visit indexes just the complete lines appended since
the last one. A file that shrank or was replaced (a resumed run repairs its tail) is
re-indexed from scratch. Each row keeps the byte offset of its line, so opening one
article reads exactly one line of the run.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsbrief.inputs.jsonl import decode_line
from newsbrief.inputs.lines import LineProblem
from newsbrief.notes.countries import countries_of
from newsbrief.redact import redact
from newsbrief.run.damaged import is_damage, set_aside
from newsbrief.run.rundir import BRIEFINGS, ERRORS
from newsbrief.schemas import Briefing, BriefingRecord, ErrorRecord

__all__ = ["ArticleFilter", "ArticleRow", "RunIndex"]

INDEX_VERSION = "4"
_COLUMNS = (
    "id, seq, line, status, error_kind, file, offset, headline, ungrounded, contradicted, "
    "unverified, injection, topics, countries, search"
)
_UNNUMBERED = 10**12  # records without an input line number sort after the numbered ones
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    line INTEGER,
    status TEXT NOT NULL,          -- ok | partial | error
    error_kind TEXT,
    file TEXT NOT NULL,            -- b (briefings.jsonl) | e (errors.jsonl)
    offset INTEGER NOT NULL,
    headline TEXT NOT NULL DEFAULT '',
    ungrounded INTEGER NOT NULL DEFAULT 0,
    contradicted INTEGER NOT NULL DEFAULT 0,
    unverified INTEGER NOT NULL DEFAULT 0,
    injection INTEGER NOT NULL DEFAULT 0,
    topics TEXT NOT NULL DEFAULT '|',
    countries TEXT NOT NULL DEFAULT '|',
    search TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq);
CREATE INDEX IF NOT EXISTS articles_status ON articles (status, error_kind, seq);
"""


@dataclass(frozen=True)
class ArticleFilter:
    """What the articles page asks for; every field narrows the list."""

    status: str = ""  # "", ok, partial, error
    error_kind: str = ""
    ungrounded: bool = False
    contradicted: bool = False
    unverified: bool = False
    injection: bool = False
    topic: str = ""
    country: str = ""
    q: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if self.status:
            clauses.append("status = ?")
            args.append(self.status)
        if self.error_kind:
            clauses.append("error_kind = ?")
            args.append(self.error_kind)
        for column in ("ungrounded", "contradicted", "unverified"):
            if getattr(self, column):
                clauses.append(f"{column} > 0")
        if self.injection:
            clauses.append("injection = 1")
        for column, value in (("topics", self.topic), ("countries", self.country)):
            if value:
                clauses.append(f"instr({column}, ?) > 0")
                args.append(f"|{value}|")
        if self.q.strip():
            clauses.append("instr(search, ?) > 0")
            args.append(self.q.strip().casefold())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


@dataclass(frozen=True)
class ArticleRow:
    id: str
    line: int | None
    status: str
    error_kind: str | None
    headline: str
    ungrounded: int
    contradicted: int
    unverified: int
    injection: bool
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


def _bars(values: list[str]) -> str:
    return "|" + "".join(f"{value}|" for value in values)


def _unbar(value: str) -> list[str]:
    return [part for part in value.split("|") if part]


def _briefing_row(obj: dict[str, Any]) -> tuple[Any, ...] | None:
    try:
        record = BriefingRecord.model_validate(obj)
    except ValidationError:
        return None
    b = record.briefing
    status = "partial" if obj.get("status") == "partial" else "ok"
    words = [record.id, b.headline, b.summary, *(a.name for a in b.actors), *b.key_points]
    return (
        record.id,
        record.line,
        status,
        None,
        redact(b.headline),
        *_flag_counts(b),
        int(b.injection_suspected),
        _bars(list(b.topics)),
        _bars(countries_of(b)),
        redact(" ".join(words)).casefold(),  # before casefold: keys are case-sensitive
    )


def _flag_counts(briefing: Briefing) -> tuple[int, int, int]:
    """(ungrounded, contradicted, unverified): items not found in the article (and an
    older run's unsupported prose, counted as written), then the prose claims and
    speakers the article contradicts, then those the checks could not link."""
    grounding = briefing.grounding
    if grounding is None:
        return 0, 0, 0
    checks = [c for c in briefing.checks if c.kind in ("prose", "speaker") and not c.removed]
    contradicted = sum(c.verdict == "contradicted" for c in checks)
    unverified = sum(c.verdict == "unverified" for c in checks)
    speakers = sum(c.kind == "speaker" and c.verdict in ("contradicted", "unverified")
                   for c in checks)  # fmt: skip
    ungrounded = len(grounding.ungrounded) - speakers + grounding.prose_legacy_unsupported
    return max(ungrounded, 0), contradicted, unverified


def _error_row(obj: dict[str, Any]) -> tuple[Any, ...] | None:
    try:
        record = ErrorRecord.model_validate(obj)
    except ValidationError:
        return None
    if record.id is None:
        return None  # an unreadable input line: it has no article to open
    headline = redact(f"{record.kind} error: {record.message}")
    return (
        record.id,
        record.line,
        "error",
        record.kind,
        headline[:300],
        0,
        0,
        0,
        0,
        "|",
        "|",
        redact(f"{record.id} {record.message}").casefold(),
    )


class RunIndex:
    """The index of one run directory, stored at `db_path`."""

    def __init__(self, run_dir: Path, db_path: Path) -> None:
        self.run_dir = run_dir
        self.db_path = db_path
        self._lock = threading.Lock()
        self.building = False
        self.damaged = 0  # damaged lines met by the refresh going on
        self.done_bytes = 0  # progress of a refresh, for the "indexing" page
        self.todo_bytes = 0
        self._facets: dict[str, list[tuple[str, int]]] | None = None  # until rows change
        self.warning: str | None = None  # set when a damaged index was set aside

    def pending_bytes(self) -> int:
        """Bytes of run files not indexed yet (all of them before the first build)."""
        with self.connect() as conn:
            return self._pending(self._meta(conn))

    def _meta(self, conn: sqlite3.Connection) -> dict[str, str]:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        return meta if meta.get("version") == INDEX_VERSION and not self._replaced(meta) else {}

    def _pending(self, meta: dict[str, str]) -> int:
        total = 0
        for tag, name in (("b", BRIEFINGS), ("e", ERRORS)):
            path = self.run_dir / name
            size = path.stat().st_size if path.exists() else 0
            total += max(0, size - int(meta.get(f"{tag}.offset", "0")))
        return total

    def connect(self) -> sqlite3.Connection:
        """The index database; a damaged one, or one of another schema, is set aside and
        started anew (an index is rebuilt from the run's files, so nothing is lost)."""
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._open()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            aside = set_aside(self.db_path)
            self.warning = (
                f"the index {self.db_path} was damaged or of another version ({exc}); it was moved to "
                f"{aside.name} and is rebuilt from the run's files"
            )
            print(f"briefing view: {redact(self.warning)}", file=sys.stderr, flush=True)
            return self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path, timeout=30)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
            # every column this class reads or writes: another schema is damage
            conn.execute(f"SELECT {_COLUMNS} FROM articles LIMIT 1").fetchall()
            conn.execute("SELECT key, value FROM meta LIMIT 1").fetchall()
        except BaseException:
            conn.close()
            raise
        return conn

    # -- building -------------------------------------------------------------------
    def refresh(self) -> int:
        """Index whatever was appended since the last call; return rows written."""
        with self._lock, self.connect() as conn:
            self.building = True
            try:
                return self._refresh(conn)
            finally:
                self.building = False

    def _refresh(self, conn: sqlite3.Connection) -> int:
        meta = self._meta(conn)
        if not meta:  # first build, a new index version, or a rewritten run file
            conn.execute("DROP TABLE IF EXISTS articles")  # its columns may be older
            conn.executescript(_SCHEMA)
            conn.execute("DELETE FROM meta")
            meta = {"version": INDEX_VERSION}
        self.done_bytes, self.todo_bytes = 0, self._pending(meta)
        self.damaged = 0
        written = 0
        seq = int(meta.get("seq", "0"))
        for tag, name, build in (("b", BRIEFINGS, _briefing_row), ("e", ERRORS, _error_row)):
            path = self.run_dir / name
            start = int(meta.get(f"{tag}.offset", "0"))
            rows, end = self._read_tail(path, start, build)
            for offset, row in rows:
                seq += 1
                # Input order (the line number) when known, else the order written.
                order = row[1] if isinstance(row[1], int) else _UNNUMBERED + seq
                written += self._upsert(conn, tag, offset, order, row)
            meta[f"{tag}.offset"] = str(end)
            meta[f"{tag}.inode"] = str(_inode(path))
        meta["seq"] = str(seq)
        meta["damaged"] = str(int(meta.get("damaged", "0")) + self.damaged)
        if written:
            self._facets = None
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(meta.items()))
        return written

    def _replaced(self, meta: dict[str, str]) -> bool:
        for tag, name in (("b", BRIEFINGS), ("e", ERRORS)):
            path = self.run_dir / name
            offset = int(meta.get(f"{tag}.offset", "0"))
            if f"{tag}.inode" in meta and meta[f"{tag}.inode"] != str(_inode(path)):
                return True
            if offset > (path.stat().st_size if path.exists() else 0):
                return True
        return False

    def _read_tail(
        self, path: Path, start: int, build: Any
    ) -> tuple[list[tuple[int, tuple[Any, ...]]], int]:
        """Rows of the complete lines from byte `start`; the end offset of the last one."""
        if not path.exists():
            return [], 0
        rows: list[tuple[int, tuple[Any, ...]]] = []
        with path.open("rb") as handle:
            handle.seek(start)
            offset = start
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # a line still being written: index it next time
                line_at, offset = offset, offset + len(raw)
                self.done_bytes += len(raw)
                try:
                    obj = decode_line(raw)  # the guarded reader: a damaged line is no row
                except LineProblem:
                    self.damaged += 1
                    continue
                row = build(obj) if isinstance(obj, dict) else None
                if row is not None:
                    rows.append((line_at, row))
        return rows, offset

    @staticmethod
    def _upsert(
        conn: sqlite3.Connection, tag: str, offset: int, seq: int, row: tuple[Any, ...]
    ) -> int:
        """Latest wins, except that an error never hides a briefing of the same article."""
        if tag == "e":
            found = conn.execute("SELECT status FROM articles WHERE id = ?", (row[0],)).fetchone()
            if found is not None and found[0] != "error":
                return 0
        old = conn.execute("SELECT seq FROM articles WHERE id = ?", (row[0],)).fetchone()
        conn.execute(
            "INSERT OR REPLACE INTO articles (id, line, status, error_kind, headline, ungrounded,"
            " contradicted, unverified, injection, topics, countries, search, file, offset, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row, tag, offset, old[0] if old else seq),
        )
        return 1

    # -- reading --------------------------------------------------------------------
    def page(
        self, flt: ArticleFilter, offset: int = 0, limit: int = 50
    ) -> tuple[int, list[ArticleRow]]:
        """(matching count, one page of rows in run order)."""
        where, args = flt.where()
        with self.connect() as conn:
            total = conn.execute(f"SELECT COUNT(*) FROM articles{where}", args).fetchone()[0]
            rows = conn.execute(
                "SELECT id, line, status, error_kind, headline, ungrounded, contradicted,"
                " unverified, injection, topics, countries"
                f" FROM articles{where} ORDER BY seq LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        return total, [
            ArticleRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                bool(r[8]),
                _unbar(r[9]),
                _unbar(r[10]),
            )
            for r in rows
        ]

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Values the filters offer: error kinds, topics and countries with their counts.

        A full scan, so it is kept until a refresh writes rows."""
        if self._facets is None:
            self._facets = self._count_facets()
        return self._facets

    def _count_facets(self) -> dict[str, list[tuple[str, int]]]:
        with self.connect() as conn:
            kinds = conn.execute(
                "SELECT error_kind, COUNT(*) FROM articles WHERE status = 'error'"
                " GROUP BY error_kind ORDER BY 2 DESC"
            ).fetchall()
            tally: dict[str, dict[str, int]] = {"topics": {}, "countries": {}}
            for column in tally:
                for value, count in conn.execute(
                    f"SELECT {column}, COUNT(*) FROM articles GROUP BY {column}"
                ):
                    for part in _unbar(value):
                        tally[column][part] = tally[column].get(part, 0) + count
        out = {"error_kinds": [(k or "", n) for k, n in kinds]}
        for column, counts in tally.items():
            out[column] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return out

    def damaged_lines(self) -> int:
        """Lines of briefings.jsonl / errors.jsonl left out of the index as damaged."""
        with self.connect() as conn:
            return int(self._meta(conn).get("damaged", "0"))

    def ids(self) -> Iterator[str]:
        with self.connect() as conn:
            for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY seq"):
                yield article_id

    def record(self, article_id: str) -> BriefingRecord | ErrorRecord | None:
        """The article's record, read from its own line of the run file."""
        with self.connect() as conn:
            found = conn.execute(
                "SELECT file, offset FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        if found is None:
            return None
        path = self.run_dir / (BRIEFINGS if found[0] == "b" else ERRORS)
        model = ErrorRecord if found[0] == "e" else BriefingRecord
        try:
            with path.open("rb") as handle:
                handle.seek(found[1])
                return model.model_validate(decode_line(handle.readline()))
        except (OSError, LineProblem, ValidationError):
            return None  # the file changed under the index: the next refresh rebuilds it


def _inode(path: Path) -> int:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return 0
    return stat.st_ino
