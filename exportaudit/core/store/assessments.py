"""Assessments: their fields, copies, scoring model and modules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exportaudit.core.checklist import Checklist
from exportaudit.core.records import Assessment
from exportaudit.core.scoring_model2 import CURRENT_MODEL, MODELS, parse_date
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import ReadOnlyError, StoreError
from exportaudit.core.store.forms import form_fields, with_forms
from exportaudit.core.store.organisations import check_scope
from exportaudit.core.store.rows import record
from exportaudit.core.vocab import ASSESSMENT_KINDS, FACTS, INDEPENDENCE

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store

ASSESSMENT_FIELDS = ("title", "kind", "period_start", "period_end", "assessor", "target_profile",
                     "operator_type", "size", "assessor_role", "independence", "reviewer", "review_date",
                     "lookback_months", "facts", "modules", *form_fields("assessments"))


def _title_forms(title: str) -> tuple[str, str]:
    forms = with_forms("assessments", {"title": title.strip()})
    return forms["title_zh"], forms["title_en"]


def facts_text(facts) -> str | None:
    """Structural facts as stored: known keys, sorted, comma-separated; None stays None (never stated)."""
    if facts is None:
        return None
    values = [f for f in (facts.split(",") if isinstance(facts, str) else facts) if f]
    unknown = sorted(set(values) - set(FACTS))
    if unknown:
        raise StoreError(code="unknown_facts", facts=", ".join(unknown), expected=", ".join(FACTS))
    return ",".join(sorted(set(values)))


class Assessments:
    """The assessments table: ``store.assessments``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def get(self, assessment_id: int) -> Assessment:
        row = self._sql.one("SELECT * FROM assessments WHERE id = ?", [assessment_id])
        if row is None:
            raise StoreError(code="no_assessment", id=assessment_id)
        return record(Assessment, row)

    def writable(self, assessment_id: int) -> Assessment:
        """The assessment, refused when it is finalised (read-only until reopened)."""
        assessment = self.get(assessment_id)
        if assessment.is_final:
            raise ReadOnlyError(code="finalised", title=assessment.title)
        return assessment

    def with_fingerprint(self, fingerprint: str) -> list[int]:
        """Finalised assessments whose recorded fingerprint is ``fingerprint``."""
        return [r["id"] for r in self._sql.all("SELECT id FROM assessments WHERE fingerprint = ? ORDER BY id",
                                               [fingerprint.lower()])]

    def all(self, organisation_id: int | None = None) -> list[Assessment]:
        if organisation_id is None:
            rows = self._sql.all("SELECT * FROM assessments ORDER BY updated_at DESC, id DESC")
        else:
            rows = self._sql.all("SELECT * FROM assessments WHERE organisation_id = ? ORDER BY updated_at DESC, id DESC",
                             [organisation_id])
        return [record(Assessment, r) for r in rows]

    def latest(self) -> Assessment | None:
        """The most recently changed assessment, the natural default for the CLI."""
        row = self._sql.one("SELECT * FROM assessments ORDER BY updated_at DESC, id DESC LIMIT 1", [])
        return record(Assessment, row) if row else None

    @staticmethod
    def _check_fields(fields: dict, checklist: Checklist) -> None:
        unknown = set(fields) - set(ASSESSMENT_FIELDS)
        if unknown:
            raise StoreError(f"Unknown assessment field(s): {', '.join(sorted(unknown))}.")
        if "title" in fields and not (fields["title"] or "").strip():
            raise StoreError("An assessment needs a title.")
        if "kind" in fields and fields["kind"] not in ASSESSMENT_KINDS:
            raise StoreError(f"Unknown assessment type '{fields['kind']}'; expected one of: {', '.join(ASSESSMENT_KINDS)}.")
        profile = fields.get("target_profile")
        if profile is not None and checklist.profile(profile) is None:
            raise StoreError(f"Checklist {checklist.id} has no target profile '{profile}'; expected one of: "
                             f"{', '.join(p.id for p in checklist.target_profiles)}.")
        check_scope(fields.get("operator_type"), fields.get("size"))
        independence = fields.get("independence")
        if independence is not None and independence not in INDEPENDENCE:
            raise StoreError(code="independence", value=independence, expected=", ".join(INDEPENDENCE))
        review_date = fields.get("review_date")
        if review_date and (len(review_date) != 10 or parse_date(review_date) is None):
            raise StoreError(code="not_a_date", value=review_date)
        if "lookback_months" in fields:
            months = fields["lookback_months"]
            if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 120:
                raise StoreError(code="lookback_range", months=repr(months))
        if "facts" in fields:
            fields["facts"] = facts_text(fields["facts"])
        for module in (fields.get("modules") or "").split():
            if checklist.module(module) is None:
                raise StoreError(code="no_module", checklist=checklist.id, module=module,
                                 expected=", ".join(m.id for m in checklist.modules) or "—")

    def set_module(self, assessment_id: int, module_id: str, on: bool) -> None:
        """Switch an optional checklist module on or off for an assessment (logged like any field change).

        Answers to the module's items are kept while it is off, so switching it back on loses nothing.
        """
        modules = list(self.get(assessment_id).module_ids)
        if on and module_id not in modules:
            modules.append(module_id)
        elif not on and module_id in modules:
            modules.remove(module_id)
        else:
            return
        self.update(assessment_id, modules=" ".join(modules))

    def create(self, organisation_id: int, checklist: Checklist, title: str = "", *,
               scoring_model: int = CURRENT_MODEL, **fields: Any) -> int:
        """A new draft assessment, scored with the current model unless ``scoring_model`` says otherwise. The title
        and names come as one value each or in two forms (``title_zh``, ``title_en``...)."""
        if scoring_model not in MODELS:
            raise StoreError(code="scoring_model", model=repr(scoring_model), expected=", ".join(map(str, MODELS)))
        org = self._store.organisations.get(organisation_id)
        fields = with_forms("assessments", {"title": (title or "").strip(), "operator_type": org.operator_type,
                                            "size": org.size, **fields})
        self._check_fields(fields, checklist)
        self._store.checklists.keep(checklist)
        stamp = now()
        row = {"organisation_id": organisation_id, "checklist_sha256": checklist.sha256, **fields,
               "scoring_model": scoring_model, "created_at": stamp, "updated_at": stamp}
        with self._sql.write():
            assessment_id = self._sql.insert("assessments", row)
            self._sql.log(assessment_id, "assessment", assessment_id, "created", None, row["title"])
        return assessment_id

    def update(self, assessment_id: int, **fields: Any) -> None:
        old = self.writable(assessment_id)
        fields = with_forms("assessments", fields, old)
        self._check_fields(fields, self._store.checklists.get(old.checklist_sha256))
        self._sql.update_fields("assessments", assessment_id, old, fields, assessment_id=assessment_id, entity="assessment")

    def duplicate(self, assessment_id: int, title: str) -> int:
        """A copy with every answer, note and evidence link; the copy starts as a draft."""
        old = self.get(assessment_id)
        if not title.strip():
            raise StoreError("An assessment needs a title.")
        stamp = now()
        with self._sql.write() as db:
            cursor = db.execute(
                "INSERT INTO assessments (organisation_id, title, checklist_sha256, kind, period_start, period_end, "
                "assessor, target_profile, operator_type, size, facts, status, created_at, updated_at, scoring_model, "
                "lookback_months, assessor_role, independence, modules, title_zh, title_en, assessor_zh, assessor_en, "
                "assessor_role_zh, assessor_role_en) "
                "SELECT organisation_id, ?, checklist_sha256, kind, period_start, period_end, assessor, target_profile, "
                "operator_type, size, facts, 'draft', ?, ?, scoring_model, lookback_months, assessor_role, independence, "
                "modules, ?, ?, assessor_zh, assessor_en, assessor_role_zh, assessor_role_en "
                "FROM assessments WHERE id = ?", [title.strip(), stamp, stamp, *_title_forms(title), old.id])
            new_id = cursor.lastrowid
            db.execute("INSERT INTO responses (assessment_id, item_id, level, na, na_reason, note, reconfirm, updated_at, "
                       "updated_by) SELECT ?, item_id, level, na, na_reason, note, reconfirm, updated_at, updated_by "
                       "FROM responses WHERE assessment_id = ?", [new_id, old.id])
            db.execute("INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, note, added_at, added_by, "
                       "kind, covered_date) SELECT ?, item_id, sha256, file_name, size, note, added_at, added_by, kind, "
                       "covered_date FROM evidence WHERE assessment_id = ?", [new_id, old.id])
            self._store.engagements.copy(old.id, new_id, keep_opinion=True)
            self._sql.log(new_id, "assessment", new_id, "created", None, f"{title.strip()} (copy of #{old.id})")
        return new_id

    def set_scoring_model(self, assessment_id: int, model: int) -> None:
        """Re-score an open assessment with a newer model (logged). A finalised one keeps the model it was signed
        with; going back to an older model is refused."""
        old = self.writable(assessment_id)
        if model not in MODELS:
            raise StoreError(code="scoring_model", model=repr(model), expected=", ".join(map(str, MODELS)))
        if model < old.scoring_model:
            raise StoreError(code="scoring_model_back", title=old.title, current=old.scoring_model, model=model)
        if model == old.scoring_model:
            return
        with self._sql.write() as db:
            stamp = now()
            db.execute("UPDATE assessments SET scoring_model = ?, updated_at = ? WHERE id = ?",
                       [model, stamp, assessment_id])
            self._sql.log(assessment_id, "assessment", assessment_id, "scoring_model", old.scoring_model, model)

    def delete(self, assessment_id: int) -> None:
        old = self.get(assessment_id)
        with self._sql.write() as db:
            db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            self._sql.log(assessment_id, "assessment", assessment_id, "deleted", old.title, None)
