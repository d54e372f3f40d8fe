# Two commands set everything up on a fresh clone: `make run` and `make test`.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
DEMO_PASSWORD ?=
PORT ?= 8000
export UV_PYTHON_DOWNLOADS := never

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check "uv>=0.5"

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

install: $(VENV)/.synced node_modules/.installed ## Install the locked Python and npm packages
	@$(MANAGE) compilemessages --ignore=.venv --ignore=.tools --ignore=node_modules -v0

run: install ## Migrate, load the demo, print the demo logins and serve http://127.0.0.1:8000/
	@LOG_LEVEL=WARNING $(MANAGE) migrate --noinput -v0
	@$(MANAGE) seed_demo $(if $(DEMO_PASSWORD),--password "$(DEMO_PASSWORD)")
	@echo "Open http://127.0.0.1:$(PORT)/ (the admin is at /admin/). Ctrl-C stops the server."
	@DJANGO_RUNSERVER_HIDE_WARNING=true $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install ## Run the whole test suite on every core (browser tests skip if Chromium is missing)
	$(BIN)/pytest -n auto --dist worksteal $(PYTEST_ARGS)

TEST_PACKAGES := chromium poppler-utils
test-packages: ## Install the Debian packages that the skipped tests need (Chromium, poppler)
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(TEST_PACKAGES); \
	elif sudo -n true 2>/dev/null; then \
	  sudo apt-get update -qq && sudo apt-get install -y -qq $(TEST_PACKAGES); \
	else echo "This needs root: sudo apt-get install $(TEST_PACKAGES)"; exit 1; fi

lint: install ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Re-extract translatable strings into locale/*/LC_MESSAGES/django.po
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=.tools --ignore=node_modules --ignore=vendor_locale --ignore=tests

worker: install ## Start a Celery worker (needs CELERY_BROKER_URL)
	$(BIN)/celery -A config worker --loglevel=info

beat: install ## Start Celery beat (needs CELERY_BROKER_URL)
	$(BIN)/celery -A config beat --loglevel=info

bench: install ## Run the benchmarks in bench/ (BENCH_SHORT=1: once each, few iterations)
	@set -e; for script in $$(grep -l '^if __name__ == "__main__":' bench/*.py); do \
	  echo "== $$script"; $(BIN)/python $$script; done

.PHONY: help install run test test-packages lint format messages worker beat bench
