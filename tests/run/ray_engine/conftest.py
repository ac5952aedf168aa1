"""Fixtures for the Ray engine tests (pytest marker `ray`).

They need the [ray] extra. Without it they skip with the reason on a laptop, but fail
under CI=true, where the extra is installed and a missing one means a broken
environment. One local Ray instance (2 CPUs, no dashboard) serves the whole session and
is shut down at the end; each test starts its own fake OpenAI server on 127.0.0.1.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.support.fake_openai import FakeOpenAIServer


def _ray_missing_message() -> str | None:
    for module in ("ray", "ray.data"):
        try:
            if importlib.util.find_spec(module) is None:
                raise ImportError(module)
        except ImportError:
            return (
                f"the [ray] extra is not installed (no module {module!r}): pip install -e '.[ray]'"
            )
    return None


@pytest.fixture(scope="session")
def ray_extra() -> None:
    """Fail (CI) or skip (elsewhere) when the [ray] extra is not installed."""
    message = _ray_missing_message()
    if message is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def ray_instance(ray_extra: None) -> Iterator[ModuleType]:
    """A private local Ray (2 CPUs, no dashboard) for the session, shut down at the end."""
    import ray

    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
    )
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.fixture
def fake_server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server
