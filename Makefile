# The two README commands: `make demo` and `make test`. Each sets itself up from scratch
# into the repo's own virtual environment (.venv), so they work on a machine with only
# Python 3.11, git and make. `make demo` installs the core only (about two minutes);
# `make test` installs every extra (llama-cpp-python builds from source when pip has no
# cached wheel: add about eight minutes on two cores).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ALL_EXTRAS ?= dev,docs,local,ray,parquet
# llama-cpp-python builds from source when no wheel is cached. A native build uses every
# instruction the build machine reports (AMX on some VMs that do not enable it), and then
# crashes on the first token; a portable AVX2 build runs everywhere.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: help demo test test-min install install-all browser lint format typecheck docs clean

help: ## List the targets with what each does
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip

# The core install: what `briefing demo` and the baseline backend need.
$(VENV)/.core: pyproject.toml Makefile | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The development tools only (ruff, mypy, pytest): what lint, format and typecheck need,
# without the slow extras (the llama.cpp build).
$(VENV)/.dev: pyproject.toml Makefile | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.core

# mkdocs and the material theme: what `make docs` needs.
$(VENV)/.docs: pyproject.toml Makefile | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	touch $@ $(VENV)/.core

# Every extra: what the whole test suite needs.
$(VENV)/.all: pyproject.toml Makefile | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[$(ALL_EXTRAS)]'
	touch $@ $(VENV)/.core $(VENV)/.dev $(VENV)/.docs

install: $(VENV)/.core ## The core into .venv (what the demo and the baseline need)
install-all: $(VENV)/.all ## Every extra into .venv (ALL_EXTRAS=... to choose)

demo: $(VENV)/.core ## Brief, score and report the five seed articles; prints the next commands
	$(BIN)/briefing demo

# Debian's chromium for the browser tests (Playwright's own browser download does not
# work here). Installs only when missing and when we are root; otherwise the browser
# tests skip with a reason (or fail under CI=true).
browser: ## Debian's chromium for the browser tests (when root and missing)
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "could not install chromium"; \
	fi

test: $(VENV)/.all browser lint typecheck docs ## Lint, typecheck, the docs site, then the whole suite
	$(BIN)/python -m pytest -q

# The dependency floors: a separate venv with every floor from .ci/floors.txt (pip
# constraints), then the whole suite but the [local] tests, so a floor in pyproject.toml
# is one the code really works with. About 4 minutes of installs plus the suite.
test-min: browser ## The suite with every dependency at its floor (.ci/floors.txt)
	rm -rf .venv-min
	$(PYTHON) -m venv .venv-min
	.venv-min/bin/python -m pip install --quiet --upgrade pip
	.venv-min/bin/python -m pip install --quiet -c .ci/floors.txt -e '.[dev,docs,ray,parquet]'
	.venv-min/bin/python -m pytest -q -m "not llamacpp"

lint: $(VENV)/.dev ## ruff check and ruff format --check
	$(BIN)/ruff check pipeline schemas evals prompts tests benchmarks
	$(BIN)/ruff format --check pipeline schemas evals prompts tests benchmarks

format: $(VENV)/.dev ## ruff format and ruff check --fix
	$(BIN)/ruff format pipeline schemas evals prompts tests benchmarks
	$(BIN)/ruff check --fix pipeline schemas evals prompts tests benchmarks

# mypy resolves `newsbrief.*` from a tree of links that mirrors the installed package
# (the folders are mounted under one import name by setuptools' package-dir mapping).
typecheck: $(VENV)/.dev ## mypy over the installed package's tree
	rm -rf build/typecheck && mkdir -p build/typecheck/newsbrief
	for f in pipeline/*; do ln -s "$(CURDIR)/$$f" build/typecheck/newsbrief/; done
	for d in schemas evals prompts; do ln -s "$(CURDIR)/$$d" build/typecheck/newsbrief/$$d; done
	$(BIN)/mypy

# The documentation site (docs/, configured in .ci/mkdocs.yml) into build/site; --strict
# makes every warning (a broken link or anchor, a page missing from the nav) an error.
docs: $(VENV)/.docs ## Build the documentation site into build/site (warnings are errors)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file .ci/mkdocs.yml

clean: ## Remove .venv, .venv-min, runs and build outputs
	rm -rf $(VENV) .venv-min runs build .pytest_cache .mypy_cache
