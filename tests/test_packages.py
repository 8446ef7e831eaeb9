"""Audit packages: one assessment in one file, opened on the client's laptop as a working store, sent back and
merged three ways into the consultant's store; tampered, foreign, newer, zip-slip and oversized packages refused."""

import json
import zipfile

import pytest

from exportaudit.cli import main
from exportaudit.core.fingerprint import finalise, fingerprint
from exportaudit.core.store import open_store
from exportaudit.core.zipbounds import ZipLimits
from exportaudit.exchange import package as pkg
from exportaudit.exchange.package import PackageError, export_package, open_package, read_package
from exportaudit.exchange.package_merge import THEIRS, apply_merge, compare_package


@pytest.fixture
def consultant(mini_assessment):
    """The consultant's store with a partly answered assessment, one evidence file and one finding."""
    store, aid = mini_assessment
    for item, level in {"P1": 2, "P2": 2, "S1": 3, "S2": 3, "S3": 1}.items():
        store.answers.rate(aid, item, level)
    source = store.path.parent / "policy.txt"
    source.write_text("export control policy v1")
    store.evidence.add(aid, "P1", source)
    store.findings.create(aid, "minor", "Policy not translated", item_id="P2")
    return store, aid


def _client_round(path, user="client"):
    """Open the package as the client does; returns the working store (unpacked beside the package)."""
    store, unpacked = open_package(path, user=user)
    assert unpacked and store.path == path.with_suffix(".exportaudit")
    return store


