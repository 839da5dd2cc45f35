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
	$(BIN)/finbrief brief samples/zh/novasky_2026q2_call.txt --lang en
	$(BIN)/finbrief minutes samples/en/novasky_2026q2_call.txt
	mkdir -p out
	$(BIN)/finbrief brief samples/zh/novasky_2026q2_call.txt --format html > out/novasky_brief.html
	$(BIN)/finbrief minutes samples/zh/novasky_2026q2_call.txt --format html > out/novasky_minutes.html
	@echo "HTML, brief beside the numbered source: out/novasky_brief.html, out/novasky_minutes.html"
	$(BIN)/finbrief library add --db out/demo.sqlite samples/en samples/zh samples/zh-Hant $(wildcard ../shared/corpus/alibaba/*.txt)
	@echo "Library: out/demo.sqlite. Read it in a browser:  .venv/bin/finbrief serve --db out/demo.sqlite"

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python bench/bench_parse.py --what parse --jobs 2 ../shared/eval/ectsum/test/ects
	$(BIN)/python bench/bench_parse.py --what facts --jobs 2 ../shared/eval/ectsum/test/ects
	$(BIN)/python bench/bench_structure.py
	$(BIN)/python bench/bench_ectsum.py --split test --jobs 2
	$(BIN)/python bench/bench_library.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
