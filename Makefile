# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint lock bench model demo clean-venv

$(BIN)/.runtime-stamp: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.dev-stamp: requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(BIN)/.runtime-stamp $@

run: $(BIN)/.runtime-stamp
	$(BIN)/onward serve

# The whole suite on SQLite; then, when ONWARD_TEST_DATABASE_URL is set, everything but the
# browser and IMAP tests again on PostgreSQL (.ci/run sets it and requires it).
test: $(BIN)/.dev-stamp
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	@if [ -n "$$ONWARD_TEST_DATABASE_URL" ]; then \
	  echo "== the suite again on PostgreSQL =="; \
	  ONWARD_TEST_DB=postgres $(BIN)/python -m pytest -m "not e2e and not imap" $(PYTEST_ARGS); \
	elif [ "$$ONWARD_REQUIRE_POSTGRES" = "1" ]; then \
	  echo "ONWARD_REQUIRE_POSTGRES=1 but ONWARD_TEST_DATABASE_URL is not set" >&2; exit 1; \
	fi

lint: $(BIN)/.dev-stamp
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

# Rebuild the mail classifier's word model from corpus/mail/dev* (deterministic).
model: $(BIN)/.dev-stamp
	$(BIN)/python -m onward.mail.train

bench: $(BIN)/.dev-stamp
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

# Regenerate the hash-pinned lock files (needs uv: `pip install uv`).
lock:
	uv pip compile pyproject.toml --python-version 3.11 --extra pdf --group build --generate-hashes --no-header -q -o requirements.lock
	uv pip compile pyproject.toml --python-version 3.11 --extra postgres --extra pdf --group dev --generate-hashes --no-header -q -o requirements-dev.lock
