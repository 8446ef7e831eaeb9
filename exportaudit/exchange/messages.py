"""Why an audit package is refused, in Chinese and English, by code, so the window and the command line say it
in the user's language (the same mechanism as the store's ``core/store/messages.py``)."""

from __future__ import annotations

from exportaudit.core.text import Text

_REFUSED_ZH, _REFUSED_EN = "{label} 被拒绝：", "{label} is refused: "


def _refused(zh: str, en: str) -> Text:
    return Text(_REFUSED_ZH + zh, _REFUSED_EN + en)


PACKAGE_MESSAGES: dict[str, Text] = {
    "pkg_suffix": Text("{name} 的扩展名不是 {suffix}；请按此命名审计包文件。",
                       "{name} does not end in {suffix}; name the package file accordingly."),
    "pkg_no_folder": Text("文件夹 {path} 不存在。", "The folder {path} does not exist."),
    "pkg_not_written": Text("无法写入 {name}：{detail}。", "Could not write {name}: {detail}."),
    "pkg_missing": Text("{path} 不存在。", "{path} does not exist."),
    "pkg_no_manifest": Text("{label} 不是审计包（没有清单文件）。", "{label} is not an audit package (it has no manifest)."),
    "pkg_manifest_large": _refused("其清单文件过大。", "its manifest is too large."),
    "pkg_manifest_unreadable": _refused("其清单文件无法读取。", "its manifest cannot be read."),
    "pkg_unlisted": _refused("成员“{name}”不在其清单中。", "member '{name}' is not in its manifest."),
    "pkg_member_missing": _refused("清单中列出的成员“{name}”缺失。", "member '{name}' named in its manifest is missing."),
    "pkg_member_hash": _refused("成员“{name}”与清单中的 SHA-256 不符（导出后被修改或损坏）。",
                                "member '{name}' does not match the SHA-256 in its manifest (changed or damaged "
                                "after export)."),
    "pkg_content_unreadable": _refused("其内容无法读取。", "its content cannot be read."),
    "pkg_member_damaged": _refused("有成员已损坏（{reason}）。", "a member is damaged ({reason})."),
    "pkg_not_zip": Text("{label} 不是审计包（不是 zip 文件，或已损坏）。",
                        "{label} is not an audit package (not a zip file, or damaged)."),
    "pkg_unreadable": Text("无法读取 {label}：{detail}。", "{label} cannot be read: {detail}."),
    "pkg_base_hash": _refused("其基准状态与清单中的 SHA-256 不符。",
                              "its base state does not match the SHA-256 in its manifest."),
    "pkg_too_many": Text("{label} 有 {count} 个成员；最多接受 {limit} 个。",
                         "{label} has {count} members; at most {limit} are accepted."),
    "pkg_bad_name": _refused("成员“{name}”有{why}。", "member '{name}' has {why}."),
    "pkg_duplicate": _refused("成员“{name}”出现两次。", "member '{name}' appears twice."),
    "pkg_ratio": _refused("成员“{name}”的压缩比超过 {limit} 比 1，这是 zip 炸弹的特征。",
                          "member '{name}' is compressed more than {limit} to 1, the mark of a zip bomb."),
    "pkg_too_large": Text("{label} 解压后超过 {mb} MB；已被拒绝。", "{label} unpacks to more than {mb} MB; it is refused."),
    "pkg_not_package": Text("{label} 不是 ExportAudit 审计包。", "{label} is not an ExportAudit audit package."),
    "pkg_newer_app": Text("{label} 由更新版本的 ExportAudit 导出（{version}；当前为 {current}）。请更新 ExportAudit 后再使用。",
                          "{label} was exported by a newer version of ExportAudit ({version}; this is {current}). "
                          "Update ExportAudit to use it."),
    "pkg_newer_schema": Text("{label} 由更新版本的 ExportAudit 导出（架构 {schema}）。请更新 ExportAudit 后再使用。",
                             "{label} was exported by a newer version of ExportAudit (schema {schema}). "
                             "Update ExportAudit to use it."),
    "pkg_manifest_incomplete": _refused("其清单不完整。", "its manifest is incomplete."),
    "pkg_foreign_member": _refused("成员“{name}”不属于审计包。", "member '{name}' is not part of an audit package."),
    "pkg_bad_form": _refused("其内容格式不符合要求。", "its content is not in the expected form."),
    "pkg_wrong_content": _refused("其内容不是清单所指的评估。", "its content is not the assessment its manifest names."),
    "pkg_changed_reading": Text("{label} 在读取过程中被修改；请重新导入。",
                                "{label} changed while it was being read; import it again."),
    "pkg_target_exists": Text("{target} 已存在于 {label} 旁，且并非由此审计包解压而来；请将其移走后再打开审计包。",
                              "{target} already exists beside {label} and was not unpacked from this package; "
                              "move it away to open the package."),
    "pkg_bad_hash": _refused("它以无效的哈希值指代证据文件。", "it names an evidence file by an invalid hash."),
    "pkg_lacks_evidence": Text("{label} 缺少其列出的证据文件 {sha}…。",
                               "{label} lacks the evidence file {sha}… that it lists."),
    # merging
    "pkg_not_conflict": Text("“{key}”不是此审计包的冲突之一（{keys}）。",
                             "'{key}' is not one of the conflicts of this package ({keys})."),
    "pkg_absent_assessment": Text("{label} 属于评估“{title}”（{organisation}），该评估不在此存储库中。",
                                  "{label} is of assessment '{title}' ({organisation}), which is not in this store."),
    "pkg_other_assessment": Text("{label} 属于另一评估（{organisation} 的“{title}”），而非此存储库中的“{here}”；已被拒绝。",
                                 "{label} is of another assessment ('{title}' of {organisation}), not of '{here}' "
                                 "in this store; it is refused."),
    "pkg_unresolved": Text("{count} 处冲突尚未解决：{keys}。请逐一选择保留我的或采用对方的。",
                           "{count} conflict(s) are not resolved yet: {keys}. Keep mine or take theirs for each."),
    "pkg_stale": Text("比较之后评估已发生变化；请重新比较审计包。",
                      "The assessment changed since the comparison was made; compare the package again."),
}
