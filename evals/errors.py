"""Named errors of the evals package.

`evals` may import `schemas` only, so these do not derive from `newsbrief.errors`; the CLI
wraps them into `BriefingError`s so users still get one clear line instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

__all__ = ["Giveme5W1HFormatError", "GoldFileError", "Problem", "Severity"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One problem in a gold file: 1-based line (0 = the file as a whole), dotted field
    path inside the record ("" = the whole line), a message that says what to fix."""

    line: int
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        field = f" {self.field}" if self.field else ""
        return f"{where}{field}: {self.message}"


class GoldFileError(Exception):
    """A gold JSONL file cannot be loaded; `problems` lists every error found."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        first = str(problems[0]) if problems else "unknown problem"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            f"gold file {self.path} is invalid: {first}{more}; "
            f"run `briefing gold validate {self.path}` to list every problem"
        )


class Giveme5W1HFormatError(Exception):
    """A Giveme5W1H source file is not in the expected per-article JSON format."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: {message}")
