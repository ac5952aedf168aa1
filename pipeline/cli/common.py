"""Shared CLI helpers: the consoles and common options."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

stdout = Console()
stderr = Console(stderr=True)


def console_error(message: str) -> None:
    stderr.print(f"[bold red]error:[/] {escape(message)}", highlight=False)


def console_note(message: str) -> None:
    stderr.print(f"[dim]{escape(message)}[/]", highlight=False)
