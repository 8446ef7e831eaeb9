"""Where a store sits decides what may be done with it: a network share or a read-only folder is never written,
and reading a store never leaves -wal/-shm files beside it."""

from pathlib import Path

import pytest

from exportaudit import cli
from exportaudit.core.store import location, open_store
from exportaudit.core.store.errors import WriteProtectedError
from exportaudit.core.store.location import linux_network_fs, mac_network_fs, windows_network_fs


def leftovers(path: Path) -> list[str]:
    return [p.name for p in path.parent.iterdir() if p.name in (f"{path.name}-wal", f"{path.name}-shm")]


@pytest.fixture
def closed_store(mini_assessment):
    """A healthy store on disk, answered, closed by its writer (no -wal, no -shm beside it)."""
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 3)
    store.close()
    assert leftovers(store.path) == []
    return store.path, aid


@pytest.mark.parametrize("magic, name", [(0x6969, "nfs"), (0xFF534D42, "cifs"), (0xFE534D42, "smb2"),
                                         (0x517B, "smb"), (0x65735546, "fuse"), (0xFF534D42 - 2**32, "cifs")])
def test_linux_network_file_systems_are_recognised(magic, name):
    assert linux_network_fs(magic) == name


@pytest.mark.parametrize("magic", [0xEF53, 0x9123683E, 0x01021994, 0x58465342])  # ext4, btrfs, tmpfs, xfs
def test_linux_local_file_systems_are_not_network_shares(magic):
    assert linux_network_fs(magic) is None


def test_mac_network_file_systems_are_recognised():
    assert [mac_network_fs(n) for n in ("smbfs", "nfs", "afpfs", "webdav")] == ["smbfs", "nfs", "afpfs", "webdav"]
    assert mac_network_fs("apfs\x00\x00") is None and mac_network_fs("hfs") is None


def test_windows_unc_paths_and_mapped_network_drives_are_recognised():
    assert windows_network_fs(r"\\fileserver\audit\store.exportaudit", None) == "unc"
    assert windows_network_fs(r"\\?\UNC\fileserver\audit\store.exportaudit", None) == "unc"
    assert windows_network_fs(r"Z:\audit\store.exportaudit", 4) == "network drive"  # DRIVE_REMOTE
    assert windows_network_fs(r"C:\audit\store.exportaudit", 3) is None  # DRIVE_FIXED
    assert windows_network_fs(r"\\?\C:\audit\store.exportaudit", 3) is None


def test_this_machines_temporary_folder_is_a_local_writable_place(tmp_path):
    assert location.examine(tmp_path / "s.exportaudit").writable


def test_a_store_on_a_network_share_is_opened_read_only_only(closed_store, monkeypatch):
    path, aid = closed_store
    before = path.read_bytes()
    monkeypatch.setattr(location, "network_fs", lambda folder: "nfs")
    with pytest.raises(WriteProtectedError, match="network share") as refused:
        open_store(path)
    assert refused.value.reason == "network" and refused.value.fs == "nfs"
    with open_store(path, read_only=True) as store:
        assert store.answers.all(aid)["P1"].level == 3
    assert path.read_bytes() == before and leftovers(path) == []


def test_no_new_store_is_created_on_a_network_share(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "network_fs", lambda folder: "cifs")
    with pytest.raises(WriteProtectedError, match="network share"):
        open_store(tmp_path / "new.exportaudit")
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_refuses_to_write_a_network_store_in_one_line(closed_store, monkeypatch, capsys):
    path, aid = closed_store
    monkeypatch.setattr(location, "network_fs", lambda folder: "smb2")
    code = cli.main(["answer", "--store", str(path), "--item", "P2", "--level", "2"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "network share (smb2)" in err
    with open_store(path, read_only=True) as store:
        assert "P2" not in store.answers.all(aid)


def test_a_healthy_store_in_a_read_only_folder_opens_read_only_and_says_why(closed_store, monkeypatch):
    path, aid = closed_store
    monkeypatch.setattr(location, "_folder_writable", lambda folder: False)
    with pytest.raises(WriteProtectedError, match="cannot be written") as refused:
        open_store(path)
    assert refused.value.reason == "folder" and "damaged" not in str(refused.value)
    with open_store(path, read_only=True) as store:
        assert store.read_only and store.answers.all(aid)["P1"].level == 3
    assert leftovers(path) == []


def test_reading_a_store_leaves_no_wal_or_shm_beside_it(closed_store):
    path, aid = closed_store
    with open_store(path, read_only=True) as store:
        assert store.answers.all(aid)["P1"].level == 3
    assert leftovers(path) == []


def test_reading_a_store_someone_is_writing_sees_their_answers_and_leaves_their_files(closed_store):
    path, aid = closed_store
    with open_store(path) as writer:
        writer.answers.rate(aid, "P2", 4)
        with open_store(path, read_only=True) as reader:
            assert reader.answers.all(aid)["P2"].level == 4
            with pytest.raises(Exception, match="read-only"):
                reader.answers.rate(aid, "P3", 1)
        assert sorted(leftovers(path)) == [f"{path.name}-shm", f"{path.name}-wal"]
        writer.answers.rate(aid, "P3", 2)
    with open_store(path, read_only=True) as check:
        assert check.answers.all(aid)["P3"].level == 2
    assert leftovers(path) == []
