# Minutebook — the README's commands. Every target sets itself up (virtualenv + pinned install).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: demo test lint bench bench-quick docs setup clean audit

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Minutebook needs Python 3.11 ($(PYTHON)) on PATH"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.0.1"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/minutebook demo

test: $(STAMP)
	$(BIN)/python -m pytest -q tests

lint: $(STAMP)
	$(BIN)/ruff check minutebook flows tests bench
	$(BIN)/ruff format --check minutebook flows tests bench
	$(BIN)/lint-imports
	$(BIN)/sqlfluff lint dbt/models

# pip-audit needs a vulnerability service (PyPI JSON API or OSV); where none is reachable it
# says so and the offline floors in tests/unit/test_dependencies.py still hold.
audit: $(STAMP)
	-timeout 120 $(BIN)/pip-audit -r constraints.txt --no-deps --disable-pip --progress-spinner off 2>&1 | tail -n 25

bench: $(STAMP)
	$(BIN)/python -m bench

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick

docs: $(STAMP)
	$(BIN)/minutebook docs

clean:
	rm -rf $(VENV) dbt/target dbt/logs .prefect
