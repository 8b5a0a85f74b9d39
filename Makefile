# Two commands matter: `make run` starts the bot, `make test` runs the whole suite.
# Both create the virtual environment in .venv on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The PostgreSQL leg of the suite runs against this server when it answers (trust auth, database test).
LOCAL_POSTGRES := postgresql+asyncpg://postgres@127.0.0.1:5432/test

.PHONY: run test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot

test: $(STAMP)
	@if [ -z "$$TEST_POSTGRES_URL" ] && (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null; then \
		export TEST_POSTGRES_URL=$(LOCAL_POSTGRES); \
	fi; \
	echo "PostgreSQL leg: $${TEST_POSTGRES_URL:-skipped (no server)}"; \
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache
