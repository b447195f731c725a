# Two commands for a new user:  make run   |   make test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1

.PHONY: run test setup setup-dev index serve clean

## Set up, build the index from kb/content if missing, serve the page on KB_BIND (default 127.0.0.1:8000).
run: setup
	$(BIN)/python build_index.py --if-missing
	$(BIN)/gunicorn -c webapp/gunicorn.conf.py webapp.wsgi:app

## Set up (with test tools) and run the test suite.
test: setup-dev
	$(BIN)/python -m pytest

setup: $(VENV)/.installed
setup-dev: $(VENV)/.dev-installed

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

## Rebuild the index from kb/content (always).
index: setup
	$(BIN)/python build_index.py

## Serve without rebuilding.
serve: setup
	$(BIN)/gunicorn -c webapp/gunicorn.conf.py webapp.wsgi:app

clean:
	rm -rf $(VENV) kb/index/current kb/index/versions
