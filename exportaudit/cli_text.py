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
    "module_off": Text("评估 #{id} 已停用模块 {module}。", "Module {module} is off for assessment #{id}."),
    "no_module": Text("清单 {checklist} 没有模块“{module}”；可选：{choices}。",
                      "Checklist {checklist} has no module '{module}'; expected one of: {choices}."),
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
