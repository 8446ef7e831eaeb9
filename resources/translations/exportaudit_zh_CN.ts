<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
    </message>
    <message>
        <source>Bundled font</source>
        <translation>随附字体</translation>
    </message>
    <message>
        <source>Bundled library</source>
        <translation>随附程序库</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <source>Project: {url}</source>
        <translation>项目主页：{url}</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as separate files in the installation folder and may be replaced with your own build.</source>
        <translation>Qt 和 PySide6 依据 GNU LGPL 第 3 版使用：它们的程序库以独立文件存放在安装文件夹中，您可以用自行构建的版本替换。</translation>
    </message>
    <message>
        <source>(The licence file {name} is missing from this installation.)</source>
        <translation>（此安装中缺少许可证文件 {name}。）</translation>
    </message>
    <message>
        <source>The full licence text is published on the project&apos;s page above.</source>
        <translation>许可证全文见上方的项目主页。</translation>
    </message>
</context>
<context>
    <name>AboutView</name>
    <message>
        <source>About ExportAudit</source>
        <translation>关于 ExportAudit</translation>
    </message>
    <message>
        <source>Audits an export-control internal compliance programme against the nine elements of MOFCOM&apos;s 2021 guidance, scores it and writes reports. Works offline; everything stays in the store file you choose.</source>
        <translation>依据商务部 2021 年指南的九大要素，审核出口管制内部合规机制，进行评分并生成报告。完全离线运行，所有数据都保存在您选择的存储库文件中。</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add corrective action</source>
        <translation>添加纠正措施</translation>
    </message>
    <message>
        <source>Edit corrective action</source>
        <translation>编辑纠正措施</translation>
    </message>
    <message>
        <source>Raise a finding first: every corrective action answers a finding.</source>
        <translation>请先提出发现项：每项纠正措施都针对一个发现项。</translation>
    </message>
    <message>
        <source>A corrective action needs a description.</source>
        <translation>纠正措施需要填写说明。</translation>
    </message>
</context>
<context>
    <name>ActionDialogView</name>
    <message>
        <source>&amp;Finding:</source>
        <translation>发现项(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Closing note:</source>
        <translation>关闭说明(&amp;C)：</translation>
    </message>
    <message>
        <source>by</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Untick for an action without a due date</source>
        <translation>取消勾选则该措施不设完成期限</translation>
    </message>
    <message>
        <source>What will be done to correct the finding</source>
        <translation>为纠正该发现项将采取的措施</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>由谁负责</translation>
    </message>
    <message>
        <source>How it was closed and where the proof is (when done)</source>
        <translation>完成后填写：如何关闭以及证明材料存放位置</translation>
    </message>
</context>
<context>
    <name>ActionPlanController</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation>未关闭（尚未完成）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>No corrective action yet: raise a finding in the workspace (F), then add actions to it.</source>
        <translation>尚无纠正措施：请先在工作区提出发现项（F），再为其添加措施。</translation>
    </message>
    <message>
        <source>{shown} of {total} action(s)</source>
        <translation>显示 {shown} / 共 {total} 项措施</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} 项逾期</translation>
    </message>
    <message>
        <source>Raise a finding first (F in the workspace): every corrective action answers a finding.</source>
        <translation>请先提出发现项（在工作区按 F）：每项纠正措施都针对一个发现项。</translation>
    </message>
    <message>
        <source>Corrective action added</source>
        <translation>已添加纠正措施</translation>
    </message>
    <message>
        <source>Corrective action saved</source>
        <translation>纠正措施已保存</translation>
    </message>
    <message>
        <source>Action not deleted</source>
        <translation>措施未删除</translation>
    </message>
    <message>
        <source>Corrective action deleted (kept in the change history)</source>
        <translation>纠正措施已删除（变更历史中保留记录）</translation>
    </message>
    <message>
        <source>Delete corrective action</source>
        <translation>删除纠正措施</translation>
    </message>
    <message>
        <source>Delete the corrective action “{text}”?</source>
        <translation>删除纠正措施“{text}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Filter actions by any text</source>
        <translation>按任意文字筛选措施</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <source>The grade of the finding the action answers</source>
        <translation>该措施所针对发现项的等级</translation>
    </message>
    <message>
        <source>Open actions past this date are overdue</source>
        <translation>超过此日期仍未关闭的措施即为逾期</translation>
    </message>
    <message>
        <source>Finding ({grade}): {text}</source>
        <translation>发现项（{grade}）：{text}</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>已逾期：期限为 {date}</translation>
    </message>
    <message>
        <source>Closing note: {text}</source>
        <translation>关闭说明：{text}</translation>
    </message>
