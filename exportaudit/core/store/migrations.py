"""Numbered schema migrations. Never edit an applied migration: add the next number instead.

sqlite-utils runs each migration and the record of it in one transaction (the store backs the file up first).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database

from exportaudit.core.bilingual import Forms, forms_from

MIGRATION_SET = "exportaudit"


class _Step(NamedTuple):
    name: str
    fn: Callable[[Database], None]


class _MigrationList:
    """The store's migrations in order, registered with sqlite-utils' decorator form and handed to its
    ``Migrations`` only to apply them: opening an up-to-date store (the usual start) needs only their names, and
    importing sqlite-utils costs ~60 ms of start-up (it pulls in click, pluggy and dateutil)."""

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[_Step] = []

    def __call__(self, *, name: str):
        def register(function):
            self._migrations.append(_Step(name, function))
            return function
        return register

    def names(self) -> list[str]:
        return [step.name for step in self._migrations]

    def apply(self, db: Database) -> None:
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(self.name)
        for step in self._migrations:
            migrations(name=step.name)(step.fn)
        migrations.apply(db)


migrations = _MigrationList(MIGRATION_SET)


def statements(script: str) -> list[str]:
    """The statements of ``script``, each ended where SQLite says a statement is complete (a ";" inside a string
    literal does not end one)."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip().removesuffix(";").strip())
            pending = ""
    if pending.strip():  # the last statement may go without its ";"
        found.append(pending.strip())
    return found


def _run(db: Database, script: str) -> None:
    # executescript() would commit behind the migration's transaction, so run statement by statement.
    for statement in statements(script):
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


@migrations(name="0003_transaction_testing")
def m0003_transaction_testing(db: Database) -> None:
    """Order lists and their orders, remembered column mappings, samples with their seed, test cards (check
    results and red-flag answers) and the evidence linked to test-card checks."""
    _run(db, """
    CREATE TABLE order_lists (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        source_name TEXT NOT NULL DEFAULT '',
        source_sha256 TEXT NOT NULL DEFAULT '',
        source_kind TEXT NOT NULL DEFAULT '',
        sheet TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        delimiter TEXT NOT NULL DEFAULT '',
        header_rows TEXT NOT NULL DEFAULT '',
        headers TEXT NOT NULL DEFAULT '[]',
        mapping TEXT NOT NULL DEFAULT '{}',
        order_count INTEGER NOT NULL DEFAULT 0,
        rejected_count INTEGER NOT NULL DEFAULT 0,
        blank_rows INTEGER NOT NULL DEFAULT 0,
        first_date TEXT,
        last_date TEXT,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX idx_order_lists_assessment ON order_lists(assessment_id);
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES order_lists(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        source_row INTEGER NOT NULL,
        order_ref TEXT NOT NULL,
        order_date TEXT,
        customer TEXT NOT NULL DEFAULT '',
        end_user TEXT NOT NULL DEFAULT '',
        destination TEXT NOT NULL DEFAULT '',
        item TEXT NOT NULL DEFAULT '',
        control_code TEXT NOT NULL DEFAULT '',
        value REAL,
        currency TEXT NOT NULL DEFAULT '',
        licence TEXT NOT NULL DEFAULT '',
        UNIQUE (list_id, seq)
    );
    CREATE TABLE order_rejects (
        list_id INTEGER NOT NULL REFERENCES order_lists(id) ON DELETE CASCADE,
        source_row INTEGER NOT NULL,
        code TEXT NOT NULL,
        field TEXT,
        value TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL,
        PRIMARY KEY (list_id, source_row)
    );
    CREATE TABLE column_mappings (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
        signature TEXT NOT NULL,
        headers TEXT NOT NULL,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX idx_column_mappings_key ON column_mappings(COALESCE(organisation_id, 0), signature);
    CREATE TABLE red_flag_lists (
        sha256 TEXT PRIMARY KEY,
        list_id TEXT NOT NULL,
        version TEXT NOT NULL,
        text TEXT NOT NULL,
        stored_at TEXT NOT NULL
    );
    CREATE TABLE samples (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        list_id INTEGER NOT NULL REFERENCES order_lists(id) ON DELETE CASCADE,
        seed INTEGER NOT NULL,
        algorithm TEXT NOT NULL,
        plan TEXT NOT NULL,
        population INTEGER NOT NULL,
        size INTEGER NOT NULL,
        strata TEXT NOT NULL DEFAULT '{}',
        red_flags_sha256 TEXT REFERENCES red_flag_lists(sha256),
        drawn_at TEXT NOT NULL,
        drawn_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX idx_samples_assessment ON samples(assessment_id);
    CREATE TABLE sample_orders (
        id INTEGER PRIMARY KEY,
        sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        stratum TEXT NOT NULL DEFAULT '',
        UNIQUE (sample_id, position),
        UNIQUE (sample_id, order_id)
    );
    CREATE INDEX idx_sample_orders_order ON sample_orders(order_id);
    CREATE TABLE test_results (
        sample_order_id INTEGER NOT NULL REFERENCES sample_orders(id) ON DELETE CASCADE,
        check_id TEXT NOT NULL,
        result TEXT CHECK (result IS NULL OR result IN ('pass', 'fail', 'na')),
        note TEXT NOT NULL DEFAULT '',
        finding_id INTEGER REFERENCES findings(id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (sample_order_id, check_id)
    );
    CREATE INDEX idx_test_results_finding ON test_results(finding_id);
    CREATE TABLE red_flag_answers (
        sample_order_id INTEGER NOT NULL REFERENCES sample_orders(id) ON DELETE CASCADE,
        flag_id TEXT NOT NULL,
        answer TEXT CHECK (answer IS NULL OR answer IN ('absent', 'present', 'na')),
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (sample_order_id, flag_id)
    );
    CREATE TABLE test_evidence (
        evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
        sample_order_id INTEGER NOT NULL REFERENCES sample_orders(id) ON DELETE CASCADE,
        check_id TEXT NOT NULL
    );
    CREATE INDEX idx_test_evidence_card ON test_evidence(sample_order_id, check_id)
    """)


