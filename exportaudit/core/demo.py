"""A realistic sample store: a mid-sized exporter part-way through its MOFCOM self-assessment, a re-audit of
last year's finalised one.

The demo shows every state the app can display: rated, N/A with a justification, unanswered, evidence of each
kind with its date (one stale record), a 4 with only a policy document (counts as 3), a key item that bounds its
element, sample exceptions, the statutory duties met and not met, and who assessed and reviewed it (model 2).
Against the 2025 baseline some levels rose, some fell and some held; a few answers carried over from it are not
yet re-confirmed, and of the baseline's findings one is closed and one still being remedied.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from exportaudit.core.bilingual import Forms
from exportaudit.core.catalogue import DEFAULT_CHECKLIST_ID, find_checklist
from exportaudit.core.engagement import Engagement, Interview, TeamMember, sampling_basis_text
from exportaudit.core.fingerprint import finalise
from exportaudit.core.order_import import import_orders
from exportaudit.core.store import Store, StoreError, open_store
from exportaudit.core.store.opening import refuse_unwritable_place
from exportaudit.core.store.replacing import building_path, discard, install

# Ratings per element, in item order; None leaves the item unanswered, "na" marks it not applicable.
_PATTERNS: dict[str, list] = {
    "policy": [4, 3, 3, 4, 2, None, 3, 3],
    "organisation": [3, 4, 3, 2, 3, None, "na", 3],
    "risk": [2, 3, 2, 1, 2, None, 2, 2],
    "screening": [4, 4, 3, 2, 4, 3, None, 3, 3, 3],  # the items new in checklist 2.0 (SCR-11 on) stay unanswered
    "contingency": [1, 2, 2, None, 1, 2, 2],
    "training": [3, 3, 4, 2, 3, None, 3],
    "audit": [2, 1, 2, None, 2, 2, 1],
    "records": [4, 3, 4, 3, None, 3, 3],
    "manual": [3, 3, 2, 3, None, 3, 3],
    # the optional "other-frameworks" module (switched on in the demo): SEC, VSD, JUR items; RES-xx are for
    # research bodies and out of scope here
    "security": [3, 2, None],
    "disclosure": [1, None],
    "jurisdiction": [3, 2],
}

# Notes, each on the item it speaks of (by id, so a checklist that adds or reorders items keeps them in place).
_NOTES: dict[str, str] = {
    "POL-01": "总经理已于 2026 年 3 月签署《出口管制合规政策声明》，并在内网首页发布。",
    "POL-03": "Statement is signed but the English version for overseas subsidiaries is still a draft.",
    "ORG-05": "合规部 2 名专职人员，向副总经理直接汇报；出口管制负责人具有一票否决权。",
    "ORG-01": "Deputy for the compliance officer not yet named (interview with HR, 12 Oct).",
    "RSK-03": "风险评估仅覆盖产品物项，尚未覆盖客户所在国家/地区及技术转让渠道。",
    "RSK-06": "Risk register exists as an Excel file; last reviewed 2024. No scoring method written down.",
    "SCR-04": "ERP 系统在订单录入时自动比对管控名单；抽查 2026 年 6 月 25 份订单，均有筛查记录。",
    "SCR-06": "最终用户和最终用途证明：2 份证明缺少最终用户签章 <见附件>，已要求补充。",
    "SCR-01": "Classification matrix covers 31 of 34 product lines; 3 new sensor models not yet classified.",
    "CON-04": "暂无书面的违规处置与主动报告流程，依赖合规负责人个人经验。",
    "CON-03": "No incident has been recorded; staff unsure whom to call outside office hours.",
    "TRN-01": "2026 年已开展 2 次全员培训（签到表见附件），销售人员另有专题培训。",
    "TRN-02": "New joiners get a 30-minute briefing; no test of understanding.",
    "AUD-07": "尚未开展独立的合规审计，本次自评估为首次系统性检查。",
    "AUD-01": "Plan: first internal audit by group audit team in Q1 2027.",
    "REC-03": "出口合同、许可证、最终用户证明按订单号归档，保存期限为 5 年。",
    "REC-05": "Electronic archive on the file server; access restricted to compliance and sales admin.",
    "MAN-03": "《出口管制内部合规手册》V1.2 于 2025 年发布，2026 年修订中。",
    "MAN-04": "Manual does not yet reflect the 2024 Dual-use Regulations; revision scheduled.",
}

_NA_REASON = "本公司不从事货运代理业务，该项不适用。/ The company does not act as a freight forwarder for others."

# Evidence: (file name, content, what it shows, the date it covers, the items it supports). A procedure supports
# every item it covers; records of operation are dated within 2026 except the risk register (2024: stale). POL-04
# (rated 4) has only the policy document, so it counts as 3; POL-01 has the group audit's review besides.
_EVIDENCE: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("出口管制合规政策声明-2026.txt", "出口管制合规政策声明（2026 年 3 月签署）\nExport control compliance policy statement, "
     "signed March 2026.\n", "document", "2026-03-15", ("POL-01", "POL-02", "POL-03", "POL-04", "POL-07")),
    ("集团审计部复核意见-2026-11.txt", "集团审计部对合规政策执行情况的复核意见。\nGroup Audit's review of how the policy "
     "is applied, November 2026.\n", "audit", "2026-11-30", ("POL-01",)),
    ("合规组织架构图.txt", "总经理 -> 副总经理 -> 合规部（出口管制负责人、合规专员）\n", "document", "2026-01-08",
     ("ORG-01", "ORG-02", "ORG-03", "ORG-05", "ORG-08")),
    ("合规负责人季度汇报记录-2026Q3.txt", "2026 年第三季度合规负责人向管理层汇报的会议纪要。\nQ3 2026 compliance report "
     "to management, minutes.\n", "record", "2026-09-30", ("ORG-02",)),
    ("风险评估办法.txt", "出口管制风险评估办法（2024 年版）\nExport control risk assessment method, 2024 edition.\n",
     "document", "2024-05-10", ("RSK-02",)),
    ("risk-register-2024.csv", "risk,owner,reviewed\nnew destination,sales,2024-05-10\n", "record", "2024-05-10",
     ("RSK-02",)),
    ("出口审查程序-v3.txt", "出口审查程序 V3：物项识别、名单筛查、最终用户审查、许可证管理。\nExport review procedure v3.\n",
     "document", "2025-09-01", ("SCR-01", "SCR-02", "SCR-03", "SCR-05", "SCR-06", "SCR-08", "SCR-09", "SCR-10")),
    ("screening-log-2026-06.csv", "order,customer,screened_on,result\nSO-26061,Acme GmbH,2026-06-03,clear\n"
     "SO-26077,Nordic Labs AB,2026-06-11,clear\n", "record", "2026-06-30", ("SCR-01", "SCR-02", "SCR-05")),
    ("培训管理制度.txt", "出口管制培训管理制度\nExport control training rules.\n", "document", "2025-11-20",
     ("TRN-01", "TRN-02", "TRN-03", "TRN-05", "TRN-07")),
    ("培训签到表-2026Q1.csv", "姓名,部门,日期\n王芳,销售部,2026-02-18\n李强,物流部,2026-02-18\n", "record", "2026-02-18",
     ("TRN-03",)),
    ("档案管理规定.txt", "出口管制档案管理规定：保存期限 5 年。\nRecord-keeping rules: kept 5 years.\n", "document",
     "2025-06-01", ("REC-01", "REC-02", "REC-03", "REC-04", "REC-06")),
    ("archive-index-2026.txt", "Export file index 2026: contracts, licences, end-user certificates by order number.\n",
     "record", "2026-10-31", ("REC-01", "REC-03")),
    ("出口管制内部合规手册-V1.2.txt", "《出口管制内部合规手册》V1.2\nICP manual v1.2.\n", "document", "2025-08-15",
     ("MAN-01", "MAN-02", "MAN-04", "MAN-06", "MAN-07")),
]


_CUSTOMERS = [("Acme Messtechnik GmbH", "德国 Germany"), ("Nordic Labs AB", "瑞典 Sweden"),
              ("Hanoi Precision JSC", "越南 Vietnam"), ("Kuala Instruments Sdn Bhd", "马来西亚 Malaysia"),
              ("Pars Tejarat Co.", "伊朗 Iran"), ("Gulf Trading FZE", "阿联酋 UAE"),
              ("Metrologia Brasil Ltda", "巴西 Brazil"), ("Osaka Sokki K.K.", "日本 Japan")]
_PRODUCTS = [("三坐标测量机 CMM-700", "2B006"), ("激光干涉仪 LI-20", "2B006"), ("数显卡尺 DC-150", ""),
             ("表面粗糙度仪 SR-3", ""), ("高精度转台 RT-360", "2B008")]


# Checks written for service providers: an exporter testing its own orders answers them N/A, with the reason.
_NOT_OURS = {"broker-licence-check": "本公司自行报关，不代理他人报关。/ We declare our own exports; we are no customs broker."}


def _orders_csv(folder: Path) -> Path:
    """An ERP export of 2026 orders, in the shape auditees hand over (Chinese headers, one row per order)."""
    lines = ["订单号,日期,客户,最终用户,目的国,品名,管制编码,金额,许可证号"]
    for n in range(1, 181):
        customer, country = _CUSTOMERS[(n * 7) % len(_CUSTOMERS)]
        product, code = _PRODUCTS[(n * 3) % len(_PRODUCTS)]
        licence = f"LX2026-{n:04d}" if code else ""
        lines.append(f"SO-26{n:04d},2026/{1 + n % 12}/{1 + n % 28},{customer},{customer},{country},{product},{code},"
                     f"\"{(n * 7919) % 90000 + 5000:,}.00\",{licence}")
    path = folder / "ERP订单导出-2026.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def _testing_sample(store: Store, assessment_id: int, folder: Path) -> None:
    """Import the order list, draw a seeded sample and fill in part of the test cards, with two exceptions."""
    from exportaudit.core.testing.sampling import SamplePlan, SampleSize, Strata

    list_id, _ = import_orders(store, assessment_id, _orders_csv(folder), name="ERP 订单导出 2026 / ERP export 2026")
    plan = SamplePlan(SampleSize(max_count=25, percent=10),
                      Strata(high_risk_destinations=("伊朗 Iran", "阿联酋 UAE"), listed_codes=True))
    sample_id = store.samples.draw(assessment_id, list_id, plan, seed=20261123)
    testing = store.checklists.get(store.assessments.get(assessment_id).checklist_sha256).transaction_testing
    cards = store.samples.orders(sample_id)
    for n, card in enumerate(cards[:12]):
        store.results.answer_remaining_red_flags(card.id)
        for check in testing.checks:
            result = "fail" if check.id == "classification" and n in (3, 8) else "pass"
            if result == "fail":
                store.results.set_check_note(card.id, check.id, "签约时该型号尚无物项识别记录，识别单日期晚于合同。/ "
                                                         "No classification record at contract; it post-dates the order.")
            elif check.id in _NOT_OURS:
                result = "na"
                store.results.set_check_note(card.id, check.id, _NOT_OURS[check.id])
            store.results.set_check(card.id, check.id, result)


def _attach_evidence(store: Store, assessment_id: int, checklist, folder: Path) -> None:
    """Each evidence file with what it shows and its date, to every item it supports that the checklist has."""
    for name, content, kind, covered, item_ids in _EVIDENCE:
        file = folder / name
        file.write_text(content, encoding="utf-8")
        for item_id in item_ids:
            if checklist.has_item(item_id):
                store.evidence.add(assessment_id, item_id, file, kind=kind, covered_date=covered)


DEMO_ASSESSOR = "陈静 / Chen Jing"


def build_demo(path: str | Path, *, force: bool = False, source: str = "window") -> Store:
    """Create the demo store at ``path``; refuses to touch an existing file unless ``force``. ``source`` is where
    its history says the changes were made (the window or the command line built it).

    Built under a temporary name beside ``path`` and renamed over it once complete: killed at any moment,
    the old store is intact (or the new one complete).
    """
    path = Path(path)
    if path.exists() and not force:
        raise StoreError(f"{path} already exists; choose another file or pass --force to replace it.")
    if not path.parent.is_dir():
        raise StoreError(f"The folder {path.parent} does not exist.")
    refuse_unwritable_place(path)
    built = building_path(path)
    discard(built)  # what a killed earlier run left
    try:
        with open_store(built, user=DEMO_ASSESSOR, source=source) as store:  # the history names the demo's assessor
            store.mark_as_demo()
            _fill(store)
        install(built, path)
    except BaseException:
        discard(built)
        raise
    return open_store(path)


def _fill(store: Store) -> None:
    checklist = find_checklist(DEFAULT_CHECKLIST_ID)
    # every name in its Chinese and its English form (core.bilingual), so each single-language report is just that
    org_id = store.organisations.create(
        name_zh="苏州恒信精密仪器有限公司", name_en="Suzhou Hengxin Precision Instruments Co., Ltd.",
        uscc="91320594MA1Q8R2L7E", sector_zh="精密测量仪器", sector_en="Precision measuring instruments",
        operator_type="exporter", size="medium",
        address_zh="江苏省苏州市工业园区星湖街 328 号", address_en="328 Xinghu Street, Suzhou Industrial Park, Jiangsu",
        contact_zh="陈静，合规经理，+86 512 6000 0000", contact_en="Chen Jing, Compliance Manager, +86 512 6000 0000")
    assessment_id = store.lifecycle.reaudit(
        _baseline(store, org_id, checklist), title_zh="2026 年度出口管制内部合规自评估",
        title_en="2026 ICP self-assessment", kind="self", period_start="2026-01-01", period_end="2026-12-31",
        assessor_zh="陈静", assessor_en="Chen Jing", target_profile="established-exporter",
        assessor_role_zh="合规经理", assessor_role_en="Compliance manager", independence="self",
        reviewer_zh="王芳（集团审计部）", reviewer_en="Wang Fang (Group Audit)", review_date="2026-12-10",
        facts=["listed-items", "subsidiaries-abroad"])
    store.assessments.set_module(assessment_id, "other-frameworks", True)  # shows the EU, BIS and Wassenaar views in full
    with tempfile.TemporaryDirectory() as tmp:
        for element in checklist.elements:
            items = checklist.items_of(element.id)
            pattern = _PATTERNS.get(element.id, [])
            for index, item in enumerate(items):
                if item.id in _BASELINE_CARRIED:
                    continue  # carried over from the baseline, not yet re-confirmed
                answer = pattern[index] if index < len(pattern) else None
                if answer == "na":
                    store.answers.mark_not_applicable(assessment_id, item.id, _NA_REASON)
                elif answer is not None:
                    store.answers.rate(assessment_id, item.id, answer)
                if item.id in _NOTES:
                    store.answers.set_note(assessment_id, item.id, _NOTES[item.id])
        _attach_evidence(store, assessment_id, checklist, Path(tmp))
        if checklist.transaction_testing is not None:
            _testing_sample(store, assessment_id, Path(tmp))
    _findings(store, assessment_id)
    _engagement(store, assessment_id)


def _findings(store: Store, assessment_id: int) -> None:
    """Findings with their corrective actions, one of them overdue, so the reports show the whole workflow."""
    today = date.today()
    day = lambda offset: (today + timedelta(days=offset)).isoformat()  # noqa: E731
    major = store.findings.create(
        assessment_id, "major",
        "2021 年以前的出口合同、最终用户证明和业务函电已按三年期限销毁，不满足法定的五年保存期。/ "
        "Export contracts, end-user certificates and correspondence from before 2021 were destroyed after three "
        "years, short of the five years the law requires.",
        "将全部出口记录的保存期限改为不少于五年，销毁须经合规负责人批准。/ "
        "Keep every export record for at least five years; destruction to be approved by the compliance officer.",
        item_id="REC-01",
        cause="档案管理制度沿用公司通用的三年保存期，未区分出口管制记录。/ The records rules apply the company's "
              "general three-year retention and do not single out export-control records.",
        effect="无法向主管部门证明此前交易已经审查，违反法定保存义务。/ The company cannot show the authorities that "
               "earlier transactions were screened, in breach of the statutory retention duty.",
        risk="high", response="agreed",
        response_text="同意。档案保存制度将于下季度修订，并停止按三年期限销毁。/ Agreed. The retention rules will be "
                      "revised next quarter and the three-year destruction stopped.",
        response_owner_zh="王芳", response_owner_en="Wang Fang",
        response_date=day(60))
    store.actions.create(major, "修订档案保存制度，保存期限改为五年以上。/ Revise the records-retention rules to five years or "
                        "more.", owner_zh="王芳", owner_en="Wang Fang", due_date=day(-14), status="in_progress")
    store.actions.create(major, "停止按三年期限销毁档案，并清点现存档案。/ Stop the three-year destruction and take stock of "
                        "the records kept.", owner_zh="李强", owner_en="Li Qiang", due_date=day(30))
    minor = store.findings.create(
        assessment_id, "minor",
        "新员工入职培训记录未注明培训日期。/ Induction training records do not show the training date.",
        "培训签到表增加日期栏并归档。/ Add a date column to the attendance sheet and file it.",
        element_id="training",
        cause="签到表模板没有日期栏。/ The attendance sheet template has no date column.",
        effect="无法证明员工在接触出口业务前已完成培训。/ It cannot be shown that staff were trained before they "
               "handled export business.",
        risk="medium", response="partly_agreed",
        response_text="部分同意：模板将增加日期栏，但历史记录不予补记。/ Partly agreed: the template gains a date "
                      "column, but past records will not be back-filled.",
        response_owner_zh="陈静", response_owner_en="Chen Jing")
    store.actions.create(minor, "更新培训签到表模板。/ Update the attendance sheet template.",
                        owner_zh="陈静", owner_en="Chen Jing", due_date=day(-30), status="done",
                        closing_note="新模板已于本月启用。/ New template in use this month.")
    store.findings.create(assessment_id, "good_practice",
                         "总经理签署的合规政策声明在内网首页公开。/ The signed policy statement is published on the "
                         "intranet home page.", item_id="POL-01")


def _engagement(store: Store, assessment_id: int) -> None:
    """Who did the demo audit, over what and how, on what terms, and the auditor's own conclusion."""
    documents = tuple(sorted({e.file_name for e in store.evidence.all(assessment_id)}))[:6]
    store.engagements.set(assessment_id, Engagement(
        firm=Forms("集团审计部", "Group Audit Department"), lead=Forms("王芳", "Wang Fang"),
        team=(TeamMember(Forms("王芳", "Wang Fang"), Forms("项目负责人", "Engagement lead")),
              TeamMember(Forms("李明", "Li Ming"), Forms("高级审核员", "Senior auditor")),
              TeamMember(Forms("赵磊", "Zhao Lei"), Forms("数据分析", "Data analyst"))),
        entities=Forms("苏州恒信精密仪器有限公司总部及苏州工业园区工厂", "Head office and the Suzhou Industrial Park plant"),
        business_lines=Forms("坐标测量机及其零部件（两用物项 3B001 类）",
                             "Coordinate measuring machines and parts (dual-use category 3B001)"),
        fieldwork_start="2026-11-16", fieldwork_end="2026-11-27",
        exclusions=Forms("香港销售子公司不在本次范围内", "The Hong Kong sales subsidiary is out of scope"),
        interviews=(Interview(Forms("陈静", "Chen Jing"), Forms("合规经理", "Compliance manager"), "2026-11-17"),
                    Interview(Forms("刘洋", "Liu Yang"), Forms("销售总监", "Sales director"), "2026-11-18"),
                    Interview(Forms("孙丽", "Sun Li"), Forms("物流主管", "Logistics supervisor"), "2026-11-19")),
        site_visits=Forms("苏州工厂成品仓库与发货区，2026-11-19", "Suzhou plant finished-goods store and dispatch, 2026-11-19"),
        documents=documents,
        sampling_basis=Forms(sampling_basis_text(store.samples.all(assessment_id), "zh"),
                             sampling_basis_text(store.samples.all(assessment_id), "en")),
        limitations=Forms("审核依据抽样和管理层提供的文件进行，不能发现所有违规情形。",
                          "The audit rests on samples and on documents management provided; it cannot detect every "
                          "breach."),
        disclaimer=Forms("本报告仅供恒信公司管理层使用，不构成法律意见。",
                         "This report is for Hengxin's management only and is not legal advice."),
        distribution=(Forms("总经理", "General manager"), Forms("合规委员会", "Compliance committee"),
                      Forms("集团审计部", "Group Audit")),
        confidentiality=Forms("内部 · 保密", "Internal · Confidential"),
        opinion="not_effective",
        rationale=Forms("物项识别已基本落实，但多项法定义务（尤其是最终用户审查和记录保存）尚未履行，严重不符合项尚未整改，"
                        "故认定为无效；整改计划落实后可望达到部分有效。",
                        "Item classification largely works, but several statutory duties (end-user screening and "
                        "record keeping above all) are not met and a major nonconformity is not remedied, so the "
                        "programme is not effective; once the action plan is done it should reach partially "
                        "effective.")))


