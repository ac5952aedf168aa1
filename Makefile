# The two README commands: `make demo` and `make test`. Each sets itself up from scratch
# into the repo's own virtual environment (.venv), so they work on a machine with only
# Python 3.11, git and make. `make demo` installs the core only (about two minutes);
# `make test` installs every extra (llama-cpp-python builds from source when pip has no
# cached wheel: add about eight minutes on two cores).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ALL_EXTRAS ?= dev,local,ray,parquet
# llama-cpp-python builds from source when no wheel is cached. A native build uses every
# instruction the build machine reports (AMX on some VMs that do not enable it), and then
# crashes on the first token; a portable AVX2 build runs everywhere.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: demo test test-min install install-all browser lint format typecheck contracts clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip

# The core install: what `briefing demo` and the baseline backend need.
$(VENV)/.core: pyproject.toml Makefile | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Every extra: what the whole test suite needs.
$(VENV)/.all: pyproject.toml Makefile | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[$(ALL_EXTRAS)]'
	touch $@ $(VENV)/.core

install: $(VENV)/.core
install-all: $(VENV)/.all

demo: $(VENV)/.core
	$(BIN)/briefing demo

# Debian's chromium for the browser tests (Playwright's own browser download does not
# work here). Installs only when missing and when we are root; otherwise the browser
# tests skip with a reason (or fail under CI=true).
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "could not install chromium"; \
	fi

test: $(VENV)/.all browser lint typecheck
	$(BIN)/python -m pytest -q

# The dependency floors: a separate venv with every floor from .ci/floors.txt (pip
# constraints), then the whole suite but the [local] tests, so a floor in pyproject.toml
# is one the code really works with. About 4 minutes of installs plus the suite.
test-min: browser
	rm -rf .venv-min
	$(PYTHON) -m venv .venv-min
	.venv-min/bin/python -m pip install --quiet --upgrade pip
	.venv-min/bin/python -m pip install --quiet -c .ci/floors.txt -e '.[dev,ray,parquet]'
	.venv-min/bin/python -m pytest -q -m "not llamacpp"

lint: $(VENV)/.all
	$(BIN)/ruff check pipeline schemas evals prompts tests benchmarks
	$(BIN)/ruff format --check pipeline schemas evals prompts tests benchmarks

format: $(VENV)/.all
	$(BIN)/ruff format pipeline schemas evals prompts tests benchmarks
	$(BIN)/ruff check --fix pipeline schemas evals prompts tests benchmarks

# mypy resolves `newsbrief.*` from a tree of links that mirrors the installed package
# (the folders are mounted under one import name by setuptools' package-dir mapping).
typecheck: $(VENV)/.all
	rm -rf build/typecheck && mkdir -p build/typecheck/newsbrief
	for f in pipeline/*; do ln -s "$(CURDIR)/$$f" build/typecheck/newsbrief/; done
	for d in schemas evals prompts; do ln -s "$(CURDIR)/$$d" build/typecheck/newsbrief/$$d; done
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .venv-min runs build .pytest_cache .mypy_cache
