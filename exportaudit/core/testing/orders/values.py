"""Reading the values of an ERP export: dates written in many ways, amounts with currency and separators.

Each parser takes what a cell holds (text from a CSV, or str / int / float / datetime from a workbook) and
returns a clean value, or raises ValueError with a reason a user can act on.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

DATE_ORDERS = ("dmy", "mdy")  # how to read 05/03/2026 when both parts could be the month

# Excel serial numbers accepted as dates: 1950-01-01 .. 2099-12-31 (outside that, a number is not a date here).
SERIAL_MIN, SERIAL_MAX = 18264, 73415

_TIME = r"(?:[ T]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?"
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?" + _TIME + r"\s*$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_XYZ = re.compile(r"^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})" + _TIME + r"\s*$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_MONTHS = {m: n for n, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")], start=1) for m in names}
_MONTH = r"([A-Za-z]{3,9})\.?"
_D_MON_Y = re.compile(r"^(\d{1,2})[\s\-/]*" + _MONTH + r"[\s\-/,]*(\d{4}|\d{2})" + _TIME + r"\s*$")
_MON_D_Y = re.compile(r"^" + _MONTH + r"[\s\-/]*(\d{1,2})(?:st|nd|rd|th)?[\s,\-/]*(\d{4})" + _TIME + r"\s*$")


def normalise(text: str) -> str:
    """Full-width forms folded (１２３ -> 123, ，-> ,), outer spaces stripped."""
    return unicodedata.normalize("NFKC", text).strip()


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"'{original}' is not a real date") from None


def parse_date(value, date_order: str = "dmy", date1904: bool = False) -> date | None:
    """A date from a cell: datetime/date objects, Excel serial numbers, or text such as 2026-03-05, 2026/3/5,
    2026.3.5, 20260305, 2026年3月5日, 05.03.2026, 05/03/2026, 5-Mar-2026, Mar 5, 2026 (an optional time is ignored).

    Dotted day-first dates (05.03.2026) are always day.month.year. For 05/03/2026 and 05-03-2026 a part above
    12 settles the order; otherwise ``date_order`` ("dmy" or "mdy") does. Empty cells give None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is not a date")
    if isinstance(value, (int, float)):
        return _serial(value, str(value), date1904)
    original = str(value)
    text = normalise(original)
    if not text:
        return None
    m = _YMD.match(text) or _COMPACT.match(text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), original)
    m = _XYZ.match(text)
    if m:
        a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), _year(m.group(4))
        if sep == "." or a > 12 or (date_order == "dmy" and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
        if month > 12:
            raise ValueError(f"'{original}' is not a real date")
        return _make(year, month, day, original)
    m = _D_MON_Y.match(text)
    if m and m.group(2).lower() in _MONTHS:
        return _make(_year(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)), original)
    m = _MON_D_Y.match(text)
    if m and m.group(1).lower() in _MONTHS:
        return _make(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)), original)
    if _SERIAL.match(text):
        return _serial(float(text), original, date1904)
    raise ValueError(f"'{original}' is not a date ExportAudit can read (for example 2026-03-05 or 2026年3月5日)")


def _serial(number: float, original: str, date1904: bool) -> date:
    if not SERIAL_MIN <= number <= SERIAL_MAX:
        raise ValueError(f"the number {original} is not a date")
    from openpyxl.utils.datetime import (  # lazy: openpyxl costs ~90 ms at GUI start
        CALENDAR_MAC_1904,
        CALENDAR_WINDOWS_1900,
        from_excel,
    )
    return from_excel(number, CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900).date()


# --- amounts ----------------------------------------------------------------------------------------

_CURRENCY_WORDS = [  # longest first; matched after NFKC folding (￥ becomes ¥)
    ("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("港币", "HKD"), ("港元", "HKD"),
    ("英镑", "GBP"), ("韩元", "KRW"), ("US$", "USD"), ("HK$", "HKD"), ("RMB", "CNY"), ("元", "CNY"),
    ("¥", "CNY"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₩", "KRW"), ("₹", "INR"),
]
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3}){2,}(,\d+)?$")
_PLAIN = re.compile(r"^\d+(\.\d+)?$|^\.\d+$")


def parse_amount(value) -> tuple[float | None, str]:
    """(amount, currency code) from a cell: 1234.5, "¥1,234.50", "USD 1,200", "1.234,50 €", "(300)", "12.5万元".

    The currency is "" when the cell names none; ¥/￥ and 元 read as CNY, $ as USD. A "万" multiplies by 10,000.
    Empty cells give (None, "").
    """
    if value is None:
        return None, ""
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is not an amount")
    if isinstance(value, (int, float)):
        return float(value), ""
    original = str(value)
    text = normalise(original)
    if not text:
        return None, ""
    currency = ""
    for word, code in _CURRENCY_WORDS:
        if word in text:
            currency = currency or code
            text = text.replace(word, " ")
    code = _CODE.search(text)
    if code:
        currency = currency or code.group(1)
        text = text[:code.start()] + " " + text[code.end():]
    factor = 1.0
    if "万" in text:
        factor, text = 10_000.0, text.replace("万", " ")
    negative = False
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    text = text.replace(" ", "").replace("\u00a0", "").replace("'", "").replace("\u2009", "")
    if text.startswith("-"):
        negative, text = True, text[1:]
    elif text.endswith("-"):
        negative, text = True, text[:-1]
    elif text.startswith("+"):
        text = text[1:]
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        if _THOUSANDS_COMMA.match(text):
            text = text.replace(",", "")
        elif _DECIMAL_COMMA.match(text):
            text = text.replace(",", ".")
        else:
            raise ValueError(f"'{original}' is not an amount ExportAudit can read")
    elif _THOUSANDS_DOT.match(text):
        text = text.replace(".", "")
    if not _PLAIN.match(text):
        raise ValueError(f"'{original}' is not an amount ExportAudit can read")
    amount = float(text) * factor
    return (-amount if negative else amount), currency


def cell_text(value) -> str:
    """A cell as text for a text field: whole numbers without ".0", dates as YYYY-MM-DD, spaces trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def looks_like_data(value) -> bool:
    """True for a cell that holds a number, a date or an amount: such a row is data, not a header."""
    if value is None:
        return False
    if isinstance(value, (int, float, datetime, date)) and not isinstance(value, bool):
        return True
    text = str(value).strip()
    if not text or len(text) > 40:
        return False
    if not any(ch.isdigit() for ch in text):
        return False
    try:
        parse_date(text)
        return True
    except ValueError:
        pass
    try:
        amount, _ = parse_amount(text)
        return amount is not None
    except ValueError:
        return False