</context>
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
    <message>
        <source>Finalised · {short}</source>
        <translation>已定稿 · {short}</translation>
    </message>
    <message>
        <source>Finalised {when}
Content fingerprint (SHA-256):
{fingerprint}</source>
        <translation>定稿于 {when}
内容指纹（SHA-256）：
{fingerprint}</translation>
    </message>
    <message>
        <source>This assessment is finalised and read-only: answers, notes, evidence, findings, actions and requests cannot be changed. Its content fingerprint is {fingerprint}. Assessment &gt; Reopen… makes it editable again; the reopening is recorded with its reason.</source>
        <translation>本评估已定稿，处于只读状态：作答、备注、证据、发现项、纠正措施和资料索取均不能修改。其内容指纹为 {fingerprint}。通过“评估 &gt; 重新开启…”可恢复编辑，重新开启的操作及理由将被记录。</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未能确认</translation>
    </message>
    <message>
        <source>{item} confirmed unchanged</source>
        <translation>已确认 {item} 保持不变</translation>
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
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Every corrective action, sortable and filterable (Ctrl+3)</source>
        <translation>全部纠正措施，可排序和筛选（Ctrl+3）</translation>
    </message>
    <message>
        <source>Document requests</source>
        <translation>资料索取</translation>
    </message>
    <message>
        <source>What the auditee is asked to provide (Ctrl+4)</source>
        <translation>要求受审方提供的资料（Ctrl+4）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>This re-audit against its baseline (Ctrl+5)</source>
        <translation>本次复审与基准评估的对比（Ctrl+5）</translation>
    </message>
    <message>
        <source>Transaction testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lists, samples and test cards of real orders (Ctrl+6)</source>
        <translation type="unfinished"></translation>
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
    <name>ChangePreviewModel</name>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ChoiceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Improved ({count})</source>
        <translation>提升（{count}）</translation>
    </message>
    <message>
        <source>Regressed ({count})</source>
        <translation>下降（{count}）</translation>
    </message>
    <message>
        <source>Unchanged ({count})</source>
        <translation>不变（{count}）</translation>
    </message>
    <message>
        <source>Not comparable ({count})</source>
        <translation>无法比较（{count}）</translation>
    </message>
    <message>
        <source>Open actions from the baseline ({count})</source>
        <translation>基准评估中未关闭的措施（{count}）</translation>
    </message>
    <message>
        <source>Rated on one side only: new, not applicable or unanswered</source>
        <translation>仅一方有评分：新增、不适用或未作答</translation>
    </message>
    <message>
        <source>Baseline: &lt;b&gt;{title}&lt;/b&gt; ({period})</source>
        <translation>基准评估：&lt;b&gt;{title}&lt;/b&gt;（{period}）</translation>
    </message>
    <message>
        <source>Overall level {then} then, {now} now</source>
        <translation>总体等级：基准 {then}，当前 {now}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Element levels</source>
        <translation>要素等级</translation>
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
        <source>Sample exceptions hold {items} at 3 at most.</source>
        <translation type="unfinished"></translation>
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
    <name>DrawSampleDialog</name>
    <message>
        <source>{name} ({orders} orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whichever is smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whichever is larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an order list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen order list has no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a seed (a whole number), or press New seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one high-risk destination, or untick High-risk destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one risky group, or untick Stratify by risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {population} orders will be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample was not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawSampleView</name>
    <message>
        <source>Draw a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the list or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the seed: with the same order list and method it draws the same orders again. Type a reviewer&apos;s seed here to draw their sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stratify by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risky group gets at least its minimum, the rest is shared in proportion. An order counts in the first group it falls in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-risk destinations (tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listed control codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only codes like… e.g. 1C*, 2B350 (empty: any listed code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;customers: first order on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to treat as new (tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many from each risky &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementChangeModel</name>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
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
        <source>Sample exceptions</source>
        <translation type="unfinished"></translation>
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
        <source>Items held at 3 because a transaction test of them passes below the checklist&apos;s threshold</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Findings were raised on this item</source>
        <translation>该条目已有发现项</translation>
    </message>
    <message>
        <source>Carried over from the baseline: confirm it or change it</source>
        <translation>沿用自基准评估：请确认或修改</translation>
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
    <name>ExceptionFindingDialog</name>
    <message>
        <source>Order {ref} failed “{check}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a finding from an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
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
    <name>FindingDialog</name>
    <message>
        <source>Raise a finding</source>
        <translation>提出发现项</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>编辑发现项</translation>
    </message>
    <message>
        <source>A finding needs a description.</source>
        <translation>发现项需要填写描述。</translation>
    </message>
</context>
<context>
    <name>FindingDialogView</name>
    <message>
        <source>On:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>建议(&amp;R)：</translation>
    </message>
    <message>
        <source>What was found, with the facts that show it</source>
        <translation>发现的问题及支持该结论的事实</translation>
    </message>
    <message>
        <source>What the organisation should do about it (optional)</source>
        <translation>组织应如何处理（可选）</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Recommendation: {text}</source>
        <translation>建议：{text}</translation>
    </message>
    <message>
        <source>Raised {when} by {who}; {count} corrective action(s)</source>
        <translation>由 {who} 于 {when} 提出；纠正措施 {count} 项</translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <source>Finding raised on {subject}</source>
        <translation>已对 {subject} 提出发现项</translation>
    </message>
    <message>
        <source>Finding saved</source>
        <translation>发现项已保存</translation>
    </message>
    <message>
        <source>Finding not deleted</source>
        <translation>发现项未删除</translation>
    </message>
    <message>
        <source>Finding deleted (kept in the change history)</source>
        <translation>发现项已删除（变更历史中保留记录）</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>删除发现项</translation>
    </message>
    <message>
        <source>Delete the finding “{text}” ({grade}) and its {count} corrective action(s)?</source>
        <translation>删除发现项“{text}”（{grade}）及其 {count} 项纠正措施？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Corrective action added</source>
        <translation>已添加纠正措施</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>No finding yet. Press F to raise one on the current item.</source>
        <translation>尚无发现项。按 F 可对当前条目提出发现项。</translation>
    </message>
    <message>
        <source>Raise…</source>
        <translation>提出…</translation>
    </message>
    <message>
        <source>Raise a finding on the current item or element (F)</source>
        <translation>对当前条目或要素提出发现项（F）</translation>
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
        <source>Add action…</source>
        <translation>添加措施…</translation>
    </message>
    <message>
        <source>Add a corrective action to the selected finding</source>
        <translation>为所选发现项添加纠正措施</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history: {title}</source>
        <translation>变更历史：{title}</translation>
    </message>
    <message>
        <source>Change history of item {item}</source>
        <translation>条目 {item} 的变更历史</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{shown} of {total} change(s)</source>
        <translation>显示 {shown} / 共 {total} 条变更</translation>
    </message>
    <message>
        <source>Who changed what and when. Export writes every entry as CSV, whatever the filter shows.</source>
        <translation>谁在何时修改了什么。导出时无论筛选条件如何，都会将全部记录写入 CSV。</translation>
    </message>
    <message>
        <source>Export change history</source>
        <translation>导出变更历史</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>变更历史未导出</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>变更历史已导出</translation>
    </message>
    <message>
        <source>{count} change(s) were saved as {path}.</source>
        <translation>已将 {count} 条变更保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>资料索取</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmed unchanged</source>
        <translation>确认不变</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <source>Request note</source>
        <translation>索取备注</translation>
    </message>
    <message>
        <source>List built</source>
        <translation>生成清单</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Filter by any text: a user, an item, a value</source>
        <translation>按任意文字筛选：用户、条目或数值</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ItemChangeModel</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>The level that counts, after the evidence rule</source>
        <translation>按证据规则计算后的有效等级</translation>
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
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Every change to this item: who, when, before and after</source>
        <translation>该条目的全部变更：修改人、时间、修改前后的内容</translation>
    </message>
    <message>
        <source>Carried over from the baseline. Confirm it is still true, or change the answer.</source>
        <translation>沿用自基准评估。请确认其仍然属实，或修改作答。</translation>
    </message>
    <message>
        <source>Confirm unchanged (C)</source>
        <translation>确认不变（C）</translation>
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
        <source>This store is already open in another ExportAudit window (process {pid} on host {host}). Open it read-only, or cancel?</source>
        <translation>此存储库已在另一个 ExportAudit 窗口中打开（主机 {host} 上的进程 {pid}）。以只读方式打开，还是取消？</translation>
    </message>
    <message>
        <source>Store already open</source>
        <translation>存储库已被打开</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
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
        <source>Finishing the work in progress…</source>
        <translation>正在完成进行中的工作…</translation>
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
        <source>Export &amp;questionnaire…</source>
        <translation>导出问卷(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>导入问卷(&amp;I)…</translation>
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
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
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
        <source>Raise a &amp;finding…</source>
        <translation>提出发现项(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;onfirm unchanged</source>
        <translation>确认不变(&amp;O)</translation>
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
        <source>New re-&amp;audit from this…</source>
        <translation>以此为基准新建复审(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>变更历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新开启(&amp;O)…</translation>
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
        <source>A&amp;ction plan</source>
        <translation>行动计划(&amp;C)</translation>
    </message>
    <message>
        <source>Document &amp;requests</source>
        <translation>资料索取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comparison with the baseline</source>
        <translation>与基准对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Transaction testing</source>
        <translation type="unfinished"></translation>
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
    <name>OrderImportDialog</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first: 5 March 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first: 3 May 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: every order needs its order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping last used for a file with these columns is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns were matched by their names; check each one before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as an order list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order or shipment list to import (Excel .xlsx or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found, so the columns are named by their letters; set the header rows by hand if the file has one. About {rows} data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header found in {where}; data from row {start}, about {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the order id: every order needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {done} of about {total} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders} orders imported into “{name}” in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows could not be read and were left out; they are listed below with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} empty rows were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping is remembered for the next file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order list was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderImportView</name>
    <message>
        <source>Import an order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">至</translation>
    </message>
    <message>
        <source>First rows as read (the row numbers are the file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates &amp;like 05/03/2026:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency when none is gi&amp;ven:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order list imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListTableModel</name>
    <message>
        <source>Order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file that could not be read; Refused rows… lists them with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest and latest order date in the list</source>
        <translation type="unfinished"></translation>
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
    <name>PassRateTableModel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished">不适用</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">打开</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed ÷ (passed + failed) over every sample of the assessment; N/A and open checks do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled orders with no answer yet for this check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} 不是 PNG 或 JPEG 图片。</translation>
    </message>
</context>
<context>
    <name>PreferencesView</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Report &amp;logo:</source>
        <translation>报告徽标(&amp;L)：</translation>
    </message>
    <message>
        <source>Recorded with every change in the history. Leave it empty to use your account name on this computer.</source>
        <translation>每项变更都会在历史中记录此姓名。留空则使用您在本机的账户名。</translation>
    </message>
    <message>
        <source>A PNG or JPEG for the report cover, used when the organisation has no logo of its own.</source>
        <translation>用于报告封面的 PNG 或 JPEG 图片，在组织没有自己的徽标时使用。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>No default logo</source>
        <translation>无默认徽标</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未导入原因</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>Import an order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report logo</source>
        <translation>报告徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>QuestionnaireController</name>
    <message>
        <source>Export questionnaire</source>
        <translation>导出问卷</translation>
    </message>
    <message>
        <source>Writing the questionnaire…</source>
        <translation>正在生成问卷…</translation>
    </message>
    <message>
        <source>Questionnaire written</source>
        <translation>问卷已生成</translation>
    </message>
    <message>
        <source>The questionnaire was saved as {path}. Send it to the client; import it here once filled in.</source>
        <translation>问卷已保存为 {path}。请发送给客户，填写完成后在此导入。</translation>
    </message>
    <message>
        <source>Questionnaire not written</source>
        <translation>问卷未生成</translation>
    </message>
    <message>
        <source>The questionnaire could not be written.</source>
        <translation>无法生成问卷。</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Questionnaire not imported</source>
        <translation>问卷未导入</translation>
    </message>
    <message>
        <source>The workbook cannot be imported: {reason}</source>
        <translation>无法导入该工作簿：{reason}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>未做任何更改：{reason}</translation>
    </message>
    <message>
        <source>{count} item(s) changed from {file}.</source>
        <translation>已根据 {file} 更改 {count} 个条目。</translation>
    </message>
    <message>
        <source>{count} row(s) were not imported.</source>
        <translation>有 {count} 行未导入。</translation>
    </message>
    <message>
        <source>Questionnaire imported</source>
        <translation>问卷已导入</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>Changes ({count})</source>
        <translation>更改（{count}）</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>未导入（{count}）</translation>
    </message>
    <message>
        <source>Notices ({count})</source>
        <translation>提示（{count}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} row(s) read.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;：已读取 {rows} 行。</translation>
    </message>
    <message>
        <source>Applying it changes {count} item(s), all at once; nothing is written before you apply.</source>
        <translation>应用后将一次性更改 {count} 个条目；在您点击应用之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>It changes nothing in this assessment.</source>
        <translation>该问卷不会更改本评估的任何内容。</translation>
    </message>
    <message>
        <source>{count} row(s) cannot be imported; they are listed with the reason and are left out.</source>
        <translation>有 {count} 行无法导入，已列出原因，导入时将跳过。</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreviewView</name>
    <message>
        <source>Import questionnaire</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>应用更改(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this store is open in another ExportAudit window (process {pid} on host {host}). Nothing can be changed here; close the other window, then open it for editing.</source>
        <translation>只读：此存储库已在另一个 ExportAudit 窗口中打开（主机 {host} 上的进程 {pid}）。此处无法做任何修改；请先关闭另一个窗口，再打开以编辑。</translation>
    </message>
    <message>
        <source>Read-only: this store was opened read-only. Nothing can be changed here.</source>
        <translation>只读：此存储库以只读方式打开，此处无法做任何修改。</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>打开以编辑</translation>
    </message>
</context>
<context>
    <name>ReauditDialog</name>
    <message>
        <source>New re-audit from “{title}”</source>
        <translation>以“{title}”为基准新建复审</translation>
    </message>
    <message>
        <source>{title} – re-audit {year}</source>
        <translation>{title} – {year} 年复审</translation>
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
    <name>ReauditDialogView</name>
    <message>
        <source>The re-audit starts from this assessment: its ratings, N/A justifications, notes and evidence links are carried over, each marked “to re-confirm” until you confirm it unchanged or change it. Checklist, target profile and scope stay the same.</source>
        <translation>复审以本评估为基准：评分、不适用理由、备注和证据链接都将沿用，并逐项标记为“待重新确认”，直到您确认不变或作出修改。检查清单、目标配置和适用范围保持不变。</translation>
    </message>
</context>
<context>
    <name>RedFlagTreeModel</name>
    <message>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">作答</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
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
    <name>RequestDialog</name>
    <message>
        <source>Document request: {item}</source>
        <translation>资料索取：{item}</translation>
    </message>
    <message>
        <source>Request not saved</source>
        <translation>索取记录未保存</translation>
    </message>
</context>
<context>
    <name>RequestDialogView</name>
    <message>
        <source>Expected:</source>
        <translation>预期资料：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. promised by the sales manager for 12 May</source>
        <translation>例如：销售经理承诺 5 月 12 日前提供</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Expected evidence</source>
        <translation>预期证据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The day the request took its current status</source>
        <translation>该索取记录变为当前状态的日期</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change it</source>
        <translation>双击或按 F2 修改</translation>
    </message>
</context>
<context>
    <name>RequestsController</name>
    <message>
        <source>Export request list</source>
        <translation>导出资料索取清单</translation>
    </message>
    <message>
        <source>Writing the request list…</source>
        <translation>正在生成资料索取清单…</translation>
    </message>
    <message>
        <source>Request list written</source>
        <translation>资料索取清单已生成</translation>
    </message>
    <message>
        <source>The request list was saved as {path}.</source>
        <translation>资料索取清单已保存为 {path}。</translation>
    </message>
    <message>
        <source>Request list not written</source>
        <translation>资料索取清单未生成</translation>
    </message>
    <message>
        <source>The request list could not be written.</source>
        <translation>无法生成资料索取清单。</translation>
    </message>
    <message>
        <source>Update request list</source>
        <translation>更新索取清单</translation>
    </message>
    <message>
        <source>Build request list</source>
        <translation>生成索取清单</translation>
    </message>
    <message>
        <source>Request list not built</source>
        <translation>索取清单未生成</translation>
    </message>
    <message>
        <source>{count} request(s) added to the list</source>
        <translation>已向清单添加 {count} 项索取</translation>
    </message>
    <message>
        <source>Every applicable item already has a request</source>
        <translation>所有适用条目均已有索取记录</translation>
    </message>
    <message>
        <source>Request not saved</source>
        <translation>索取记录未保存</translation>
    </message>
    <message>
        <source>Request {item}: {status}</source>
        <translation>索取 {item}：{status}</translation>
    </message>
    <message>
        <source>document requests</source>
        <translation>资料索取清单</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Filter requests by any text</source>
        <translation>按任意文字筛选索取记录</translation>
    </message>
    <message>
        <source>No request list yet. Build it from the expected evidence of the applicable items, then send it to the auditee before the visit. Attaching evidence to an item marks its request received.</source>
        <translation>尚无资料索取清单。可根据适用条目的预期证据生成清单，并在现场审核前发送给受审方。为条目附加证据后，其索取记录会自动标记为已收到。</translation>
    </message>
    <message>
        <source>Build request list</source>
        <translation>生成索取清单</translation>
    </message>
    <message>
        <source>Add a request for every applicable item that has none yet</source>
        <translation>为每个尚无索取记录的适用条目添加一项索取</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the status and note of the selected request (F2 edits in place)</source>
        <translation>修改所选索取记录的状态和备注（按 F2 可直接在表格中编辑）</translation>
    </message>
    <message>
        <source>Export request list…</source>
        <translation>导出索取清单…</translation>
    </message>
</context>
<context>
    <name>RowProblemTableModel</name>
    <message>
        <source>No order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A totals line, not an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished">行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row number in the file, as a spreadsheet shows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders drawn of the orders in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the same list and method, this seed draws the same orders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cards with every check answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed of the checks tested (pass or fail) over the sample&apos;s cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampledOrderTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks answered on the order&apos;s test card (Enter or double-click opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the order failed: exceptions</source>
        <translation type="unfinished"></translation>
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
        <source>Confirm a carried-over answer unchanged (re-audits)</source>
        <translation>确认沿用的作答保持不变（复审）</translation>
    </message>
    <message>
        <source>Raise a finding on the current item or element</source>
        <translation>对当前条目或要素提出发现项</translation>
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
        <source>Show the action plan / the document requests / the comparison</source>
        <translation>显示行动计划 / 资料索取 / 对比</translation>
    </message>
    <message>
        <source>Show the change history of the assessment</source>
        <translation>显示评估的变更历史</translation>
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
    <name>SourcePreviewModel</name>
    <message>
        <source>Column “{header}” feeds: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{header}” is not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCardView</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished">附加…</translation>
    </message>
    <message>
        <source>Pass (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check passed on this order (P or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: an exception (F or 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to this order; the note must say why (A or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: what was looked at, dates, document references (required for N/A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence to this check (or drop files on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a finding from this exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P pass · F fail · A not applicable (or 1 2 3) · Del clear · ↑ ↓ next check · Enter note · PgUp PgDn previous / next order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All remaining: not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every warning sign not answered yet as not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not present (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/&amp;A (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved before release (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the sign was resolved or why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCardWindow</name>
    <message>
        <source>Test card not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample #{sample}, order {position} of {size} · stratum: {stratum} · seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test card: order {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist items this check tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding #{id} raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample has no red-flag list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} signs answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} present, {unresolved} not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} checks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}: {what}</source>
        <translation type="unfinished">已于 {time} 保存：{what}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A needs a note saying why the check does not apply: write it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red flags cannot pass yet: {open} of {total} signs unanswered, {unresolved} present and not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check marked N/A keeps a note saying why; the saved note stays until you write another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on {check}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching {count} file(s)…</source>
        <translation type="unfinished">正在附加 {count} 个文件…</translation>
    </message>
    <message>
        <source>attached to {check}: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation type="unfinished">证据未附加</translation>
    </message>
    <message>
        <source>The file could not be attached.</source>
        <translation type="unfinished">无法附加该文件。</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished">文件缺失</translation>
    </message>
    <message>
        <source>{name} is missing from the evidence folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open {name}.</source>
        <translation type="unfinished">没有可打开 {name} 的程序。</translation>
    </message>
    <message>
        <source>finding #{id} raised from {check}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warning sign in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>{count} remaining signs answered not present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsController</name>
    <message>
        <source>{method} Drawn {when} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of sample #{id} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold {threshold}%: while a check passes on fewer of the tested orders, the items it tests count as 3 at most (sample exceptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped now: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {orders} orders, {refused} rows refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows refused: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows of {file} could not be read and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of {file} was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order list not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the order list {name} (kept in the change history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the order list “{name}” and its {orders} orders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Drew sample #{id}: {size} of {population} orders, seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing sample #{id} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample not redrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn again from seed {seed}: the same {size} orders were drawn again. A reviewer with the same order list, method and seed gets this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample #{id} redrawn: the same orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn again from seed {seed}, the sample differs from the one stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored but not drawn again ({count}): {orders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn again but not stored ({count}): {orders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order list or the sampling method changed since the sample was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample #{id} redrawn: it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted sample #{id} (kept in the change history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sample #{id} and its {size} test cards ({done} filled in)? Its pass rates stop counting; findings raised from it and evidence files stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsView</name>
    <message>
        <source>Order lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an order or shipment list from Excel or CSV (the auditee&apos;s ERP export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the chosen list that could not be read, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished">删除…</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a seeded, optionally stratified sample from the chosen order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chosen sample again from its list, method and seed, and compare: a reviewer can reproduce it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open test card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the chosen order (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rates over all samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of this assessment defines no transaction tests, so there is nothing to sample here.</source>
        <translation type="unfinished"></translation>
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
    <name>WorkflowMenus</name>
    <message>
        <source>Preferences saved; changes are recorded as {user}.</source>
        <translation>首选项已保存；变更将以 {user} 的名义记录。</translation>
    </message>
    <message>
        <source>Re-audit started from “{title}”: carried-over answers are marked to re-confirm.</source>
        <translation>已以“{title}”为基准开始复审：沿用的作答已标记为待重新确认。</translation>
    </message>
    <message>
        <source>Assessment not finalised</source>
        <translation>评估未定稿</translation>
    </message>
    <message>
        <source>Finalised: {title}</source>
        <translation>已定稿：{title}</translation>
    </message>
    <message>
        <source>Assessment finalised</source>
        <translation>评估已定稿</translation>
    </message>
    <message>
        <source>“{title}” is finalised and read-only.

Content fingerprint (SHA-256):
{fingerprint}

The fingerprint is shown in the window and printed in the reports.</source>
        <translation>“{title}”已定稿，处于只读状态。

内容指纹（SHA-256）：
{fingerprint}

该指纹显示在窗口中，并打印在报告里。</translation>
    </message>
    <message>
        <source>Finalise assessment</source>
        <translation>评估定稿</translation>
    </message>
    <message>
        <source>Finalise “{title}”? It becomes read-only and the fingerprint of its content is recorded. It can be reopened later, with a reason that is kept in the change history.</source>
        <translation>将“{title}”定稿？定稿后评估变为只读，并记录其内容指纹。之后仍可重新开启，但须填写理由，理由将保存在变更历史中。</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Assessment not reopened</source>
        <translation>评估未重新开启</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>已重新开启：{title}</translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation>重新开启评估</translation>
    </message>
    <message>
        <source>Why is “{title}” reopened? The reason is recorded in the change history with the fingerprint it had.</source>
        <translation>为什么要重新开启“{title}”？理由将连同其原有指纹一起记录在变更历史中。</translation>
    </message>
    <message>
        <source>A reason is required to reopen a finalised assessment.</source>
        <translation>重新开启已定稿的评估必须填写理由。</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Filter items, in Chinese or English (Ctrl+F)</source>
        <translation>按中文或英文筛选条目（Ctrl+F）</translation>
    </message>
</context>
</TS>
