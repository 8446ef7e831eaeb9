"""Evidence files are what they claim: a symbolic link is refused with its real target named, and a file that
changes while it is copied is refused without leaving a partial copy in the evidence folder."""

import os

import pytest

from exportaudit.core import evidence
from exportaudit.core.store import StoreError


def files_in(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_symbolic_link_is_refused_naming_the_real_file(mini_assessment, tmp_path):
    store, aid = mini_assessment
    real = tmp_path / "draft-policy.docx"
    real.write_bytes(b"draft, never signed")
    link = tmp_path / "signed-policy.pdf"
    link.symlink_to(real)
    with pytest.raises(StoreError, match=r"signed-policy\.pdf is a symbolic link to .*draft-policy\.docx") as caught:
        store.evidence.add(aid, "P1", link)
    assert caught.value.__cause__.code == "symlink"
    assert store.evidence.all(aid) == [] and files_in(store.vault.folder) == []


def changing_while_copied(change):
    """A stand-in for evidence._chunks that lets another program change the file after the first chunk."""
    original = getattr(evidence, "_chunks", None)

    def chunks(src):
        for number, chunk in enumerate(original(src)):
            yield chunk
            if number == 0:
                change()
    return chunks


@pytest.mark.parametrize("how", ["grows", "rewritten in place"])
def test_a_file_changing_while_copied_is_refused_and_leaves_no_copy(mini_assessment, tmp_path, monkeypatch, how):
    store, aid = mini_assessment
    scan = tmp_path / "export-licence-scan.pdf"
    scan.write_bytes(b"%PDF-1.7 " + b"x" * 5000)
    os.utime(scan, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))

    def change():
        if how == "grows":
            with scan.open("ab") as fh:
                fh.write(b"page two")
        else:  # same size, new content and time, as a scanner overwriting its output does
            with scan.open("r+b") as fh:
                fh.write(b"%PDF-1.7 y")
            os.utime(scan, ns=(1_700_000_100_000_000_000, 1_700_000_100_000_000_000))

    monkeypatch.setattr(evidence, "CHUNK", 1024)
    monkeypatch.setattr(evidence, "_chunks", changing_while_copied(change), raising=False)
    with pytest.raises(StoreError, match="export-licence-scan.pdf changed while it was being copied"):
        store.evidence.add(aid, "P1", scan)
    assert store.evidence.all(aid) == [] and files_in(store.vault.folder) == []
    monkeypatch.undo()
    record = store.evidence.add(aid, "P1", scan)  # once the file is still, it is attached
    assert record.size == scan.stat().st_size and files_in(store.vault.folder) == [record.stored_name]
