# Two commands: `make run` (set up, load the seeds, serve) and `make test` (lint + checks + tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format migrate load serve bench bench-api bench-load clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

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

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

bench-api: load
	$(BIN)/python benchmarks/bench_api.py

bench-load: install
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
