"""The record store: schema from migrations, safe opening, answers committed at once, checklists pinned."""

import sqlite3
from pathlib import Path

import pytest

from exportaudit.core.checklist_loader import parse_checklist
from exportaudit.core.store import StoreError, open_store
from exportaudit.core.store.errors import ReadOnlyError
from exportaudit.core.store.migrations import known_names
from exportaudit.core.store.opening import APPLICATION_ID

TABLES = {"organisations", "checklists", "assessments", "responses", "evidence_blobs", "evidence", "findings",
          "actions", "change_log"}


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def test_new_store_is_built_by_the_migrations(tmp_path):
    path = tmp_path / "new.exportaudit"
    open_store(path).close()
    conn = raw(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert TABLES <= tables
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == known_names() and applied[0] == "0001_initial"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_migrations_set_up_an_empty_sqlite_file(tmp_path):
    path = tmp_path / "blank.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()  # zero-table SQLite file
    with open_store(path) as store:
        assert store.organisations.all() == []


def test_reopening_applies_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "s.exportaudit"
    with open_store(path) as store:
        store.organisations.create("Acme")
    with open_store(path) as store:
        assert [o.name for o in store.organisations.all()] == ["Acme"]
        assert store.backup_file is None


def test_foreign_keys_are_enforced(mini_assessment):
    store, assessment_id = mini_assessment
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, added_at) "
                         "VALUES (?, 'P1', 'nope', 'x', 1, 'now')", [assessment_id])


def test_each_answer_is_committed_at_once(mini_assessment, tmp_path):
    store, assessment_id = mini_assessment
    store.answers.rate(assessment_id, "P1", 3)
    # A second, independent connection sees it with no close or flush in between.
    other = raw(store.path)
    assert other.execute("SELECT level FROM responses WHERE item_id = 'P1'").fetchone() == (3,)
    store.answers.set_note(assessment_id, "P1", "签字版见附件")
    assert other.execute("SELECT note FROM responses WHERE item_id = 'P1'").fetchone() == ("签字版见附件",)


def test_na_needs_a_justification_and_clears_the_rating(mini_assessment):
    store, aid = mini_assessment
    store.answers.rate(aid, "R2", 4)
    with pytest.raises(StoreError, match="needs a written justification"):
        store.answers.mark_not_applicable(aid, "R2", "   ")
    assert store.answers.get(aid, "R2").level == 4  # unchanged by the refused write
    store.answers.mark_not_applicable(aid, "R2", "No exports of technology.")
    r = store.answers.get(aid, "R2")
    assert (r.level, r.na, r.na_reason) == (None, True, "No exports of technology.")


@pytest.mark.parametrize("bad", [6, -1, 2.5, True])
def test_out_of_range_ratings_are_refused(mini_assessment, bad):
    store, aid = mini_assessment
    with pytest.raises(StoreError, match="out of range"):
        store.answers.save(aid, "P1", level=bad)
    assert store.answers.all(aid) == {}


def test_unknown_item_is_refused(mini_assessment):
    store, aid = mini_assessment
    with pytest.raises(StoreError, match="has no item 'X9'"):
        store.answers.rate(aid, "X9", 3)


def test_assessment_pins_its_checklist(mini_assessment, mini_checklist):
    store, aid = mini_assessment
    edited = parse_checklist(mini_checklist.text.replace('version = "1.0"', 'version = "2.0"')
                             .replace("Question P1", "Reworded P1"), "edited.toml")
    store.assessments.create(store.assessments.all()[0].organisation_id, edited, "Next year")
    pinned = store.checklists.get(store.assessments.get(aid).checklist_sha256)
    assert pinned.version == "1.0" and pinned.item("P1").question.en == "Question P1"
    assert store.db.execute("SELECT COUNT(*) FROM checklists").fetchone()[0] == 2


def test_scope_defaults_from_the_organisation(store, mini_checklist):
    org = store.organisations.create("Forwarder Co", operator_type="agent", size="large")
    a = store.assessments.get(store.assessments.create(org, mini_checklist, "Audit"))
    assert (a.operator_type, a.size, a.kind, a.status) == ("agent", "large", "self", "draft")


def test_bad_assessment_fields_are_refused(store, mini_checklist):
    org = store.organisations.create("Acme")
    with pytest.raises(StoreError, match="no target profile 'gold'"):
        store.assessments.create(org, mini_checklist, "A", target_profile="gold")
    with pytest.raises(StoreError, match="Unknown assessment type 'audit'"):
        store.assessments.create(org, mini_checklist, "A", kind="audit")
    with pytest.raises(StoreError, match="needs a title"):
        store.assessments.create(org, mini_checklist, "  ")
    assert store.assessments.all() == []


