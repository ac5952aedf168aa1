"""Getting any input kind ready for a run: JSONL as it is, everything else staged.

A JSONL(.gz) file is read by the engines directly, line by line, as before. A folder, a
text/Markdown/HTML article, a table or stdin is first written into the run directory
as `input.jsonl` (`newsbrief.inputs.staging`), and the run reads that; the manifest's
`input` then names the staged file (so notes and evals find the texts even after the
folder moves) and `input_source` names what the user gave. The run directory's name
comes from what the user gave (the folder's path, or a hash of stdin), so the same
command resumes the same run.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsbrief.backends.base import Backend
from newsbrief.inputs.reader import FieldMap
from newsbrief.inputs.source import InputSpec, ResolvedInput, resolve_input
from newsbrief.inputs.staging import STAGED_INPUT, StageSummary, stage
from newsbrief.run.local import RunOptions, resolve_run_dir

__all__ = ["prepare_run_input"]


def prepare_run_input(
    options: RunOptions, backend: Backend, source: InputSpec | ResolvedInput
) -> tuple[RunOptions, StageSummary | None]:
    """Options whose `input` is a JSONL file; the staging summary when one was written."""
    resolved = resolve_input(source) if isinstance(source, InputSpec) else source
    if resolved.is_jsonl_file:
        assert resolved.path is not None
        return dataclasses.replace(options, input=resolved.path, fields=resolved.spec.fields), None
    named = dataclasses.replace(options, input=Path(resolved.label))
    run_dir = resolve_run_dir(named, backend)
    summary = stage(resolved, run_dir / STAGED_INPUT)
    prepared = dataclasses.replace(
        options,
        input=summary.path.resolve(),
        run_dir=run_dir,
        fields=FieldMap(),
        source=resolved.label,
    )
    return prepared, summary
