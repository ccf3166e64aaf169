# Two commands on a fresh machine: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SOURCES := src tests bench scripts

.PHONY: demo test lint system-deps bench clean install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@bash scripts/demo.sh

# Chromium, Dovecot and PostgreSQL: installed with apt-get when root, else one line says how.
system-deps:
	@bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest -n 2 -q --cov --cov-report=term

bench: $(STAMP)
	$(BIN)/python bench/bench_plan.py
	$(BIN)/python bench/bench_due.py
	$(BIN)/python bench/bench_ads.py
	$(BIN)/python bench/bench_web.py
	$(BIN)/python bench/bench_inbox.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.*
