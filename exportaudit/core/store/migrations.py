"""Numbered schema migrations. Never edit an applied migration: add the next number instead."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "exportaudit"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, statements: str) -> None:
    # executescript() would commit behind the migration's transaction, so run statement by statement.
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    _run(db, """
    CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        uscc TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        operator_type TEXT,
        size TEXT,
        address TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        logo_path TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE checklists (
        sha256 TEXT PRIMARY KEY,
        checklist_id TEXT NOT NULL,
        version TEXT NOT NULL,
        text TEXT NOT NULL,
        stored_at TEXT NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        checklist_sha256 TEXT NOT NULL REFERENCES checklists(sha256),
        kind TEXT NOT NULL DEFAULT 'self' CHECK (kind IN ('self', 'internal', 'external')),
        period_start TEXT NOT NULL DEFAULT '',
        period_end TEXT NOT NULL DEFAULT '',
        assessor TEXT NOT NULL DEFAULT '',
        target_profile TEXT,
        operator_type TEXT,
        size TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
        baseline_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
        fingerprint TEXT,
        finalised_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX idx_assessments_org ON assessments(organisation_id);
    CREATE TABLE responses (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        level INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
        na INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
        na_reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        reconfirm INTEGER NOT NULL DEFAULT 0 CHECK (reconfirm IN (0, 1)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, item_id),
        CHECK (NOT (na = 1 AND level IS NOT NULL))
    );
    CREATE TABLE evidence_blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        stored_name TEXT NOT NULL,
        stored_at TEXT NOT NULL
    );
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX idx_evidence_assessment ON evidence(assessment_id, item_id);
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id TEXT,
        element_id TEXT,
        grade TEXT NOT NULL CHECK (grade IN ('major', 'minor', 'observation', 'improvement', 'good_practice')),
        description TEXT NOT NULL DEFAULT '',
        recommendation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        CHECK (item_id IS NOT NULL OR element_id IS NOT NULL)
    );
    CREATE INDEX idx_findings_assessment ON findings(assessment_id);
    CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified')),
        closing_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX idx_actions_finding ON actions(finding_id);
    CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL DEFAULT '',
        assessment_id INTEGER,
        entity TEXT NOT NULL,
        entity_id TEXT,
        item_id TEXT,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT
    );
    CREATE INDEX idx_change_log_assessment ON change_log(assessment_id, item_id)
    """)



@migrations(name="0002_document_requests")
def m0002_document_requests(db: Database) -> None:
    _run(db, """
    CREATE TABLE document_requests (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'requested'
            CHECK (status IN ('requested', 'received', 'missing', 'not_applicable')),
        status_date TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, item_id)
    );
    CREATE INDEX idx_actions_status ON actions(status, due_date)
    """)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
