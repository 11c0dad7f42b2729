# Vitaal — developer commands. Run `make` (or `make help`) for the list.
#
# Two commands do everything on a fresh Debian machine with python3, node/npm, make, git:
#   make run    install, migrate var/vitaal.db, build the app, load the demo, serve :8000
#   make test   install and run the whole suite (what .ci/run does in CI)
#
# Installs are only repeated when a lock file changed (stamp files), so reruns are quick.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
# Steps run one after the other, in the order written, even under `make -j`.
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules --no-print-directory

# --- tools -------------------------------------------------------------------------------
UV_VERSION := 0.13.9
TOOLS_DIR := .tools
BOOTSTRAP_UV := $(CURDIR)/$(TOOLS_DIR)/venv/bin/uv
# Use uv from PATH when there is one; otherwise bootstrap the pinned version into .tools/.
ifeq ($(origin UV),undefined)
UV := $(or $(shell command -v uv 2>/dev/null),$(BOOTSTRAP_UV))
endif
UV_DEP := $(filter $(BOOTSTRAP_UV),$(UV))

PY_VENV := backend/.venv
PY := $(PY_VENV)/bin/python
VITAAL := $(PY) -m vitaal
PY_STAMP := $(PY_VENV)/.vitaal-synced
NODE_STAMP := node_modules/.vitaal-installed
DIST_STAMP := frontend/dist/index.html

# Everything the front-end build reads (paths with spaces are not supported).
FRONTEND_SOURCES := $(shell find frontend \( -name node_modules -o -name dist -o -name '*.tsbuildinfo' \
	-o -name Dockerfile -o -name nginx.conf \) -prune -o -type f ! -name '* *' -print 2>/dev/null)

# Backend tests run from the repository root; tests/backend/pytest.ini configures pytest.
PYTEST := $(PY_VENV)/bin/pytest
PYTEST_ARGS ?=
VITAAL_TEST_POSTGRES_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test

# Test tools must never download browsers: the tests use Debian's /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PUPPETEER_SKIP_DOWNLOAD := 1
export npm_config_audit := false
export npm_config_fund := false
export npm_config_update_notifier := false

# Commands that run the app read .env (if present; the environment wins over it).
WITH_ENV := scripts/with-env.sh

# $(call step,text): a short heading before each step.
step = @printf '\n==> %s\n' '$(1)'

.PHONY: help install install-python install-node run dev serve migrate seed-demo build \
        test test-backend test-backend-sqlite test-backend-postgres test-frontend \
        test-frontend-unit e2e lint lint-python lint-frontend openapi openapi-check \
        ensure-postgres ensure-chromium format clean

help: ## list the targets
	@echo 'Vitaal — make targets (start with `make run` or `make test`):'
	@echo
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  %-22s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# --- installing ----------------------------------------------------------------------------
install: install-python install-node ## install the Python (uv) and Node (npm ci) dependencies

install-python: $(PY_STAMP)

install-node: $(NODE_STAMP)

$(BOOTSTRAP_UV):
	$(call step,install: uv $(UV_VERSION) into $(TOOLS_DIR)/venv)
	python3 -m venv $(TOOLS_DIR)/venv
	$(TOOLS_DIR)/venv/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(PY_STAMP): backend/pyproject.toml backend/uv.lock $(UV_DEP)
	$(call step,install: Python dependencies (uv sync into backend/.venv))
	$(UV) sync --project backend --locked
	@touch $@

$(NODE_STAMP): package.json package-lock.json frontend/package.json
	$(call step,install: Node dependencies (npm ci))
	npm ci
	@touch $@

backend/uv.lock package-lock.json:
	@echo "$@ is missing: it is part of the repository (create it with uv lock / npm install)" >&2
	@exit 1

