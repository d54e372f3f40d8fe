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
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

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
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) seed_demo $(if $(DEMO_PASSWORD),--password "$(DEMO_PASSWORD)")
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install ## Run the whole test suite on every core (browser tests skip if Chromium is missing)
	$(BIN)/pytest -n auto --dist worksteal $(PYTEST_ARGS)

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

bench: install ## Run the benchmarks in bench/
	@for script in bench/*.py; do $(BIN)/python $$script; done

.PHONY: help install run test lint format messages worker beat bench
