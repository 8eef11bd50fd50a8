# Two entry points for users (see README): `make run` and `make test`. Everything runs in .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test evaluate evaluate-heldout benchmark lock clean

run: $(STAMP)  ## set up the environment and rebuild the package with dvc repro
	$(BIN)/dvc repro

test: $(STAMP)  ## set up the environment and run the test suite
	$(BIN)/python -m pytest

evaluate: $(STAMP)  ## score the extractor against the hand-annotated evaluation set
	$(BIN)/python -m pipeline evaluate

evaluate-heldout: $(STAMP)  ## score the extractor against all held-out sets, pooled
	$(BIN)/python -m pipeline evaluate --annotations $(sort $(wildcard tests/eval/heldout*))

benchmark: $(STAMP)  ## time dvc repro (forced and no-op) and the extractor on a 20 MB corpus
	$(BIN)/python -m pipeline benchmark

$(STAMP): requirements.lock
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	touch $(STAMP)

lock:  ## re-pin requirements.in into requirements.lock (needs uv, and the network)
	uv pip compile requirements.in --generate-hashes --universal --python-version 3.11 -o requirements.lock

clean:
	rm -rf build .pytest_cache
