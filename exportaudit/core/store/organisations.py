"""Organisations: the client firms whose programmes are assessed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exportaudit.core.records import Organisation
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.forms import form_fields, with_forms
from exportaudit.core.store.rows import record
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store

ORGANISATION_FIELDS = ("name", "uscc", "sector", "operator_type", "size", "address", "contact", "logo_path",
                       *form_fields("organisations"))


def check_scope(operator_type: str | None, size: str | None) -> None:
    """Refuse an operator type or a company size the vocabularies do not know."""
    if operator_type is not None and operator_type not in OPERATOR_TYPES:
        raise StoreError(f"Unknown operator type '{operator_type}'; expected one of: {', '.join(OPERATOR_TYPES)}.")
    if size is not None and size not in SIZES:
        raise StoreError(f"Unknown company size '{size}'; expected one of: {', '.join(SIZES)}.")


class Organisations:
    """The organisations table: ``store.organisations``."""

    def __init__(self, store: Store):
        self._sql = store.sql

    def all(self) -> list[Organisation]:
        return [record(Organisation, r)
                for r in self._sql.all("SELECT * FROM organisations ORDER BY name COLLATE NOCASE, id")]

    def get(self, organisation_id: int) -> Organisation:
        row = self._sql.one("SELECT * FROM organisations WHERE id = ?", [organisation_id])
        if row is None:
            raise StoreError(f"There is no organisation with id {organisation_id}.")
        return record(Organisation, row)

    @staticmethod
    def _check(fields: dict) -> None:
        unknown = set(fields) - set(ORGANISATION_FIELDS)
        if unknown:
            raise StoreError(f"Unknown organisation field(s): {', '.join(sorted(unknown))}.")
        check_scope(fields.get("operator_type"), fields.get("size"))

    def create(self, name: str = "", **fields: Any) -> int:
        """A new organisation; its name as one value, or as ``name_zh`` and ``name_en`` (either may be empty)."""
        self._check(fields)
        fields = with_forms("organisations", {"name": (name or "").strip(), **fields})
        if not fields["name"]:
            raise StoreError("An organisation needs a name.")
        stamp = now()
        row = {**fields, "created_at": stamp, "updated_at": stamp}
        with self._sql.write():
            organisation_id = self._sql.insert("organisations", row)
            self._sql.log(None, "organisation", organisation_id, "created", None, row["name"])
        return organisation_id

    def update(self, organisation_id: int, **fields: Any) -> None:
        self._check(fields)
        old = self.get(organisation_id)
        fields = with_forms("organisations", fields, old)
        if "name" in fields and not (fields["name"] or "").strip():
            raise StoreError("An organisation needs a name.")
        self._sql.update_fields("organisations", organisation_id, old, fields,
                                assessment_id=None, entity="organisation")

    def delete(self, organisation_id: int) -> None:
        old = self.get(organisation_id)
        with self._sql.write() as db:
            db.execute("DELETE FROM organisations WHERE id = ?", [organisation_id])
            self._sql.log(None, "organisation", organisation_id, "deleted", old.name, None)
