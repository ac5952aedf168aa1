"""Where notes come from: a record in a run directory, plus its article when findable.

`briefing note --from-run` and `briefing digest` render what a run already produced,
without calling a model. The article text is not stored in the run, so it is looked up
in the run's input file (recorded in the manifest) or in a file the user names; a
briefing without its article still renders, just without highlights.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsbrief.errors import BriefingError, InputError
from newsbrief.inputs.reader import FieldMap, find_article, read_articles
from newsbrief.inputs.source import InputSpec, resolve_input
from newsbrief.inputs.staging import STAGED_INPUT
from newsbrief.run.rundir import read_briefings, read_errors, read_manifest
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.schemas.topics import TOPICS

__all__ = ["NoteError", "find_record", "load_article", "load_articles", "select_records"]


class NoteError(BriefingError):
    """A note or digest cannot be made from what was given (unknown id, topic, format)."""


def _known_ids(records: Iterable[BriefingRecord], limit: int = 8) -> str:
    ids = [r.id for r in records]
    shown = ", ".join(ids[:limit]) + (", …" if len(ids) > limit else "")
    return shown or "none"


def find_record(run_dir: Path, article_id: str, sample: int | None = None) -> BriefingRecord:
    """The briefing of one article in a run; a clear error if it failed or is absent.

    A run made with `--repeat` holds one briefing per sample: `sample` picks one, and
    without it the first sample is rendered (not whichever was written last)."""
    read_manifest(run_dir)  # a clear RunDirError for a folder that is not a run
    found: dict[int, BriefingRecord] = {}  # sample -> record (a run without --repeat: 0)
    for record in read_briefings(run_dir):
        if record.id == article_id:
            found[record.sample or 0] = record  # a resumed run may hold a later, better record
    if sample is not None and found and sample not in found:
        raise NoteError(
            f"article {article_id!r} has no briefing for sample {sample} in {run_dir}; "
            f"its samples there: {', '.join(str(n) for n in sorted(found))}"
        )
    if found:
        return found[min(found) if sample is None else sample]
    for error in read_errors(run_dir):
        if error.id == article_id:
            raise NoteError(
                f"article {article_id!r} failed in this run ({error.kind}: {error.message}); "
                "there is no briefing to render. Rerun it with `briefing note ARTICLE`."
            )
    raise NoteError(
        f"no briefing for id {article_id!r} in {run_dir}; ids in this run: "
        f"{_known_ids(read_briefings(run_dir))}"
    )


def load_article(run_dir: Path, article_id: str, input_path: Path | None = None) -> Article | None:
    """The article text for a record: from `input_path` or the run's recorded input.

    Returns None (the note renders without highlights) when the recorded input has moved;
    a file the user named explicitly must exist and hold the id.
    """
    if input_path is not None:  # any input kind: a .txt/.md/.html article, an archive...
        return resolve_input(InputSpec(str(input_path))).one_article(article_id)
    recorded = _recorded_input(run_dir)
    if recorded is None:
        return None
    try:
        return find_article(recorded[0], article_id, recorded[1])
    except InputError:
        return None  # custom field names or a changed file: render without the text


def load_articles(run_dir: Path, ids: set[str]) -> dict[str, Article]:
    """The articles of `ids` from the run's recorded input, read once (a digest cites
    each article's source); those it cannot find are left out."""
    recorded = _recorded_input(run_dir)
    found: dict[str, Article] = {}
    if recorded is None or not ids:
        return found
    try:
        for _, item in read_articles(*recorded):
            if isinstance(item, Article) and item.id in ids and item.id not in found:
                found[item.id] = item
                if len(found) == len(ids):
                    break
    except InputError:
        pass  # a changed file: cite what was read
    return found


def _recorded_input(run_dir: Path) -> tuple[Path, FieldMap] | None:
    """The run's input file and field names; the staged copy when the original moved."""
    manifest = read_manifest(run_dir)
    recorded = Path(manifest.input)
    staged = run_dir / STAGED_INPUT
    if not recorded.is_file() and manifest.input_source is not None and staged.is_file():
        recorded = staged  # a staged input travels with its run directory
    if not recorded.is_file():
        return None
    return recorded, FieldMap(**manifest.input_fields)


def select_records(
    run_dir: Path, ids: list[str] | None = None, topic: str | None = None
) -> list[BriefingRecord]:
    """Records of a run in run order, filtered by ids and/or topic (for the digest)."""
    read_manifest(run_dir)
    if topic is not None and topic not in TOPICS:
        raise NoteError(f"unknown topic {topic!r}; topics are: {', '.join(TOPICS)}")
    latest: dict[str, BriefingRecord] = {}
    for record in read_briefings(run_dir):
        held = latest.get(record.id)
        if held is None or (record.sample or 0) <= (held.sample or 0):
            latest[record.id] = record  # the latest record of the first sample (--repeat)
    records = list(latest.values())
    if ids:
        missing = [i for i in ids if i not in latest]
        if missing:
            raise NoteError(
                f"no briefing for id(s) {', '.join(missing)} in {run_dir}; "
                f"ids in this run: {_known_ids(records)}"
            )
        records = [latest[i] for i in dict.fromkeys(ids)]
    if topic is not None:
        records = [r for r in records if topic in r.briefing.topics]
    if not records:
        what = f" with topic {topic!r}" if topic else ""
        raise NoteError(f"no briefings{what} in {run_dir} to put into a digest")
    return records
