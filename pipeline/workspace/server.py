"""Running the workspace: pick a free port, print the URL (with its token when needed),
serve with uvicorn until Ctrl-C."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import uvicorn

from newsbrief.workspace.app import create_app

__all__ = ["free_port", "serve", "workspace_url"]


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def workspace_url(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    if host in ("0.0.0.0", "::"):
        shown = socket.gethostname()
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def serve(
    runs_dir: Path,
    *,
    annotator: str,
    gold: Path | None = None,
    labels_dir: Path | None = None,
    host: str = "127.0.0.1",
    port: int | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    app, ws = create_app(runs_dir, annotator=annotator, gold=gold, labels_dir=labels_dir, host=host)
    port = port or free_port(host)
    announce(workspace_url(host, port, ws.guard.url_token))
    uvicorn.run(app, host=host, port=port, log_level="warning")
