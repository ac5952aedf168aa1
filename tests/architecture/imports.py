"""The project's modules and what each imports, read from the source with `ast`.

The folders are mounted under one import name (`pipeline/` is `newsbrief`, the other
folders its subpackages), so a module's name comes from this table, not from its path.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MOUNTS = {
    "pipeline": "newsbrief",
    "schemas": "newsbrief.schemas",
    "evals": "newsbrief.evals",
    "prompts": "newsbrief.prompts",
}


def module_name(path: Path) -> str:
    relative = path.relative_to(REPO)
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([MOUNTS[parts[0]], *parts[1:]])


def project_modules() -> Iterator[tuple[str, Path]]:
    for folder in MOUNTS:
        for path in sorted((REPO / folder).rglob("*.py")):
            yield module_name(path), path


def imports_of(path: Path) -> set[str]:
    """Every `newsbrief...` module a file imports, at any depth (lazy imports count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name == "newsbrief" or name.startswith("newsbrief.")}


def stage_of(module: str) -> str:
    """`newsbrief.run.window` -> `run`; the root's own modules are their own stage."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__root__"
