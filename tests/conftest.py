"""Shared fixtures: real stores on disk, the small test checklist and the demo store."""

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

from exportaudit.core.checklist_loader import load_checklist_file
from exportaudit.core.demo import build_demo
from exportaudit.core.store import open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def mini_checklist():
    """Three elements (policy w1, screening w2, records w1), eight items, profile 'basic'."""
    return load_checklist_file(DATA / "mini.toml")


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store.exportaudit", user="tester")
    yield s
    s.close()


@pytest.fixture
def mini_assessment(store, mini_checklist):
    """(store, assessment id) for a small exporter on the mini checklist with target profile 'basic'.

    Scored with model 1, whose numbers the tests using this fixture work out by hand; model 2 has its own
    fixture (``model2_assessment``)."""
    org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
    return store, store.assessments.create(org, mini_checklist, "Self-check 2026", target_profile="basic",
                                          scoring_model=1)


@pytest.fixture
def model2_assessment(store):
    """(store, assessment id) on tests/data/model2.toml, scored with model 2, period 2025."""
    checklist = load_checklist_file(DATA / "model2.toml")
    org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
    return store, store.assessments.create(org, checklist, "Audit 2025", target_profile="basic",
                                          period_start="2025-01-01", period_end="2025-12-31")


@pytest.fixture(scope="session")
def demo_store_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo-template") / "demo.exportaudit"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_store_path(demo_store_template, tmp_path):
    """A fresh copy of the demo store (with its evidence folder) for one test to change at will."""
    target = tmp_path / demo_store_template.name
    shutil.copy2(demo_store_template, target)
    evidence = demo_store_template.with_name(f"{demo_store_template.stem}-evidence")
    if evidence.is_dir():
        shutil.copytree(evidence, tmp_path / evidence.name)
    return target


@pytest.fixture(autouse=True)
def own_config_dir(tmp_path, monkeypatch):
    """Each test has its own per-user settings folder (the user name the window hands the command line), so no
    test reads or writes the real one; subprocesses inherit it."""
    from exportaudit.paths import CONFIG_DIR_VARIABLE

    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(folder))
    return folder