# --- running -------------------------------------------------------------------------------
run: install migrate build seed-demo ## install, migrate, build the app, load the demo when empty, serve http://127.0.0.1:8000
	$(call step,serve: http://127.0.0.1:8000 (Ctrl-C stops))
	exec $(WITH_ENV) $(VITAAL) serve --host 127.0.0.1 --port 8000

serve: $(PY_STAMP) ## serve the API (and the built app when present) on :8000 without installing/building
	exec $(WITH_ENV) $(VITAAL) serve --host 127.0.0.1 --port 8000

dev: install migrate seed-demo ## API with --reload on :8000 plus the Vite dev server; Ctrl-C stops both
	$(call step,dev: API with reload + Vite dev server)
	exec $(WITH_ENV) scripts/dev.sh

migrate: $(PY_STAMP) ## migrate the database (default var/vitaal.db) to the newest version
	$(call step,migrate: database)
	@mkdir -p var
	$(WITH_ENV) $(VITAAL) migrate

seed-demo: migrate ## load the demo coalition when the database is empty (prints the demo login)
	$(call step,seed-demo: demo coalition)
	$(WITH_ENV) $(VITAAL) seed-demo

build: $(DIST_STAMP) ## build the front end into frontend/dist

$(DIST_STAMP): $(NODE_STAMP) $(FRONTEND_SOURCES) package-lock.json
	$(call step,build: front end (frontend/dist))
	npm run -w frontend build
	@touch $@

# --- checks ---------------------------------------------------------------------------------
test: install lint openapi-check test-backend-sqlite test-backend-postgres test-frontend-unit build e2e ## the whole suite: lint, contract, backend (SQLite + PostgreSQL), front end, e2e
	@printf '\n==> make test: everything passed\n'

lint: lint-python lint-frontend ## ruff, ruff format --check, mypy, TypeScript typecheck

# ruff runs from backend/ so that backend/pyproject.toml also applies to ../tests/backend.
lint-python: $(PY_STAMP)
	$(call step,lint: ruff check)
	cd backend && .venv/bin/ruff check . ../tests/backend
	$(call step,lint: ruff format --check)
	cd backend && .venv/bin/ruff format --check . ../tests/backend
	$(call step,lint: mypy)
	cd backend && .venv/bin/mypy

# The root `typecheck` script runs `npm run -w frontend typecheck` and also checks tests/e2e.
lint-frontend: $(NODE_STAMP)
	$(call step,lint: TypeScript typecheck (frontend and tests/e2e))
	npm run typecheck

openapi-check: $(PY_STAMP) $(NODE_STAMP) ## fail when openapi/openapi.json or frontend/src/client is stale
	$(call step,contract: openapi/openapi.json and the generated client are up to date)
	scripts/check-openapi.sh

test-backend: test-backend-sqlite test-backend-postgres ## backend tests on SQLite, then on PostgreSQL

test-backend-sqlite: $(PY_STAMP)
	$(call step,backend tests on SQLite)
	VITAAL_TEST_DB=sqlite $(PYTEST) tests/backend $(PYTEST_ARGS)

test-backend-postgres: $(PY_STAMP) ensure-postgres
	$(call step,backend tests on PostgreSQL)
	VITAAL_TEST_DB=postgres VITAAL_TEST_POSTGRES_URL='$(VITAAL_TEST_POSTGRES_URL)' \
		$(PYTEST) tests/backend $(PYTEST_ARGS)

ensure-postgres:
	$(call step,PostgreSQL on 127.0.0.1:5432)
	scripts/ensure-postgres.sh

test-frontend: lint-frontend test-frontend-unit ## front-end typecheck and unit tests (Vitest)

test-frontend-unit: $(NODE_STAMP)
	$(call step,front-end unit tests (Vitest))
	npm run -w frontend test

e2e: $(PY_STAMP) $(NODE_STAMP) build ensure-chromium ## end-to-end tests (Playwright + Debian Chromium) against a fresh database
	$(call step,end-to-end tests (Playwright))
	npm run e2e

ensure-chromium:
	$(call step,Chromium at /usr/bin/chromium)
	scripts/ensure-chromium.sh

# --- maintenance ----------------------------------------------------------------------------
openapi: $(PY_STAMP) $(NODE_STAMP) ## write openapi/openapi.json and regenerate frontend/src/client
	$(call step,openapi: export openapi/openapi.json)
	@mkdir -p openapi
	$(VITAAL) openapi > openapi/openapi.json.tmp
	mv openapi/openapi.json.tmp openapi/openapi.json
	$(call step,openapi: generate frontend/src/client)
	npm run -w frontend generate-client

format: $(PY_STAMP) $(NODE_STAMP) ## fix imports and format the Python code (and the front end if it has a format script)
	$(call step,format: ruff)
	cd backend && .venv/bin/ruff check --fix-only . ../tests/backend
	cd backend && .venv/bin/ruff format . ../tests/backend
	npm run -w frontend --if-present format

clean: ## remove installed dependencies, builds, caches and test output (keeps var/vitaal.db)
	rm -rf $(TOOLS_DIR) $(PY_VENV) node_modules frontend/node_modules frontend/dist \
		var/e2e-* var/playwright test-results playwright-report \
		.pytest_cache .mypy_cache .ruff_cache backend/.pytest_cache backend/.mypy_cache backend/.ruff_cache
	find backend tests -name __pycache__ -type d -prune -exec rm -rf {} +
