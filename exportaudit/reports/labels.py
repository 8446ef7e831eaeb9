"""The reports' fixed vocabulary in Chinese and English: every heading, column title and phrase a report prints.

This is the reports' translation layer: builders never hard-code words, they look them up here with ``T(key)``
and render them in the report's language with ``say``/``pair``. Texts with ``{name}`` fields are filled in with
``fmt``. Add a key in both languages; ``tests/test_reports_labels.py`` checks none is missing or empty.
"""

from __future__ import annotations

import re

from exportaudit.core import scoring
from exportaudit.core.testing.results import rounded_percent
from exportaudit.core.text import Text

LANGUAGES = ("zh", "en", "both")
DASH = "—"  # no value

_L: dict[str, tuple[str, str]] = {
    # --- document and cover
    "report_title": ("出口管制内部合规机制评估报告", "Export Control Internal Compliance Programme Assessment Report"),
    "report_subtitle": ("依据商务部《两用物项出口管制内部合规指南》（2021）九要素",
                        "Against MOFCOM's 2021 guidance on internal compliance programmes (nine elements)"),
    "organisation": ("组织", "Organisation"),
    "uscc": ("统一社会信用代码", "Unified social credit code"),
    "sector": ("行业", "Sector"),
    "address": ("地址", "Address"),
    "contact": ("联系人", "Contact"),
    "assessment": ("评估", "Assessment"),
    "assessment_id": ("评估编号", "Assessment no."),
    "checklist": ("检查清单", "Checklist"),
    "checklist_version": ("版本", "Version"),
    "kind": ("评估类型", "Type"),
    "period": ("评估期间", "Period"),
    "assessor": ("评估人", "Assessor"),
    "status": ("状态", "Status"),
    "target_profile": ("目标配置", "Target profile"),
    "operator_type": ("经营者类型", "Operator type"),
    "size": ("规模", "Size"),
    "facts": ("结构情况", "Structure"),
    "facts_none": ("无境外机构，不经营清单所列物项", "No entities abroad; no items on the control list"),
    "report_date": ("报告日期", "Report date"),
    "fingerprint": ("内容指纹（SHA-256）", "Content fingerprint (SHA-256)"),
    "fingerprint_note": ("内容指纹是本评估全部内容（组织、评估信息、各项答复、备注与证据哈希）规范化序列化后的 SHA-256 值；"
                         "内容任何改动都会使指纹改变。",
                         "The content fingerprint is the SHA-256 of a canonical serialisation of everything this "
                         "assessment says (organisation, assessment details, every answer, note and evidence hash); "
                         "any change to the content changes it."),
    "page_x_of_y": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    "footer_fingerprint": ("指纹", "Fingerprint"),
    "confidential": ("保密", "Confidential"),
    "not_set": ("未填写", "not set"),
    "finalised_at": ("定稿时间", "Finalised at"),
    # --- executive summary
    "executive_summary": ("执行摘要", "Executive summary"),
    "overall_level": ("总体成熟度", "Overall maturity"),
    "overall_score": ("总体得分", "Overall score"),
    "coverage": ("覆盖率", "Coverage"),
    "coverage_detail": ("已答 {answered} / 适用 {applicable} 项", "{answered} of {applicable} applicable items answered"),
    "provisional": ("暂定", "provisional"),
    "provisional_note": ("覆盖率未达 100%，标注“暂定”的等级可能随剩余项目的作答而变化。",
                         "Coverage is below 100 %: levels marked provisional may change as the remaining items are answered."),
    "overall_capped_note": ("总体等级受最弱要素限制，不高于最弱要素等级加一。",
                            "The overall level is held at the weakest element's level plus one."),
    "weakest_elements": ("最薄弱的要素", "Weakest elements"),
    "key_items_below": ("低于 3 级的关键项目", "Key items below level 3"),
    "key_items_below_none": ("没有低于 3 级的关键项目。", "No key item is rated below level 3."),
    "unevidenced_claims": ("缺少证据的评级", "Unevidenced claims"),
    "unevidenced_claims_none": ("所有 4 级及以上的评级均有证据支持。", "Every rating of 4 or above is backed by evidence."),
    "unevidenced_explain": ("评为 4 或 5 级但未附证据的项目按 3 级计分。",
                            "Items rated 4 or 5 without evidence count as level 3."),
    "no_rated_elements": ("尚无已评级的要素。", "No element has been rated yet."),
    "module_note": ("要素 {numbers} 属于可选的其他框架补充模块：单独评分和列示，但不计入九要素的总体结果。",
                    "Elements {numbers} belong to the optional supplement for other frameworks: scored and shown "
                    "on their own, but not counted in the nine-element overall result."),
    "out_of_scope_note": ("另有 {count} 个项目不适用于本组织的经营者类型或规模，未纳入评估。",
                          "{count} further items do not apply to this organisation's operator type or size and are "
                          "not assessed."),
    "radar_title": ("各要素成熟度与目标", "Element maturity against target"),
    "radar_level": ("成熟度等级", "Level"),
    "radar_target": ("目标", "Target"),
    # --- element table
    "elements": ("要素", "Elements"),
    "element": ("要素", "Element"),
    "score": ("得分", "Score"),
    "level": ("等级", "Level"),
    "target": ("目标", "Target"),
    "gap": ("差距", "Gap"),
    "capped": ("受限", "Capped"),
    "capped_note": ("有关键项目低于 3 级，本要素等级上限为 2 级。", "A key item below level 3 holds this element at level 2."),
    "unevidenced": ("缺证据", "Unevidenced"),
    "answered": ("已答", "Answered"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    # --- element sections and items
    "element_section": ("要素 {number}", "Element {number}"),
    "items": ("检查项目", "Items"),
    "item": ("项目", "Item"),
    "item_id": ("编号", "ID"),
    "question": ("问题", "Question"),
    "rating": ("评级", "Rating"),
    "rating_label": ("评级说明", "Rating label"),
    "counts_as": ("计分等级", "Counts as"),
    "key_item": ("关键项", "Key item"),
    "key_short": ("关键", "Key"),
    "notes": ("备注", "Notes"),
    "na_reason": ("不适用理由", "N/A justification"),
    "evidence_count": ("证据数", "Evidence files"),
    "evidence_n": ("证据 {count} 份", "{count} evidence file(s)"),
    "no_evidence_short": ("无证据", "No evidence"),
    "legal_basis": ("法律依据", "Legal basis"),
    "basis": ("依据类别", "Basis"),
    "related_provisions": ("相关条文（不设义务）", "Related provisions (no duty)"),
    "sources": ("来源", "Sources"),
    "related_line": ("相关条文（不设义务）：{refs}", "Related provisions (no duty): {refs}"),
    "sources_line": ("来源：{sources}", "Sources: {sources}"),
    "not_applicable": ("不适用", "N/A"),
    "unanswered": ("未作答", "Not answered"),
    "counts_as_3": ("无证据，按 3 级计分", "no evidence: counts as 3"),
    "unevidenced_n": ("{count} 个 4 级及以上的评级缺少证据，按 3 级计分。",
                      "{count} rating(s) of 4 or above lack evidence and count as 3."),
    "sample_exception": ("抽样例外", "Sample exception"),
    "sample_exception_mark": ("抽样例外，按 {level} 级计分", "sample exception: counts as {level}"),
    "sample_exceptions_n": ("{count} 个项目因抽样测试未达通过率阈值，最高按 {level} 级计分：{items}。",
                            "{count} item(s) count as {level} at most because a transaction test is below its pass-rate "
                            "threshold: {items}."),
    "transaction_test": ("抽样测试：{rates}", "Transaction test: {rates}"),
    "no_items": ("本要素没有适用的项目。", "No item of this element applies."),
    # --- evidence index
    "evidence_index": ("证据索引", "Evidence index"),
    "file_name": ("文件名", "File name"),
    "sha256": ("SHA-256", "SHA-256"),
    "file_size": ("大小（字节）", "Size (bytes)"),
    "added_at": ("添加时间", "Added at"),
    "added_by": ("添加人", "Added by"),
    "no_evidence": ("尚未附加证据文件。", "No evidence file has been attached yet."),
    # --- appendix
    "appendix": ("附录", "Appendix"),
    "scale_definitions": ("成熟度等级定义", "Maturity scale"),
    "definition": ("定义", "Definition"),
    "scoring_model": ("评分模型", "Scoring model"),
    "rule_applicability": ("适用性：不适用于本组织经营者类型或规模的项目不显示、不计分、不计入覆盖率。",
                           "Applicability: items for other operator types or sizes are not shown, scored or counted "
                           "in coverage."),
    "rule_evidence_gate": ("证据门槛：评为 {gate_from} 级或以上但未附证据的项目按 {gate_to} 级计分，并标注为“缺少证据”。",
                           "Evidence gate: a rating of {gate_from} or above with no evidence attached counts as "
                           "{gate_to} and is flagged unevidenced."),
    "rule_element_score": ("要素得分：要素内已评级项目（经证据门槛调整后）按项目权重的加权平均，四舍五入保留一位小数；"
                           "不适用和未作答的项目不计入。",
                           "Element score: the weighted mean (item weights) of the element's rated items after the "
                           "gate, rounded half-up to one decimal; N/A and unanswered items are left out."),
    "rule_element_level": ("要素等级：要素得分的整数部分；只要有已评级的关键项目低于 {threshold} 级，等级上限为 {cap} 级。",
                           "Element level: the whole part of the element score, capped at {cap} while any rated key "
                           "item is below {threshold}."),
    "rule_overall": ("总体得分：各要素得分按要素权重的加权平均；总体等级为其整数部分，且不高于最弱要素等级加一。",
                     "Overall score: the weighted mean (element weights) of the element scores; the overall level is "
                     "its whole part, held at the weakest element's level plus one."),
    "rule_coverage": ("覆盖率：已答（已评级或不适用）项目占适用项目的比例；覆盖率不足 100% 时等级为暂定。",
                      "Coverage: answered (rated or N/A) over applicable items; below 100 % the levels are provisional."),
    "rule_targets": ("目标与差距：目标配置为每个要素设定目标等级；差距 = 目标 − 等级，最小为 0。",
                     "Targets: the target profile sets a level per element; gap = target − level, never below 0."),
    "rule_sample_exceptions": ("抽样例外（抽样交易测试）：检查项的通过率 = 通过 ÷（通过 + 未通过），汇总本评估全部样本的"
                               "抽样订单，不适用和未测的不计入；通过率低于检查清单规定的阈值 {threshold} 时，该检查项"
                               "所测的每个项目（经证据门槛调整后）最高按 {cap} 级计分，并标注为“抽样例外”；评级不高于 "
                               "{cap} 级的项目不受影响。通过率回到阈值以上时限制即解除。",
                               "Sample exceptions (transaction testing): a check's pass rate = passes ÷ (passes + "
                               "fails) over every sampled order of the assessment, N/A and untested checks left out. "
                               "While it is below the checklist's threshold of {threshold}, every item the check tests "
                               "counts as {cap} at most (after the evidence gate) and is flagged a sample exception; "
                               "an item rated {cap} or less is unchanged. The cap lifts once the rate is back at the "
                               "threshold."),
    "weight": ("权重", "Weight"),
    # --- finalised or draft
    "fingerprint_recorded": ("内容指纹（SHA-256，定稿时记录）", "Content fingerprint (SHA-256, recorded at finalisation)"),
    "footer_fingerprint_recorded": ("指纹（SHA-256，定稿时记录）", "Fingerprint (SHA-256, recorded at finalisation)"),
    "final_note": ("本评估已于 {at} 定稿并锁定为只读；以上指纹为定稿时记录的值。",
                   "This assessment was finalised on {at} and is locked read-only; the fingerprint above was "
                   "recorded at finalisation."),
    "draft_note": ("本评估尚未定稿，内容仍可能更改；以上指纹标识本报告所依据的版本。",
                   "This assessment is not finalised and may still change; the fingerprint above identifies the "
                   "version this report shows."),
    "fingerprint_mismatch": ("警告：评估内容现在的指纹为 {computed}，与定稿时记录的指纹不一致——评估在定稿后被改动过。",
                             "Warning: the content now hashes to {computed}, not to the fingerprint recorded at "
                             "finalisation: the assessment was changed after it was finalised."),
    # --- findings
    "findings": ("审核发现", "Findings"),
    "finding": ("审核发现", "Finding"),
    "finding_ref": ("编号", "Ref."),
    "grade": ("分级", "Grade"),
    "description": ("描述", "Description"),
    "recommendation": ("建议", "Recommendation"),
    "condition": ("发现的情况", "Condition"),
    "criterion": ("依据", "Criterion"),
    "cause": ("原因", "Cause"),
    "effect": ("影响", "Effect"),
    "effect_and_risk": ("影响与风险", "Effect and risk"),
    "risk_rating": ("风险等级", "Risk rating"),
    "management_response": ("管理层回复", "Management response"),
    "response_text": ("回复内容", "Response"),
    "response_owner": ("回复负责人", "Response owner"),
    "response_target_date": ("回复目标日期", "Response target date"),
    "subject": ("项目 / 要素", "Item / element"),
    "recorded_at": ("记录时间", "Recorded at"),
    "recorded_by": ("记录人", "Recorded by"),
    "findings_intro": ("按严重程度排列，最严重的在前；编号 F1、F2 … 与整改计划中的编号一致。",
                       "Most severe first; the references F1, F2 … are those the action plan uses."),
    "findings_none": ("尚未记录审核发现。", "No findings recorded."),
    "findings_and_actions": ("审核发现与整改", "Findings and actions"),
    "severity_rank": ("严重程度排序", "Severity rank"),
    "target_date": ("目标日期", "Target date"),
    "finding_status": ("状态", "Status"),
    "finding_open": ("未关闭", "Open"),
    "finding_closed": ("已关闭", "Closed"),
    "finding_no_action": ("待定措施", "No action yet"),
    # --- action plan
    "action_plan": ("整改计划", "Action plan"),
    "corrective_action": ("整改措施", "Corrective action"),
    "owner": ("负责人", "Owner"),
    "due_date": ("完成期限", "Due date"),
    "closing_note": ("关闭说明", "Closing note"),
    "overdue": ("已逾期", "Overdue"),
    "open_actions": ("未关闭的措施", "Open actions"),
    "overdue_actions": ("逾期的措施", "Overdue actions"),
    "portfolio_title": ("客户评估总览", "Portfolio across clients"),
    "portfolio_note": ("每个组织最近一次评估；要素等级以颜色和数字同时显示（0–5）。",
                       "Each organisation's latest assessment; element levels shown as colour and number (0–5)."),
    "year": ("年度", "Year"),
    "open_major_findings": ("未关闭的重大发现", "Open major findings"),
    "next_due": ("下一到期日", "Next due date"),
    "actions_total": ("整改措施共 {total} 项", "{total} corrective action(s) in all"),
    "action_plan_intro": ("按完成期限排列；截至报告日期 {date} 仍未完成且已过期限的措施标为“已逾期”。",
                          "Ordered by due date; an action still open after its due date on the report date "
                          "({date}) is marked overdue."),
    # --- document requests
    "document_requests": ("资料索取清单", "Document requests"),
    "expected_evidence": ("应提供的资料", "Expected evidence"),
    "status_date": ("状态日期", "Status date"),
    "requests_intro": ("审核前向受审方索取的资料及每项请求的状态。", "What the auditee was asked to provide, and where each "
                                                                "request stands."),
    # --- re-audit comparison
    "comparison": ("与基线评估的比较", "Comparison with the baseline"),
    "baseline": ("基线评估", "Baseline"),
    "this_assessment": ("本次评估", "This assessment"),
    "level_then": ("基线等级", "Level then"),
    "level_now": ("本次等级", "Level now"),
    "score_then": ("基线得分", "Score then"),
    "score_now": ("本次得分", "Score now"),
    "then": ("基线", "Then"),
    "now": ("本次", "Now"),
    "change": ("变化", "Change"),
    "score_change": ("得分变化", "Score change"),
    "comparison_radar": ("各要素成熟度：基线与本次", "Element levels: baseline and now"),
    "comparison_note": ("比较的是计分等级（经证据门槛等调整后）；要素按本次评估的检查清单列出。",
                        "The levels compared are those that count (after the evidence gate and caps); elements and "
                        "items follow this assessment's checklist."),
    "improved_items": ("改进的项目", "Items improved"),
    "regressed_items": ("退步的项目", "Items regressed"),
    "unchanged_items": ("未变的项目", "Items unchanged"),
    "not_comparable_items": ("无法比较的项目（一方未评级、不适用或为新增项目）",
                             "Items not comparable (unrated or N/A on one side, or new)"),
    "none": ("无。", "None."),
    "unconfirmed_items": ("沿用基线且尚未重新确认的答复", "Answers carried over and not yet re-confirmed"),
    "unconfirmed_note": ("这些项目的评级、备注与证据沿用自基线评估，本次评估中尚未重新确认或修改。",
                         "These items keep the rating, notes and evidence of the baseline; nobody has re-confirmed or "
                         "changed them in this assessment yet."),
    "open_baseline_actions": ("基线评估中仍未关闭的整改措施", "Baseline actions still open"),
    "change_category": ("比较结果", "Outcome"),
    "outcome_improved": ("改进", "Improved"),
    "outcome_regressed": ("退步", "Regressed"),
    "outcome_unchanged": ("未变", "Unchanged"),
    "outcome_not_comparable": ("无法比较", "Not comparable"),
    # --- transaction testing
    "transaction_testing": ("抽样交易测试", "Transaction testing"),
    "tt_intro": ("从受审方提供的订单清单中以记录的随机种子抽取订单，逐笔按检查清单的测试卡检查。检查项的通过率 = 通过 ÷"
                 "（通过 + 未通过），汇总全部样本；不适用和未测的不计入。通过率低于 {threshold} 的检查项为“抽样例外”："
                 "它所测的项目最高按 {level} 级计分。",
                 "Orders drawn at random, with a recorded seed, from the order lists the auditee provided were each "
                 "tested against the checklist's test card. A check's pass rate = passes ÷ (passes + fails) over every "
                 "sample; N/A and untested checks do not count. A check below {threshold} is a sample exception: the "
                 "items it tests count as level {level} at most."),
    "sample": ("样本", "Sample"),
    "sample_n": ("样本 {number}", "Sample {number}"),
    "order_list": ("订单清单", "Order list"),
    "source_file": ("源文件", "Source file"),
    "list_orders_n": ("{count} 笔订单", "{count} orders"),
    "list_refused_n": ("{count} 行无法读取", "{count} row(s) not read"),
    "population": ("总体（订单数）", "Population (orders)"),
    "population_short": ("总体", "Population"),
    "sample_size": ("样本量", "Sample size"),
    "seed": ("随机种子", "Seed"),
    "sampling_method": ("抽样方法", "Method"),
    "algorithm": ("算法", "Algorithm"),
    "strata": ("分层（抽取 / 总体）", "Strata (sampled / population)"),
    "drawn": ("抽取时间与抽取人", "Drawn at / by"),
    "drawn_at": ("抽取时间", "Drawn at"),
    "drawn_by": ("抽取人", "Drawn by"),
    "cards_complete": ("已完成的测试卡", "Test cards complete"),
    "of_total": ("{done} / {total}", "{done} / {total}"),
    "pass_rates": ("各检查项通过率", "Pass rate per check"),
    "pass_rates_threshold": ("各检查项通过率（阈值 {threshold}）", "Pass rate per check (threshold {threshold})"),
    "check": ("检查项", "Check"),
    "check_id": ("检查项编号", "Check ID"),
    "items_tested": ("所测项目", "Items tested"),
    "items_tested_list": ("所测项目：{items}", "Items tested: {items}"),
    "passed": ("通过", "Passed"),
    "failed": ("未通过", "Failed"),
    "not_tested": ("未测", "Not yet tested"),
    "pass_rate": ("通过率", "Pass rate"),
    "lowest_rate": ("最低通过率", "Lowest pass rate"),
    "threshold": ("阈值", "Threshold"),
    "below_threshold": ("低于阈值", "Below threshold"),
    "test_exceptions": ("测试例外", "Exceptions"),
    "exceptions_none": ("没有测试例外：抽样订单的检查均未出现“未通过”。", "No exceptions: no check failed on a sampled order."),
    "order_ref": ("订单号", "Order ref."),
    "order_date": ("订单日期", "Order date"),
    "customer": ("客户", "Customer"),
    "destination": ("目的地", "Destination"),
    "tester_note": ("测试说明", "Tester's note"),
    "card_n": ("测试卡 {number}", "Card {number}"),
    "test_card": ("测试卡", "Test card"),
    "sample_capped_items": ("因抽样例外受限的项目", "Items capped by sample exceptions"),
    "items_capped": ("受限项目", "Items capped"),
    "sample_capped_none": ("没有项目因抽样例外受限。", "No item is capped by sample exceptions."),
    "sample_held_note": ("以下项目也由低于阈值的检查项测试，但评级未高于 {level} 级（或未评级），计分不变：{items}。",
                         "Also tested by a check below the threshold, but not rated above {level} (or not rated), so "
                         "unchanged: {items}."),
    "failing_checks": ("低于阈值的检查项", "Checks below threshold"),
    "tt_summary_sampled": ("从 {population} 笔订单中抽取 {size} 笔（已完成测试卡 {complete} 张）",
                           "{size} orders sampled from {population} ({complete} test cards complete)"),
    "tt_summary_untested": ("尚无已测试的检查项", "no check tested yet"),
    "tt_summary_lowest": ("最低通过率 {rate}（{check}，阈值 {threshold}）",
                          "lowest pass rate {rate} ({check}; threshold {threshold})"),
    "tt_summary_exceptions": ("测试例外 {count} 项", "{count} exception(s)"),
    "tt_summary_capped": ("{count} 个项目受限为 {level} 级", "{count} item(s) capped at level {level}"),
    # --- sign-off
    "signoff": ("签署", "Sign-off"),
    "signoff_statement": ("签署人确认，本报告如实反映了评估 #{id}“{title}”的内容，其内容指纹（SHA-256）为：",
                          "The signatories confirm that this report reflects assessment #{id} “{title}” as it "
                          "stands with the content fingerprint (SHA-256):"),
    "signoff_draft": ("本报告为草稿，所依据的评估尚未定稿，内容仍可能更改。",
                      "This is a draft report: the assessment it shows is not finalised and may still change."),
    "job_title": ("职务", "Title"),
    "company_seal": ("公章", "Company seal"),
    "role_assessor": ("评估人", "Assessor"),
    "role_auditee": ("受审方代表", "Auditee representative"),
    "role_reviewer": ("审核人", "Reviewer"),
    # --- scoring model 2: who assessed, reasons, statutory duties
    "scoring_model_label": ("评分模型", "Scoring model"),
    "scoring_model_n": ("评分模型 {model}", "Scoring model {model}"),
    "independence": ("评估人职务与独立性", "Assessor's role and independence"),
    "reviewer_line": ("复核人", "Reviewer"),
    "evidence_window": ("证据时间窗口", "Evidence window"),
    "level_range_note": ("本要素尚有未作答项目：当前 {level} 级，可能为 {low}–{high} 级。",
                         "Items of this element are unanswered: level {level} now, could be {low} to {high}."),
    "score_uncapped_note": ("封顶前得分 {uncapped}，按等级封顶后为 {score}。",
                            "Score {uncapped} before the cap, {score} with it."),
    "held_down_by": ("受限原因", "Held down by"),
    "level_range_short": ("可能为 {low}–{high} 级", "could be {low} to {high}"),
    "statutory_duties": ("法定义务", "Statutory duties"),
    "sheet_duties": ("法定义务", "Statutory duties"),
    "duties_intro": ("企业可能违法之处：所有适用且有法定依据的条目。"
                     "已履行：计分不低于 3 级且有相应证据，没有未关闭的严重不符合项，也没有抽样例外。",
                     "Where the organisation may be breaking the law: every applicable item with a statutory basis. "
                     "Met: it counts 3 or more with its evidence, no open major finding and no sample exception."),
    "legal_exposure": ("法律风险", "Legal exposure"),
    "legal_exposure_none": ("未发现未履行的法定义务。", "No statutory duty was found not met."),
    "legal_exposure_one": ("1 项法定义务未履行，公司可能因此适用以下罚则：{penalties}。",
                           "1 statutory duty is not met, exposing the company to the penalties of {penalties}."),
    "legal_exposure_many": ("{count} 项法定义务未履行，公司可能因此适用以下罚则：{penalties}。",
                            "{count} statutory duties are not met, exposing the company to the penalties of "
                            "{penalties}."),
    "legal_exposure_no_penalty": ("{count} 项法定义务未履行；清单未就这些义务援引罚则条款。",
                                  "Statutory duties not met: {count}; the checklist cites no penalty article for "
                                  "them."),
    "duties_counts": ("法定义务 {total} 项：未履行 {not_met} 项，未评估 {not_assessed} 项，已履行 {met} 项。",
                      "{total} statutory duties: {not_met} not met, {not_assessed} not assessed, {met} met."),
    "duty_status": ("状态", "Status"),
    "duty_reasons": ("原因", "Why"),
    "penalty": ("罚则", "Penalty"),
    "rule2_item_caps": ("条目上限：评级受以下上限约束——无制度或程序文件按 2 级计；评估期内无运行记录或审计结果按 3 级计；"
                        "未关闭的严重不符合项按 2 级、一般不符合项按 3 级计；法定检查出现任一例外按 2 级计；"
                        "样本少于 {minimum} 单或通过率低于阈值按 3 级计。",
                        "Item caps: a rating counts at most 2 without a policy or procedure document, 3 without a "
                        "record of operation or audit result dated within the period, 2 under an open major finding, "
                        "3 under an open minor one, 2 after any exception on a statutory check, and 3 while a check "
                        "has fewer than {minimum} orders tested or passes below the threshold."),
    "rule2_key_items": ("关键项：已作答关键项的最低评级低于 3 级时，即为要素等级上限；有法定依据的关键项不得标为不适用。",
                        "Key items: the lowest rating among an element's answered key items, when below 3, is its "
                        "level's ceiling; a key item with a statutory basis cannot be N/A."),
    "rule2_levels": ("等级随得分：要素等级取未经四舍五入的加权平均分的整数部分；报告得分按等级封顶并截断至一位小数；"
                     "总体得分由封顶后的要素得分计算，总体等级不超过最弱要素等级加一。",
                     "Levels follow scores: an element's level is the whole part of its unrounded weighted mean; the "
                     "reported score is capped with the level and truncated to one decimal; the overall score is "
                     "computed from the capped element scores, its level held at the weakest element's plus one."),
    "rule2_provisional": ("暂定：有未作答项目时结果为暂定，并给出等级可能的范围。",
                          "Provisional: while items are unanswered the result is provisional, with the range its "
                          "level could still take."),
    "name": ("姓名", "Name"),
    "date": ("日期", "Date"),
    "signature": ("签字", "Signature"),
    # --- workbook
    "sheet_summary": ("摘要", "Summary"),
    "sheet_checklist": ("检查清单", "Checklist"),
    "sheet_evidence": ("证据索引", "Evidence"),
    "sheet_findings": ("审核发现", "Findings"),
    "sheet_actions": ("整改计划", "Action plan"),
    "sheet_requests": ("资料索取", "Document requests"),
    "sheet_comparison": ("基线比较", "Comparison"),
    "sheet_testing": ("抽样测试", "Transaction testing"),
    "sheet_test_exceptions": ("测试例外", "Test exceptions"),
    "radar_data": ("雷达图数据", "Radar chart data"),
    "comparison_radar_data": ("比较雷达图数据", "Comparison chart data"),
    # --- other frameworks (one PDF section, one sheet per chosen framework)
    "fw_heading": ("对照{framework}", "Against {framework}"),
    "fw_sections": ("各部分水平", "Section levels"),
    "fw_section": ("部分", "Section"),
    "fw_section_id": ("编号", "Id"),
    "fw_item_count": ("检查项数", "Items"),
    "fw_summary": ("简述（或未评估的原因）", "Summary (or why not assessed)"),
    "fw_radar": ("各部分水平（由对应检查项推算）", "Section levels (worked out from the mapped items)"),
    "fw_assessed": ("已评估 {assessed} / {total} 个部分", "{assessed} of {total} sections assessed"),
    "fw_items": ("对应的检查项", "Items behind each section"),
    "fw_item": ("检查项", "Item"),
    "fw_relation": ("对应关系", "Relation"),
    "fw_counts_as": ("计为", "Counts as"),
    "fw_rationale": ("对应理由", "Why it maps here"),
    "fw_out_of_scope": ("不在范围内", "out of scope"),
    "fw_source": ("来源与可信度", "Source and confidence"),
    "fw_ours": ("* 该框架未为此部分编号，编号由 ExportAudit 指定。",
                "* The framework does not number this section; the id is ExportAudit's."),
    "fw_weights": ("计算方法：完全覆盖的检查项按其权重计入，部分覆盖的按一半权重计入，“相关”项仅列出不计分；"
                   "完全覆盖的关键项低于 3 级时，该部分最高为 2 级；没有可计分检查项的部分显示为“未评估”，而不是 0。",
                   "How it is worked out: fully covering items count with their weight, partly covering ones with "
                   "half of it, related ones are listed but not scored; a fully covering key item below level 3 "
                   "holds the section at 2; a section with nothing to score is “not assessed”, never 0."),
    "details": ("评估信息", "Assessment details"),
    "results": ("评估结果", "Results"),
    # --- typesetting and navigation
    "contents": ("目录", "Contents"),
    "continued": ("（续）", "(continued)"),
    "footer_fingerprint_sha": ("指纹（SHA-256）", "Fingerprint (SHA-256)"),
    "element_assessment": ("各要素评估", "Assessment by element"),
    "overall_conclusion": ("总体结论", "Overall conclusion"),
    "opinion_auditor": ("审核人的结论", "the auditor's conclusion"),
    "opinion_auditor_basis": ("审核人在评分与审核发现的基础上作出的结论及其理由；系统依据评分提出的结论为“{proposed}”。",
                              "The auditor's conclusion and reasons, reached on the scores and findings; the "
                              "conclusion proposed from the scores was \u201c{proposed}\u201d."),
    # --- engagement: scope and method, terms
    "scope_and_method": ("范围与方法", "Scope and method"),
    "prepared_by": ("编制单位", "Prepared by"),
    "engagement_lead": ("项目负责人", "Engagement lead"),
    "engagement_team": ("项目组成员", "Team"),
    "scope_entities": ("涵盖的主体与场所", "Entities and sites"),
    "scope_business": ("业务线与物项类别", "Business lines and item categories"),
    "fieldwork": ("现场工作日期", "Fieldwork"),
    "exclusions": ("范围排除", "Exclusions"),
    "interviews": ("访谈", "Interviews"),
    "interviewee": ("受访人", "Interviewee"),
    "role": ("职务", "Role"),
    "site_visits": ("现场走访", "Site visits"),
    "documents_reviewed": ("查阅的文件", "Documents reviewed"),
    "sampling_basis": ("抽样依据", "Sampling basis"),
    "limitations": ("局限性", "Limitations"),
    "disclaimer": ("免责声明", "Disclaimer"),
    "distribution": ("分发范围", "Distribution"),
    "confidentiality": ("密级", "Confidentiality"),
    "opinion_proposed": ("依据评分与审核发现提出", "proposed from the scores and findings"),
    "opinion_basis": ("结论分四档：有效；有效，但需改进；部分有效；无效。依据总体成熟度、法定义务履行情况和尚未关闭的"
                      "严重不符合项提出，由评估人确认。",
                      "Four-step scale: effective; effective with improvements needed; partially effective; not "
                      "effective. Proposed from the overall maturity, the statutory duties and the open major "
                      "findings, for the auditor to confirm."),
    "key_findings": ("主要审核发现", "Key findings"),
    "opinion_trend": ("与基线评估相比：总体得分 {then} → {now}（{score_change}），总体成熟度 {level_then} 级 → "
                      "{level_now} 级（{level_change}）；要素等级上升 {up} 个、下降 {down} 个、持平 {same} 个。",
                      "Against the baseline: overall score {then} → {now} ({score_change}), overall level "
                      "{level_then} → {level_now} ({level_change}); element levels {up} up, {down} down, {same} "
                      "unchanged."),
    "workbook_note": ("本工作簿由 ExportAudit 生成；数值与同一内容指纹的 PDF 报告一致。",
                      "Written by ExportAudit; the figures match the PDF report with the same content fingerprint."),
}

_TEXTS: dict[str, Text] = {k: Text(zh=zh, en=en) for k, (zh, en) in _L.items()}


def T(key: str) -> Text:
    """The bilingual label ``key``; a missing key is a programming error and raises KeyError."""
    return _TEXTS[key]


def keys() -> list[str]:
    return list(_TEXTS)


def fmt(key: str, **values) -> Text:
    """Label ``key`` with its ``{name}`` fields filled in, in both languages; a ``Text`` value fills each language
    with its own."""
    text = _TEXTS[key]
    zh = text.zh.format(**{k: v.zh if isinstance(v, Text) else v for k, v in values.items()})
    en = text.en.format(**{k: v.en if isinstance(v, Text) else v for k, v in values.items()})
    return Text(zh=zh, en=_plural(en, values.get("count", values.get("total"))))


def _plural(en: str, count) -> str:
    """English "(s)" made right for ``count``: "1 file", "3 files" (never "file(s)" in a deliverable)."""
    if isinstance(count, int) and not isinstance(count, bool):
        return en.replace("(s)", "" if count == 1 else "s")
    return en


def say(text: Text, lang: str, sep: str = " / ") -> str:
    """``text`` in the report's language; "both" gives Chinese and English joined by ``sep``."""
    if lang == "both":
        return text.zh if text.zh == text.en else f"{text.zh}{sep}{text.en}"
    return text.zh if lang == "zh" else text.en


def scoring_rules(testing_threshold: float | None = None, model: int = 1, minimum_sample: int = 5) -> list[Text]:
    """The scoring model in words, with the thresholds taken from the scorer itself so they cannot drift; the
    sample-exceptions rule (docs/scoring.md, rule 8) when the checklist sets a pass-rate threshold. Model 2's rules
    for an assessment scored with it."""
    if model >= 2:
        return [T("rule_applicability"), fmt("rule2_item_caps", minimum=minimum_sample), T("rule2_key_items"),
                T("rule2_levels"), T("rule2_provisional"), T("rule_targets")]
    rules = [T("rule_applicability"),
             fmt("rule_evidence_gate", gate_from=scoring.EVIDENCE_GATE_FROM, gate_to=scoring.EVIDENCE_GATE_TO),
             T("rule_element_score"),
             fmt("rule_element_level", threshold=scoring.KEY_ITEM_THRESHOLD, cap=scoring.KEY_ITEM_CAP),
             T("rule_overall"), T("rule_coverage"), T("rule_targets")]
    if testing_threshold is not None:
        rules.append(fmt("rule_sample_exceptions", threshold=rate_text(testing_threshold),
                         cap=scoring.SAMPLE_EXCEPTION_CAP))
    return rules


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dates(text: str, lang: str) -> str:
    """``text`` with every ISO date written as Chinese readers expect in a Chinese report: 2026-12-06 becomes
    2026年12月6日 ("zh" and "both"); English reports keep the unambiguous ISO form."""
    if lang == "en" or not text:
        return text
    return _ISO_DATE.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text)


def rate_text(rate: float | None, threshold: float | None = None) -> str:
    """A pass rate as people read it: ``83.3%``, ``66.7%``, ``90%``; ``—`` when nothing was tested. Rounded half
    up to one decimal, but never up to 100 % or to the ``threshold`` it misses (89.96 % against 90 % is 89.9 %)."""
    if rate is None:
        return DASH
    tenths = round(rounded_percent(rate, 1, threshold) * 10)
    return f"{tenths // 10}%" if tenths % 10 == 0 else f"{tenths / 10:.1f}%"
