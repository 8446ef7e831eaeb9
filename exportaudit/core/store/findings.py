"""Findings (graded observations on an item or an element) and the corrective actions that hang off them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from exportaudit.core.records import Action, Finding
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.forms import form_fields, with_forms
from exportaudit.core.store.rows import record
from exportaudit.core.vocab import ACTION_STATUSES, FINDING_GRADES, FINDING_RISKS, RESPONSES

FINDING_FIELDS = ("grade", "description", "recommendation", "item_id", "element_id", "cause", "effect", "risk",
                  "response", "response_text", "response_owner", "response_date", *form_fields("findings"))
# the optional choices and dates of a finding, where an empty value means "not stated" (stored as NULL)
_NULLABLE = ("risk", "response", "response_date")
ACTION_FIELDS = ("description", "owner", "due_date", "status", "closing_note", *form_fields("actions"))

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store

_ACTION_SELECT = ("SELECT a.*, f.assessment_id, f.grade AS finding_grade, f.item_id, f.element_id "
                  "FROM actions a JOIN findings f ON f.id = a.finding_id")


def _check_date(value: str | None) -> None:
    if value in (None, ""):
        return
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise StoreError(f"'{value}' is not a date; expected YYYY-MM-DD.") from None


class Findings:
    """Findings on items and elements: ``store.findings``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def all(self, assessment_id: int) -> list[Finding]:
        rows = self._sql.all("SELECT * FROM findings WHERE assessment_id = ? ORDER BY id", [assessment_id])
        return [record(Finding, r) for r in rows]

    def open_grades(self, assessment_id: int) -> dict[str, list[str]]:
        """item id -> grades of its open findings. A finding is open while it has no action, or any action that
        is not done or verified (scoring model 2 caps an item under an open major or minor finding)."""
        rows = self._sql.all(
            "SELECT f.item_id, f.grade FROM findings f WHERE f.assessment_id = ? AND f.item_id IS NOT NULL AND ("
            "NOT EXISTS (SELECT 1 FROM actions a WHERE a.finding_id = f.id) OR EXISTS (SELECT 1 FROM actions a "
            "WHERE a.finding_id = f.id AND a.status NOT IN ('done', 'verified'))) ORDER BY f.id", [assessment_id])
        out: dict[str, list[str]] = {}
        for r in rows:
            out.setdefault(r["item_id"], []).append(r["grade"])
        return out

    def get(self, finding_id: int) -> Finding:
        row = self._sql.one("SELECT * FROM findings WHERE id = ?", [finding_id])
        if row is None:
            raise StoreError(f"There is no finding {finding_id}.")
        return record(Finding, row)

    def _check(self, assessment_id: int, fields: dict, old: Finding | None = None) -> dict:
        unknown = set(fields) - set(FINDING_FIELDS)
        if unknown:
            raise StoreError(f"Unknown finding field(s): {', '.join(sorted(unknown))}.")
        if "grade" in fields and fields["grade"] not in FINDING_GRADES:
            raise StoreError(f"Unknown finding grade '{fields['grade']}'; expected one of: {', '.join(FINDING_GRADES)}.")
        fields = {**fields, **{k: fields[k] or None for k in _NULLABLE if k in fields}}
        if fields.get("risk") is not None and fields["risk"] not in FINDING_RISKS:
            raise StoreError(f"Unknown risk rating '{fields['risk']}'; expected one of: {', '.join(FINDING_RISKS)}.")
        if fields.get("response") is not None and fields["response"] not in RESPONSES:
            raise StoreError(f"Unknown management response '{fields['response']}'; expected one of: "
                             f"{', '.join(RESPONSES)}.")
        _check_date(fields.get("response_date"))
        fields = with_forms("findings", fields, old)
        checklist = self._store.checklists.get(self._store.assessments.get(assessment_id).checklist_sha256)
        item_id = fields.get("item_id")
        if item_id:
            if not checklist.has_item(item_id):
                raise StoreError(f"The checklist has no item '{item_id}'.")
            fields = {**fields, "element_id": checklist.item(item_id).element}
        elif fields.get("element_id") is not None:
            if fields["element_id"] not in {e.id for e in checklist.elements}:
                raise StoreError(f"The checklist has no element '{fields['element_id']}'.")
        return fields

    def create(self, assessment_id: int, grade: str, description: str, recommendation: str = "", *,
               item_id: str | None = None, element_id: str | None = None, **more: Any) -> int:
        """A finding on an item (its element is filled in) or on a whole element; ``more`` takes its cause, effect,
        risk and management response (see ``FINDING_FIELDS``)."""
        self._store.assessments.writable(assessment_id)
        if not item_id and not element_id:
            raise StoreError("A finding belongs to an item or an element; name one.")
        if not description.strip():
            raise StoreError("A finding needs a description.")
        fields = self._check(assessment_id, {"grade": grade, "description": description,
                                                     "recommendation": recommendation, "item_id": item_id,
                                                     "element_id": element_id, **more})
        stamp = now()
        with self._sql.write():
            finding_id = self._sql.insert("findings", {"assessment_id": assessment_id, **fields, "created_at": stamp,
                                                   "updated_at": stamp, "created_by": self._sql.user})
            self._sql.log(assessment_id, "finding", finding_id, "created", None, f"{grade}: {description}",
                      item_id=fields["item_id"])
            self._sql.touch(assessment_id, stamp)
        return finding_id

    def update(self, finding_id: int, **fields: Any) -> None:
        old = self.get(finding_id)
        self._store.assessments.writable(old.assessment_id)
        if "description" in fields and not (fields["description"] or "").strip():
            raise StoreError("A finding needs a description.")
        fields = self._check(old.assessment_id, fields, old)
        self._sql.update_fields("findings", finding_id, old, fields, assessment_id=old.assessment_id, entity="finding",
                            item_id=old.item_id)

    def delete(self, finding_id: int) -> None:
        """Delete a finding and its actions (logged)."""
        old = self.get(finding_id)
        self._store.assessments.writable(old.assessment_id)
        with self._sql.write() as db:
            db.execute("DELETE FROM findings WHERE id = ?", [finding_id])
            self._sql.log(old.assessment_id, "finding", finding_id, "deleted", f"{old.grade}: {old.description}", None,
                      item_id=old.item_id)
            self._sql.touch(old.assessment_id, now())

