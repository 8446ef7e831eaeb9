"""Hostile input: mutated checklist files, odd text in every field, evidence with dangerous names, huge files."""

import hashlib
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exportaudit.core.checklist_loader import ChecklistError, parse_checklist
from exportaudit.core.evidence import display_name
from tests.helpers.checklists import MINI

LINES = MINI.splitlines()

HOSTILE_TEXTS = [
    "<b>bold</b> & <i>unclosed",
    "<para>para</para>",
    "&amp; &lt; &#x41; </b>",
    "x" * 100_000,
    "emoji 😀🇨🇳👩‍💻",
    "مرحبا بالعالم עברית",
    "ctrl\x01\x02\x1b[31m\x7f and NUL\x00inside",
    "=1+2",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "line\r\nbreaks\n\ttabs",
    "中文与English混排，含全角标点：「」【】",
]

toml_values = st.one_of(
    st.integers(-10, 10).map(str), st.floats(allow_nan=True, allow_infinity=True).map(
        lambda f: {float("inf"): "inf", float("-inf"): "-inf"}.get(f, "nan" if f != f else repr(f))),
    st.booleans().map(lambda b: str(b).lower()),
    st.text(max_size=8).map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'),
    st.just("[]"), st.just("{}"), st.just('["exporter", 3]'), st.just('{ zh = "", en = 1 }'), st.just('{ zh = "x" }'),
    st.just("1979-05-27T07:32:00Z"),
)


@st.composite
def mutated_checklists(draw):
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["delete", "duplicate", "value", "garble", "swap"]))
        if kind == "delete":
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, lines[index])
        elif kind == "value" and "=" in lines[index]:
            lines[index] = lines[index].split("=", 1)[0] + "= " + draw(toml_values)
        elif kind == "garble" and lines[index]:
            pos = draw(st.integers(0, len(lines[index]) - 1))
            lines[index] = lines[index][:pos] + draw(st.text(min_size=1, max_size=3)) + lines[index][pos + 1:]
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        if not lines:
            break
    return "\n".join(lines)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "400")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_checklists())
def test_loader_answers_mutations_only_with_its_own_errors(text):
    try:
        checklist = parse_checklist(text, "fuzz.toml")
    except ChecklistError as exc:
        assert exc.problems and all(str(p).startswith("fuzz.toml") for p in exc.problems)
        assert all(p.message for p in exc.problems)
    else:
        assert checklist.items and len(checklist.levels) == 6


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=lambda t: repr(t[:12]))
def test_hostile_text_round_trips_through_every_field(mini_assessment, mini_checklist, text):
    store, aid = mini_assessment
    org = store.organisations.create(text, uscc=text, sector=text, address=text, contact=text)
    other = store.assessments.create(org, mini_checklist, text, assessor=text, period_start=text)
    store.answers.set_note(other, "P1", text)
    store.answers.mark_not_applicable(other, "P2", text)
    store.db.execute("INSERT INTO findings (assessment_id, item_id, grade, description, recommendation, created_at, "
                     "updated_at) VALUES (?, 'P1', 'minor', ?, ?, 'now', 'now')", [other, text, text])
    o = store.organisations.get(org)
    a = store.assessments.get(other)
    assert (o.name, o.uscc, o.sector, o.address, o.contact) == (text.strip(), text, text, text, text)
    assert (a.title, a.assessor, a.period_start) == (text.strip(), text, text)
    assert store.answers.get(other, "P1").note == text
    assert store.answers.get(other, "P2").na_reason == text
    assert store.db.execute("SELECT description, recommendation FROM findings").fetchone() == (text, text)


# --- evidence names and sizes --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["..\\..\\evil.txt", "CON", "NUL.txt", "aux", "x" * 250 + ".pdf", " .hidden",
                                  "ctrl\x07name.txt", "报告 <1>&.docx"])
def test_evidence_with_odd_names_stays_inside_the_evidence_folder(mini_assessment, tmp_path, name):
    store, aid = mini_assessment
    source_dir = tmp_path / "incoming"
    source_dir.mkdir()
    source = source_dir / name
    source.write_bytes(b"evidence " + name.encode())
    record = store.evidence.add(aid, "P1", source)
    stored = store.evidence.path(record).resolve()
    assert stored.is_relative_to(store.vault.folder.resolve())
    assert stored.read_bytes() == source.read_bytes()
    assert record.file_name and "/" not in record.file_name and "\\" not in record.file_name
    assert len(record.file_name) <= 200 and "\x07" not in record.file_name


@pytest.mark.parametrize("given, shown", [("../../etc/passwd", "passwd"), ("/abs/path/report.pdf", "report.pdf"),
                                          ("C:\\Users\\a\\scan.jpg", "scan.jpg"), ("..", "file"), ("", "file")])
def test_display_names_drop_folders(given, shown):
    assert display_name(given) == shown


def test_attaching_a_folder_or_a_missing_file_is_refused(mini_assessment, tmp_path):
    from exportaudit.core.store import StoreError

    store, aid = mini_assessment
    for bad in (tmp_path, tmp_path / "absent.pdf"):
        with pytest.raises(StoreError, match="is not a file that can be attached"):
            store.evidence.add(aid, "P1", bad)
    assert store.evidence.all(aid) == []


# Peak memory from VmHWM: ru_maxrss would include the forking parent's (pytest's) memory.
HUGE_SCRIPT = """
import re, sys
from exportaudit.core.store import open_store
store = open_store(sys.argv[1], create=False)
aid = store.assessments.all()[0].id
record = store.evidence.add(aid, "P1", sys.argv[2])
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print(record.sha256, record.size, peak_kb)
"""


@pytest.mark.slow
def test_a_2gb_file_is_hashed_and_copied_with_bounded_memory(mini_assessment, tmp_path):
    store, aid = mini_assessment
    path = store.path
    store.close()
    big = tmp_path / "site-video.mp4"
    size = 2 * 1024**3
    with big.open("wb") as fh:  # sparse: costs no disk until copied
        fh.seek(size - 5)
        fh.write(b"tail!")
    expected = hashlib.sha256()
    with big.open("rb") as fh:
        while chunk := fh.read(8 * 1024 * 1024):
            expected.update(chunk)
    out = subprocess.run([sys.executable, "-c", HUGE_SCRIPT, str(path), str(big)], capture_output=True, text=True,
                         timeout=600, check=True).stdout.split()
    sha, stored_size, max_rss_kb = out[0], int(out[1]), int(out[2])
    assert sha == expected.hexdigest() and stored_size == size
    assert max_rss_kb < 150 * 1024, f"peak memory {max_rss_kb / 1024:.0f} MB while copying 2 GB"
    with __import__("exportaudit.core.store", fromlist=["open_store"]).open_store(path, read_only=True) as s:
        copy = s.evidence.path(s.evidence.all(aid)[0])
        assert copy.stat().st_size == size
        copy.unlink()  # give the disk space back at once