# The 2025 baseline: a first self-assessment without evidence, finalised, from which the 2026 one was started.
# Each level here is set against the 2026 pattern above: higher (contingency, which fell in 2026; SCR-04, POL-05,
# ORG-04), lower (most others), equal, or carried over unchanged and not yet re-confirmed (_BASELINE_CARRIED).
_BASELINE_LEVELS: dict[str, int] = {
    "POL-01": 3, "POL-02": 3, "POL-03": 3, "POL-05": 3, "POL-07": 3,
    "ORG-01": 3, "ORG-02": 2, "ORG-03": 3, "ORG-04": 3, "ORG-08": 3,
    "RSK-01": 1, "RSK-03": 2, "RSK-05": 2,
    "SCR-01": 3, "SCR-03": 2, "SCR-04": 3, "SCR-05": 3,
    "CON-01": 2, "CON-02": 2, "CON-03": 2, "CON-05": 2, "CON-06": 2, "CON-07": 2,
    "TRN-01": 2, "TRN-02": 3, "TRN-05": 3,
    "AUD-01": 1, "AUD-02": 1,
    "REC-01": 3, "REC-02": 3, "REC-06": 3,
    "MAN-01": 3, "MAN-02": 2, "MAN-06": 3,
}
_BASELINE_CARRIED = ("POL-07", "ORG-08", "RSK-05", "TRN-05", "REC-06", "MAN-06")


