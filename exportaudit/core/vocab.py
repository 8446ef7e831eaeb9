"""Fixed vocabularies shared by checklists, the store and the UI: operator types, sizes, assessment kinds."""

from __future__ import annotations

from exportaudit.core.text import Text

# "agent" meant agents and forwarders alike up to checklist 1.x; since 2.0 it is the trade agent exporting in its
# own name (an exporter in law), and forwarders and customs brokers are "logistics" (service providers, ECL Art. 20).
OPERATOR_TYPES: dict[str, Text] = {
    "exporter": Text(zh="出口经营者", en="Exporter"),
    "agent": Text(zh="外贸代理（以自己名义出口）", en="Trade agent (exports in its own name)"),
    "research": Text(zh="科研机构/高等院校", en="Research institute / university"),
    "logistics": Text(zh="货运代理/代理报关企业", en="Freight forwarder / customs broker"),
    "platform": Text(zh="第三方电子商务交易平台", en="E-commerce platform"),
    "finance": Text(zh="金融机构", en="Financial institution"),
    "importer": Text(zh="国内进口经营者/最终用户", en="Domestic importer / end user"),
}

# Classes of the official SME criteria (《中小企业划型标准规定》, 工信部联企业〔2011〕300号), whose thresholds
# differ by industry; "small" includes micro enterprises.
SIZES: dict[str, Text] = {
    "small": Text(zh="小型", en="Small"),  # small and micro enterprises
    "medium": Text(zh="中型", en="Medium"),
    "large": Text(zh="大型/集团", en="Large / group"),
}

# Structural facts about an organisation that decide whether an item applies where size is the wrong proxy: a small
# exporter of listed items needs independent review as much as a large one, and only a group with entities abroad
# needs group-wide rules for them.
FACTS: dict[str, Text] = {
    "subsidiaries-abroad": Text(zh="在境外设有子公司或分支机构", en="Has subsidiaries or branches abroad"),
    "listed-items": Text(zh="经营《两用物项出口管制清单》所列物项", en="Handles items on the dual-use export control list"),
}

ASSESSMENT_KINDS: dict[str, Text] = {
    "self": Text(zh="自我评估", en="Self-assessment"),
    "internal": Text(zh="内部审计", en="Internal audit"),
    "external": Text(zh="外部审计", en="External audit"),
}

# the title a new assessment of each type is offered, in both forms (the user may write their own)
SUGGESTED_TITLES: dict[str, Text] = {
    "self": Text(zh="{year} 年度内部合规自评估", en="{year} ICP self-assessment"),
    "internal": Text(zh="{year} 年度内部合规内部审计", en="{year} ICP internal audit"),
    "external": Text(zh="{year} 年度内部合规外部审计", en="{year} ICP external audit"),
}

# a re-audit's title when its baseline's title names no year to move on
REAUDIT_TITLE = Text(zh="{title}（{year} 年复审）", en="{title} – re-audit {year}")

ASSESSMENT_STATUSES: dict[str, Text] = {
    "draft": Text(zh="进行中", en="In progress"),
    "final": Text(zh="已定稿", en="Finalised"),
}

FINDING_GRADES: dict[str, Text] = {
    "major": Text(zh="严重不符合项", en="Major nonconformity"),
    "minor": Text(zh="一般不符合项", en="Minor nonconformity"),
    "observation": Text(zh="观察项", en="Observation"),
    "improvement": Text(zh="改进机会", en="Opportunity for improvement"),
    "good_practice": Text(zh="良好实践", en="Good practice"),
}

# the risk a finding exposes the organisation to (rated by the auditor)
FINDING_RISKS: dict[str, Text] = {
    "high": Text(zh="高", en="High"),
    "medium": Text(zh="中", en="Medium"),
    "low": Text(zh="低", en="Low"),
}

# management's response to a finding
RESPONSES: dict[str, Text] = {
    "agreed": Text(zh="同意", en="Agreed"),
    "partly_agreed": Text(zh="部分同意", en="Partly agreed"),
    "not_agreed": Text(zh="不同意", en="Not agreed"),
}

# the overall conclusion of an audit report, strongest first (exportaudit.core.opinion proposes one)
OPINIONS: dict[str, Text] = {
    "effective": Text(zh="有效", en="Effective"),
    "effective_improvements": Text(zh="有效，但需改进", en="Effective, with improvements needed"),
    "partially_effective": Text(zh="部分有效", en="Partially effective"),
    "not_effective": Text(zh="无效", en="Not effective"),
}

ACTION_STATUSES: dict[str, Text] = {
    "open": Text(zh="未开始", en="Open"),
    "in_progress": Text(zh="进行中", en="In progress"),
    "done": Text(zh="已完成", en="Done"),
    "verified": Text(zh="已验证", en="Verified"),
}

CLOSED_ACTION_STATUSES = frozenset({"done", "verified"})

REQUEST_STATUSES: dict[str, Text] = {
    "requested": Text(zh="已索取", en="Requested"),
    "received": Text(zh="已收到", en="Received"),
    "missing": Text(zh="缺失", en="Missing"),
    "not_applicable": Text(zh="不适用", en="Not applicable"),
}

# Where a change in the history came from (the change log's ``source``); "" for entries from before it was kept.
CHANGE_SOURCES: dict[str, Text] = {
    "window": Text(zh="窗口", en="Window"),
    "cli": Text(zh="命令行", en="Command line"),
    "questionnaire": Text(zh="问卷导入", en="Questionnaire import"),
    "package": Text(zh="审核包导入", en="Package import"),
}

INDEPENDENCE: dict[str, Text] = {
    "self": Text(zh="自评（职能自身）", en="Self (the function itself)"),
    "internal": Text(zh="内部独立职能", en="Internal function (independent)"),
    "external": Text(zh="外部", en="External"),
}

EVIDENCE_KINDS: dict[str, Text] = {
    "document": Text(zh="制度或程序文件", en="Policy or procedure document"),
    "record": Text(zh="运行记录", en="Record of operation"),
    "audit": Text(zh="审计或复核结果", en="Audit or review result"),
}

# --- framework views (window, reports and command line say the same) ---------------------------------

RELATIONS: dict[str, Text] = {
    "full": Text(zh="完全覆盖", en="Covers fully"),
    "partial": Text(zh="部分覆盖", en="Covers partly"),
    "related": Text(zh="相关（不计分）", en="Related (not scored)"),
}

NOT_ASSESSED = Text(zh="未评估", en="Not assessed")

NOT_ASSESSED_REASONS: dict[str, Text] = {
    "no-mapped-item": Text(zh="没有检查项对应此部分", en="No checklist item maps to this section"),
    "not-in-scope": Text(zh="对应的检查项不在本次评估范围内", en="The items mapped here are outside this assessment's scope"),
    "not-answered": Text(zh="对应的检查项尚未评分", en="No item mapped here is rated yet"),
}

MAPPING_NOTE = Text(
    zh="本对应关系是 ExportAudit 自行编制的解读，并非官方认可的等同关系；各框架部分的水平由对应检查项的评分推算"
       "（部分覆盖按一半权重计），仅供参考。",
    en="This mapping is ExportAudit's own reading, not an official equivalence: each section's level is worked out "
       "from the ratings of the items mapped to it (partial links count half) and is indicative only.")
