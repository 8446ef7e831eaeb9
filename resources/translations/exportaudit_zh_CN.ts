<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssessmentController</name>
    <message>
        <source>Every item shown is answered.</source>
        <translation>显示的所有条目均已作答。</translation>
    </message>
    <message>
        <source>rate {item} {level}</source>
        <translation>将 {item} 评为 {level} 级</translation>
    </message>
    <message>
        <source>clear {item}</source>
        <translation>清除 {item} 的作答</translation>
    </message>
    <message>
        <source>Not applicable: {item}</source>
        <translation>不适用：{item}</translation>
    </message>
    <message>
        <source>Why does item {item} not apply to this organisation? The justification goes into the report.</source>
        <translation>为什么条目 {item} 不适用于该组织？此理由将写入报告。</translation>
    </message>
    <message>
        <source>A justification is required to mark an item not applicable.</source>
        <translation>将条目标记为不适用必须填写理由。</translation>
    </message>
    <message>
        <source>mark {item} not applicable</source>
        <translation>将 {item} 标记为不适用</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>作答未保存</translation>
    </message>
    <message>
        <source>restored the answer of {item}</source>
        <translation>已恢复 {item} 的作答</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Saved {time}: {what}</source>
        <translation>已于 {time} 保存：{what}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>总体等级</translation>
    </message>
    <message>
        <source>Coverage {coverage:.0%}</source>
        <translation>覆盖率 {coverage:.0%}</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment for {organisation}</source>
        <translation>为 {organisation} 新建评估</translation>
    </message>
    <message>
        <source>Not specified (all items)</source>
        <translation>未指定（全部条目）</translation>
    </message>
    <message>
        <source>{year} ICP self-assessment</source>
        <translation>{year} 年度内部合规自评估</translation>
    </message>
    <message>
        <source>Some checklist files were refused:</source>
        <translation>以下检查表文件未被接受：</translation>
    </message>
    <message>
        <source>No valid checklist is installed, so no assessment can be started.</source>
        <translation>未安装有效的检查表，无法开始评估。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{year} ICP internal audit</source>
        <translation>{year} 年度内部合规内部审计</translation>
    </message>
    <message>
        <source>{year} ICP external audit</source>
        <translation>{year} 年度内部合规外部审计</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>评估需要一个标题。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>评估期间的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialogView</name>
    <message>
        <source>&amp;Checklist:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>评估期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>评估人(&amp;A)：</translation>
    </message>
    <message>
        <source>Target &amp;profile:</source>
        <translation>目标配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Operator type:</source>
        <translation>经营者类型(&amp;O)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>规模(&amp;Z)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>e.g. 2026 ICP self-assessment</source>
        <translation>例如：2026 年度内部合规自评估</translation>
    </message>
    <message>
        <source>Scope: items that do not apply to this operator type are left out of the assessment.</source>
        <translation>适用范围：不适用于该经营者类型的条目不纳入本次评估。</translation>
    </message>
