"""The single-value columns that also have a Chinese and an English form (migration 0013), and keeping the two in
step: ``name`` holds the forms joined ("中文 / English", what the fingerprint and the history read), ``name_zh`` and
``name_en`` the forms themselves (what a single-language report and the window read)."""

from __future__ import annotations

from typing import Any

from exportaudit.core.bilingual import Forms

FORM_COLUMNS = {"organisations": ("name", "sector", "address", "contact"),
                "assessments": ("title", "assessor", "assessor_role", "reviewer"),
                "findings": ("response_owner",), "actions": ("owner",)}


def form_fields(table: str) -> tuple[str, ...]:
    """The form columns of ``table``: ``name_zh``, ``name_en``, ..."""
    return tuple(f"{c}_{lang}" for c in FORM_COLUMNS.get(table, ()) for lang in ("zh", "en"))


def with_forms(table: str, fields: dict, old: Any = None) -> dict:
    """``fields`` with every name of ``table`` that has two forms in step (FORM_COLUMNS): given a form
    (``name_zh``, ``name_en``; the other one kept from ``old``), the single value becomes the two joined; given
    only the single value (an older caller, a package from an older version), it is read into its forms."""
    fields = dict(fields)
    for name in FORM_COLUMNS.get(table, ()):
        zh_key, en_key = f"{name}_zh", f"{name}_en"
        if zh_key in fields or en_key in fields:
            current = old.forms(name) if old is not None else Forms()
            forms = Forms(fields.get(zh_key, current.zh) or "", fields.get(en_key, current.en) or "").stripped()
            fields.update({name: forms.joined, zh_key: forms.zh, en_key: forms.en})
        elif name in fields and isinstance(fields[name], str):
            forms = Forms.of(fields[name])
            fields.update({zh_key: forms.zh, en_key: forms.en})
    return fields
