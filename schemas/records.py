"""Run records: what a run directory holds.

A run directory is `manifest.json`, `briefings.jsonl` (one `BriefingRecord` per line) and
`errors.jsonl` (one `ErrorRecord` per line). Evals and reports read only these files, so
a run can be re-scored without calling a model again. Bump `RUN_FORMAT_VERSION` on any
incompatible change.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsbrief.schemas.briefing import Briefing
from newsbrief.schemas.judge import JudgeScope

RUN_FORMAT_VERSION = 1

ErrorKind = Literal[
    "input",  # the input line itself is bad (malformed JSON, no text, bad UTF-8)
    "validation",  # the model's answer never validated, even after re-asks
    "transport",  # HTTP errors, timeouts, connection resets after all retries
    "deadline",  # the whole-article deadline ran out
    "fatal",  # auth / not found: the run was stopped
    "internal",  # a bug in this program; please report it
]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


SAMPLE_DESCRIPTION = (
    "Which of the article's repeated samples this is (0-based), in a run made with "
    "`--repeat k` (k > 1); absent otherwise."
)


def _absent(value: object) -> bool:
    """Left out of a record's JSON when None (`Field(exclude_if=...)`)."""
    return value is None


class _Sampled(BaseModel):
    """A record that may carry a sample index; without one its JSON is unchanged.

    `sample` is written right after `id` (`{"id":"a1","sample":2,...`), so the resume
    scan reads both from the line's first bytes, and it is left out when None, so a
    run without `--repeat` writes exactly the records it always did (so is `judge` of a
    run without `--judge`). The fields say so with `exclude_if`, which pydantic-core
    applies as it serialises: a model-level wrap serializer that deleted the keys made
    every record go through a Python dict first, twice the CPU of writing the line.
    """


class Usage(BaseModel):
    """Token usage summed over every attempt (failed attempts and re-asks included)."""

    model_config = ConfigDict(extra="forbid")

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    requests: int = 0
    cost_usd: float = 0.0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            requests=self.requests + other.requests,
            cost_usd=self.cost_usd + other.cost_usd,
        )


class Provenance(BaseModel):
    """Which backend, model and prompt made a record: every output says so."""

    model_config = ConfigDict(extra="forbid")

    backend: str
    model: str
    prompt_id: str
    prompt_version: int
    prompt_hash: str
    schema_hash: str


RecordStatus = Literal["ok", "partial"]


class Repair(BaseModel):
    """One deterministic change made to a model's answer before it validated.

    `path` is the field in the answer (`events[0].when`, `` for the whole answer), `kind`
    what was done (`json_syntax`, `null_to_list`, `enum_spelling`, `date_parsed`, ...),
    `before` and `after` the values (truncated for long text)."""

    model_config = ConfigDict(extra="forbid")

    path: str
    kind: str
    before: Any = None
    after: Any = None


class Removal(BaseModel):
    """An item taken out of an answer that still failed once re-asks were spent."""

    model_config = ConfigDict(extra="forbid")

    path: str
    reason: str
    value: Any = None


class JudgeReport(BaseModel):
    """What the judge did to one briefing (`BriefingRecord.judge`).

    `sent` claims needed its decision and were put to it in `requests` requests (chunks
    of at most a few claims, so no verdict list is cut off; after an error the rest are
    not sent, and count as unanswered); `changed` got another verdict, `confirmed` kept theirs
    on the judge's word, `voided` were judge verdicts thrown out (a citation not in the
    article, see `ClaimCheck.reason`), `unanswered` got no usable verdict. `error` says
    why the judge stopped early: the briefing then keeps the rules' verdicts for every
    claim not yet judged. `usage` is the judge's alone (the record's `usage` is the
    briefing's)."""

    model_config = ConfigDict(extra="forbid")

    model: str
    prompt: str
    prompt_hash: str
    scope: JudgeScope = "doubtful"
    sent: int = 0
    requests: int = 0
    changed: int = 0
    confirmed: int = 0
    voided: int = 0
    unanswered: int = 0
    truncated: bool = False
    cached: bool = False
    error: str | None = None
    usage: Usage = Field(default_factory=Usage)