</context>
<context>
    <name>AssessmentPageView</name>
    <message>
        <source>All assessments</source>
        <translation>全部评估</translation>
    </message>
    <message>
        <source>Back to the organisations and their assessments (Ctrl+0)</source>
        <translation>返回组织及其评估列表（Ctrl+0）</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Answer the items (Ctrl+1)</source>
        <translation>逐项作答（Ctrl+1）</translation>
    </message>
    <message>
        <source>Element levels against the target (Ctrl+2)</source>
        <translation>各要素等级与目标对比（Ctrl+2）</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>评估期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>BrowserController</name>
    <message>
        <source>Create an organisation to start assessing it.</source>
        <translation>请先创建组织，再开始评估。</translation>
    </message>
    <message>
        <source>Credit code {code}</source>
        <translation>统一社会信用代码 {code}</translation>
    </message>
    <message>
        <source>Organisation created: {name}</source>
        <translation>已创建组织：{name}</translation>
    </message>
    <message>
        <source>Organisation saved: {name}</source>
        <translation>已保存组织：{name}</translation>
    </message>
    <message>
        <source>Organisation not deleted</source>
        <translation>组织未删除</translation>
    </message>
    <message>
        <source>Organisation deleted: {name}</source>
        <translation>已删除组织：{name}</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <source>Delete {name} and its {count} assessment(s), with all their answers and evidence links? This cannot be undone.</source>
        <translation>确定删除 {name} 及其 {count} 项评估（包括全部作答和证据关联）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Assessment created: {title}</source>
        <translation>已创建评估：{title}</translation>
    </message>
    <message>
        <source>Assessment not renamed</source>
        <translation>评估未重命名</translation>
    </message>
    <message>
        <source>Assessment renamed: {title}</source>
        <translation>评估已重命名为：{title}</translation>
    </message>
    <message>
        <source>Rename assessment</source>
        <translation>重命名评估</translation>
    </message>
    <message>
        <source>New title for “{title}”:</source>
        <translation>“{title}”的新标题：</translation>
    </message>
    <message>
        <source>Assessment not duplicated</source>
        <translation>评估未复制</translation>
    </message>
    <message>
        <source>Assessment duplicated as {title}</source>
        <translation>评估已复制为：{title}</translation>
    </message>
    <message>
        <source>Duplicate assessment</source>
        <translation>复制评估</translation>
    </message>
    <message>
        <source>Title of the copy (it keeps every answer, note and evidence link):</source>
        <translation>副本标题（副本保留全部作答、备注和证据关联）：</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>Assessment not deleted</source>
        <translation>评估未删除</translation>
    </message>
    <message>
        <source>Assessment deleted: {title}</source>
        <translation>已删除评估：{title}</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete “{title}” ({period}) with all its answers, notes and evidence links? This cannot be undone.</source>
        <translation>确定删除“{title}”（{period}）及其全部作答、备注和证据关联吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>评估需要一个标题。</translation>
    </message>