def test_changes_are_logged_with_who_old_and_new(mini_assessment):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 2)
    store.answers.rate(aid, "P1", 4)
    levels = [(c.field, c.old, c.new, c.user) for c in store.history.all(aid, "P1") if c.field == "level"]
    assert levels == [("level", None, "2", "tester"), ("level", "2", "4", "tester")]


def test_a_burst_of_note_keystrokes_is_one_history_entry(mini_assessment):
    store, aid = mini_assessment
    for text in ["S", "Si", "Sig", "Signed"]:
        store.answers.set_note(aid, "P1", text)
    notes = [(c.old, c.new) for c in store.history.all(aid, "P1") if c.field == "note"]
    assert notes == [("", "Signed")]
    assert store.answers.get(aid, "P1").note == "Signed"


def test_duplicate_copies_answers_and_evidence(mini_assessment, tmp_path):
    store, aid = mini_assessment
    f = tmp_path / "policy.pdf"
    f.write_bytes(b"%PDF-1.4 signed policy")
    store.answers.rate(aid, "P1", 4)
    store.evidence.add(aid, "P1", f)
    copy = store.assessments.duplicate(aid, "Copy")
    assert store.answers.get(copy, "P1").level == 4
    assert [e.file_name for e in store.evidence.all(copy)] == ["policy.pdf"]
    assert store.assessments.get(copy).status == "draft"


def test_deleting_an_organisation_deletes_its_assessments(mini_assessment):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 3)
    store.organisations.delete(store.assessments.get(aid).organisation_id)
    assert store.assessments.all() == [] and store.answers.all(aid) == {}


def test_finalised_assessment_is_read_only(mini_assessment):
    store, aid = mini_assessment
    store.db.execute("UPDATE assessments SET status = 'final' WHERE id = ?", [aid])
    with pytest.raises(ReadOnlyError, match="finalised"):
        store.answers.rate(aid, "P1", 3)


def test_read_only_store_refuses_writes(mini_assessment):
    store, aid = mini_assessment
    with open_store(store.path, read_only=True) as ro:
        assert ro.assessments.get(aid).title == "Self-check 2026"
        with pytest.raises(ReadOnlyError):
            ro.answers.rate(aid, "P1", 1)


# --- evidence ----------------------------------------------------------------------------------------


def test_evidence_is_stored_once_by_content(mini_assessment, tmp_path):
    store, aid = mini_assessment
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("same content")
    b.write_text("same content")
    ra = store.evidence.add(aid, "P1", a)
    rb = store.evidence.add(aid, "S1", b)
    assert ra.sha256 == rb.sha256 and ra.stored_name == rb.stored_name
    files = [p for p in store.vault.folder.rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_text() == "same content"
    assert store.evidence.counts(aid) == {"P1": 1, "S1": 1}
    # Removing one link keeps the shared file; removing the last deletes it.
    store.evidence.remove(ra.id)
    assert files[0].exists()
    store.evidence.remove(rb.id)
    assert not files[0].exists()
    assert [c.field for c in store.history.all(aid) if c.entity == "evidence"] == ["added", "added", "removed", "removed"]


def test_evidence_file_missing_from_disk_is_reported(mini_assessment, tmp_path):
    store, aid = mini_assessment
    f = tmp_path / "log.csv"
    f.write_text("a,b")
    record = store.evidence.add(aid, "S1", f)
    store.evidence.path(record).unlink()
    assert store.evidence.is_missing(record)


# --- files offered as a store are checked before anything is written ----------------------------------


def _refused(path: Path, match: str, **kwargs):
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(StoreError, match=match):
        open_store(path, **kwargs)
    if before is not None:
        assert path.read_bytes() == before
    return before


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.exportaudit"
    path.write_bytes(b"")
    _refused(path, "is an empty file, not an ExportAudit store")


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "noise.exportaudit"
    path.write_bytes(bytes(range(256)) * 20)
    _refused(path, "not a SQLite database")


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    _refused(path, "database of another program")


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.exportaudit"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('exportaudit', '0099_future', 'x')")
    conn.commit()
    conn.close()
    _refused(path, "written by a newer version of ExportAudit")


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "store.exportaudit")
    assert not (tmp_path / "no").exists()


def test_read_only_file_is_refused_for_writing(tmp_path):
    path = tmp_path / "locked.exportaudit"
    open_store(path).close()
    path.chmod(0o444)
    try:
        _refused(path, "is read-only")
        with open_store(path, read_only=True) as store:  # reading it is still fine
            assert store.organisations.all() == []
    finally:
        path.chmod(0o644)


def test_folder_offered_as_a_store_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)
