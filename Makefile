# Two commands for people: `make run` and `make test`. Everything else is a step they share.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup db model lock clean

run: setup db model
	$(BIN)/patient-support run

test: setup db model
	$(BIN)/pytest

setup: $(VENV)/.installed

# Python 3.10 venv with the exact versions in constraints.txt (the lock file).
$(VENV)/.installed: pyproject.toml constraints.txt scripts/find-python310.sh
	@python310=$$(scripts/find-python310.sh) || exit 1; \
	if ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
		echo "creating $(VENV) with $$python310"; $$python310 -m venv --clear $(VENV) || exit 1; \
	fi
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==26.3" "setuptools==70.3.0" "wheel==0.45.1"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	touch $@

# The app database: migrations, then the demo data (both idempotent).
db: setup
	$(BIN)/patient-support db upgrade
	$(BIN)/patient-support load data/demo/care.yml
	$(BIN)/patient-support resources import data/demo/resources.csv

# Trains only when the training data changed (fingerprint beside the model).
model: setup
	$(BIN)/patient-support train

# Refresh constraints.txt after changing dependencies in pyproject.toml.
lock: setup
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^patient-support' > constraints.txt

clean:
	rm -rf $(VENV) models var
