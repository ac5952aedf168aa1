"""Every command of the README's "First five minutes" runs as printed.

The commands are read from the README itself (each ```bash block of that section, one
command a line, the trailing comment dropped) and run in order, as a new user would,
with the real `briefing` console script in a fresh folder that holds the checkout's
`examples/` and `evals/`: the baseline backend where no model is named, and the local
OpenAI-compatible test server (chat and Batch API) where one is. A README edit that
breaks a command, or a command that stops working, fails here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.support.fake_batch import FakeBatchServer

README = REPO / "README.md"
SECTION = "## First five minutes"


def first_five_minutes(text: str) -> dict[str, list[str]]:
    """The commands of each `### ` subsection of the section, in order."""
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    section = text[start : end if end != -1 else None]
    commands: dict[str, list[str]] = {}
    heading = ""
    for block_heading, block in _bash_blocks(section):
        heading = block_heading or heading
        for line in block.splitlines():
            command = re.sub(r"\s+#\s.*$", "", line).strip()
            if command:
                commands.setdefault(heading, []).append(command)
    return commands


def _bash_blocks(section: str) -> Iterator[tuple[str, str]]:
    heading = ""
    for part in re.split(r"(^### .*$)", section, flags=re.M):
        if part.startswith("### "):
            heading = part[4:].strip()
            continue
        for block in re.findall(r"^```bash\n(.*?)^```", part, flags=re.M | re.S):
            yield heading, block


COMMANDS = first_five_minutes(README.read_text(encoding="utf-8"))


def test_the_readme_is_a_front_door() -> None:
    """Under ~300 lines, with a first five minutes for each of the three users."""
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines <= 300, f"README.md has {lines} lines"
    headings = list(COMMANDS)
    assert len(headings) == 3, headings
    assert [h.split(":")[0] for h in headings] == [
        "An analyst",
        "An evaluation team",
        "A batch job",
    ]
    assert all(COMMANDS[h] for h in headings)


def test_readme_links_to_pages_that_exist() -> None:
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(((?:docs/)[^)#]+)", text)
    assert targets, "the README links to no docs page"
    missing = [t for t in targets if not (REPO / t).is_file()]
    assert not missing, missing


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A fresh folder as a new user's shell sees it: the checkout's examples and gold."""
    work = tmp_path / "work"
    work.mkdir()
    for name in ("examples", "evals"):
        (work / name).symlink_to(REPO / name, target_is_directory=True)
    return work


@pytest.fixture
def shell_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of a shell with .venv active, a model endpoint at the test server."""
    with FakeBatchServer() as server:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("OPENAI_", "BRIEFING_")) and k != "VIRTUAL_ENV"
        }
        env.update(
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY="sk-test-readme",
            BRIEFING_CACHE_DIR=str(tmp_path / "cache"),
            BRIEFING_BATCH_POLL="0.05",
            NO_COLOR="1",
        )
        yield env


def run_all(commands: list[str], cwd: Path, env: dict[str, str]) -> list[str]:
    """Run each command as printed with bash; every one must exit 0. Returns the outputs."""
    outputs = []
    for command in commands:
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        output = done.stdout + done.stderr
        assert done.returncode == 0, f"{command!r} exited {done.returncode}:\n{output}"
        outputs.append(output)
    return outputs


@pytest.mark.slow
def test_analyst_commands_run_as_printed(workdir: Path, shell_env: dict[str, str]) -> None:
    commands = COMMANDS["An analyst: one article as a briefing note"]
    outputs = run_all(commands, workdir, shell_env)
    assert "Coastal towns" in outputs[0]  # the Markdown note on the terminal
    page = (workdir / "note.html").read_text(encoding="utf-8")
    assert "Rail link between Aldmoor and Fenwick" in page
    assert (workdir / "note.docx").stat().st_size > 0
    assert (workdir / "seed.md").read_text(encoding="utf-8").startswith("#")


@pytest.mark.slow
def test_evaluation_team_commands_run_as_printed(workdir: Path, shell_env: dict[str, str]) -> None:
    commands = COMMANDS["An evaluation team: is prompt B better than prompt A?"]
    outputs = run_all(commands, workdir, shell_env)
    assert "overall" in outputs[2]
    assert (workdir / "report.html").stat().st_size > 0
    assert "no regression" in outputs[4]


@pytest.mark.slow
def test_batch_commands_run_as_printed(workdir: Path, shell_env: dict[str, str]) -> None:
    commands = COMMANDS["A batch job: an archive, resumed, or through the Batch API"]
    run_all(commands, workdir, shell_env)
    manifest = json.loads((workdir / "runs/archive/manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "finished"
    ids = [
        json.loads(line)["id"]
        for line in (workdir / "runs/archive/briefings.jsonl").read_text().splitlines()
    ]
    assert len(ids) == len(set(ids)) == 60  # 20, then the other 40, each once
    batch = json.loads((workdir / "runs/batch/manifest.json").read_text(encoding="utf-8"))
    assert batch["counts"]["ok"] + batch["counts"].get("partial", 0) == 5
