"""The store's messages in Chinese and English, by code (see errors.py), so the window and the command line
show a store error in the user's language. A parameter holds a path, a number or the database's own words."""

from __future__ import annotations

from exportaudit.core.text import Text

MESSAGES: dict[str, Text] = {
    "no_module": Text("清单 {checklist} 没有模块“{module}”；可选：{expected}。",
                      "Checklist {checklist} has no module '{module}'; expected one of: {expected}."),
    "no_assessment": Text("没有编号为 {id} 的评估。", "There is no assessment with id {id}."),
    "finalised": Text("评估“{title}”已定稿；请先重新打开再修改。",
                      "Assessment '{title}' is finalised; reopen it to make changes."),
    "store_read_only": Text("{path} 以只读方式打开。", "{path} is open read-only."),
    "store_busy": Text("{path} 正被占用或无法写入（{detail}）；未保存任何内容。",
                       "{path} is busy or cannot be written ({detail}); nothing was saved."),
    "not_saved": Text("无法保存到 {path}（{detail}）；本次修改未保留。",
                      "Could not save to {path} ({detail}); the change was not kept."),
    "no_item": Text("评估 #{id} 的清单中没有条目“{item}”。", "Checklist of assessment #{id} has no item '{item}'."),
    "rating_range": Text("评分 {level} 超出范围；应为 0 到 5。", "Rating {level} is out of range; expected 0 to 5."),
    "rated_and_na": Text("一个条目不能同时评分又标为不适用。",
                         "An item cannot be rated and marked not applicable at once."),
    "na_reason": Text("标为不适用需要书面理由。", "Marking an item not applicable needs a written justification."),
    "na_statutory_key": Text("{item} 是有法定依据的关键项，不能标为不适用；只有评估的经营者类型和规模可以排除它。",
                             "{item} is a key item with a statutory basis and cannot be marked not applicable; only "
                             "the assessment's operator type and size can switch it off."),
    "evidence_kind": Text("未知的证据类型“{kind}”；应为以下之一：{expected}。",
                          "Unknown evidence kind '{kind}'; expected one of: {expected}."),
    "not_a_date": Text("“{value}”不是日期；应为 YYYY-MM-DD。", "'{value}' is not a date; expected YYYY-MM-DD."),
    "independence": Text("未知的独立性“{value}”；应为以下之一：{expected}。",
                         "Unknown independence '{value}'; expected one of: {expected}."),
    "lookback_range": Text("回溯期 {months} 个月超出范围；应为 1 到 120。",
                           "Look-back of {months} months is out of range; expected 1 to 120."),
    "scoring_model": Text("未知的评分模型 {model}；应为以下之一：{expected}。",
                          "Unknown scoring model {model}; expected one of: {expected}."),
    "scoring_model_back": Text("评估“{title}”按评分模型 {current} 计分，不能退回评分模型 {model}。",
                               "Assessment '{title}' is scored with model {current}; it cannot go back to model "
                               "{model}."),
    "missing_file": Text("{path} 不存在。", "{path} does not exist."),
    "missing_folder": Text("文件夹 {path} 不存在。", "The folder {path} does not exist."),
    "not_a_store": Text("{path} 不是 ExportAudit 存储库文件（不是 SQLite 数据库）。",
                        "{path} is not an ExportAudit store (it is not a SQLite database)."),
    "write_protected": Text("{path} 为只读文件。请以只读方式打开，或复制到可写的位置。",
                            "{path} is read-only. Open it read-only or copy it somewhere writable."),
    "upgrade_read_only": Text("{path} 需要升级数据结构，只读打开时无法升级。",
                              "{path} needs a schema upgrade, which cannot be done read-only."),
    "unknown_facts": Text("未知的结构情况：{facts}；应为：{expected}。",
                          "Unknown structural fact(s): {facts}; expected: {expected}."),
    "upgrade_final": Text("评估 #{id} 已定稿；已定稿的评估不会升级。请改为在新检查清单上开展复审。",
                          "Assessment #{id} is finalised; a finalised assessment is never upgraded. "
                          "Start a re-audit on the new checklist instead."),
    "upgrade_other": Text("检查清单 {new} 不是 {old} 的版本。", "Checklist {new} is not a version of {old}."),
    "upgrade_same": Text("评估 #{id} 已在使用 {checklist} {version}。", "Assessment #{id} already uses {checklist} {version}."),
    "upgrade_unsupported": Text("{checklist} {version} 未说明如何从版本 {old} 升级（可升级的版本：{accepted}）。",
                                "{checklist} {version} does not say how to upgrade from version {old} "
                                "(it accepts: {accepted})."),
    "upgrade_collision": Text("条目 {first} 和 {second} 都会变成 {new}；新检查清单的升级表不一致。",
                              "Items {first} and {second} would both become {new}; the upgrade table of the new "
                              "checklist is inconsistent."),
    "upgrade_stale": Text("评估 #{id} 在规划升级后更换了检查清单；请重新规划。",
                          "Assessment #{id} changed checklist since the upgrade was planned; plan it again."),
    "newer_schema": Text("{path} 由更新版本的 ExportAudit 写入（架构 {schema}）。请更新 ExportAudit 后再打开。",
                         "{path} was written by a newer version of ExportAudit (schema {schema}). "
                         "Update ExportAudit to open it."),
}


def message_in(error: Exception, language: str) -> str:
    """The error's message in ``language`` ("zh" or "en"); errors without a known code keep their own text.
    An error class with a ``catalogue`` of its own (the audit package's refusals) is worded from that."""
    code, params = getattr(error, "code", ""), getattr(error, "params", {})
    catalogue = getattr(error, "catalogue", MESSAGES)  # an error of another layer may bring its own codes
    if code in catalogue:
        try:
            return catalogue[code].get(language).format(**params)
        except (KeyError, IndexError):
            pass
    return str(error)
