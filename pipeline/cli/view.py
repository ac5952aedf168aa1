"""`briefing view [RUNS_DIR]`: the browser workspace (see `newsbrief.workspace`)."""

from __future__ import annotations

import getpass
from pathlib import Path

import click

from newsbrief.cli.common import console_note, stdout
from newsbrief.workspace import serve
from newsbrief.workspace.security import is_loopback

__all__ = ["COMMANDS", "view_cmd"]


def _default_annotator() -> str:
    try:
        return getpass.getuser() or "annotator"
    except (KeyError, OSError):
        return "annotator"


@click.command("view")
@click.argument(
    "runs_dir",
    required=False,
    default=Path("runs"),
    type=click.Path(path_type=Path, file_okay=False),
)
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Reference gold JSONL: enables the metric table and gate of the compare page.",
)
@click.option(
    "--annotator",
    default=None,
    help="Your name: gold you save goes to LABELS_DIR/NAME.jsonl (default: your login).",
)
@click.option(
    "--labels-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of the per-annotator gold files (default: RUNS_DIR/gold).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Default: a free port.")
def view_cmd(
    runs_dir: Path,
    gold_path: Path | None,
    annotator: str | None,
    labels_dir: Path | None,
    host: str,
    port: int,
) -> None:
    """Browse runs, compare them and review briefings into gold, in your browser."""
    if not is_loopback(host):
        console_note(f"bound to {host}: anyone who can reach it needs the token in the URL below")

    def announce(url: str) -> None:
        stdout.print(f"briefing workspace on [bold]{url}[/] (Ctrl-C stops it)", soft_wrap=True)

    serve(
        runs_dir,
        annotator=annotator or _default_annotator(),
        gold=gold_path,
        labels_dir=labels_dir,
        host=host,
        port=port or None,
        announce=announce,
    )


COMMANDS: list[click.Command] = [view_cmd]
