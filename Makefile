# Everything a fresh machine needs, from Python, pip and make alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
VENDOR := hoedong/web/static/vendor
# the explorer's browser libraries (package-lock.json) are copied here by setup; git-ignored, never committed

.PHONY: demo test fuzz setup browser serve screenshots bench-explorer golden clean

setup: $(STAMP) $(VENDOR)/.installed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

$(VENDOR)/.installed: package.json package-lock.json  ## npm ci: exactly the lock file's versions, checked against its hashes
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp node_modules/sigma/LICENSE.txt $(VENDOR)/sigma.LICENSE.txt
	cp node_modules/graphology/LICENSE.txt $(VENDOR)/graphology.LICENSE.txt
	cp node_modules/graphology-library/LICENSE.txt $(VENDOR)/graphology-library.LICENSE.txt
	cp node_modules/swagger-ui-dist/LICENSE $(VENDOR)/swagger-ui.LICENSE.txt
	cp node_modules/sigma/dist/sigma.min.js node_modules/graphology/dist/graphology.umd.min.js \
	   node_modules/graphology-library/dist/graphology-library.min.js \
	   node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css $(VENDOR)/
	touch $@

demo: setup  ## run hoedong on the bundled sample corpus
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

test: setup  ## run the test suite
	$(BIN)/pytest -q

screenshots: setup  ## the README's screenshots of the explorer on the sample corpus (headless chromium)
	HOEDONG_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/test_web_browser.py tests/test_web_network.py

bench-explorer: setup  ## the network endpoint and first render on 1,000 generated documents
	$(BIN)/python benchmarks/explorer.py --documents 1000 --screenshot docs/screenshots/network-5000.png

blind: setup  ## the reader on one batch of blind event cases, case by case (BATCH=blind_events4)
	$(BIN)/python benchmarks/blind_cases.py $(or $(BATCH),blind_events4) --misses

fuzz: $(STAMP)  ## a long fuzz campaign over damaged inputs (tests/fuzz_campaign.py --help)
	$(BIN)/python tests/fuzz_campaign.py --cases 10000

clean:
	rm -rf $(VENV) node_modules $(VENDOR) examples-output.jsonl examples-output.db* .pytest_cache

golden: setup  ## rewrite the sample corpus's golden records (only when the reader is meant to read differently)
	$(BIN)/hoedong extract examples/corpus --format jsonl --quiet > tests/fixtures/golden/sample_records.jsonl || true