@migrations(name="0004_scoring_model_2")
def m0004_scoring_model_2(db: Database) -> None:
    """Scoring model 2: what each evidence file shows and the date it covers; who assessed, how independent they
    were, an optional reviewer; the look-back for evidence and the scoring model of each assessment. Existing
    assessments stay on model 1 (the column default), so finalised results keep their scores and fingerprint."""
    _run(db, """
    ALTER TABLE evidence ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('document', 'record', 'audit'));
    ALTER TABLE evidence ADD COLUMN covered_date TEXT;
    ALTER TABLE assessments ADD COLUMN scoring_model INTEGER NOT NULL DEFAULT 1 CHECK (scoring_model IN (1, 2));
    ALTER TABLE assessments ADD COLUMN lookback_months INTEGER NOT NULL DEFAULT 12
        CHECK (lookback_months BETWEEN 1 AND 120);
    ALTER TABLE assessments ADD COLUMN assessor_role TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN independence TEXT
        CHECK (independence IS NULL OR independence IN ('self', 'internal', 'external'));
    ALTER TABLE assessments ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN review_date TEXT NOT NULL DEFAULT ''
    """)


@migrations(name="0005_change_source")
def m0005_change_source(db: Database) -> None:
    """Where each change came from (the window, the command line, a questionnaire or package import), so the
    history can say so; older entries keep an empty source. And facts about the store itself (it is the demo)."""
    _run(db, """
    ALTER TABLE change_log ADD COLUMN source TEXT NOT NULL DEFAULT '';
    CREATE TABLE store_properties (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """)


@migrations(name="0006_assessment_facts")
def m0006_assessment_facts(db: Database) -> None:
    """Structural facts of the assessed organisation (e.g. subsidiaries abroad); NULL means never stated."""
    _run(db, "ALTER TABLE assessments ADD COLUMN facts TEXT")


@migrations(name="0008_assessment_modules")
def m0008_assessment_modules(db: Database) -> None:
    """The optional checklist modules an assessment has switched on (space-separated module ids)."""
    _run(db, "ALTER TABLE assessments ADD COLUMN modules TEXT NOT NULL DEFAULT ''")


@migrations(name="0010_report_register_and_packages")
def m0010_report_register_and_packages(db: Database) -> None:
    """Every report written, by its SHA-256, so a file handed back years later can be recognised (or not); and,
    in a working store unpacked from an audit package, the package's base state, so the package it sends back
    can be merged three ways."""
    _run(db, """
    CREATE TABLE report_register (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
        assessment_title TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        language TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL DEFAULT '',
        recipient TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX idx_report_register_sha ON report_register(sha256);
    CREATE INDEX idx_report_register_fingerprint ON report_register(fingerprint);
    CREATE TABLE package_origins (
        assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
        assessment_key TEXT NOT NULL,
        package_name TEXT NOT NULL,
        app_version TEXT NOT NULL,
        exported_by TEXT NOT NULL DEFAULT '',
        exported_at TEXT NOT NULL,
        base TEXT NOT NULL,
        base_sha256 TEXT NOT NULL,
        unpacked_at TEXT NOT NULL
    )
    """)


