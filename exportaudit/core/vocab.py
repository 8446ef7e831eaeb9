"""Fixed vocabularies shared by checklists, the store and the UI: operator types, sizes, assessment kinds."""

from __future__ import annotations

from exportaudit.core.text import Text

OPERATOR_TYPES: dict[str, Text] = {
    "exporter": Text(zh="出口经营者", en="Exporter"),
    "agent": Text(zh="出口代理/货运代理", en="Export agent / freight forwarder"),
    "research": Text(zh="科研机构/高等院校", en="Research institute / university"),
    "platform": Text(zh="平台/服务提供者", en="Platform / service provider"),
}

SIZES: dict[str, Text] = {
    "small": Text(zh="小型", en="Small"),
    "medium": Text(zh="中型", en="Medium"),
    "large": Text(zh="大型/集团", en="Large / group"),
}

ASSESSMENT_KINDS: dict[str, Text] = {
    "self": Text(zh="自我评估", en="Self-assessment"),
    "internal": Text(zh="内部审计", en="Internal audit"),
    "external": Text(zh="外部审计", en="External audit"),
}

ASSESSMENT_STATUSES: dict[str, Text] = {
    "draft": Text(zh="进行中", en="In progress"),
    "final": Text(zh="已定稿", en="Finalised"),
}