</context>
<context>
    <name>BrowserView</name>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Score {score} of 5</source>
        <translation>得分 {score}（满分 5）</translation>
    </message>
    <message>
        <source>No item rated yet</source>
        <translation>尚未评分任何条目</translation>
    </message>
    <message>
        <source>Coverage {coverage:.0%} ({answered} of {applicable} items)</source>
        <translation>覆盖率 {coverage:.0%}（{applicable} 项中已答 {answered} 项）</translation>
    </message>
    <message>
        <source>Provisional until every applicable item is answered.</source>
        <translation>在所有适用条目作答之前，结果为暂定。</translation>
    </message>
    <message>
        <source>Held at the weakest element&apos;s level plus one.</source>
        <translation>受限于最弱要素等级加一。</translation>
    </message>
    <message>
        <source>Target profile: {name}</source>
        <translation>目标配置：{name}</translation>
    </message>
    <message>
        <source>Elements below target: {count}</source>
        <translation>未达目标的要素：{count} 个</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Maturity scale</source>
        <translation>成熟度等级</translation>
    </message>
    <message>
        <source>Assessed level</source>
        <translation>评估等级</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Unevidenced</source>
        <translation>无证据</translation>
    </message>
    <message>
        <source>Weighted mean of the element&apos;s rated items</source>
        <translation>该要素已评分条目的加权平均值</translation>
    </message>
    <message>
        <source>Maturity level 0-5: the score&apos;s whole part, held at 2 by a weak key item</source>
        <translation>成熟度等级 0–5：取得分的整数部分，关键条目薄弱时限定为 2 级</translation>
    </message>
    <message>
        <source>The level the target profile asks for</source>
        <translation>目标配置要求的等级</translation>
    </message>
    <message>
        <source>Levels still missing to reach the target</source>
        <translation>距离目标还差的等级数</translation>
    </message>
    <message>
        <source>Answered (rated or N/A) of the applicable items</source>
        <translation>适用条目中已作答（已评分或不适用）的比例</translation>
    </message>
    <message>
        <source>A key item rated below 3 holds the element at level 2</source>
        <translation>关键条目低于 3 级时，该要素最高为 2 级</translation>
    </message>
    <message>
        <source>Items rated 4 or 5 without evidence (they count as 3)</source>
        <translation>评为 4 或 5 级但无证据的条目（按 3 级计）</translation>
    </message>
    <message>
        <source>Key items below level 3: {items}</source>
        <translation>低于 3 级的关键条目：{items}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ElementTreeModel</name>
    <message>
        <source>Element / item</source>
        <translation>要素 / 条目</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>{answered} of {applicable} items answered</source>
        <translation>{applicable} 个条目中已答 {answered} 个</translation>
    </message>
    <message>
        <source>Level {level} (score {score})</source>
        <translation>等级 {level}（得分 {score}）</translation>
    </message>
    <message>
        <source>Target level {target}</source>
        <translation>目标等级 {target}</translation>
    </message>
    <message>
        <source>Held at level 2 by a key item rated below 3</source>
        <translation>因关键条目低于 3 级而限定为 2 级</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Rated {level}</source>
        <translation>已评为 {level} 级</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <source>Key item: below level 3 it holds its element at level 2</source>
        <translation>关键条目：低于 3 级时其所属要素最高为 2 级</translation>
    </message>
    <message>
        <source>Rated 4 or 5 without evidence: counts as 3</source>
        <translation>评为 4 或 5 级但无证据：按 3 级计</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <source>Attaching {count} file(s)…</source>
        <translation>正在附加 {count} 个文件…</translation>
    </message>
    <message>
        <source>Attached to {item}: {files}</source>
        <translation>已附加到 {item}：{files}</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>证据未附加</translation>
    </message>
    <message>
        <source>The file could not be attached.</source>
        <translation>无法附加该文件。</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>{name} is missing from the evidence folder {folder}. Restore the folder from a backup, or remove this entry and attach the file again.</source>
        <translation>证据文件夹 {folder} 中缺少 {name}。请从备份恢复该文件夹，或删除此条记录后重新附加文件。</translation>
    </message>
    <message>
        <source>No program is set up to open {name}.</source>
        <translation>没有可打开 {name} 的程序。</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>证据未移除</translation>
    </message>
    <message>
        <source>Removed {name} from {item} (kept in the change history).</source>
        <translation>已从 {item} 移除 {name}（变更记录中保留）。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Remove {name} from item {item}?</source>
        <translation>确定从条目 {item} 移除 {name} 吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>由 {who} 于 {when} 添加</translation>
    </message>
    <message>
        <source>The file is missing from the evidence folder.</source>
        <translation>证据文件夹中缺少该文件。</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Each file is copied into the store&apos;s evidence folder and identified by its SHA-256.</source>
        <translation>将文件拖放到此处即可附加。每个文件都会复制到存储库的证据文件夹，并以 SHA-256 标识。</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英文对照</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
