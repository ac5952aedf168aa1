"""A local port nothing listens on: bound to learn a free number, then released. A
client sent there meets a closed port (connection refused); a server started there
(a Ray node) finds it free."""

from __future__ import annotations

import socket

__all__ = ["unused_port"]


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
