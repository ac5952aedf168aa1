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

__all__ = ["DEFAULT_GLOB", "folder_files", "printable_id", "read_folder", "read_folder_file"]

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
        yield number, read_folder_file(article_id, path, file_kind, number)


def read_folder_file(
    article_id: str, path: Path, kind: str, number: int = 0
) -> Article | InputProblem:
    """One file of a folder as its article, or the problem that stops it being one.

    A name that is not UTF-8 (Latin-1 bytes from an old archive) cannot be an id: every
    record and file the run writes is UTF-8. It becomes a problem naming the file as
    `\\xNN` escapes, instead of a traceback that stopped the whole folder.
    """
    shown = printable_id(article_id)
    if shown != article_id:
        return InputProblem(
            number,
            f"{shown}: the file name is not UTF-8, so it cannot be an article id; rename "
            "the file (e.g. `convmv -f latin1 -t utf8 --notest FILE`)",
            shown,
        )
    try:
        return read_article_file(path, kind, article_id)
    except InputError as exc:
        return InputProblem(number, str(exc), article_id)


def printable_id(name: str) -> str:
    """`name` with each undecodable byte of a file name (a surrogate escape) as `\\xNN`."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
