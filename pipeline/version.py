"""The one version string of the code: `briefing --version`, every manifest's
`code_version` and the workspace header all show it.

It is the distribution's version (`newsbrief`, as pip reports it), plus `+g<commit>`
when the package runs from a git checkout of this project, so runs made from unreleased
code say which commit made them.
"""

from __future__ import annotations

import subprocess
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "newsbrief"


@lru_cache(maxsize=1)
def code_version() -> str:
    try:
        base = version(DISTRIBUTION)
    except PackageNotFoundError:
        base = "0+unknown"
    package = Path(__file__).resolve().parent
    if not (package.parent / "pyproject.toml").is_file():
        return base  # installed from a wheel: no checkout, whatever git repo it sits in
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=package,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return f"{base}+g{commit}" if commit else base