class Actions:
    """Corrective actions, each on a finding: ``store.actions``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def all(self, assessment_id: int) -> list[Action]:
        rows = self._sql.all(f"{_ACTION_SELECT} WHERE f.assessment_id = ? ORDER BY a.due_date IS NULL, a.due_date, a.id",
                         [assessment_id])
        return [record(Action, r) for r in rows]

    def get(self, action_id: int) -> Action:
        row = self._sql.one(f"{_ACTION_SELECT} WHERE a.id = ?", [action_id])
        if row is None:
            raise StoreError(f"There is no corrective action {action_id}.")
        return record(Action, row)

    @staticmethod
    def _check(fields: dict) -> None:
        unknown = set(fields) - set(ACTION_FIELDS)
        if unknown:
            raise StoreError(f"Unknown action field(s): {', '.join(sorted(unknown))}.")
        if "status" in fields and fields["status"] not in ACTION_STATUSES:
            raise StoreError(f"Unknown action status '{fields['status']}'; expected one of: {', '.join(ACTION_STATUSES)}.")
        if "description" in fields and not (fields["description"] or "").strip():
            raise StoreError("A corrective action needs a description.")
        _check_date(fields.get("due_date"))

    def create(self, finding_id: int, description: str, *, owner: str = "", due_date: str | None = None,
               status: str = "open", closing_note: str = "", **owner_forms: str) -> int:
        """A corrective action; its owner as one value or in two forms (``owner_zh``, ``owner_en``)."""
        finding = self._store.findings.get(finding_id)
        self._store.assessments.writable(finding.assessment_id)
        fields = {"description": description, "owner": owner, "due_date": due_date or None, "status": status,
                  "closing_note": closing_note, **owner_forms}
        self._check(fields)
        fields = with_forms("actions", fields)
        stamp = now()
        with self._sql.write():
            action_id = self._sql.insert("actions", {"finding_id": finding_id, **fields, "created_at": stamp,
                                                 "updated_at": stamp})
            self._sql.log(finding.assessment_id, "action", action_id, "created", None, description, item_id=finding.item_id)
            self._sql.touch(finding.assessment_id, stamp)
        return action_id

    def update(self, action_id: int, **fields: Any) -> None:
        old = self.get(action_id)
        self._store.assessments.writable(old.assessment_id)
        if "due_date" in fields:
            fields["due_date"] = fields["due_date"] or None
        self._check(fields)
        fields = with_forms("actions", fields, old)
        self._sql.update_fields("actions", action_id, old, fields, assessment_id=old.assessment_id, entity="action",
                            item_id=old.item_id)

    def delete(self, action_id: int) -> None:
        old = self.get(action_id)
        self._store.assessments.writable(old.assessment_id)
        with self._sql.write() as db:
            db.execute("DELETE FROM actions WHERE id = ?", [action_id])
            self._sql.log(old.assessment_id, "action", action_id, "deleted", old.description, None, item_id=old.item_id)
            self._sql.touch(old.assessment_id, now())
