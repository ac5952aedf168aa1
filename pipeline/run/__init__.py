"""The run: an archive through the per-article step into a run directory.

One job per module; import the module you need (this package imports nothing, so the
evals harness can read run files through `newsbrief.run.rundir` without loading the
engines, backends or the step):

- `local`: the local async engine; `window`: its bounded in-flight window
- `ray_engine/`: the same run on a Ray cluster
- `batch/`, `batch_export`, `batch_import`: the OpenAI Batch API flow and its files
- `rundir`: every file name and every read and write of a run directory
- `session`: opening a run directory (new or resumed) and checking it matches
- `resume`: the index of records already written; `seen`, `supersede`: edited inputs
- `intake`, `prepare`: the input lines still to do, any input kind staged as JSONL
- `ratelimit`: RPM/TPM token buckets, estimated before and corrected after each call
- `health`: the sliding error-rate window that pauses, then stops, a failing run
- `cache`: the SQLite response cache; `cost`: prices and the cost of token usage
- `progress`: the progress bar or periodic log lines; `signals`: SIGTERM as Ctrl-C
"""