</context>
<context>
    <name>ExportDialogView</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档（.pdf）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>ItemPanelController</name>
    <message>
        <source>No statutory duty: good practice.</source>
        <translation>无法定义务：属于良好实践。</translation>
    </message>
    <message>
        <source>Not applicable: {reason}</source>
        <translation>不适用：{reason}</translation>
    </message>
    <message>
        <source>Rated {level} without evidence: it counts as 3 until a file is attached.</source>
        <translation>已评为 {level} 级但没有证据：附加文件之前按 3 级计。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Unevidenced claims</source>
        <translation>无证据支持的评分</translation>
    </message>
    <message>
        <source>Held at level 2 by key items rated below 3: {items}</source>
        <translation>因关键条目低于 3 级而限定为 2 级：{items}</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Key item</source>
        <translation>关键条目</translation>
    </message>
    <message>
        <source>A key item rated below 3 holds its element at level 2.</source>
        <translation>关键条目低于 3 级时，其所属要素最高为 2 级。</translation>
    </message>
    <message>
        <source>Rating (keys 0–5)</source>
        <translation>评分（按键 0–5）</translation>
    </message>
    <message>
        <source>Not applicable… (N)</source>
        <translation>不适用…（N）</translation>
    </message>
    <message>
        <source>Clear answer (Del)</source>
        <translation>清除作答（Del）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Interview notes, observations, document references… Saved as you type.</source>
        <translation>访谈记录、观察结果、文件引用…… 输入时自动保存。</translation>
    </message>
    <message>
        <source>Choose an item in the tree, or press Ctrl+Enter to go to the next unanswered item.</source>
        <translation>请在左侧树中选择条目，或按 Ctrl+Enter 转到下一个未答条目。</translation>
    </message>
    <message>
        <source>No item is selected.</source>
        <translation>未选择条目。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Store not opened</source>
        <translation>存储库未打开</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开该存储库。</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>The store was upgraded; a copy of the old file is {path}</source>
        <translation>存储库已升级，旧文件的副本为 {path}</translation>
    </message>
    <message>
        <source>Store not created</source>
        <translation>存储库未创建</translation>
    </message>
    <message>
        <source>{path} already exists. Use Open store to open it.</source>
        <translation>{path} 已存在。请使用“打开存储库”打开它。</translation>
    </message>
    <message>
        <source>Building the demo store…</source>
        <translation>正在生成演示存储库…</translation>
    </message>
    <message>
        <source>Demo not available</source>
        <translation>演示不可用</translation>
    </message>
    <message>
        <source>The demo store could not be built.</source>
        <translation>无法生成演示存储库。</translation>
    </message>
    <message>
        <source>Assessment not opened</source>
        <translation>评估未打开</translation>
    </message>
    <message>
        <source>About ExportAudit</source>
        <translation type="vanished">关于 ExportAudit</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ExportAudit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Audits an export-control internal compliance programme against the nine elements of MOFCOM&apos;s 2021 guidance, scores it and writes reports. Works offline; everything stays in the store file you choose.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ExportAudit {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;依据商务部 2021 年指南的九大要素，审核出口管制内部合规机制，进行评分并生成报告。完全离线运行，所有数据都保存在您选择的存储库文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finishing the work in progress…</source>
        <translation>正在完成进行中的工作…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="207"/>
        <source>This store is already open in another ExportAudit window (process {pid} on host {host}). Open it read-only, or cancel?</source>
        <translation>此存储库已在另一个 ExportAudit 窗口中打开（主机 {host} 上的进程 {pid}）。以只读方式打开，还是取消？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="214"/>
        <source>Store already open</source>
        <translation>存储库已被打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="215"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建存储库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开存储库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation>撤销作答(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo answer</source>
        <translation>重做作答(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>查找条目(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>作答(&amp;A)</translation>
    </message>
    <message>
        <source>Rate {level}</source>
        <translation>评为 {level} 级</translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation>不适用(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Clear answer</source>
        <translation>清除作答(&amp;C)</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>下一个未答条目(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>新建组织(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation>编辑组织(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete organisation…</source>
        <translation>删除组织(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>评估(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;All assessments</source>
        <translation>全部评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ExportAudit</source>
        <translation>关于 ExportAudit(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>组织需要一个名称。</translation>
    </message>
    <message>
        <source>The unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z. Leave it empty if you do not know it yet.</source>
        <translation>统一社会信用代码由 18 位数字或大写字母组成（不含 I、O、S、V、Z）。如暂不清楚可留空。</translation>
    </message>
</context>
<context>
    <name>OrganisationDialogView</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>行业(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Operator type:</source>
        <translation>经营者类型(&amp;O)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>规模(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>Registered company name</source>
        <translation>工商登记的企业名称</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91320594MA1XXXXX7K</source>
        <translation>18 位，例如 91320594MA1XXXXX7K</translation>
    </message>
    <message>
        <source>Compliance contact: name, role, phone</source>
        <translation>合规联系人：姓名、职务、电话</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Operator type</source>
        <translation>经营者类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>ExportAudit stores (*{suffix});;All files (*)</source>
        <translation>ExportAudit 存储库 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开存储库</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新建存储库</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
</context>
<context>
    <name>ReferenceView</name>
    <message>
        <source>Guidance</source>
        <translation>审核指引</translation>
    </message>
    <message>
        <source>Expected evidence</source>
        <translation>预期证据</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <source>The report was saved as {path}.</source>
        <translation>报告已保存为 {path}。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The report module is not installed with this copy of ExportAudit.</source>
        <translation>此 ExportAudit 副本未安装报告模块。</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>无法生成报告。</translation>
    </message>
</context>
<context>
    <name>ShortcutsView</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Rate the current item (not while typing in a text field)</source>
        <translation>为当前条目评分（在文本框中输入时除外）</translation>
    </message>
    <message>
        <source>Mark the current item not applicable (asks for the justification)</source>
        <translation>将当前条目标记为不适用（需填写理由）</translation>
    </message>
    <message>
        <source>Clear the current item&apos;s answer</source>
        <translation>清除当前条目的作答</translation>
    </message>
    <message>
        <source>Go to the next unanswered item</source>
        <translation>转到下一个未答条目</translation>
    </message>
    <message>
        <source>Write notes for the current item (Esc returns to the tree)</source>
        <translation>为当前条目填写备注（按 Esc 返回条目树）</translation>
    </message>
    <message>
        <source>Filter the items by text, in Chinese or English</source>
        <translation>按中文或英文文字筛选条目</translation>
    </message>
    <message>
        <source>Clear the filter and return to the tree</source>
        <translation>清除筛选并返回条目树</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>撤销上一次作答</translation>
    </message>
    <message>
        <source>Redo the answer</source>
        <translation>重做作答</translation>
    </message>
    <message>
        <source>Move between the tree, the ratings, the notes and the evidence</source>
        <translation>在条目树、评分、备注和证据之间切换</translation>
    </message>
    <message>
        <source>Show the workspace / the dashboard</source>
        <translation>显示工作区 / 仪表板</translation>
    </message>
    <message>
        <source>Back to all assessments</source>
        <translation>返回全部评估</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>导出报告</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to ExportAudit</source>
        <translation>欢迎使用 ExportAudit</translation>
    </message>
    <message>
        <source>This store is empty. Assess an export-control compliance programme against the nine elements of MOFCOM&apos;s 2021 guidance: start with the organisation you are assessing, or look around the demo first.</source>
        <translation>此存储库为空。依据商务部 2021 年指南的九大要素评估出口管制合规机制：可以从要评估的组织开始，也可以先浏览演示。</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Enter the company you assess (name, credit code, operator type, size), then start its assessment.</source>
        <translation>录入被评估企业（名称、统一社会信用代码、经营者类型、规模），然后开始评估。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>A mid-sized exporter part-way through its self-assessment, with notes, evidence and scores.</source>
        <translation>一家正在进行自评估的中型出口企业，含备注、证据和评分。</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>打开其他存储库…</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Filter items, in Chinese or English (Ctrl+F)</source>
        <translation>按中文或英文筛选条目（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="47"/>
        <source>Read-only: this store is open in another ExportAudit window (process {pid} on host {host}). Nothing can be changed here; close the other window, then open it for editing.</source>
        <translation>只读：此存储库已在另一个 ExportAudit 窗口中打开（主机 {host} 上的进程 {pid}）。此处无法做任何修改；请先关闭另一个窗口，再打开以编辑。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="51"/>
        <source>Read-only: this store was opened read-only. Nothing can be changed here.</source>
        <translation>只读：此存储库以只读方式打开，此处无法做任何修改。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="52"/>
        <source>Open for editing</source>
        <translation>打开以编辑</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="100"/>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="123"/>
        <source>Bundled font</source>
        <translation>随附字体</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="123"/>
        <source>Bundled library</source>
        <translation>随附程序库</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="124"/>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="125"/>
        <source>Project: {url}</source>
        <translation>项目主页：{url}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="127"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as separate files in the installation folder and may be replaced with your own build.</source>
        <translation>Qt 和 PySide6 依据 GNU LGPL 第 3 版使用：它们的程序库以独立文件存放在安装文件夹中，您可以用自行构建的版本替换。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="137"/>
        <source>(The licence file {name} is missing from this installation.)</source>
        <translation>（此安装中缺少许可证文件 {name}。）</translation>
    </message>
</context>
<context>
    <name>AboutView</name>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="68"/>
        <source>About ExportAudit</source>
        <translation>关于 ExportAudit</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="72"/>
        <source>Checklists</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="73"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="75"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="75"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="75"/>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="75"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
</TS>
