# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench postgres clean schema

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/nudgebird run

lint: $(STAMP)
	$(BIN)/ruff check bot handlers prompts tests benchmarks
	$(BIN)/mypy bot handlers

# PostgreSQL backs the multi-process tests; start it where it is installed but stopped.
postgres:
	@if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start; \
	fi

test: $(STAMP) lint postgres
	$(BIN)/pytest -q

bench: $(STAMP) postgres
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) *.egg-info .mypy_cache .ruff_cache .pytest_cache

# Until the first release, the whole schema is one migration generated from the models.
schema: $(STAMP)
	rm -f bot/migrations/versions/0001_initial_schema.py /tmp/nudgebird-schema.db
	$(BIN)/python -c "from alembic import command; from bot.storage.db import alembic_config; \
	command.revision(alembic_config('sqlite+aiosqlite:////tmp/nudgebird-schema.db'), \
	message='initial schema', autogenerate=True, rev_id='0001')"
	$(BIN)/ruff format -q bot/migrations/versions && $(BIN)/ruff check --fix -q bot/migrations/versions
