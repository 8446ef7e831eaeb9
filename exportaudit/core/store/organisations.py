"""Organisations: the client firms whose programmes are assessed."""

from __future__ import annotations

from typing import Any

from exportaudit.core.store.base import StoreBase, now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.records import Organisation

ORGANISATION_FIELDS = ("name", "uscc", "sector", "operator_type", "size", "address", "contact", "logo_path")


class OrganisationsMixin(StoreBase):
    def organisations(self) -> list[Organisation]:
        return [Organisation.from_row(r) for r in self._all("SELECT * FROM organisations ORDER BY name COLLATE NOCASE, id")]

    def organisation(self, organisation_id: int) -> Organisation:
        row = self._one("SELECT * FROM organisations WHERE id = ?", [organisation_id])
        if row is None:
            raise StoreError(f"There is no organisation with id {organisation_id}.")
        return Organisation.from_row(row)

    def create_organisation(self, name: str, **fields: Any) -> int:
        if not name or not name.strip():
            raise StoreError("An organisation needs a name.")
        unknown = set(fields) - set(ORGANISATION_FIELDS)
        if unknown:
            raise StoreError(f"Unknown organisation field(s): {', '.join(sorted(unknown))}.")
        self._check_scope(fields.get("operator_type"), fields.get("size"))
        stamp = now()
        row = {"name": name.strip(), **fields, "created_at": stamp, "updated_at": stamp}
        with self._write() as db:
            cursor = db.execute(
                f"INSERT INTO organisations ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
            organisation_id = cursor.lastrowid
            self._log(None, "organisation", organisation_id, "created", None, row["name"])
        return organisation_id

    def update_organisation(self, organisation_id: int, **fields: Any) -> None:
        unknown = set(fields) - set(ORGANISATION_FIELDS)
        if unknown:
            raise StoreError(f"Unknown organisation field(s): {', '.join(sorted(unknown))}.")
        if "name" in fields and not (fields["name"] or "").strip():
            raise StoreError("An organisation needs a name.")
        self._check_scope(fields.get("operator_type"), fields.get("size"))
        self._update_fields("organisations", organisation_id, self.organisation(organisation_id), fields,
                            assessment_id=None, entity="organisation")

    def delete_organisation(self, organisation_id: int) -> None:
        old = self.organisation(organisation_id)
        with self._write() as db:
            db.execute("DELETE FROM organisations WHERE id = ?", [organisation_id])
            self._log(None, "organisation", organisation_id, "deleted", old.name, None)
