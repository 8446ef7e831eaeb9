"""The consultant's verbs (verify, package, portfolio, report's register line) speak the user's language:
``--lang`` first, else the locale, in Chinese or English, through the same words as the other verbs."""

import pytest

from exportaudit.cli import main
from exportaudit.core.fingerprint import fingerprint
from exportaudit.core.store import open_store
from exportaudit.exchange.package import export_package, open_package


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _flip_one_byte(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _latest(path) -> int:
    """The assessment a report of the demo store is of by default: the most recently changed (the 2026 one)."""
    with open_store(path, read_only=True) as store:
        return store.assessments.latest().id


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")


def test_report_and_verify_say_unchanged_and_altered_in_chinese(demo_store_path, tmp_path, capsys, chinese):
    out = tmp_path / "report.pdf"
    code, text, _ = run(capsys, "report", "--store", demo_store_path, "--format", "pdf", "-o", out,
                        "--recipient", "王先生", "--user", "审核员李")
    assert code == 0 and f"报告已写入 {out}。" in text and "已记入报告登记册：SHA-256 " in text
    assert "Recorded" not in text

    code, text, _ = run(capsys, "verify", out, "--store", demo_store_path)
    assert code == 0 and text.startswith("未更改：由 审核员李 于 ")
    assert f"向 王先生 签发，评估 #{_latest(demo_store_path)} " in text
    assert "文件 SHA-256：" in text and "Unchanged" not in text

    _flip_one_byte(out)
    code, text, _ = run(capsys, "verify", out, "--store", demo_store_path)
    assert code == 3 and text.startswith("签发后被修改：") and "  原件：由 审核员李" in text
    code, text, _ = run(capsys, "verify", out, "--store", demo_store_path, "--lang", "en")  # --lang beats the locale
    assert code == 3 and text.startswith("Altered after issue: ") and "  The original was issued on " in text


def test_verify_in_english_is_worded_as_before(demo_store_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    out = tmp_path / "report.xlsx"
    code, text, _ = run(capsys, "report", "--store", demo_store_path, "--format", "xlsx", "-o", out, "--lang", "zh",
                        "--recipient", "Mr Wang", "--user", "Auditor Li")  # a Chinese report; messages: the locale's
    assert code == 0 and text == f"Report written to {out}.\nRecorded in the report register: SHA-256 " \
        f"{text.split()[-1][:64]}.\n"
    code, text, _ = run(capsys, "verify", out, "--store", demo_store_path, "--lang", "en")
    assert code == 0 and text.startswith("Unchanged: issued on ")
    assert f" to Mr Wang by Auditor Li for assessment #{_latest(demo_store_path)} " in text


@pytest.fixture
def returned(mini_assessment, tmp_path):
    """A package sent back by the client with one change of its own and one conflicting with the consultant's."""
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 2)
    client, _ = open_package(export_package(store, aid, tmp_path / "acme.eaudit"), user="client")
    client.answers.rate(aid, "P1", 4)
    client.answers.rate(aid, "S1", 3)
    path = export_package(client, aid, tmp_path / "acme-returned.eaudit")
    client.close()
    store.answers.rate(aid, "P1", 3)
    return store, aid, path


def test_package_import_dry_run_and_its_refusals_in_chinese(returned, capsys, chinese):
    store, aid, path = returned
    before = fingerprint(store, aid)
    code, text, _ = run(capsys, "package", "import", "--store", store.path, path, "--dry-run")
    assert code == 0 and text.startswith("审计包 acme-returned.eaudit，评估 #")
    lines = text.splitlines()
    assert any(line.startswith("  冲突") and "response:P1" in line for line in lines)
    assert any(line.startswith("  对方修改") and "response:S1" in line and "修改" in line for line in lines)
    assert "      level：基准 2 | 我的 3 | 对方 4" in lines
    assert lines[-1] == "试运行：将从审计包采用 1 处修改，1 处冲突；未写入任何内容。"
    assert "CONFLICT" not in text and "Dry run" not in text

    code, _, err = run(capsys, "package", "import", "--store", store.path, path, "--yes")
    assert code == 1 and err.strip() == ("exportaudit: 错误: 1 处冲突需要决定：response:P1。请为每一处给出 --mine KEY "
                                         "或 --theirs KEY（或 --all-mine / --all-theirs）；未写入任何内容。")
    code, _, err = run(capsys, "package", "import", "--store", store.path, path, "--theirs", "response:P9")
    assert code == 1 and err.strip() == "exportaudit: 错误: “response:P9”不是此审计包的冲突之一（response:P1）。"
    assert fingerprint(store, aid) == before

    code, text, _ = run(capsys, "package", "import", "--store", store.path, path, "--theirs", "response:P1", "--yes")
    assert code == 0 and text.splitlines()[-1] == "已导入：从 acme-returned.eaudit 采用了 2 处修改。"


def test_a_tampered_package_is_refused_in_the_user_s_language(returned, capsys, chinese):
    store, aid, path = returned
    path.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, "package", "import", "--store", store.path, path, "--dry-run")
    assert code == 1 and err.strip() == "exportaudit: 错误: acme-returned.eaudit 不是审计包（不是 zip 文件，或已损坏）。"
    code, _, err = run(capsys, "package", "import", "--store", store.path, path, "--dry-run", "--lang", "en")
    assert code == 1 and err.strip() == \
        "exportaudit: error: acme-returned.eaudit is not an audit package (not a zip file, or damaged)."


def test_package_import_dry_run_in_english_is_worded_as_before(returned, capsys, chinese):
    store, _aid, path = returned
    code, text, _ = run(capsys, "package", "import", "--store", store.path, path, "--dry-run", "--lang", "en")
    assert code == 0 and text.startswith("Package acme-returned.eaudit of assessment #")
    assert "  CONFLICT" in text and "level: base 2 | mine 3 | theirs 4" in text
    assert text.splitlines()[-1] == "Dry run: 1 change(s) would be taken from the package, 1 conflict(s); " \
                                    "nothing was written."


def test_package_export_and_portfolio_in_chinese(mini_assessment, tmp_path, capsys, chinese):
    store, aid = mini_assessment
    code, text, _ = run(capsys, "package", "export", "--store", store.path, "-o", tmp_path / "a.eaudit")
    assert code == 0 and text.startswith(f"评估 #{aid}（") and text.strip().endswith(f"的审计包已写入 {tmp_path / 'a.eaudit'}。")
    code, _, err = run(capsys, "package", "export", "--store", store.path, "-o", tmp_path / "a.zip")
    assert code == 1 and "a.zip 的扩展名不是 .eaudit" in err
    code, text, _ = run(capsys, "portfolio", "--store", store.path)
    header, *rest = text.splitlines()
    assert code == 0 and header.startswith("组织") and header.endswith("下次到期") and rest[-1].startswith("要素：E1 ")
