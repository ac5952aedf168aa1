"""The batch engine's parts, one job per module.

- `engine`: the bounded in-flight window that drives the per-article step
- `session`: opening a run directory (new or resumed) and checking it matches
- `resume`: torn-line repair and the index of records already written
- `intake`: the input lines still to do (done ones skipped from their raw bytes)
- `ratelimit`: RPM/TPM token buckets, estimated before and corrected after each call
- `health`: the sliding error-rate window that pauses, then stops, a failing run
- `cache`: the SQLite response cache
- `cost`: the price table and cost of token usage
- `progress`: the progress bar / periodic log lines
- `batch_export`, `batch_import`: OpenAI Batch API request files and results

The package re-exports the parts other engines share (the Ray engine uses the same
session, resume index, cache, prices, health window and progress). `engine.Engine` is
not re-exported: it imports `newsbrief.step.brief`, and `newsbrief.step.brief` may import these parts.
"""

from newsbrief.run.cache import CacheScope, ResponseCache, default_cache_dir
from newsbrief.run.cost import ModelPrice, PricesError, PriceTable, load_prices
from newsbrief.run.health import ErrorWindow, Verdict
from newsbrief.run.intake import Intake
from newsbrief.run.progress import RunProgress, count_lines, make_progress
from newsbrief.run.ratelimit import RateLimiter, TokenBucket
from newsbrief.run.resume import ResumeIndex, ResumeState, repair_tail, scan_run_dir
from newsbrief.run.session import RunIdentity, Session, open_session, run_dir_name

__all__ = [
    "CacheScope",
    "ErrorWindow",
    "Intake",
    "ModelPrice",
    "PriceTable",
    "PricesError",
    "RateLimiter",
    "ResponseCache",
    "ResumeIndex",
    "ResumeState",
    "RunIdentity",
    "RunProgress",
    "Session",
    "TokenBucket",
    "Verdict",
    "count_lines",
    "default_cache_dir",
    "load_prices",
    "make_progress",
    "open_session",
    "repair_tail",
    "run_dir_name",
    "scan_run_dir",
]
