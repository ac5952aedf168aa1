# The two README commands: `make demo` and `make test`. Each sets itself up from scratch
# into the repo's own virtual environment (.venv), so they work on a machine with only
# Python 3.11, git and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= dev,local,ray
# llama-cpp-python builds from source when no wheel is cached. A native build uses every
# instruction the build machine reports (AMX on some VMs that do not enable it), and then
# crashes on the first token; a portable AVX2 build runs everywhere.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: demo test install browser lint typecheck clean

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/briefing demo

# Debian's chromium for the browser tests (Playwright's own browser download does not
# work here). Installs only when missing and when we are root; otherwise the browser
# tests skip with a reason (or fail under CI=true).
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "could not install chromium"; \
	fi

test: $(STAMP) browser lint typecheck
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check schemas pipeline evals tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

clean:
	rm -rf $(VENV) runs .pytest_cache
