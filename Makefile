# Two entry points (see README): `make run` opens the app on the demo store, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := demo/demo-store.exportaudit
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test setup system-deps window-deps translations demo bench package clean

run: setup window-deps $(DEMO)
	$(VENV)/bin/exportaudit --store $(DEMO)

test: setup system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || scripts/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	scripts/system-deps.sh test

window-deps:
	scripts/system-deps.sh run

translations: $(QM)

# The .qm files are committed (so a wheel or `pipx install .` from a fresh clone carries them); this rebuilds one
# after its .ts changes. tests/ui/test_translations.py fails when a committed .qm lags behind its .ts.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(DEMO): $(STAMP)
	mkdir -p demo
	$(VENV)/bin/exportaudit demo --store $(DEMO) --force

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

package: setup
	$(PY) -m pip install --quiet -e '.[package]'
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/exportaudit.spec
	packaging/linux/build-tarball.sh
	$(PY) packaging/check_bundle.py dist/exportaudit

clean:
	rm -rf $(VENV) demo build dist *.egg-info
