"""`--fallback live`: brief what the batches could not through the live API.

The local engine already skips every article that has a record, so running it over the
same input and run directory briefs exactly the requests that are still failing, with
re-asks, retries and the response cache of a normal `briefing run`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from newsbrief.inputs.reader import FieldMap
from newsbrief.run.batch.ledger import Ledger, write_ledger
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import lock_run_dir
from newsbrief.schemas import Manifest

__all__ = ["brief_live"]


def brief_live(
    input_path: Path,
    run_dir: Path,
    model: str,
    prompt: str,
    *,
    fields: FieldMap,
    limit: int | None,
    prices: Path | None,
    ledger: Ledger,
) -> Manifest:
    """Run the local engine on the rest, then mark the ledger finished."""
    _, manifest = asyncio.run(
        run(
            RunOptions(
                input=input_path,
                run_dir=run_dir,
                model=model,
                prompt=prompt,
                limit=limit,
                fields=fields,
                prices=prices,
                quiet=True,
            )
        )
    )
    lock = lock_run_dir(run_dir)
    try:
        ledger.finished = True
        for job in ledger.jobs:
            job.settled = True
        write_ledger(run_dir, ledger)
    finally:
        lock.close()
    return manifest