def test_round_trip_dry_run_then_merge_with_conflicts_resolved_each_way(consultant, tmp_path, capsys):
    store, aid = consultant
    out = export_package(store, aid, tmp_path / "acme.eaudit")

    client = _client_round(out)
    assert fingerprint(client, aid) == fingerprint(store, aid)  # the working store holds the same assessment
    client.answers.rate(aid, "S1", 4)  # only there
    client.answers.set_note(aid, "S2", "Screening tool log reviewed on site")  # only there
    client.answers.rate(aid, "P1", 4)  # conflict 1 (consultant says 3): resolved "take theirs"
    client.answers.rate(aid, "P2", 4)  # conflict 2 (consultant says 1): resolved "keep mine"
    evidence_file = tmp_path / "screening-log.pdf"
    evidence_file.write_bytes(b"%PDF-1.4 screening log")
    client.evidence.add(aid, "S1", evidence_file)
    new_finding = client.findings.create(aid, "major", "No end-user screening for distributors", item_id="S1")
    client.actions.create(new_finding, "Screen all distributors", owner="Ms Li", due_date="2027-03-31")
    returned = export_package(client, aid, tmp_path / "acme-returned.eaudit")
    client.close()

    store.answers.rate(aid, "S3", 2)  # only here
    store.answers.rate(aid, "P1", 3)
    store.answers.rate(aid, "P2", 1)
    before = fingerprint(store, aid)
    log_before = store.db.execute("SELECT COUNT(*) FROM change_log").fetchone()[0]

    assert main(["package", "import", "--store", str(store.path), str(returned), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "CONFLICT" in text and "response:P1" in text and "response:P2" in text
    assert "level: base 2 | mine 3 | theirs 4" in text
    assert "Dry run:" in text and "2 conflict(s); nothing was written" in text
    assert fingerprint(store, aid) == before
    assert store.db.execute("SELECT COUNT(*) FROM change_log").fetchone()[0] == log_before

    # without a decision for every conflict nothing is written
    assert main(["package", "import", "--store", str(store.path), str(returned), "--theirs", "response:P1"]) == 1
    assert "need a decision: response:P2" in capsys.readouterr().err
    assert fingerprint(store, aid) == before

    assert main(["package", "import", "--store", str(store.path), str(returned), "--theirs", "response:P1",
                 "--mine", "response:P2", "--yes", "--user", "Consultant Zhao"]) == 0
    assert "Imported:" in capsys.readouterr().out
    r = store.answers.all(aid)
    assert (r["S1"].level, r["S2"].note, r["S3"].level) == (4, "Screening tool log reviewed on site", 2)
    assert (r["P1"].level, r["P2"].level) == (4, 1)  # taken from theirs / kept mine
    names = sorted(e.file_name for e in store.evidence.all(aid))
    assert names == ["policy.txt", "screening-log.pdf"]
    added = next(e for e in store.evidence.all(aid) if e.file_name == "screening-log.pdf")
    assert store.evidence.path(added).read_bytes() == b"%PDF-1.4 screening log"  # added by hash
    findings = {f.description: f for f in store.findings.all(aid)}
    assert set(findings) == {"Policy not translated", "No end-user screening for distributors"}
    actions = store.actions.all(aid)
    assert [(x.finding_id, x.owner, x.due_date) for x in actions] == \
        [(findings["No end-user screening for distributors"].id, "Ms Li", "2027-03-31")]
    logged = store.db.execute("SELECT user, new FROM change_log WHERE entity = 'package'").fetchall()
    assert logged == [("Consultant Zhao", "acme-returned.eaudit: 6 change(s) by client")]  # who, which package

    # importing the same package again adds nothing twice; only the conflict decided "keep mine" is asked again
    preview = compare_package(store, read_package(returned))
    assert preview.to_apply == [] and [c.key_text for c in preview.conflicts] == ["response:P2"]


def test_conflicts_resolved_in_the_preview_and_nothing_applied_before_confirming(consultant, tmp_path):
    store, aid = consultant
    out = export_package(store, aid, tmp_path / "acme.eaudit")
    client = _client_round(out)
    client.answers.set_note(aid, "P1", "theirs")
    client.findings.delete(client.findings.all(aid)[0].id)
    returned = export_package(client, aid, tmp_path / "back.eaudit")
    client.close()
    store.answers.set_note(aid, "P1", "mine")
    store.findings.update(store.findings.all(aid)[0].id, description="Policy not translated into English")

    preview = compare_package(store, read_package(returned))
    assert {c.key_text for c in preview.conflicts} == {"response:P1", f"finding:{store.findings.all(aid)[0].id}"}
    with pytest.raises(PackageError, match="not resolved"):
        apply_merge(store, preview)
    preview.resolve("response:P1", "mine")
    preview.resolve(f"finding:{store.findings.all(aid)[0].id}", THEIRS)  # theirs deleted it
    assert apply_merge(store, preview) == 1
    assert store.answers.get(aid, "P1").note == "mine" and store.findings.all(aid) == []


def test_the_store_changing_between_preview_and_apply_is_caught(consultant, tmp_path):
    store, aid = consultant
    out = export_package(store, aid, tmp_path / "acme.eaudit")
    preview = compare_package(store, read_package(out))
    store.answers.rate(aid, "R1", 3)
    with pytest.raises(PackageError, match="changed since the comparison"):
        apply_merge(store, preview)


def test_a_finalised_assessment_is_not_merged_into(consultant, tmp_path):
    store, aid = consultant
    out = export_package(store, aid, tmp_path / "acme.eaudit")
    finalise(store, aid)
    with pytest.raises(Exception, match="finalised"):
        apply_merge(store, compare_package(store, read_package(out)))


def test_opening_a_package_again_reopens_its_working_store_and_never_overwrites_another(consultant, tmp_path):
    store, aid = consultant
    out = export_package(store, aid, tmp_path / "acme.eaudit")
    client = _client_round(out)
    client.answers.rate(aid, "R1", 5)
    client.close()
    again, unpacked = open_package(out)
    assert not unpacked and again.answers.get(aid, "R1").level == 5  # the client's work is kept
    again.close()
    other = tmp_path / "other.eaudit"
    other.write_bytes(out.read_bytes())
    open_store(tmp_path / "other.exportaudit").close()  # an unrelated store where the working store would go
    with pytest.raises(PackageError, match="already exists"):
        open_package(other)


# --- refusals ---------------------------------------------------------------------------------------


def _rewrite(path, change):
    """Rewrite a package's members through ``change(name, data) -> (name, data) | None``."""
    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            result = change(name, data)
            if result is not None:
                zf.writestr(*result)


@pytest.fixture
def package_file(consultant, tmp_path):
    store, aid = consultant
    return store, aid, export_package(store, aid, tmp_path / "acme.eaudit")


def _refused(store, path, match):
    with pytest.raises(PackageError, match=match):
        compare_package(store, read_package(path))
    with pytest.raises(PackageError, match=match):
        open_package(path)
    assert not path.with_suffix(".exportaudit").exists()


def test_a_tampered_member_is_refused(package_file):
    store, aid, path = package_file
    _rewrite(path, lambda n, d: (n, d.replace(b'"level":2', b'"level":5')) if n == "state.json" else (n, d))
    _refused(store, path, "does not match the SHA-256")
    fp = fingerprint(store, aid)
    assert main(["package", "import", "--store", str(store.path), str(path), "--yes"]) == 1
    assert fingerprint(store, aid) == fp


def test_tampered_evidence_is_refused(package_file):
    store, _aid, path = package_file
    _rewrite(path, lambda n, d: (n, b"forged") if n.startswith("evidence/") else (n, d))
    _refused(store, path, "evidence/.* does not match")


def test_a_package_of_another_assessment_is_refused(package_file, mini_checklist, tmp_path):
    store, aid, path = package_file
    org = store.organisations.create("Other Client Co", operator_type="exporter", size="small")
    other = store.assessments.create(org, mini_checklist, "Other audit")
    with pytest.raises(PackageError, match="another assessment"):
        compare_package(store, read_package(path), other)
    (tmp_path / "foreign").mkdir()
    with open_store(tmp_path / "foreign" / "x.exportaudit") as foreign:
        o = foreign.organisations.create("Stranger Ltd", operator_type="exporter", size="small")
        foreign.assessments.create(o, mini_checklist, "Stranger's audit")
        stranger = export_package(foreign, 1, tmp_path / "stranger.eaudit")
    store.db.execute("UPDATE assessments SET created_at = '2001-01-01T00:00:00+00:00' WHERE id = 1")
    with pytest.raises(PackageError, match="another assessment"):
        compare_package(store, read_package(stranger))


def test_a_package_from_a_newer_app_or_schema_is_refused(package_file):
    store, _aid, path = package_file

    def newer(name, data):
        if name != "manifest.json":
            return name, data
        manifest = json.loads(data)
        manifest["app_version"] = "99.0.0"
        return name, json.dumps(manifest).encode()

    _rewrite(path, newer)
    _refused(store, path, "newer version of ExportAudit")


def test_a_member_that_leaves_the_folder_is_refused(package_file):
    store, _aid, path = package_file
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("../../outside.txt", b"zip-slip")
    _refused(store, path, "climbs out of the folder")
    assert not (path.parent.parent / "outside.txt").exists()


def test_an_absolute_path_member_is_refused(package_file):
    store, _aid, path = package_file
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("/etc/evil", b"zip-slip")
    _refused(store, path, "absolute path")


def test_a_zip_bomb_is_refused_by_its_ratio(package_file):
    store, _aid, path = package_file
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("evidence/" + "0" * 64, b"\0" * (8 << 20))  # 8 MB of zeros packs into a few KB
    _refused(store, path, "compressed more than")


def test_too_many_members_or_too_much_data_is_refused(package_file, monkeypatch):
    store, _aid, path = package_file
    monkeypatch.setattr(pkg, "LIMITS", ZipLimits(max_total=1 << 30, max_members=3, max_ratio=200))
    _refused(store, path, "at most 3 are accepted")
    monkeypatch.setattr(pkg, "LIMITS", ZipLimits(max_total=1 << 10, max_members=100, max_ratio=200))
    _refused(store, path, "unpacks to more than")


def test_a_file_that_is_no_package_is_refused(store, tmp_path):
    fake = tmp_path / "fake.eaudit"
    fake.write_bytes(b"not a zip")
    with pytest.raises(PackageError, match="not an audit package"):
        read_package(fake)


def test_names_inside_a_consistent_but_hostile_package_never_reach_outside_the_evidence_folder(package_file):
    """Even with every hash recomputed, a package cannot make the working store point at files of its choosing."""
    import hashlib

    from exportaudit.exchange.package_state import state_json, state_sha256

    store, _aid, path = package_file
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    state = json.loads(members["state.json"])
    state["evidence_blobs"][0]["stored_name"] = "../../../../etc/passwd"
    state["organisations"][0]["logo_path"] = "/etc/shadow"
    members["state.json"] = state_json(state)
    manifest = json.loads(members["manifest.json"])
    manifest["state_sha256"] = state_sha256(state)
    manifest["members"]["state.json"] = hashlib.sha256(members["state.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    working, _ = open_package(path)
    with working:
        (blob,) = working.db.execute("SELECT stored_name FROM evidence_blobs").fetchall()
        assert ".." not in blob[0] and working.vault.path_of(blob[0]).resolve().is_relative_to(
            working.vault.folder.resolve())
        assert working.organisations.get(1).logo_path is None


def test_merged_changes_are_logged_as_coming_from_the_package(consultant, tmp_path):
    store, aid = consultant
    out = export_package(store, aid, tmp_path / "acme.eaudit")
    client = _client_round(out)
    client.answers.rate(aid, "R1", 4)
    returned = export_package(client, aid, tmp_path / "back.eaudit")
    client.close()
    apply_merge(store, compare_package(store, read_package(returned)))
    sources = dict(store.db.execute("SELECT field, source FROM change_log WHERE entity IN ('response', 'package') "
                                    "ORDER BY id DESC LIMIT 2").fetchall())
    assert sources == {"added": "package", "imported": "package"}  # R1 was unanswered when sent


def test_a_member_whose_compressed_data_is_damaged_is_refused_with_a_reason(package_file):
    """Bytes flipped inside a deflated member (not its header) fail while it is hashed: one reason, no traceback."""
    store, _aid, path = package_file
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("state.json")
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size > 64
        header = path.read_bytes()[info.header_offset:info.header_offset + 30]
        start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
    data = bytearray(path.read_bytes())
    for offset in range(start + 8, start + info.compress_size - 8, 7):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    _refused(store, path, "damaged|does not match")
    assert main(["package", "import", "--store", str(store.path), str(path), "--yes"]) == 1