class JudgeTotals(BaseModel):
    """The judge reports of a run summed (`Manifest.judge`); `usage` is judge cost only."""

    model_config = ConfigDict(extra="forbid")

    model: str
    prompt: str
    prompt_hash: str
    scope: JudgeScope = "doubtful"
    articles: int = 0
    sent: int = 0
    changed: int = 0
    confirmed: int = 0
    voided: int = 0
    unanswered: int = 0
    errors: int = 0
    truncated: int = 0  # briefings whose judge answer stopped at the token limit
    usage: Usage = Field(default_factory=Usage)

    @classmethod
    def start(cls, report: JudgeReport) -> JudgeTotals:
        return cls(
            model=report.model,
            prompt=report.prompt,
            prompt_hash=report.prompt_hash,
            scope=report.scope,
        )

    def add(self, report: JudgeReport) -> None:
        """Fold one briefing's report in (the one place judge totals are summed)."""
        self.articles += 1
        self.sent += report.sent
        self.changed += report.changed
        self.confirmed += report.confirmed
        self.voided += report.voided
        self.unanswered += report.unanswered
        self.errors += report.error is not None
        self.truncated += report.truncated
        self.usage = self.usage + report.usage


class BriefingRecord(_Sampled):
    """One line of briefings.jsonl."""

    model_config = ConfigDict(extra="forbid")

    id: str
    sample: int | None = Field(
        default=None, ge=0, description=SAMPLE_DESCRIPTION, exclude_if=_absent
    )
    line: int | None = Field(default=None, description="1-based input line number.")
    briefing: Briefing
    status: RecordStatus = Field(
        default="ok",
        description="'partial' when items that failed validation were removed (see removed).",
    )
    repairs: list[Repair] = Field(default_factory=list)
    removed: list[Removal] = Field(default_factory=list)
    provenance: Provenance
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 1
    reasks: int = 0
    latency_s: float = 0.0
    cached: bool = False
    created_at: str = Field(default_factory=utc_now)
    judge: JudgeReport | None = Field(
        default=None,
        exclude_if=_absent,
        description="What the LLM judge (--judge) did to this briefing's claim checks "
        "and what it cost; absent when no judge ran.",
    )