@migrations(name="0011_engagement")
def m0011_engagement(db: Database) -> None:
    """The engagement facts of an assessment (prepared by, scope, method, limitations, distribution,
    confidentiality) and the auditor's chosen conclusion with its rationale, as one JSON record (core.engagement)."""
    _run(db, """
    CREATE TABLE engagements (
        assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT ''
    )
    """)


@migrations(name="0012_finding_responses")
def m0012_finding_responses(db: Database) -> None:
    """A finding in full audit form: its cause, effect and risk rating, and management's response to it (agreed,
    partly agreed or not agreed; what management says; who owns it; by when). NULL means not yet stated."""
    _run(db, """
    ALTER TABLE findings ADD COLUMN cause TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings ADD COLUMN effect TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings ADD COLUMN risk TEXT CHECK (risk IS NULL OR risk IN ('high', 'medium', 'low'));
    ALTER TABLE findings ADD COLUMN response TEXT
        CHECK (response IS NULL OR response IN ('agreed', 'partly_agreed', 'not_agreed'));
    ALTER TABLE findings ADD COLUMN response_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings ADD COLUMN response_owner TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings ADD COLUMN response_date TEXT
    """)


# The single-value columns that gained a Chinese and an English form in 0013 (frozen here: later changes to the
# app's list must not change what this migration did).
_FORM_COLUMNS_0013 = {"organisations": ("name", "sector", "address", "contact"),
                      "assessments": ("title", "assessor", "assessor_role", "reviewer"),
                      "findings": ("response_owner",), "actions": ("owner",)}
_ENGAGEMENT_TEXTS_0013 = ("firm", "lead", "entities", "business_lines", "exclusions", "site_visits", "sampling_basis",
                          "limitations", "disclaimer", "confidentiality", "rationale")


def _forms_json(value) -> dict:
    forms = forms_from(value)
    return {"zh": forms.zh, "en": forms.en}


@migrations(name="0013_bilingual_names")
def m0013_bilingual_names(db: Database) -> None:
    """Names, titles and engagement texts in a Chinese and an English form, so a single-language report is
    single-language. Each existing value becomes the form in the script it is written in; "陈静 / Chen Jing"
    is split into its two forms. The single-value columns keep what they held (the bilingual form), so the
    fingerprints of finalised assessments still verify; the store keeps them equal to the two forms joined."""
    for table, columns in _FORM_COLUMNS_0013.items():
        for column in columns:
            for lang in ("zh", "en"):
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column}_{lang} TEXT NOT NULL DEFAULT ''")
        rows = db.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall()
        for key, *values in rows:
            forms = [Forms.of(v) for v in values]
            sets = ", ".join(f"{c}_zh = ?, {c}_en = ?" for c in columns)
            db.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                       [x for f in forms for x in (f.zh, f.en)] + [key])
    for assessment_id, data in db.execute("SELECT assessment_id, data FROM engagements").fetchall():
        raw = json.loads(data)
        for key in _ENGAGEMENT_TEXTS_0013:
            if key in raw:
                raw[key] = _forms_json(raw[key])
        raw["team"] = [{**m, "name": _forms_json(m.get("name")), "role": _forms_json(m.get("role"))}
                       for m in raw.get("team", [])]
        raw["interviews"] = [{**i, "name": _forms_json(i.get("name")), "role": _forms_json(i.get("role"))}
                             for i in raw.get("interviews", [])]
        raw["distribution"] = [_forms_json(d) for d in raw.get("distribution", [])]
        db.execute("UPDATE engagements SET data = ? WHERE assessment_id = ?",
                   [json.dumps(raw, ensure_ascii=False, sort_keys=True), assessment_id])


@migrations(name="0014_fingerprint_form")
def m0014_fingerprint_form(db: Database) -> None:
    """Which canonical form a finalised assessment's fingerprint was computed with (core.fingerprint), so one
    finalised under an older form keeps verifying with it. NULL: finalised before forms were recorded."""
    _run(db, "ALTER TABLE assessments ADD COLUMN fingerprint_form INTEGER")


def known_names() -> list[str]:
    """Every migration this version knows, in order: what a blank database would still need."""
    return migrations.names()
