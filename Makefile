# Two entry points: `make demo` (set up, run on the bundled sample) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/finbrief parse samples/zh/novasky_2026q2_call.txt --format md
	$(BIN)/finbrief parse samples/en/novasky_2026q2_call.txt --format json > /dev/null && echo "JSON OK: samples/en/novasky_2026q2_call.txt"

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_parse.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
