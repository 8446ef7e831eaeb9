"""A realistic sample store: a mid-sized exporter part-way through its MOFCOM self-assessment.

The demo shows every state the app can display: rated, N/A with a justification, unanswered, evidenced,
an unevidenced claim (a 4 with no file) and a key item that caps its element.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from exportaudit.core.catalogue import DEFAULT_CHECKLIST_ID, find_checklist
from exportaudit.core.store import Store, StoreError, open_store

# Ratings per element, in item order; None leaves the item unanswered, "na" marks it not applicable.
_PATTERNS: dict[str, list] = {
    "policy": [4, 3, 3, 4, 2, None, 3, 3],
    "organisation": [3, 4, 3, 2, 3, None, "na", 3],
    "risk": [2, 3, 2, 1, 2, None, 2, 2],
    "screening": [4, 4, 3, 2, 4, 3, None, 3, 3, 3],
    "contingency": [1, 2, 2, None, 1, 2, 2],
    "training": [3, 3, 4, 2, 3, None, 3],
    "audit": [2, 1, 2, None, 2, 2, 1],
    "records": [4, 3, 4, 3, None, 3, 3],
    "manual": [3, 3, 2, 3, None, 3, 3],
}

_NOTES: dict[str, list[str]] = {
    "policy": ["总经理已于 2026 年 3 月签署《出口管制合规政策声明》，并在内网首页发布。",
               "Statement is signed but the English version for overseas subsidiaries is still a draft."],
    "organisation": ["合规部 2 名专职人员，向副总经理直接汇报；出口管制负责人具有一票否决权。",
                     "Deputy for the compliance officer not yet named (interview with HR, 12 Oct)."],
    "risk": ["风险评估仅覆盖产品物项，尚未覆盖客户所在国家/地区及技术转让渠道。",
             "Risk register exists as an Excel file; last reviewed 2024. No scoring method written down."],
    "screening": ["ERP 系统在订单录入时自动比对管控名单；抽查 2026 年 6 月 25 份订单，均有筛查记录。",
                  "最终用户和最终用途证明：2 份证明缺少最终用户签章 <见附件>，已要求补充。",
                  "Classification matrix covers 31 of 34 product lines; 3 new sensor models not yet classified."],
    "contingency": ["暂无书面的违规处置与主动报告流程，依赖合规负责人个人经验。",
                    "No incident has been recorded; staff unsure whom to call outside office hours."],
    "training": ["2026 年已开展 2 次全员培训（签到表见附件），销售人员另有专题培训。",
                 "New joiners get a 30-minute briefing; no test of understanding."],
    "audit": ["尚未开展独立的合规审计，本次自评估为首次系统性检查。",
              "Plan: first internal audit by group audit team in Q1 2027."],
    "records": ["出口合同、许可证、最终用户证明按订单号归档，保存期限为 5 年。",
                "Electronic archive on the file server; access restricted to compliance and sales admin."],
    "manual": ["《出口管制内部合规手册》V1.2 于 2025 年发布，2026 年修订中。",
               "Manual does not yet reflect the 2024 Dual-use Regulations; revision scheduled."],
}

_NA_REASON = "本公司不从事货运代理业务，该项不适用。/ The company does not act as a freight forwarder for others."

_EVIDENCE_FILES = {
    "policy": ("出口管制合规政策声明-2026.txt", "出口管制合规政策声明（2026 年 3 月签署）\nExport control compliance policy statement, signed March 2026.\n"),
    "organisation": ("合规组织架构图.txt", "总经理 -> 副总经理 -> 合规部（出口管制负责人、合规专员）\n"),
    "screening": ("screening-log-2026-06.csv", "order,customer,screened_on,result\nSO-26061,Acme GmbH,2026-06-03,clear\nSO-26077,Nordic Labs AB,2026-06-11,clear\n"),
    "training": ("培训签到表-2026Q1.csv", "姓名,部门,日期\n王芳,销售部,2026-02-18\n李强,物流部,2026-02-18\n"),
    "records": ("archive-index-2026.txt", "Export file index 2026: contracts, licences, end-user certificates by order number.\n"),
}


def build_demo(path: str | Path, *, force: bool = False) -> Store:
    """Create the demo store at ``path``; refuses to touch an existing file unless ``force``."""
    path = Path(path)
    if path.exists():
        if not force:
            raise StoreError(f"{path} already exists; choose another file or pass --force to replace it.")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(path)
    checklist = find_checklist(DEFAULT_CHECKLIST_ID)
    org_id = store.create_organisation(
        "苏州恒信精密仪器有限公司 (Suzhou Hengxin Precision Instruments Co., Ltd.)",
        uscc="91320594MA1XXXXX7K", sector="精密测量仪器 / Precision measuring instruments",
        operator_type="exporter", size="medium",
        address="江苏省苏州市工业园区星湖街 328 号 / 328 Xinghu Street, Suzhou Industrial Park, Jiangsu",
        contact="陈静 合规经理 / Chen Jing, Compliance Manager, +86 512 6000 0000")
    assessment_id = store.create_assessment(
        org_id, checklist, "2026 年度出口管制内部合规自评估 / 2026 ICP self-assessment",
        kind="self", period_start="2026-01-01", period_end="2026-12-31",
        assessor="陈静 / Chen Jing", target_profile="established-exporter")
    with tempfile.TemporaryDirectory() as tmp:
        for element in checklist.elements:
            items = checklist.items_of(element.id)
            pattern = _PATTERNS.get(element.id, [])
            notes = _NOTES.get(element.id, [])
            for index, item in enumerate(items):
                answer = pattern[index] if index < len(pattern) else None
                if answer == "na":
                    store.set_not_applicable(assessment_id, item.id, _NA_REASON)
                elif answer is not None:
                    store.set_rating(assessment_id, item.id, answer)
                if index < len(notes) and answer is not None:
                    store.set_note(assessment_id, item.id, notes[index])
            if element.id in _EVIDENCE_FILES:
                name, content = _EVIDENCE_FILES[element.id]
                file = Path(tmp) / name
                file.write_text(content, encoding="utf-8")
                # Evidence for the first item only: the second 4-rated item of an element stays unevidenced.
                store.add_evidence(assessment_id, items[0].id, file)
    return store
