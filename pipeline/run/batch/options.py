"""What `briefing batch run` is asked to do, and what it hands back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newsbrief.inputs.reader import FieldMap
from newsbrief.prompting.spec import PromptSpec
from newsbrief.run.batch.estimate import CostEstimate
from newsbrief.run.batch.ledger import Ledger
from newsbrief.run.batch_export import BatchLimits
from newsbrief.run.session import RunIdentity, run_dir_name
from newsbrief.schemas import Manifest

__all__ = ["BatchRunOptions", "BatchRunResult", "identity_of", "resolve_batch_run_dir"]


@dataclass
class BatchRunOptions:
    input: Path
    model: str  # openai:MODEL
    prompt: str = "briefing@v1"
    out: Path = Path("runs")
    run_dir: Path | None = None
    fresh: bool = False
    fields: FieldMap = field(default_factory=FieldMap)
    limit: int | None = None
    prices: Path | None = None
    max_cost: float | None = None
    retries: int = 1  # resubmission rounds for failed or expired requests
    fallback: str = "none"  # "live": brief what is still failing through the live API
    wait: bool = True  # False: submit and return; rerun to poll and collect
    poll_interval: float = 10.0
    poll_max: float = 300.0
    max_unreachable: int = 30  # polls in a row the provider may be unreachable
    limits: BatchLimits = field(default_factory=BatchLimits)
    report: Callable[[str], None] = lambda line: None


@dataclass
class BatchRunResult:
    run_dir: Path
    manifest: Manifest
    ledger: Ledger
    estimate: CostEstimate | None = None
    live_needed: bool = False


def identity_of(model: str) -> RunIdentity:
    return RunIdentity("openai", model, {"batch": True})


def resolve_batch_run_dir(options: BatchRunOptions, prompt: PromptSpec) -> Path:
    """--run-dir, else the same deterministic folder name `briefing run` would use."""
    if options.run_dir is not None:
        return options.run_dir
    name = run_dir_name(options.input, identity_of(options.model), prompt, options.fresh)
    return options.out / name
