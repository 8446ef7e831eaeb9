"""Chinese line breaking (kinsoku) for reportlab's CJK wrap.

reportlab's ``cjkFragSplit`` knows only part of the punctuation that may not start a line (it lacks the full-width
，；：？！ among others) and lets the marks it knows hang past the right margin. A client's report must have
neither: no line starting with closing punctuation, no mark alone on a line, nothing past a margin. ``install``
swaps in a split that, when a line would start with such a mark (or end with an opening bracket), carries the
last character(s) of the line down with it, as Chinese typesetters do. Latin words are kept whole as before.
"""

from __future__ import annotations

from unicodedata import category

from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph
from reportlab.rl_config import _FUZZ

# closing punctuation and marks that must not begin a line (Chinese, and the ASCII forms that follow words)
CANNOT_START = frozenset(ALL_CANNOT_START + "，。、；：？！）」』】》〉〕｝］…·”’%‰" + ",.;:?!)]}")
# opening punctuation that must not end a line
CANNOT_END = frozenset("（「『【《〈〔｛［“‘([{")


def _legal_break(chars, start: int, at: int) -> int:
    """The latest position <= ``at`` where a line that began at ``start`` may end; ``at`` itself if none (a run
    of marks longer than the line is broken anyway). A space before a forbidden mark ("A · B") does not help,
    as the next line would still start with the mark: then the break moves back to the space before."""
    b = at
    while b > start + 1 and (chars[b] in CANNOT_START or chars[b - 1] in CANNOT_END or _space_before_mark(chars, b)):
        if _space_before_mark(chars, b):
            space = next((j for j in range(b - 1, start, -1) if category(chars[j]) == "Zs"), None)
            if space is None:
                break
            b = space + 1
            continue
        b -= 1
    return b if b > start + 1 else at


def _space_before_mark(chars, b: int) -> bool:
    """True when a break at ``b`` leaves spaces and then a mark that may not start a line."""
    j = b
    while j < len(chars) and category(chars[j]) == "Zs":
        j += 1
    return j > b and j < len(chars) and chars[j] in CANNOT_START


def _latin_break(chars, start: int, at: int) -> int:
    """Inside a Latin word, the position after the last space (or CJK character) in the second half of the line,
    so the word moves down whole; ``at`` when there is none."""
    for j in range(at - 1, (start + at) >> 1, -1):
        if category(chars[j]) == "Zs" or ord(chars[j]) >= 0x3000:
            return j + 1
    return at


def _lines(chars, widths, maxWidths, hard):
    """Line spans ``(start, end, width, hard break)`` for characters ``chars`` of ``widths``; ``hard(i)`` says a
    forced line break follows character ``i``."""
    spans = []
    start = i = 0
    used = 0.0
    max_w = maxWidths[0]
    n = len(chars)
    while i < n:
        forced = hard(i)
        if forced or (used + widths[i] > max_w + _FUZZ and i > start):
            if forced:
                end = i + 1
            else:
                end = i
                if ord(chars[i][:1] or " ") < 0x3000 and category(chars[i][:1] or " ") != "Zs":
                    end = _latin_break(chars, start, end)
                end = _legal_break(chars, start, end)
            spans.append((start, end, sum(widths[start:end]), forced))
            max_w = maxWidths[min(len(spans), len(maxWidths) - 1)]
            start = i = end
            while not forced and start < n and category(chars[start][:1] or "x") == "Zs":  # no space at a line start
                start = i = start + 1
            used = 0.0
            continue
        used += widths[i]
        i += 1
    if start < n:
        spans.append((start, n, sum(widths[start:]), False))
    return spans


_memo: dict[tuple, tuple] = {}  # (id of the frags, widths, bounds) -> (the frags, their lines)
MEMO_SIZE = 4096


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    """reportlab's ``cjkFragSplit`` (several fonts in one paragraph) with the rules above. A table measures each
    cell several times, and the contents page asks for a second layout pass: the same paragraph at the same
    width is broken once (remembered by identity, the frags kept alive so the identity stays theirs)."""
    key = (id(frags), tuple(maxWidths), calcBounds)
    hit = _memo.get(key)
    if hit is not None and hit[0] is frags:
        return hit[1]
    result = _split(frags, maxWidths, calcBounds, encoding)
    if len(_memo) >= MEMO_SIZE:
        _memo.clear()
    _memo[key] = (frags, result)
    return result


def _split(frags, maxWidths, calcBounds, encoding):
    chars = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            chars.extend(_paragraph.cjkU(t, f, encoding) for t in text)
        else:
            chars.append(_paragraph.cjkU(text, f, encoding))
    widths = []
    for u in chars:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = maxWidths[0]
            w = w.normalizedValue(maxWidths[0])
        widths.append(w)
    lines = []
    for start, end, width, forced in _lines(chars, widths, maxWidths, lambda i: hasattr(chars[i].frag, "lineBreak")):
        max_w = maxWidths[min(len(lines), len(maxWidths) - 1)]
        lines.append(_paragraph.makeCJKParaLine(chars[start:end], max_w, width, max_w - width, forced, calcBounds))
    return _paragraph.ParaLines(kind=1, lines=lines)


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):
    """reportlab's ``wordSplit`` (a paragraph in one font) with the rules above: ``[(spare width, line), ...]``."""
    if isinstance(word, bytes):
        word = word.decode(encoding)
    widths = [stringWidth(c, fontName, fontSize) for c in word]
    out = []
    for start, end, width, _ in _lines(word, widths, maxWidths, lambda i: False):
        max_w = maxWidths[min(len(out), len(maxWidths) - 1)]
        out.append((max_w - width, word[start:end]))
    return out


def install() -> None:
    """Use ``cjk_frag_split`` for every CJK-wrapped paragraph (idempotent)."""
    _paragraph.cjkFragSplit = cjk_frag_split
    _paragraph.wordSplit = word_split
