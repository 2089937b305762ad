# akhbar: every target sets itself up (a .venv with pinned dependencies) first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
export DAGSTER_HOME ?= $(CURDIR)/.dagster
export AKHBAR_ARTICLES_DIR ?= $(CURDIR)/seeds
export AKHBAR_WAREHOUSE ?= $(CURDIR)/warehouse.duckdb
export DBT_PROFILES_DIR := $(CURDIR)/dbt
# dagster-dbt (prepare_if_dev under `dagster dev`) looks for `dbt` on PATH.
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup run test dev sql docs lint lock clean eval-statements eval-quantities conformance bench-extractors bench profile

setup: $(VENV)/.installed

# uv installs the lock in seconds; --compile-bytecode matters (STACK.md: ~15 s per
# Dagster run otherwise). The project itself is installed editable, without deps.
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

# dagster-dbt needs dbt's manifest before Dagster can load the dbt assets.
dbt/target/manifest.json: $(VENV)/.installed $(shell find dbt/models dbt/seeds dbt/tests dbt/macros -type f 2>/dev/null) dbt/dbt_project.yml
	cd dbt && ../$(BIN)/dbt parse --quiet
	touch $@

run: $(VENV)/.installed dbt/target/manifest.json
	$(BIN)/python -m orchestration.run

test: $(VENV)/.installed dbt/target/manifest.json
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

dev: $(VENV)/.installed dbt/target/manifest.json
	mkdir -p "$(DAGSTER_HOME)" && touch "$(DAGSTER_HOME)/dagster.yaml"
	$(BIN)/dagster dev -m orchestration.definitions --host $${AKHBAR_UI_HOST:-127.0.0.1} --port $${AKHBAR_UI_PORT:-3000}

# A read-only SQL shell on the published snapshot (never blocks a run). Run `make run` first.
sql: $(VENV)/.installed
	$(BIN)/duckdb -readonly "$${AKHBAR_SNAPSHOT:-$(CURDIR)/warehouse.snapshot.duckdb}"

# dbt's documentation site (every model and column described) on http://127.0.0.1:8080.
docs: $(VENV)/.installed dbt/target/manifest.json
	cd dbt && ../$(BIN)/dbt docs generate --quiet
	cd dbt && ../$(BIN)/dbt docs serve --host $${AKHBAR_DOCS_HOST:-127.0.0.1} --port $${AKHBAR_DOCS_PORT:-8080} --no-browser

# Extraction quality: statements on the labelled gold sets (tests/gold/), dates and numbers on
# the external conformance cases (../shared/conformance). Both print their figures.
eval-statements: $(VENV)/.installed
	$(BIN)/python benchmarks/statements_eval.py $(EVAL_ARGS)

eval-quantities: $(VENV)/.installed
	$(BIN)/python benchmarks/quantities_eval.py $(EVAL_ARGS)

bench-extractors: $(VENV)/.installed
	$(BIN)/python benchmarks/extractors_bench.py

# Scale: generated corpora of 1,000 and 10,000 files (BENCH_N="1000 10000 100000" for more):
# parse throughput on one and all cores, files -> marts, +100 files incrementally, peak RSS,
# dateparser as reference. Prints a table and a RESULT line. Work files in .bench/ (removed after).
bench: $(VENV)/.installed dbt/target/manifest.json
	$(BIN)/python benchmarks/scale_bench.py $(BENCH_ARGS)

# Where the parse step spends its time (pyinstrument), on the seeds or PROFILE_ARGS="--folder DIR".
profile: $(VENV)/.installed
	$(BIN)/python benchmarks/profile_parse.py --profile $(PROFILE_ARGS)

conformance: $(VENV)/.installed
	$(BIN)/python benchmarks/conformance.py --out-of-scope

lint: $(VENV)/.installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

# Re-resolve the pinned lock from pyproject.toml's ranges.
lock: $(VENV)/.installed
	$(BIN)/uv pip compile pyproject.toml --extra dev -o requirements.lock --python-version 3.11 --quiet

clean:
	rm -rf $(VENV) dbt/target dbt/logs .dagster .pytest_cache exports reports test-artifacts .bench
