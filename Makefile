# Two commands for a new user:  make run   |   make test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1

.PHONY: run test setup setup-dev setup-browser index serve clean

## Set up, build the index from kb/content if missing, serve the page on KB_BIND (default 127.0.0.1:8000).
run: setup
	$(BIN)/python build_index.py --if-missing
	$(BIN)/gunicorn -c webapp/gunicorn.conf.py webapp.wsgi:app

## Set up (with test tools and Debian's chromium for the browser tests) and run the test suite.
test: setup-dev setup-browser
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

# Browser tests drive Debian's chromium; as root with apt it is installed here, otherwise
# those tests are skipped with the reason shown.
setup-browser:
	@command -v chromium >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium is not installed: browser tests will be skipped (apt-get install chromium)"

## Rebuild the index from kb/content (publishes a new version only when something changed).
index: setup
	$(BIN)/python build_index.py

## Serve without rebuilding.
serve: setup
	$(BIN)/gunicorn -c webapp/gunicorn.conf.py webapp.wsgi:app

clean:
	rm -rf $(VENV) kb/index/current kb/index/versions
