"""The fields of an order record, the column mapping from a file's headers to them, and the guess at a mapping.

A ColumnMapping names columns by header text, not by position, so a mapping saved for one export applies to
next year's export of the same ERP report even if columns moved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from exportaudit.core.testing.orders.values import DATE_ORDERS
from exportaudit.core.text import Text


@dataclass(frozen=True, slots=True)
class OrderField:
    id: str
    label: Text
    required: bool
    synonyms: tuple[str, ...]  # header words in Chinese and English, compared after normalise_header()


# Display order of the mapping dialog. Only the order id is required; every other field may stay unmapped.
ORDER_FIELDS: tuple[OrderField, ...] = (
    OrderField("order_id", Text("订单号", "Order id"), True,
               ("订单号", "订单编号", "订单", "单号", "单据号", "单据编号", "合同号", "合同编号", "销售订单", "销售订单号",
                "发货单号", "出货单号", "出库单号", "发票号", "order id", "order no", "order number", "order", "order ref",
                "sales order", "so", "so no", "so number", "document no", "document number", "shipment id",
                "shipment no", "contract no", "invoice no", "reference")),
    OrderField("date", Text("日期", "Date"), False,
               ("日期", "订单日期", "下单日期", "签约日期", "合同日期", "发货日期", "出货日期", "出口日期", "出库日期",
                "报关日期", "date", "order date", "ship date", "shipment date", "shipping date", "posting date",
                "document date", "contract date", "export date")),
    OrderField("customer", Text("客户", "Customer"), False,
               ("客户", "客户名称", "客户名", "买方", "购货方", "购买方", "进口商", "进口方", "customer", "customer name",
                "buyer", "sold to", "sold-to party", "client", "importer", "purchaser")),
    OrderField("end_user", Text("最终用户", "End user"), False,
               ("最终用户", "最终用户名称", "终端用户", "最终客户", "最终使用者", "最终使用人", "最终收货人", "end user",
                "end-user", "enduser", "end user name", "end customer", "ultimate consignee", "ultimate end user")),
    OrderField("destination", Text("目的国", "Destination country"), False,
               ("目的国", "目的国家", "目的国家地区", "目的国地区", "目的地", "运抵国", "运抵国地区", "最终目的国", "国家",
                "国家地区", "国别", "destination", "destination country", "country", "country of destination",
                "ship to country", "ship-to country", "dest country")),
    OrderField("item", Text("品名", "Item description"), False,
               ("品名", "物项", "物项名称", "产品", "产品名称", "货物名称", "商品名称", "物料", "物料名称", "物料描述",
                "品名规格", "名称规格", "规格型号", "型号", "item", "item description", "description", "product",
                "product name", "material", "material description", "goods", "goods description")),
    OrderField("control_code", Text("管制编码", "Control code"), False,
               ("管制编码", "管制编号", "出口管制编码", "管制物项编码", "管制清单编码", "两用物项编码", "管制码", "control code",
                "export control code", "eccn", "control list code", "classification", "export classification",
                "dual-use code", "dual use code")),
    OrderField("value", Text("金额", "Value"), False,
               ("金额", "总金额", "订单金额", "合同金额", "发票金额", "货值", "价值", "总价", "金额元", "value", "amount",
                "total", "total amount", "net value", "order value", "invoice value", "invoice amount")),
    OrderField("currency", Text("币种", "Currency"), False,
               ("币种", "币别", "货币", "币制", "currency", "curr", "currency code")),
    OrderField("licence", Text("许可证号", "Licence number"), False,
               ("许可证号", "许可证编号", "许可证", "出口许可证号", "出口许可证", "许可证件号", "许可编号", "licence",
                "license", "licence no", "license no", "licence number", "license number", "export licence",
                "export license", "permit", "permit no")),
)
FIELD_IDS = tuple(f.id for f in ORDER_FIELDS)
_BY_ID = {f.id: f for f in ORDER_FIELDS}


def order_field(field_id: str) -> OrderField:
    return _BY_ID[field_id]


_PUNCT = re.compile(r"[\s\-_./\\:：()（）\[\]【】#*]+")


def normalise_header(text: str) -> str:
    """Header text compared for guessing and remembering: full-width folded, lower case, spaces and punctuation
    removed ("Order No." -> "orderno", "目的国/地区" -> "目的国地区")."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text).casefold())


_SYNONYMS: dict[str, list[str]] = {f.id: [normalise_header(s) for s in f.synonyms] for f in ORDER_FIELDS}


