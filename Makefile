# Two commands: `make run` (dashboard on demo data) and `make test` (everything CI checks).
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-deps
DEV_STAMP := $(VENV)/.dev-deps
PORT ?= 8501
# The analysis, compiled to C with mypyc where a C compiler is present (about twice as fast);
# without one it runs as plain Python. Protocol classes and optional parts stay Python.
ANALYSIS := $(filter-out %/__init__.py %/evaluate.py %/transformers_scorer.py %/sentiment/base.py,\
	$(wildcard feedback/analyze/*.py feedback/analyze/sentiment/*.py))
COMPILED_STAMP := $(VENV)/.analysis-compiled
# The days where calendars break: first and last day of a month, New Year's Eve, a leap day.
# `make test` runs the date-sensitive tests (marker "clock", tests/clock.py) again on each.
CLOCK_DAYS ?= 2026-12-01 2026-11-30 2026-12-31 2028-02-29

.PHONY: run test setup db check lint types unit dates bench clean uncompile model model-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt requirements-build.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(RUN_STAMP)

$(COMPILED_STAMP): $(ANALYSIS) requirements-build.txt pyproject.toml | $(RUN_STAMP)
	$(BIN)/pip install --quiet -r requirements-build.txt
	@echo "compiling the analysis with mypyc (about a minute) ..."
	@# mypyc leaves a module's small loader file as it was when only the shared library
	@# changed: touched, so the staleness test sees the build that was just made.
	@$(BIN)/mypyc $(ANALYSIS) > $(VENV)/mypyc.log 2>&1 \
		&& find feedback/analyze -name '*.so' -exec touch {} + \
		|| { $(MAKE) --no-print-directory uncompile; \
		     echo "note: could not compile (no C compiler?); the analysis runs as plain Python. See $(VENV)/mypyc.log"; }
	touch $@

uncompile:
	rm -rf build *__mypyc.*.so feedback/analyze/*.so feedback/analyze/sentiment/*.so $(COMPILED_STAMP)

setup: $(RUN_STAMP) $(COMPILED_STAMP)

db: setup
	$(BIN)/python -m feedback migrate
	$(BIN)/python -m feedback demo --if-empty

# Bound to 127.0.0.1: only this machine reaches the dashboard; a team reaches it through a
# reverse proxy with TLS (README, "Serving a team").
run: db
	$(BIN)/streamlit run dashboard.py --server.address 127.0.0.1 --server.port $(PORT) \
		--browser.gatherUsageStats false

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(DEV_STAMP)
	$(BIN)/mypy

unit: $(DEV_STAMP) $(COMPILED_STAMP)
	$(BIN)/pytest -n 2 --dist loadgroup

dates: $(DEV_STAMP) $(COMPILED_STAMP)
	for day in $(CLOCK_DAYS); do \
		echo "date-sensitive tests on $$day"; \
		FEEDBACK_TEST_TODAY=$$day $(BIN)/pytest -n 2 --dist loadgroup -q -m clock || exit 1; \
	done

test: lint types unit dates

check: test

bench: $(DEV_STAMP) $(COMPILED_STAMP)
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

# The sentiment model (feedback/analyze/sentiment/model_de_en.json.gz) from data/external/
# (docs/data.md says where the files come from); needs scikit-learn, fetches nothing.
model: $(RUN_STAMP)
	$(BIN)/pip install --quiet -r requirements-train.txt
	$(BIN)/python -m feedback.train

# Retrain into a temporary folder: do the shipped files come out byte for byte the same?
model-check: $(RUN_STAMP)
	$(BIN)/pip install --quiet -r requirements-train.txt
	$(BIN)/python -m feedback.train --check

clean: uncompile
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