def _baseline(store: Store, org_id: int, checklist) -> int:
    """Last year's self-assessment with its findings (one closed since, one still open), finalised."""
    baseline_id = store.assessments.create(
        org_id, checklist, title_zh="2025 年度出口管制内部合规自评估", title_en="2025 ICP self-assessment", kind="self",
        period_start="2025-01-01", period_end="2025-12-31", assessor_zh="陈静", assessor_en="Chen Jing",
        target_profile="established-exporter", assessor_role_zh="合规经理", assessor_role_en="Compliance manager",
        independence="self", facts=["listed-items", "subsidiaries-abroad"])
    for item_id, level in _BASELINE_LEVELS.items():
        store.answers.rate(baseline_id, item_id, level)
    audit = store.findings.create(
        baseline_id, "major",
        "从未开展独立的出口管制合规审计。/ No independent export-control compliance audit has ever been made.",
        "由集团审计部开展首次独立审计。/ Have Group Audit carry out a first independent audit.",
        element_id="audit", risk="high", response="agreed",
        response_text="同意。/ Agreed.", response_owner_zh="陈静", response_owner_en="Chen Jing",
        response_date="2026-11-30")
    store.actions.create(audit, "委托集团审计部开展首次独立审计。/ Commission Group Audit's first independent audit.",
                        owner_zh="陈静", owner_en="Chen Jing", due_date="2026-11-30", status="done",
                        closing_note="集团审计部已于 2026 年 11 月完成现场审计。/ Group Audit did the fieldwork in "
                                     "November 2026.")
    register = store.findings.create(
        baseline_id, "minor",
        "风险登记册自 2024 年以来未复核，也没有书面的评分方法。/ The risk register has not been reviewed since "
        "2024 and has no written scoring method.",
        "每年复核风险登记册并写明评分方法。/ Review the register every year and write down the scoring method.",
        item_id="RSK-06", risk="medium", response="agreed",
        response_text="同意。/ Agreed.", response_owner_zh="李强", response_owner_en="Li Qiang",
        response_date="2026-06-30")
    store.actions.create(register, "复核风险登记册并制定评分方法。/ Review the risk register and write its scoring "
                        "method.", owner_zh="李强", owner_en="Li Qiang", due_date="2026-06-30", status="in_progress")
    finalise(store, baseline_id)
    return baseline_id
