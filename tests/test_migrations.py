"""Schema upgrades back the store up first, and a failing upgrade leaves the original file byte-identical."""

import sqlite3

import pytest

from exportaudit.core.store import StoreError, open_store
from exportaudit.core.store.migrations import migrations


@pytest.fixture
def extra_migration():
    """Register one more migration for the duration of a test."""
    added = []

    def register(fn, name):
        migrations(name=name)(fn)
        added.append(name)

    yield register
    migrations._migrations[:] = [m for m in migrations._migrations if m.name not in added]


@pytest.fixture
def old_store(mini_assessment):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 3)
    path = store.path
    store.close()
    return path, aid


def test_upgrade_writes_a_backup_first_then_applies(old_store, extra_migration):
    path, aid = old_store

    def add_column(db):
        db.execute("ALTER TABLE organisations ADD COLUMN website TEXT NOT NULL DEFAULT ''")

    extra_migration(add_column, "9001_test_add_website")
    with open_store(path) as store:
        assert store.backup_file is not None and store.backup_file.exists()
        assert "website" in {c.name for c in store.db["organisations"].columns}
        assert store.answers.get(aid, "P1").level == 3
    backup = sqlite3.connect(store.backup_file)
    assert "website" not in {r[1] for r in backup.execute("PRAGMA table_info(organisations)")}
    assert backup.execute("SELECT level FROM responses").fetchone() == (3,)


def test_failing_upgrade_rolls_back_and_leaves_the_file_byte_identical(old_store, extra_migration):
    path, aid = old_store
    before = path.read_bytes()

    def half_then_fail(db):
        db.execute("ALTER TABLE organisations ADD COLUMN website TEXT")
        db.execute("UPDATE responses SET level = 0")
        raise sqlite3.OperationalError("simulated failure half-way")

    extra_migration(half_then_fail, "9002_test_fails")
    with pytest.raises(StoreError, match="simulated failure half-way") as info:
        open_store(path)
    assert "copy made before the upgrade" in str(info.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0


def test_no_backup_when_nothing_to_migrate(old_store):
    path, _ = old_store
    with open_store(path) as store:
        assert store.backup_file is None
    assert not list(path.parent.glob("*.backup-*"))


def test_a_semicolon_inside_a_string_does_not_end_a_migration_statement():
    from exportaudit.core.store.migrations import statements

    assert statements("INSERT INTO t VALUES ('a;b');\nCREATE TABLE u (x TEXT DEFAULT ';')") == [
        "INSERT INTO t VALUES ('a;b')", "CREATE TABLE u (x TEXT DEFAULT ';')"]
