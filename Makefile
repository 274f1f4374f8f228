# Everything a fresh machine needs, from Python, pip and make alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test fuzz setup browser serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## run hoedong on the bundled sample corpus
	$(BIN)/hoedong extract examples/corpus --format jsonl --quiet > examples-output.jsonl || true
	$(BIN)/hoedong ingest examples/corpus --db examples-output.db
	$(BIN)/hoedong events --db examples-output.db --format table
	$(BIN)/hoedong who-met 이재용 --db examples-output.db
	@echo "explore it in a browser: make serve (http://127.0.0.1:8000)"

browser:  ## Debian's chromium and chromedriver, with Korean fonts (the browser tests need them)
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -qi 'cjk'; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; \
	fi

serve: demo  ## the explorer on the sample corpus, at http://127.0.0.1:8000
	$(BIN)/hoedong serve --db examples-output.db

test: $(STAMP)  ## run the test suite
	$(BIN)/pytest -q

fuzz: $(STAMP)  ## a long fuzz campaign over damaged inputs (tests/fuzz_campaign.py --help)
	$(BIN)/python tests/fuzz_campaign.py --cases 10000

clean:
	rm -rf $(VENV) examples-output.jsonl examples-output.db* .pytest_cache