class ErrorRecord(_Sampled):
    """One line of errors.jsonl: an article that did not become a briefing, and why."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        default=None, description="Article id if it could be read; null for unreadable lines."
    )
    sample: int | None = Field(
        default=None, ge=0, description=SAMPLE_DESCRIPTION, exclude_if=_absent
    )
    line: int | None = None
    kind: ErrorKind
    message: str
    raw: str | None = Field(default=None, description="The last raw model answer, if any.")
    line_hash: str | None = Field(
        default=None,
        description="Input errors: a hash of the line's bytes (and which repeat of them "
        "it is), so a resumed run knows the line after lines are inserted or removed, "
        "and looks at it again once it is edited.",
    )
    provenance: Provenance | None = None
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    created_at: str = Field(default_factory=utc_now)


class RunCounts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    read: int = 0
    ok: int = 0
    partial: int = 0
    errors: int = 0
    skipped: int = 0
    cached: int = 0
    duplicates: int = Field(
        default=0, description="Input lines that repeat an earlier line's id (input errors)."
    )
    superseded: int = Field(
        default=0,
        description="Records set aside to superseded.jsonl because their input line was "
        "edited or removed (counted by the last complete pass).",
    )


class Faithfulness(BaseModel):
    """Reference-free quality signals of a run: no gold needed.

    `checked` prose claims (summary sentences, key points, event and relation
    descriptions), of which `supported` rest on the article, `contradicted_claims` the
    article contradicts and `unverified_claims` nothing could link (removed ones
    included); `unsupported_claims` counts claims of older runs, which told those two
    apart no more. `speakers_checked` quotes whose speaker the article names, of which
    `speakers_ok` agree and `speakers_contradicted` the article gives to someone else.
    Folded in one briefing at a time (`add`).
    """

    model_config = ConfigDict(extra="forbid")

    articles: int = Field(default=0, description="Briefings whose prose was checked.")
    checked: int = 0
    supported: int = 0
    contradicted_claims: int = 0
    unverified_claims: int = 0
    unsupported_claims: int = 0
    supported_rate: float | None = None
    contradicted_rate: float | None = None
    unverified_rate: float | None = None
    speakers_checked: int = 0
    speakers_ok: int = 0
    speakers_contradicted: int = 0
    speaker_ok: float | None = Field(default=None, description="speakers_ok / speakers_checked.")

    def add(self, briefing: Briefing) -> None:
        grounding = briefing.grounding
        speakers = [
            c for c in briefing.checks if c.kind == "speaker" and c.verdict != "not_checked"
        ]
        if grounding is None or not (grounding.prose_checked or speakers):
            return
        self.articles += 1
        self.checked += grounding.prose_checked
        self.supported += grounding.prose_supported
        self.contradicted_claims += grounding.prose_contradicted
        self.unverified_claims += grounding.prose_unverified
        self.unsupported_claims += grounding.prose_legacy_unsupported
        self.speakers_checked += len(speakers)
        self.speakers_ok += sum(c.verdict == "supported" for c in speakers)
        self.speakers_contradicted += sum(c.verdict == "contradicted" for c in speakers)
        if self.checked:
            self.supported_rate = round(self.supported / self.checked, 6)
            self.contradicted_rate = round(self.contradicted_claims / self.checked, 6)
            self.unverified_rate = round(self.unverified_claims / self.checked, 6)
        if self.speakers_checked:
            self.speaker_ok = round(self.speakers_ok / self.speakers_checked, 6)


class SessionEntry(BaseModel):
    """One session of a run (a `briefing run` that opened the directory)."""

    model_config = ConfigDict(extra="forbid")

    started_at: str
    finished_at: str | None = None
    status: Literal["running", "finished", "stopped", "failed"] = "running"
    stop_reason: str | None = None
    code_version: str = ""
    fingerprint: str | None = None
    options: dict[str, Any] = Field(
        default_factory=dict,
        description="What this session was asked to do that does not change a briefing "
        "(--limit, --retry-errors, --concurrency...).",
    )


class Manifest(BaseModel):
    """manifest.json: everything needed to reproduce and identify a run."""

    model_config = ConfigDict(extra="forbid")

    format_version: int = RUN_FORMAT_VERSION
    run_id: str
    input: str
    input_fields: dict[str, str] = Field(
        default_factory=dict,
        description="Input keys that held the article id, text and title (--id-field...), "
        "so notes and evals can read the input again.",
    )
    input_source: str | None = Field(
        default=None,
        description="What the user gave (a folder, an HTML page, 'stdin-<hash>') when "
        "`input` is the JSONL staged from it in the run directory.",
    )
    backend: str
    model: str
    parameters: dict[str, Any] = Field(default_factory=dict)
    prompt_id: str
    prompt_version: int
    prompt_hash: str
    schema_hash: str
    code_version: str
    started_at: str
    finished_at: str | None = None
    status: Literal["running", "finished", "stopped", "failed"] = "running"
    stop_reason: str | None = None
    repeat: int = Field(
        default=1,
        ge=1,
        description="Samples per article (`--repeat`); with k > 1 every record carries "
        "its `sample` (0..k-1) and `counts` count samples, not articles.",
    )
    counts: RunCounts = Field(default_factory=RunCounts)
    repairs: dict[str, int] = Field(
        default_factory=dict, description="Repairs made to model answers, by kind."
    )
    usage: Usage = Field(default_factory=Usage)
    grounding_rate: float | None = None
    grounding_checked: int = Field(default=0, description="Items checked against the text.")
    grounding_grounded: int = Field(default=0, description="Items found in the text.")
    settings: dict[str, Any] = Field(
        default_factory=dict,
        description="Every setting that changes what a briefing would be (input and its "
        "fields, backend, model and parameters, prompt, schema); resuming with others is "
        "refused.",
    )
    fingerprint: str | None = Field(default=None, description="A hash of `settings`.")
    sessions: list[SessionEntry] = Field(default_factory=list)
    faithfulness: Faithfulness = Field(default_factory=Faithfulness)
    judge: JudgeTotals | None = Field(
        default=None,
        description="The LLM judge's work and cost (--judge), apart from `usage`, which "
        "is the briefings' alone; absent when no judge ran.",
    )

    def count(self, record: BriefingRecord | ErrorRecord) -> None:
        """Fold one finished article into the counts, usage and grounding rate.

        Every engine (local, Ray, Batch API import) counts through this one method, so
        manifests agree whichever engine wrote the run."""
        self.counts.read += 1
        self.usage = self.usage + record.usage
        if isinstance(record, ErrorRecord):
            self.counts.errors += 1
            return
        if record.status == "partial":
            self.counts.partial += 1
        else:
            self.counts.ok += 1
        self.counts.cached += record.cached
        for repair in record.repairs:
            self.repairs[repair.kind] = self.repairs.get(repair.kind, 0) + 1
        if record.briefing.grounding is not None:
            self.add_grounding(
                record.briefing.grounding.checked, record.briefing.grounding.grounded
            )
        self.faithfulness.add(record.briefing)
        if record.judge is not None:
            if self.judge is None:
                self.judge = JudgeTotals.start(record.judge)
            self.judge.add(record.judge)

    def end_session(self) -> None:
        """Copy the run's status into its latest session entry (at every checkpoint)."""
        if self.sessions:
            latest = self.sessions[-1]
            latest.status, latest.stop_reason = self.status, self.stop_reason
            latest.finished_at = self.finished_at

    def add_grounding(self, checked: int, grounded: int) -> None:
        """Fold one briefing's grounding counts into the run's rate."""
        self.grounding_checked += checked
        self.grounding_grounded += grounded
        if self.grounding_checked:
            self.grounding_rate = round(self.grounding_grounded / self.grounding_checked, 6)

    elapsed_s: float = 0.0
