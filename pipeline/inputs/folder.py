"""A folder of article files (recursively): one article per .txt, .md or .html file.

Ids are the files' paths relative to the folder ('2024/03/flood.txt'), so the same
folder gives the same ids on every run and an interrupted run resumes where it stopped;
files are read in sorted path order for the same reason. Hidden files and folders
(a leading dot) are skipped, as are files of other kinds unless `--input-format` says
how to read them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsbrief.errors import InputError
from newsbrief.inputs.files import read_article_file
from newsbrief.inputs.kinds import ARTICLE_FILE_KINDS, SUFFIXES
from newsbrief.inputs.reader import InputProblem
from newsbrief.schemas import Article

__all__ = ["DEFAULT_GLOB", "folder_files", "read_folder"]

DEFAULT_GLOB = "**/*"


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def folder_files(
    root: Path, glob: str | None = None, kind: str | None = None
) -> list[tuple[str, Path, str]]:
    """(id, path, kind) of every article file under `root`, sorted by id."""
    if kind is not None and kind not in ARTICLE_FILE_KINDS:
        raise InputError(
            f"--input-format {kind} reads one file, not a folder; a folder holds "
            "one article per file (text or html)"
        )
    found: list[tuple[str, Path, str]] = []
    for path in root.glob(glob or DEFAULT_GLOB):
        relative = path.relative_to(root)
        if _hidden(relative) or not path.is_file():
            continue
        file_kind = kind or SUFFIXES.get(path.suffix.lower())
        if file_kind in ARTICLE_FILE_KINDS:
            found.append((relative.as_posix(), path, file_kind))
    if not found:
        raise InputError(
            f"{root}: no article files matched {glob or DEFAULT_GLOB!r} (.txt, .md, .html "
            "are read; choose others with --glob and say how with --input-format)"
        )
    found.sort(key=lambda item: item[0])
    return found


def read_folder(
    root: Path, glob: str | None = None, kind: str | None = None
) -> Iterator[tuple[int, Article | InputProblem]]:
    """(file number, Article or InputProblem): a file that cannot be read is one problem."""
    for number, (article_id, path, file_kind) in enumerate(folder_files(root, glob, kind), 1):
        try:
            yield number, read_article_file(path, file_kind, article_id)
        except InputError as exc:
            yield number, InputProblem(number, str(exc), article_id)
