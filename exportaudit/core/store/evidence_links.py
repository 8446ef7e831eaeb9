"""Evidence records: files in the evidence folder linked to items, added and removed with a log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from exportaudit.core.evidence import EvidenceRefused, display_name
from exportaudit.core.records import EvidenceRecord
from exportaudit.core.scoring_model2 import parse_date
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record
from exportaudit.core.vocab import EVIDENCE_KINDS

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


def check_evidence_facts(kind: str | None, covered_date: str | None) -> None:
    """Refuse an unknown kind or a covered date that is not YYYY-MM-DD, naming what is expected."""
    if kind is not None and kind not in EVIDENCE_KINDS:
        raise StoreError(code="evidence_kind", kind=kind, expected=", ".join(EVIDENCE_KINDS))
    if covered_date and (parse_date(covered_date) is None or len(covered_date) != 10):
        raise StoreError(code="not_a_date", value=covered_date)


class Evidence:
    """Evidence files linked to items: ``store.evidence`` (the files themselves are in ``store.vault``)."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def add(self, assessment_id: int, item_id: str, source: str | Path, note: str = "", *,
            kind: str | None = None, covered_date: str | None = None) -> EvidenceRecord:
        """Copy a file into the evidence folder (once per content) and link it to an item, saying what it shows
        (``kind``: document, record or audit) and the date it covers (scoring model 2 reads both)."""
        assessment = self._store.assessments.writable(assessment_id)
        self._store.checklists.check_item(assessment, item_id)
        check_evidence_facts(kind, covered_date)
        source = Path(source)
        if not source.is_file():
            raise StoreError(f"{source} is not a file that can be attached.")
        if self._store.is_own_file(source):
            raise StoreError(f"{source} is this store's own file; it cannot be attached as evidence.")
        try:
            stored = self._store.vault.put(source)
        except EvidenceRefused as exc:
            raise StoreError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"Could not copy {source} into the evidence folder: {exc.strerror or exc}.") from None
        name, stamp = display_name(source.name), now()
        with self._sql.write() as db:
            db.execute("INSERT OR IGNORE INTO evidence_blobs (sha256, size, stored_name, stored_at) VALUES (?, ?, ?, ?)",
                       [stored.sha256, stored.size, stored.stored_name, stamp])
            cursor = db.execute(
                "INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, note, added_at, added_by, kind, "
                "covered_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [assessment_id, item_id, stored.sha256, name, stored.size, note, stamp, self._sql.user, kind,
                 covered_date or None])
            evidence_id = cursor.lastrowid
            self._sql.log(assessment_id, "evidence", evidence_id, "added", None, f"{name} ({stored.sha256})", item_id=item_id)
            self._store.requests.mark_received(assessment_id, item_id)
            self._sql.touch(assessment_id, stamp)
        return self.get(evidence_id)

    def update(self, evidence_id: int, *, kind: str | None = None, covered_date: str | None = None) -> EvidenceRecord:
        """State what an evidence file shows and the date it covers (logged); None leaves a field as it is."""
        old = self.get(evidence_id)
        self._store.assessments.writable(old.assessment_id)
        check_evidence_facts(kind, covered_date)
        fields = {k: v for k, v in (("kind", kind), ("covered_date", covered_date or None)) if v is not None}
        changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
        if changed:
            stamp = now()
            with self._sql.write() as db:
                db.execute(f"UPDATE evidence SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                           [*changed.values(), evidence_id])
                for name, value in changed.items():
                    self._sql.log(old.assessment_id, "evidence", evidence_id, name, getattr(old, name), value,
                              item_id=old.item_id)
                self._sql.touch(old.assessment_id, stamp)
        return self.get(evidence_id)

    def get(self, evidence_id: int) -> EvidenceRecord:
        row = self._sql.one("SELECT e.*, b.stored_name FROM evidence e JOIN evidence_blobs b USING (sha256) WHERE e.id = ?",
                        [evidence_id])
        if row is None:
            raise StoreError(f"There is no evidence record {evidence_id}.")
        return record(EvidenceRecord, row)

    def all(self, assessment_id: int, item_id: str | None = None) -> list[EvidenceRecord]:
        sql = "SELECT e.*, b.stored_name FROM evidence e JOIN evidence_blobs b USING (sha256) WHERE e.assessment_id = ?"
        params: list = [assessment_id]
        if item_id is not None:
            sql += " AND e.item_id = ?"
            params.append(item_id)
        return [record(EvidenceRecord, r) for r in self._sql.all(sql + " ORDER BY e.item_id, e.id", params)]

    def counts(self, assessment_id: int) -> dict[str, int]:
        rows = self._sql.all("SELECT item_id, COUNT(*) AS n FROM evidence WHERE assessment_id = ? GROUP BY item_id",
                         [assessment_id])
        return {r["item_id"]: r["n"] for r in rows}

    def path(self, record: EvidenceRecord) -> Path:
        return self._store.vault.path_of(record.stored_name)

    def is_missing(self, record: EvidenceRecord) -> bool:
        """True when the file behind a record has gone from the evidence folder."""
        return not self._store.vault.exists(record.stored_name)

    def remove(self, evidence_id: int) -> None:
        """Unlink evidence from its item (logged); the file goes once nothing else refers to it."""
        linked = self.get(evidence_id)
        self._store.assessments.writable(linked.assessment_id)
        stamp = now()
        with self._sql.write() as db:
            db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
            orphan = self._sql.one("SELECT COUNT(*) AS n FROM evidence WHERE sha256 = ?", [linked.sha256])["n"] == 0
            if orphan:
                db.execute("DELETE FROM evidence_blobs WHERE sha256 = ?", [linked.sha256])
            self._sql.log(linked.assessment_id, "evidence", evidence_id, "removed", f"{linked.file_name} ({linked.sha256})",
                      None, item_id=linked.item_id)
            self._sql.touch(linked.assessment_id, stamp)
        if orphan:
            self._store.vault.remove(linked.stored_name)
