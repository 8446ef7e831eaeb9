"""The command line's words in Chinese and English, and columns aligned by display width.

The language is the verb's ``--lang`` when given, else the locale's (LC_ALL, LC_MESSAGES, LANG: zh_* is
Chinese). Chinese characters take two columns in a terminal, so tables pad by display width, not by length.
"""

from __future__ import annotations

import os
import unicodedata

from exportaudit.core.text import Text

WORDS: dict[str, Text] = {
    "error": Text("错误", "error"),
    "assessment": Text("评估 #{id}：{title}", "Assessment #{id}: {title}"),
    "checklist": Text("清单 {id} {version}，目标配置 {profile}", "Checklist {id} {version}, target profile {profile}"),
    "col_element": Text("要素", "Element"),
    "col_score": Text("得分", "Score"),
    "col_level": Text("等级", "Level"),
    "col_target": Text("目标", "Target"),
    "col_gap": Text("差距", "Gap"),
    "col_coverage": Text("覆盖率", "Cover"),
    "col_flags": Text("标记", "Flags"),
    "flag_capped": Text("受关键项限制", "capped by key item"),
    "flag_unevidenced": Text("{count} 项无证据", "{count} unevidenced"),
    "flag_sample": Text("{items} 受抽样例外限制", "{items} capped by sample exceptions"),
    "flag_module": Text("可选模块：不计入总体结果", "optional module: not in the overall result"),
    "overall": Text("总体：得分 {score}，等级 {level}（{state}），覆盖率 {coverage}",
                    "Overall: score {score}, level {level} ({state}), coverage {coverage}"),
    "provisional": Text("暂定", "provisional"),
    "final": Text("最终", "final"),
    "saved": Text("已保存 {item}。要素“{element}”：得分 {score}，等级 {level}。",
                  "Saved {item}. Element {element}: score {score}, level {level}."),
    "no_item": Text("评估 #{id} 中没有条目“{item}”。", "Assessment #{id} has no item '{item}'."),
    "no_assessment_yet": Text("{path} 中还没有评估。", "{path} holds no assessment yet."),
    # other frameworks
    "col_section": Text("部分", "Section"),
    "col_items": Text("对应检查项", "Items"),
    "fw_sections": Text("{count} 个部分", "{count} sections"),
    "fw_mapped_from": Text("对应自：{checklists}", "mapped from: {checklists}"),
    "module_on": Text("评估 #{id} 已启用模块 {module}（增加 {count} 项）。",
                      "Module {module} is on for assessment #{id} ({count} items added)."),
    "names_organisation": Text("组织名称：中文 {zh}；英文 {en}", "Organisation name: Chinese {zh}; English {en}"),
    "names_title": Text("评估标题：中文 {zh}；英文 {en}", "Assessment title: Chinese {zh}; English {en}"),
    "module_off": Text("评估 #{id} 已停用模块 {module}。", "Module {module} is off for assessment #{id}."),
    "no_module": Text("清单 {checklist} 没有模块“{module}”；可选：{choices}。",
                      "Checklist {checklist} has no module '{module}'; expected one of: {choices}."),
    # report issue and verification
    "report_suffix": Text("{name} 的扩展名不是 .{suffix}；请按 {format} 格式命名文件（或选择另一种 --format）。",
                          "{name} does not end in .{suffix}; name the file for the {format} format (or choose the "
                          "other --format)."),
    "report_recorded": Text("已记入报告登记册：SHA-256 {sha}。", "Recorded in the report register: SHA-256 {sha}."),
    "report_written": Text("报告已写入 {path}。", "Report written to {path}."),
    "report_signed": Text("报告已签名。", "It is signed."),
    "report_not_recorded": Text("{path} 为只读：报告未记入其报告登记册。",
                                "{path} is read-only: the report is not recorded in its report register."),
    "sign_pdf_only": Text("只有 PDF 报告可以签名；请去掉 --sign-with 或使用 --format pdf。",
                          "Only PDF reports can be signed; drop --sign-with or use --format pdf."),
    "sign_password_needed": Text("需要证书密码：请在终端中运行，或设置 {variable}。",
                                 "The certificate's password is needed: run at a terminal or set {variable}."),
    "sign_password_prompt": Text("{file} 的密码：", "Password of {file}: "),
    "issued_line": Text("由 {by} 于 {date}{to}签发，评估 #{id} {title}（{format}，{language}）",
                        "issued on {date}{to} by {by} for assessment #{id} {title} ({format}, {language})"),
    "issued_to": Text("向 {recipient} ", " to {recipient}"),
    "v_unchanged": Text("未更改：{issued}。", "Unchanged: {issued}."),
    "v_altered": Text("签发后被修改：此文件带有本存储库所签发报告的指纹，但其字节与任何已签发报告都不相符。",
                      "Altered after issue: this file carries the fingerprint of a report this store issued, "
                      "but its bytes match no issued report."),
    "v_original": Text("  原件：{issued}。", "  The original was {issued}."),
    "v_matches_final": Text("不在报告登记册中，但带有已定稿评估 {assessments} 的指纹。无法确认其字节：它不是从本存储库签发的。",
                            "Not in the report register, but it carries the fingerprint of the finalised assessment "
                            "{assessments}. Its bytes cannot be confirmed: it was not issued from this store."),
    "v_unknown_fingerprint": Text("不是从本存储库签发的：其指纹不属于此处任何评估。",
                                  "Not issued from this store: its fingerprint belongs to no assessment here."),
    "v_no_fingerprint": Text("无法识别：该文件不在任何报告登记册条目中，也没有评估指纹（不是 ExportAudit 报告，或已损坏）。",
                             "Not recognised: the file is in no report register entry and carries no assessment "
                             "fingerprint (not an ExportAudit report, or damaged)."),
    "v_signed_unchanged": Text("签名后未更改：由 {holder} 于 {at} 签名；签名覆盖整个文件。",
                               "Unchanged since signing: signed by {holder} on {at}; the signature covers the whole "
                               "file."),
    "v_added_after_signing": Text("签名后添加了修改", "changes were added after signing"),
    "v_signed_content_changed": Text("已签名的内容被更改", "the signed content was changed"),
    "v_signed_altered": Text("签名后被修改：{why}。", "Altered after signing: {why}."),
    "v_signed_altered_by": Text("签名后被修改：{why}（签名人 {holder}）。", "Altered after signing: {why} (signed by {holder})."),
    "v_unsigned": Text("没有存储库无法核验：该文件没有数字签名。请用 --store 对照报告登记册核验。",
                       "Cannot be verified without a store: the file carries no digital signature. "
                       "Give --store to check it against the report register."),
    "v_signature_valid": Text("有效，覆盖整个文件", "valid, whole file"),
    "v_signature_invalid": Text("对当前文件无效", "NOT valid for this file as it is"),
    "v_signature": Text("数字签名：{state}（签名人 {holder}）。", "Digital signature: {state} (signed by {holder})."),
    "v_fingerprint": Text("评估指纹：{fingerprint}", "Assessment fingerprint: {fingerprint}"),
    "v_sha256": Text("文件 SHA-256：{sha}", "File SHA-256: {sha}"),
    "cannot_read": Text("无法读取 {file}：{detail}。", "{file} cannot be read: {detail}."),
    # audit packages
    "pkg_written": Text("评估 #{id}（{title}）的审计包已写入 {path}。",
                        "Audit package of assessment #{id} ({title}) written to {path}."),
    "pkg_header": Text("审计包 {name}，评估 #{id}（{title}），由 {by} 于 {at} 导出。",
                       "Package {name} of assessment #{id} ({title}), exported by {by} on {at}."),
    "side_here": Text("本方修改", "changed here"),
    "side_there": Text("对方修改", "changed there"),
    "side_both": Text("双方相同修改", "same change on both sides"),
    "side_conflict": Text("冲突", "CONFLICT"),
    "did_added": Text("新增", "added"),
    "did_changed": Text("修改", "changed"),
    "did_deleted": Text("删除", "deleted"),
    "did_unchanged": Text("未更改", "unchanged"),
    "did_both": Text("本方{here}，对方{there}", "{here} here, {there} there"),
    "keep_mine": Text("保留我的", "keep mine"),
    "take_theirs": Text("采用对方的", "take theirs"),
    "field_line": Text("      {field}：基准 {base} | 我的 {mine} | 对方 {theirs}",
                       "      {field}: base {base} | mine {mine} | theirs {theirs}"),
    "pkg_unmerged": Text("  未合并：{table} 的 {count} 行新增或修改（请在本存储库中处理）",
                         "  not merged: {count} new or changed row(s) of {table} (work on them in this store)"),
    "pkg_new_evidence": Text("  将按哈希添加 {count} 个新证据文件。", "  {count} new evidence file(s) will be added by hash."),
    "pkg_dry_run": Text("试运行：将从审计包采用 {count} 处修改，{conflicts} 处冲突；未写入任何内容。",
                        "Dry run: {count} change(s) would be taken from the package, {conflicts} conflict(s); "
                        "nothing was written."),
    "pkg_need_decision": Text("{count} 处冲突需要决定：{keys}。请为每一处给出 --mine KEY 或 --theirs KEY"
                              "（或 --all-mine / --all-theirs）；未写入任何内容。",
                              "{count} conflict(s) need a decision: {keys}. Give --mine KEY or --theirs KEY for each "
                              "(or --all-mine / --all-theirs); nothing was written."),
    "pkg_confirm": Text("从审计包采用 {count} 处修改？", "Take {count} change(s) from the package?"),
    "cancelled": Text("已取消；未写入任何内容。", "Cancelled; nothing was written."),
    "pkg_imported": Text("已导入：从 {name} 采用了 {count} 处修改。", "Imported: {count} change(s) taken from {name}."),
    # portfolio
    "col_organisation": Text("组织", "Organisation"),
    "col_year": Text("年度", "Year"),
    "col_overall_level": Text("等级", "Level"),
    "col_majors": Text("重大", "Majors"),
    "col_overdue": Text("逾期", "Overdue"),
    "col_next_due": Text("下次到期", "Next due"),
    "portfolio_elements": Text("要素：{elements}", "Elements: {elements}"),
    "portfolio_written": Text("组合表已写入 {path}。", "Portfolio written to {path}."),
}


def locale_language() -> str:
    """Chinese when the locale asks for it, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def cli_language(requested: str | None) -> str:
    return requested if requested in ("zh", "en") else locale_language()


def message_language(args) -> str:
    """The language a verb speaks in: its ``--lang``, unless that names the language of a document it writes
    (a report, a workbook: ``document_language`` is set), in which case, like no ``--lang``, the locale's."""
    return cli_language(None if getattr(args, "document_language", False) else getattr(args, "lang", None))


def say(key: str, lang: str, **params) -> str:
    return WORDS[key].get(lang).format(**params)


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
               for ch in text)


def fit(text: str, width: int, align: str = "<") -> str:
    """``text`` padded (left-aligned, or right-aligned with ">") to ``width`` display columns; longer text is cut
    with an ellipsis so the columns after it stay in line."""
    if display_width(text) > width:
        while text and display_width(text) > width - 1:
            text = text[:-1]
        text += "…"
    padding = " " * (width - display_width(text))
    return padding + text if align == ">" else text + padding
