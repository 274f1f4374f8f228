# Everything a fresh machine needs, from Python, pip and make alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup clean

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

test: $(STAMP)  ## run the test suite
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) examples-output.jsonl examples-output.db* .pytest_cache
