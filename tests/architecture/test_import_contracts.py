"""The import contract: dependencies flow one way, by stage.

Layers, highest first; a module may import its own stage and any lower layer, never a
higher one. Stages in one layer are independent of each other. `errors` and `version`
(root modules) are importable from every stage but `schemas`. The evals harness may read
run files (`newsbrief.run.rundir`), read JSON Lines through the one guarded reader
(`newsbrief.inputs.jsonl`, `newsbrief.inputs.lines`) and use the text layer, but never imports backends,
the step or the engines; only the top layer knows both the pipeline and the evals.
"""

from __future__ import annotations

import pytest

from .imports import imports_of, project_modules, stage_of

LAYERS: list[set[str]] = [
    {"cli", "workspace", "api", "console", "__root__"},
    {"notes"},
    {"run"},
    {"step"},
    {"judge"},
    {"backends"},
    {"answers"},
    {"grounding"},
    {"prompting", "inputs"},
    {"text"},
    {"errors", "version", "redact", "exit_codes"},
    {"prompts"},
    {"schemas"},
]
EVALS_MAY_IMPORT = {"evals", "schemas", "text", "errors", "version", "redact", "exit_codes"}
EVALS_MAY_IMPORT_MODULES = {
    "newsbrief.run.rundir",
    "newsbrief.inputs.jsonl",
    "newsbrief.inputs.lines",
}
RANK = {stage: rank for rank, layer in enumerate(LAYERS) for stage in layer}


def _edges() -> list[tuple[str, str]]:
    return [(module, target) for module, path in project_modules() for target in imports_of(path)]


def test_every_stage_has_a_layer() -> None:
    stages = {stage_of(module) for module, _ in project_modules()} - {"evals"}
    assert stages <= set(RANK), f"add these stages to LAYERS: {sorted(stages - set(RANK))}"


def test_no_import_runs_back_up() -> None:
    violations = []
    for module, target in _edges():
        source, dest = stage_of(module), stage_of(target)
        if (
            source == dest
            or "evals" in (source, dest)
            or (dest == "__root__" and target == "newsbrief")
        ):
            continue
        if RANK[dest] < RANK[source] or (
            RANK[dest] == RANK[source] and source != dest and source not in LAYERS[0]
        ):
            violations.append(f"{module} imports {target}")
    assert not violations, "imports against the layer order:\n" + "\n".join(violations)


def test_evals_never_imports_the_runtime() -> None:
    violations = [
        f"{module} imports {target}"
        for module, target in _edges()
        if stage_of(module) == "evals"
        and stage_of(target) not in EVALS_MAY_IMPORT
        and not any(target == m or target.startswith(m + ".") for m in EVALS_MAY_IMPORT_MODULES)
    ]
    assert not violations, "\n".join(violations)


def test_only_the_top_layer_imports_evals() -> None:
    violations = [
        f"{module} imports {target}"
        for module, target in _edges()
        if stage_of(target) == "evals" and stage_of(module) not in LAYERS[0] | {"evals"}
    ]
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize(
    ("module", "target"),
    [
        ("newsbrief.run.window", "newsbrief.step.brief"),  # pipeline/ mounted as the root
        ("newsbrief.evals.scoring", "newsbrief.schemas"),  # evals/ and schemas/ mounted
        ("newsbrief.prompting.spec", "newsbrief.prompts"),  # prompts/ mounted
    ],
)
def test_checker_reads_every_mount(module: str, target: str) -> None:
    """Guards the checker itself: a mount it could not read would pass vacuously."""
    assert any(m == module and (t == target or t.startswith(target + ".")) for m, t in _edges())