class MappingError(ValueError):
    """A mapping does not fit a file's headers (a mapped header is missing, or the order id is not mapped)."""


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (by header text) feeds which order field, plus how to read ambiguous values.

    ``columns`` maps field id -> header text exactly as SourceTable.headers shows it. ``date_order`` settles
    dates such as 05/03/2026 ("dmy": 5 March; "mdy": 3 May). ``default_currency`` is used for amounts that
    name no currency when no currency column is mapped.
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    date_order: str = "dmy"
    default_currency: str = ""

    def __post_init__(self) -> None:
        unknown = set(self.columns) - set(FIELD_IDS)
        if unknown:
            raise MappingError(f"Unknown order field(s): {', '.join(sorted(unknown))}.")
        if self.date_order not in DATE_ORDERS:
            raise MappingError(f"Unknown date order '{self.date_order}'; expected one of: {', '.join(DATE_ORDERS)}.")
        object.__setattr__(self, "columns", {k: self.columns[k] for k in FIELD_IDS if self.columns.get(k)})

    def with_column(self, field_id: str, header: str | None) -> ColumnMapping:
        """A copy with ``field_id`` mapped to ``header`` (None or "" unmaps it); any other field that used
        ``header`` is unmapped, since one column feeds one field."""
        columns = {k: v for k, v in self.columns.items() if k != field_id and (not header or v != header)}
        if header:
            columns[field_id] = header
        return ColumnMapping(columns, self.date_order, self.default_currency)

    def resolve(self, headers: list[str]) -> dict[str, int]:
        """Field id -> column index in ``headers``. Raises MappingError when the order id is unmapped or a mapped
        header is not in the file."""
        if "order_id" not in self.columns:
            raise MappingError("Map a column to the order id; every order needs one.")
        index = {h: n for n, h in enumerate(headers)}
        missing = [f"{order_field(k).label.en} ← '{v}'" for k, v in self.columns.items() if v not in index]
        if missing:
            raise MappingError(f"The file has no column for: {'; '.join(missing)}.")
        return {k: index[v] for k, v in self.columns.items()}

    def fits(self, headers: list[str]) -> bool:
        try:
            self.resolve(headers)
            return True
        except MappingError:
            return False

    def to_dict(self) -> dict:
        return {"columns": dict(self.columns), "date_order": self.date_order, "default_currency": self.default_currency}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping) -> ColumnMapping:
        return cls(dict(data.get("columns", {})), data.get("date_order", "dmy"), data.get("default_currency", ""))

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        return cls.from_dict(json.loads(text))


def _match_score(field_id: str, header: str) -> int:
    """How well a header names a field: 3 exact synonym, 2 the header's last part is one (a merged group header
    above it), 1 a synonym of two or more characters contained in it; 0 none."""
    norm = normalise_header(header)
    if not norm:
        return 0
    parts = [normalise_header(p) for p in re.split(r"\s*/\s*|\n", header) if p.strip()]
    best = 0
    for syn in _SYNONYMS[field_id]:
        if norm == syn:
            return 3 * 100 + len(syn)
        if parts and parts[-1] == syn:
            best = max(best, 2 * 100 + len(syn))
        elif len(syn) >= 2 and syn in norm and not (syn.isascii() and len(syn) < 4):
            best = max(best, 100 + len(syn))
    return best


def guess_mapping(headers: list[str], base: ColumnMapping | None = None) -> ColumnMapping:
    """The most likely mapping for ``headers`` from Chinese and English header words.

    Each column feeds at most one field and each field takes at most one column, best matches first (exact
    synonyms, then a group header's sub-header, then longer contained words: "最终用户" beats "用户"). Fields
    mapped in ``base`` whose header exists are kept as they are.
    """
    base = base or ColumnMapping()
    kept = {k: v for k, v in base.columns.items() if v in headers}
    taken = set(kept.values())
    candidates = sorted(((_match_score(f, h), -n, f, h) for f in FIELD_IDS if f not in kept
                         for n, h in enumerate(headers) if h not in taken), reverse=True)
    columns = dict(kept)
    for score, _pos, field_id, header in candidates:
        if score <= 0:
            break
        if field_id in columns or header in taken:
            continue
        columns[field_id] = header
        taken.add(header)
    return ColumnMapping(columns, base.date_order, base.default_currency)


def header_matches_a_field(header: str) -> bool:
    """True when a cell reads like a known column name (used to find the header row)."""
    return any(_match_score(f, header) >= 200 for f in FIELD_IDS)


def headers_signature(headers: list[str]) -> str:
    """A stable key for a set of headers (order-insensitive), used to remember a mapping for the same report."""
    return "|".join(sorted(normalise_header(h) for h in headers if normalise_header(h)))
