"""Where an item's expectation comes from (checklist format 2), and the badge a reader sees for it.

A statute binds; guidance (MOFCOM's or a foreign authority's) is an authority's expectation without force of law;
good practice is the profession's and ExportAudit's own judgement. Readers must tell the three apart at a glance,
so every source carries a kind and every item shows one badge: the strongest kind among its sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.text import Text

STATUTE = "statute"
GOOD_PRACTICE = "good-practice"


@dataclass(frozen=True)
class SourceKind:
    label: Text
    badge: str  # "statutory", "guidance" or "good-practice"
    short: Text  # for report cells


SOURCE_KINDS: dict[str, SourceKind] = {
    STATUTE: SourceKind(Text(zh="法律法规", en="Statute"), "statutory", Text(zh="法律法规", en="Statute")),
    "mofcom-2021": SourceKind(Text(zh="商务部公告2021年第10号及附件《两用物项出口管制内部合规指南》（据二手资料转述，未见原文）",
                                   en="MOFCOM Announcement 2021 No. 10 and its annex, the Internal Compliance Guidelines "
                                      "(as reported in secondary sources; official text not seen)"), "guidance",
                              Text(zh="商务部2021年指南（据二手资料）", en="MOFCOM 2021 guidance (as reported)")),
    "mofcom-2007": SourceKind(Text(zh="商务部公告2007年第69号（已废止，仅在2021年指南未涉及时参考）",
                                   en="MOFCOM Announcement 2007 No. 69 (superseded; used where the 2021 guidance is silent)"),
                              "guidance", Text(zh="商务部2007年第69号（已废止）", en="MOFCOM 2007 No. 69 (superseded)")),
    "eu-2019-1318": SourceKind(Text(zh="欧盟委员会建议（EU）2019/1318（两用物项内部合规计划）",
                                    en="Commission Recommendation (EU) 2019/1318 (ICP for dual-use trade controls)"),
                               "guidance", Text(zh="欧盟（EU）2019/1318", en="EU 2019/1318")),
    "bis-ecg-2017": SourceKind(Text(zh="美国商务部工业与安全局《出口合规指南》（2017）",
                                    en="US BIS Export Compliance Guidelines (2017)"), "guidance",
                               Text(zh="美国BIS合规指南（2017）", en="BIS ECG 2017")),
    "wassenaar-2011": SourceKind(Text(zh="瓦森纳安排《内部合规计划最佳实践》（2011）",
                                      en="Wassenaar Arrangement Best Practice Guidelines for ICP (2011)"), "guidance",
                                 Text(zh="瓦森纳安排（2011）", en="Wassenaar 2011")),
    GOOD_PRACTICE: SourceKind(Text(zh="良好实践（无法定依据）", en="Good practice (no statutory basis)"), "good-practice",
                              Text(zh="良好实践", en="Good practice")),
}

BADGES: dict[str, Text] = {
    "statutory": Text(zh="法定义务", en="Statutory"),
    "guidance": Text(zh="指南", en="Guidance"),
    "good-practice": Text(zh="良好实践", en="Good practice"),
}

_RANK = ("statutory", "guidance", "good-practice")


@dataclass(frozen=True)
class Source:
    """One source of an item: its kind and, optionally, where in it (e.g. "element 4", "section 2.3")."""

    kind: str
    note: Text | None = None

    @property
    def label(self) -> Text:
        return SOURCE_KINDS[self.kind].label

    @property
    def short(self) -> Text:
        """The short name with the note, for a report cell: "MOFCOM 2007 No. 69 (superseded): the business stages"."""
        short = SOURCE_KINDS[self.kind].short
        if self.note is None:
            return short
        return Text(zh=f"{short.zh}：{self.note.zh}", en=f"{short.en}: {self.note.en}")


def badge_of(legal_basis: tuple[str, ...], sources: tuple[Source, ...]) -> str:
    """The item's badge: statutory when it cites a statute, else the strongest kind among its sources.

    A format 1 item has no sources: it is statutory when it cites an article, guidance when it cites the
    MOFCOM guidance, and good practice otherwise.
    """
    from exportaudit.core import legal

    if any(legal.is_statutory_reference(r) for r in legal_basis):
        return "statutory"
    kinds = [SOURCE_KINDS[s.kind].badge for s in sources if s.kind in SOURCE_KINDS]
    if not sources and legal_basis:
        kinds.append("guidance")
    return min(kinds, key=_RANK.index) if kinds else "good-practice"
