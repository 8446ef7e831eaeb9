<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="101"/>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="124"/>
        <source>Bundled font</source>
        <translation>随附字体</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="124"/>
        <source>Bundled library</source>
        <translation>随附程序库</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="125"/>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="126"/>
        <source>Project: {url}</source>
        <translation>项目主页：{url}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="128"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as separate files in the installation folder and may be replaced with your own build.</source>
        <translation>Qt 和 PySide6 依据 GNU LGPL 第 3 版使用：它们的程序库以独立文件存放在安装文件夹中，您可以用自行构建的版本替换。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="138"/>
        <source>(The licence file {name} is missing from this installation.)</source>
        <translation>（此安装中缺少许可证文件 {name}。）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/about.py" line="141"/>
        <source>The full licence text is published on the project&apos;s page above.</source>
        <translation>许可证全文见上方的项目主页。</translation>
    </message>
</context>
<context>
    <name>AboutView</name>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="81"/>
        <source>About ExportAudit</source>
        <translation>关于 ExportAudit</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="84"/>
        <source>Audits an export-control internal compliance programme against the nine elements of MOFCOM&apos;s 2021 guidance, scores it and writes reports. Works offline; everything stays in the store file you choose.</source>
        <translation>依据商务部 2021 年指南的九大要素，审核出口管制内部合规机制，进行评分并生成报告。完全离线运行，所有数据都保存在您选择的存储库文件中。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="82"/>
        <location filename="../../exportaudit/ui/views/about_view.py" line="86"/>
        <source>Checklists</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="87"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="89"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="89"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="89"/>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/about_view.py" line="89"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_dialog.py" line="32"/>
        <source>Add corrective action</source>
        <translation>添加纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_dialog.py" line="32"/>
        <source>Edit corrective action</source>
        <translation>编辑纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_dialog.py" line="61"/>
        <location filename="../../exportaudit/ui/controllers/action_dialog.py" line="80"/>
        <source>Raise a finding first: every corrective action answers a finding.</source>
        <translation>请先提出发现项：每项纠正措施都针对一个发现项。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_dialog.py" line="83"/>
        <source>A corrective action needs a description.</source>
        <translation>纠正措施需要填写说明。</translation>
    </message>
</context>
<context>
    <name>ActionDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="64"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="65"/>
        <source>&amp;Finding:</source>
        <translation>发现项(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="65"/>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="65"/>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="65"/>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="66"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="66"/>
        <source>&amp;Closing note:</source>
        <translation>关闭说明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="69"/>
        <source>by</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="70"/>
        <source>Untick for an action without a due date</source>
        <translation>取消勾选则该措施不设完成期限</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="71"/>
        <source>What will be done to correct the finding</source>
        <translation>为纠正该发现项将采取的措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="72"/>
        <source>Who is responsible</source>
        <translation>由谁负责</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_dialog_view.py" line="73"/>
        <source>How it was closed and where the proof is (when done)</source>
        <translation>完成后填写：如何关闭以及证明材料存放位置</translation>
    </message>
</context>
<context>
    <name>ActionPlanController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="57"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="58"/>
        <source>Open (not done)</source>
        <translation>未关闭（尚未完成）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="59"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="70"/>
        <source>Anyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="126"/>
        <source>No corrective action yet: raise a finding in the workspace (F), then add actions to it.</source>
        <translation>尚无纠正措施：请先在工作区提出发现项（F），再为其添加措施。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="128"/>
        <source>{shown} of {total} action(s)</source>
        <translation>显示 {shown} / 共 {total} 项措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="130"/>
        <source>{count} overdue</source>
        <translation>{count} 项逾期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="142"/>
        <source>Raise a finding first (F in the workspace): every corrective action answers a finding.</source>
        <translation>请先提出发现项（在工作区按 F）：每项纠正措施都针对一个发现项。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="152"/>
        <source>Corrective action added</source>
        <translation>已添加纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="160"/>
        <source>Corrective action saved</source>
        <translation>纠正措施已保存</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="170"/>
        <source>Action not deleted</source>
        <translation>措施未删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="171"/>
        <source>Corrective action deleted (kept in the change history)</source>
        <translation>纠正措施已删除（变更历史中保留记录）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="174"/>
        <source>Delete corrective action</source>
        <translation>删除纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="175"/>
        <source>Delete the corrective action “{text}”?</source>
        <translation>删除纠正措施“{text}”？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/action_plan.py" line="176"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="62"/>
        <source>Filter actions by any text</source>
        <translation>按任意文字筛选措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="63"/>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="64"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="65"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="66"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="67"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/action_plan_view.py" line="68"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="31"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="32"/>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="33"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="34"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="35"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="37"/>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="38"/>
        <source>The grade of the finding the action answers</source>
        <translation>该措施所针对发现项的等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="39"/>
        <source>Open actions past this date are overdue</source>
        <translation>超过此日期仍未关闭的措施即为逾期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="109"/>
        <source>Finding ({grade}): {text}</source>
        <translation>发现项（{grade}）：{text}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="112"/>
        <source>Overdue: due {date}</source>
        <translation>已逾期：期限为 {date}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/actions.py" line="114"/>
        <source>Closing note: {text}</source>
        <translation>关闭说明：{text}</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="262"/>
        <source>Every item shown is answered.</source>
        <translation>显示的所有条目均已作答。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="351"/>
        <source>This assessment is finalised and read-only; Assessment &gt; Reopen… makes it editable again.</source>
        <translation>此评估已定稿，处于只读状态；通过“评估 &gt; 重新打开…”可再次编辑。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="354"/>
        <source>The store is open read-only; ratings cannot be changed.</source>
        <translation>存储库以只读方式打开，无法修改评分。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="356"/>
        <source>Choose an item first: 0–5 rate the current item.</source>
        <translation>请先选择一个条目：0–5 为当前条目评分。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="387"/>
        <source>rate {item} {level}</source>
        <translation>将 {item} 评为 {level} 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="393"/>
        <source>clear {item}</source>
        <translation>清除 {item} 的作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="402"/>
        <source>{item} is a key item with a statutory basis: it cannot be marked not applicable.</source>
        <translation>{item} 是有法定依据的关键项，不能标为不适用。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="406"/>
        <source>Not applicable: {item}</source>
        <translation>不适用：{item}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="407"/>
        <source>Why does item {item} not apply to this organisation? The justification goes into the report.</source>
        <translation>为什么条目 {item} 不适用于该组织？此理由将写入报告。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="410"/>
        <source>A justification is required to mark an item not applicable.</source>
        <translation>将条目标记为不适用必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="412"/>
        <source>mark {item} not applicable</source>
        <translation>将 {item} 标记为不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="432"/>
        <source>Answer not saved</source>
        <translation>作答未保存</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="441"/>
        <source>restored the answer of {item}</source>
        <translation>已恢复 {item} 的作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="466"/>
        <source>Note not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="467"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="470"/>
        <source>Saved {time}: {what}</source>
        <translation>已于 {time} 保存：{what}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="534"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="540"/>
        <source>Overall level</source>
        <translation>总体等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="542"/>
        <source>Coverage {coverage:.0%}</source>
        <translation>覆盖率 {coverage:.0%}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="543"/>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="553"/>
        <source>Finalised · {short}</source>
        <translation>已定稿 · {short}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="554"/>
        <source>Finalised {when}
Content fingerprint (SHA-256):
{fingerprint}</source>
        <translation>定稿于 {when}
内容指纹（SHA-256）：
{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="557"/>
        <source>This assessment is finalised and read-only: answers, notes, evidence, findings, actions and requests cannot be changed. Its content fingerprint is {fingerprint}. Assessment &gt; Reopen… makes it editable again; the reopening is recorded with its reason.</source>
        <translation>本评估已定稿，处于只读状态：作答、备注、证据、发现项、纠正措施和资料索取均不能修改。其内容指纹为 {fingerprint}。通过“评估 &gt; 重新开启…”可恢复编辑，重新开启的操作及理由将被记录。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="592"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="593"/>
        <source>This assessment is scored with model 1. Re-scoring it with model 2 is recorded in its history and cannot be undone. What changes:</source>
        <translation>本评估按评分模型 1 计分。改用评分模型 2 重新计分将记入变更历史，且不可撤销。变化如下：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="595"/>
        <source>No result changes.</source>
        <translation>结果没有变化。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="600"/>
        <source>Not re-scored</source>
        <translation>未重新评分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="601"/>
        <source>Re-scored with model 2.</source>
        <translation>已按评分模型 2 重新计分。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="603"/>
        <source>Re-score with model 2</source>
        <translation>按评分模型 2 重新计分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="603"/>
        <source>Re-score</source>
        <translation>重新计分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="620"/>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="624"/>
        <source>Module not switched</source>
        <translation>模块未切换</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="616"/>
        <source>Module switched on: {module}</source>
        <translation>已启用模块：{module}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="617"/>
        <source>Module switched off: {module}</source>
        <translation>已停用模块：{module}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="645"/>
        <source>Not confirmed</source>
        <translation>未能确认</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment.py" line="647"/>
        <source>{item} confirmed unchanged</source>
        <translation>已确认 {item} 保持不变</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="26"/>
        <source>New assessment for {organisation}</source>
        <translation>为 {organisation} 新建评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="36"/>
        <source>Not specified (all items)</source>
        <translation>未指定（全部条目）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="42"/>
        <source>Size classes follow the official SME criteria (工信部联企业〔2011〕300号), which differ by industry; small includes micro enterprises.</source>
        <translation>规模按《中小企业划型标准规定》（工信部联企业〔2011〕300号）划分，各行业标准不同；小型包括微型企业。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="51"/>
        <source>Some checklist files were refused:</source>
        <translation>以下检查表文件未被接受：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="54"/>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="137"/>
        <source>No valid checklist is installed, so no assessment can be started.</source>
        <translation>未安装有效的检查表，无法开始评估。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="74"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="88"/>
        <source>{module} ({count} items)</source>
        <translation>{module}（{count} 项）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="134"/>
        <source>An assessment needs a title.</source>
        <translation>评估需要一个标题。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/assessment_dialog.py" line="140"/>
        <source>The period ends before it starts.</source>
        <translation>评估期间的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="114"/>
        <source>Start of the period</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="115"/>
        <source>End of the period</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="116"/>
        <source>&amp;Checklist:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="116"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="116"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="116"/>
        <source>&amp;Period:</source>
        <translation>评估期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="117"/>
        <source>&amp;Assessor:</source>
        <translation>评估人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="117"/>
        <source>Assessor&apos;s &amp;role:</source>
        <translation>评估人职务(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="117"/>
        <source>I&amp;ndependence:</source>
        <translation>独立性(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="118"/>
        <source>Target &amp;profile:</source>
        <translation>目标配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="118"/>
        <source>Re&amp;viewer:</source>
        <translation>复核人(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="118"/>
        <source>Review &amp;date:</source>
        <translation>复核日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="119"/>
        <source>&amp;Operator type:</source>
        <translation>经营者类型(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="119"/>
        <source>Si&amp;ze:</source>
        <translation>规模(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="119"/>
        <source>Structure:</source>
        <translation>结构情况：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="120"/>
        <source>Optional &amp;module:</source>
        <translation>可选模块(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="125"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="126"/>
        <source>e.g. 2026 ICP self-assessment</source>
        <translation>例如：2026 年度内部合规自评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="127"/>
        <source>e.g. Export compliance manager</source>
        <translation>例如：出口合规经理</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="128"/>
        <source>Optional: who reviewed the result</source>
        <translation>可选：复核评估结果的人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="131"/>
        <source>How independent the assessor is of the programme assessed: the function itself, another internal function, or external.</source>
        <translation>评估人相对于被评估合规机制的独立程度：职能自身、其他内部职能或外部。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_dialog_view.py" line="133"/>
        <source>Scope: items that do not apply to this operator type are left out of the assessment.</source>
        <translation>适用范围：不适用于该经营者类型的条目不纳入本次评估。</translation>
    </message>
</context>
<context>
    <name>AssessmentPageView</name>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="127"/>
        <source>All assessments</source>
        <translation>全部评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="128"/>
        <source>Back to the organisations and their assessments (Ctrl+0)</source>
        <translation>返回组织及其评估列表（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="129"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="130"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="131"/>
        <source>Answer the items (Ctrl+1)</source>
        <translation>逐项作答（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="132"/>
        <source>Element levels against the target (Ctrl+2)</source>
        <translation>各要素等级与目标对比（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="133"/>
        <source>Statutory duties</source>
        <translation>法定义务</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="134"/>
        <source>Where the organisation may be breaking the law (Ctrl+7)</source>
        <translation>企业可能违法之处（Ctrl+7）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="135"/>
        <source>Other frameworks</source>
        <translation>其他框架</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="136"/>
        <source>This assessment read against EU 2019/1318, BIS ECG 2017 and Wassenaar 2011 through ExportAudit&apos;s own mapping</source>
        <translation>通过 ExportAudit 自行编制的对应关系，对照欧盟 2019/1318、美国 BIS 2017 和瓦森纳 2011 解读本次评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="138"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="139"/>
        <source>Every corrective action, sortable and filterable (Ctrl+3)</source>
        <translation>全部纠正措施，可排序和筛选（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="140"/>
        <source>Document requests</source>
        <translation>资料索取</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="141"/>
        <source>What the auditee is asked to provide (Ctrl+4)</source>
        <translation>要求受审方提供的资料（Ctrl+4）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="142"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="143"/>
        <source>This re-audit against its baseline (Ctrl+5)</source>
        <translation>本次复审与基准评估的对比（Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="144"/>
        <source>Transaction testing</source>
        <translation>交易抽样测试</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/assessment_page_view.py" line="145"/>
        <source>Order lists, samples and test cards of real orders (Ctrl+6)</source>
        <translation>订单清单、抽样样本及真实订单的测试卡（Ctrl+6）</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/assessments.py" line="12"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/assessments.py" line="13"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/assessments.py" line="14"/>
        <source>Period</source>
        <translation>评估期间</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/assessments.py" line="15"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/assessments.py" line="16"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>BrowserController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="132"/>
        <source>Create an organisation to start assessing it.</source>
        <translation>请先创建组织，再开始评估。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="136"/>
        <source>Credit code {code}</source>
        <translation>统一社会信用代码 {code}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="182"/>
        <source>Organisation created: {name}</source>
        <translation>已创建组织：{name}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="193"/>
        <source>Organisation saved: {name}</source>
        <translation>已保存组织：{name}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="204"/>
        <source>Organisation not deleted</source>
        <translation>组织未删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="205"/>
        <source>Organisation deleted: {name}</source>
        <translation>已删除组织：{name}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="208"/>
        <source>Delete organisation</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="209"/>
        <source>Delete {name} and its {count} assessment(s), with all their answers and evidence links? This cannot be undone.</source>
        <translation>确定删除 {name} 及其 {count} 项评估（包括全部作答和证据关联）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="212"/>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="296"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="237"/>
        <source>Assessment created: {title}</source>
        <translation>已创建评估：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="258"/>
        <source>Assessment not renamed</source>
        <translation>评估未重命名</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="259"/>
        <source>Assessment renamed: {title}</source>
        <translation>评估已重命名为：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="262"/>
        <source>Rename assessment</source>
        <translation>重命名评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="262"/>
        <source>New title for “{title}”:</source>
        <translation>“{title}”的新标题：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="272"/>
        <source>Assessment not duplicated</source>
        <translation>评估未复制</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="273"/>
        <source>Assessment duplicated as {title}</source>
        <translation>评估已复制为：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="276"/>
        <source>Duplicate assessment</source>
        <translation>复制评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="277"/>
        <source>Title of the copy (it keeps every answer, note and evidence link):</source>
        <translation>副本标题（副本保留全部作答、备注和证据关联）：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="278"/>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="288"/>
        <source>Assessment not deleted</source>
        <translation>评估未删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="289"/>
        <source>Assessment deleted: {title}</source>
        <translation>已删除评估：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="292"/>
        <source>Delete assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="293"/>
        <source>Delete “{title}” ({period}) with all its answers, notes and evidence links? This cannot be undone.</source>
        <translation>确定删除“{title}”（{period}）及其全部作答、备注和证据关联吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/browser.py" line="304"/>
        <source>An assessment needs a title.</source>
        <translation>评估需要一个标题。</translation>
    </message>
</context>
<context>
    <name>BrowserView</name>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="127"/>
        <source>Organisations and assessments</source>
        <translation>组织与评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="128"/>
        <source>Portfolio</source>
        <translation>客户总览</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="129"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="130"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="131"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="132"/>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="138"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="133"/>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="134"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="135"/>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="136"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/browser_view.py" line="137"/>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
</context>
<context>
    <name>ChangePreviewModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="17"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="18"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="19"/>
        <source>N/A justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="20"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="25"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="26"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="27"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="28"/>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="46"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="47"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ChoiceTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="297"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="298"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="299"/>
        <source>First order</source>
        <translation>首笔订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="340"/>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="116"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="115"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="113"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="119"/>
        <source>Improved ({count})</source>
        <translation>提升（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="120"/>
        <source>Regressed ({count})</source>
        <translation>下降（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="121"/>
        <source>Unchanged ({count})</source>
        <translation>不变（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="122"/>
        <source>Not comparable ({count})</source>
        <translation>无法比较（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="123"/>
        <source>Not yet re-confirmed ({count})</source>
        <translation>尚未复核（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="125"/>
        <source>Open actions from the baseline ({count})</source>
        <translation>基准评估中未关闭的措施（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="129"/>
        <source>Rated on one side only: new, not applicable or unanswered</source>
        <translation>仅一方有评分：新增、不适用或未作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="130"/>
        <source>Answers carried over from the baseline that nobody has confirmed or changed yet</source>
        <translation>从基线评估结转、尚无人确认或修改的回答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="136"/>
        <source>Baseline: &lt;b&gt;{title}&lt;/b&gt; ({kind}, {period})</source>
        <translation>基线评估：&lt;b&gt;{title}&lt;/b&gt;（{kind}，{period}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/comparison.py" line="140"/>
        <source>Overall level {then} then, {now} now ({level_change}); score {score_then} → {score_now} ({score_change})</source>
        <translation>总体成熟度：基线 {then} 级，本次 {now} 级（{level_change}）；得分 {score_then} → {score_now}（{score_change}）</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="67"/>
        <source>Element levels</source>
        <translation>要素等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="70"/>
        <source>Improved</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="70"/>
        <source>Regressed</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="70"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="70"/>
        <source>Not comparable</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="71"/>
        <source>Open actions from the baseline</source>
        <translation>基准评估中未关闭的措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/comparison_view.py" line="71"/>
        <source>Not yet re-confirmed</source>
        <translation>尚未复核</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="121"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="122"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="130"/>
        <source>Item</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="131"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="132"/>
        <source>At export</source>
        <translation>导出时</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="133"/>
        <source>In ExportAudit now</source>
        <translation>ExportAudit 中现值</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="134"/>
        <source>In the workbook</source>
        <translation>工作簿中</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="135"/>
        <source>Use the workbook&apos;s</source>
        <translation>采用工作簿的值</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="136"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="137"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConsultantMenus</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="80"/>
        <source>Unpacking the audit package…</source>
        <translation>正在解包审计包…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="82"/>
        <source>Open audit package</source>
        <translation>打开审计包</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="100"/>
        <source>{package} was unpacked to the working store {store}. Your changes are saved there; use File › Export audit package… to send them back.</source>
        <translation>{package} 已解包到工作存储 {store}。您的更改保存在其中；请使用“文件 › 导出审计包…”发回。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="102"/>
        <source>{package} was unpacked before: its working store {store} is opened, with the changes made in it.</source>
        <translation>{package} 之前已解包：已打开其工作存储 {store}，其中保留已做的更改。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="104"/>
        <source>Audit package opened</source>
        <translation>审计包已打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="109"/>
        <source>Audit package not opened</source>
        <translation>审计包未打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/consultant_menus.py" line="110"/>
        <source>The audit package could not be opened.</source>
        <translation>无法打开审计包。</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="82"/>
        <source>Score {score} of 5</source>
        <translation>得分 {score}（满分 5）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="84"/>
        <source>No item rated yet</source>
        <translation>尚未评分任何条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="85"/>
        <source>Coverage {coverage:.0%} ({answered} of {applicable} items)</source>
        <translation>覆盖率 {coverage:.0%}（{applicable} 项中已答 {answered} 项）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="88"/>
        <source>Provisional until every applicable item is answered.</source>
        <translation>在所有适用条目作答之前，结果为暂定。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="90"/>
        <source>Level {level}</source>
        <translation>等级 {level}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="93"/>
        <source>Held at the weakest element&apos;s level plus one.</source>
        <translation>受限于最弱要素等级加一。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="95"/>
        <source>Sample exceptions hold {items} at 3 at most.</source>
        <translation>抽样例外：{items} 最多按 3 级计。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="99"/>
        <source>Not in the overall result (optional module): {elements}</source>
        <translation>不计入总体结果（可选模块）：{elements}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="103"/>
        <source>Target profile: {name}</source>
        <translation>目标配置：{name}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="106"/>
        <source>Elements below target: {count}</source>
        <translation>未达目标的要素：{count} 个</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="121"/>
        <source>Scored with model {model}</source>
        <translation>按评分模型 {model} 计分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="127"/>
        <source>Assessed by {who}</source>
        <translation>评估人：{who}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/dashboard.py" line="129"/>
        <source>Reviewed by {name} on {date}</source>
        <translation>复核：{name}，{date}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="112"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="113"/>
        <source>Maturity scale</source>
        <translation>成熟度等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="114"/>
        <source>Element scores</source>
        <translation>各要素得分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="116"/>
        <source>One row per element: score, level (0 to 5), target level, gap to the target, coverage, whether a key item caps it, claims without evidence and sample exceptions. The radar beside shows the same levels.</source>
        <translation>每个要素一行：得分、等级（0 至 5）、目标等级、与目标的差距、覆盖率、是否因关键条目而受限、缺少证据的声明以及抽样例外。旁边的雷达图显示相同的等级。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="118"/>
        <source>Radar chart of the element levels against the target</source>
        <translation>各要素等级与目标对比的雷达图</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="120"/>
        <source>One spoke per element, from level 0 at the centre to 5 at the rim. The assessed levels are a solid, filled line with dots; the target is a dashed line. An element not yet rated is a dotted spoke with a hollow marker, not a 0. The Element scores table holds the same figures.</source>
        <translation>每个要素一条辐线，中心为 0 级，外圈为 5 级。评估等级为带圆点的实线填充区域；目标为虚线。尚未评分的要素显示为点线辐线加空心标记，而不是 0。“各要素得分”表格列出相同的数字。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="123"/>
        <source>Assessed level</source>
        <translation>评估等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="123"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/dashboard_view.py" line="124"/>
        <source>Re-score with model 2…</source>
        <translation>按评分模型 2 重新计分…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../exportaudit/ui/views/demo_banner.py" line="24"/>
        <source>Demo store: a made-up company to look around in. Do not enter your own company here: create a store of your own for it.</source>
        <translation>演示存储库：一家虚构的公司，供您随意浏览。请勿在此录入您自己公司的信息，请为其创建自己的存储库。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/demo_banner.py" line="26"/>
        <source>Create my own store…</source>
        <translation>创建我自己的存储库…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/demo_banner.py" line="27"/>
        <source>Choose a file for a new, empty store of your own</source>
        <translation>为您自己的新空白存储库选择一个文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/demo_banner.py" line="28"/>
        <source>Demo store notice</source>
        <translation>演示存储库提示</translation>
    </message>
</context>
<context>
    <name>DrawSampleDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="65"/>
        <source>{name} ({orders} orders)</source>
        <translation>{name}（{orders} 笔订单）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="68"/>
        <source>whichever is smaller</source>
        <translation>取较小者</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="69"/>
        <source>whichever is larger</source>
        <translation>取较大者</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="140"/>
        <source>Import an order list first.</source>
        <translation>请先导入订单清单。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="142"/>
        <source>The chosen order list has no orders.</source>
        <translation>所选订单清单中没有订单。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="144"/>
        <source>Give a seed (a whole number), or press New seed.</source>
        <translation>请输入随机种子（整数），或点击“新种子”。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="147"/>
        <source>Tick at least one high-risk destination, or untick High-risk destinations.</source>
        <translation>请至少勾选一个高风险目的地，或取消勾选“高风险目的地”。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="149"/>
        <source>Choose at least one risky group, or untick Stratify by risk.</source>
        <translation>请至少选择一个风险层，或取消勾选“按风险分层”。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="173"/>
        <source>{n} of {population} orders will be drawn.</source>
        <translation>将从 {population} 笔订单中抽取 {n} 笔。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="177"/>
        <source>Nothing can be drawn yet.</source>
        <translation>暂时无法抽样。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="193"/>
        <source>Drawing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/draw_sample.py" line="213"/>
        <source>The sample was not drawn.</source>
        <translation>未能抽取样本。</translation>
    </message>
</context>
<context>
    <name>DrawSampleView</name>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="218"/>
        <source>Draw a sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="219"/>
        <source>&amp;Order list:</source>
        <translation>订单清单(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="220"/>
        <source>How many orders</source>
        <translation>抽取数量</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="221"/>
        <source>E&amp;xactly</source>
        <translation>固定数量(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="222"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="223"/>
        <source>of the list or</source>
        <translation>的订单，或</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="224"/>
        <source>orders,</source>
        <translation>笔，</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="225"/>
        <source>but at least</source>
        <translation>但不少于</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="226"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="227"/>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="228"/>
        <source>Record the seed: with the same order list and method it draws the same orders again. Type a reviewer&apos;s seed here to draw their sample.</source>
        <translation>请记录随机种子：使用相同的订单清单和方法，可再次抽出完全相同的订单。在此输入复核人的种子即可抽出其样本。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="230"/>
        <source>&amp;Stratify by risk</source>
        <translation>按风险分层(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="231"/>
        <source>Groups: each ticked high-risk destination on its own, listed control codes, new customers, other. An order counts in the first group it falls in. Every group that has orders first gets one (risky groups first), so a sample at least as large as the number of groups draws from each; then each risky group is topped up to its minimum; the rest is shared in proportion to the orders each group has left (largest remainder). Within a group the orders are drawn at random.</source>
        <translation>分组：每个勾选的高风险目的地各为一组，以及列管物项、新客户、其他。订单归入其符合的第一个组。每个有订单的组先各抽 1 笔（风险组优先），因此样本量不少于组数时，每组都会被抽到；然后每个风险组补足其最低数量；其余按各组剩余订单数的比例分配（最大余数法）。组内订单随机抽取。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="238"/>
        <source>&amp;High-risk destinations (tick them):</source>
        <translation>高风险目的地（请勾选）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="239"/>
        <source>Filter destinations</source>
        <translation>筛选目的地</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="240"/>
        <source>&amp;Listed control codes</source>
        <translation>列管物项编码(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="241"/>
        <source>Only codes like… e.g. 1C*, 2B350 (empty: any listed code)</source>
        <translation>仅限以下编码，如 1C*、2B350（留空：任何列管编码）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="242"/>
        <source>New &amp;customers: first order on or after</source>
        <translation>新客户：首笔订单不早于(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="243"/>
        <source>Customers to treat as new (tick them):</source>
        <translation>视为新客户的客户（请勾选）：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="244"/>
        <source>Filter customers</source>
        <translation>筛选客户</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="245"/>
        <source>At least this many from each risky &amp;group:</source>
        <translation>每个风险层至少抽取(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/draw_sample_view.py" line="246"/>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DutiesController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/duties.py" line="45"/>
        <source>{total} statutory duties: {not_met} not met, {not_assessed} not assessed, {met} met</source>
        <translation>法定义务 {total} 项：未履行 {not_met} 项，未评估 {not_assessed} 项，已履行 {met} 项</translation>
    </message>
</context>
<context>
    <name>DutiesTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/duties.py" line="20"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/duties.py" line="21"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/duties.py" line="22"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/duties.py" line="23"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/duties.py" line="24"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/duties.py" line="25"/>
        <source>Penalty</source>
        <translation>罚则</translation>
    </message>
</context>
<context>
    <name>DutiesView</name>
    <message>
        <location filename="../../exportaudit/ui/views/duties_view.py" line="33"/>
        <source>Statutory duties: status and reasons</source>
        <translation>法定义务：状态与原因</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/duties_view.py" line="35"/>
        <source>Where the organisation may be breaking the law: every applicable item with a statutory basis. Met: it counts 3 or more with its evidence, no open major finding and no sample exception.</source>
        <translation>企业可能违法之处：所有适用且有法定依据的条目。已履行：计分不低于 3 级且有相应证据，没有未关闭的严重不符合项，也没有抽样例外。</translation>
    </message>
</context>
<context>
    <name>ElementChangeModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="45"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="46"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="47"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="48"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="49"/>
        <source>Score change</source>
        <translation>得分变化</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="50"/>
        <source>The element score then and now, to one decimal</source>
        <translation>要素得分（基线与本次，保留一位小数）</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="18"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="19"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="20"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="21"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="22"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="23"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="24"/>
        <source>Capped</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="25"/>
        <source>Unevidenced</source>
        <translation>无证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="26"/>
        <source>Sample exceptions</source>
        <translation>抽样例外</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="28"/>
        <source>Weighted mean of the element&apos;s rated items</source>
        <translation>该要素已评分条目的加权平均值</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="29"/>
        <source>Maturity level 0-5: the score&apos;s whole part, held at 2 by a weak key item</source>
        <translation>成熟度等级 0–5：取得分的整数部分，关键条目薄弱时限定为 2 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="30"/>
        <source>The level the target profile asks for</source>
        <translation>目标配置要求的等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="31"/>
        <source>Levels still missing to reach the target</source>
        <translation>距离目标还差的等级数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="32"/>
        <source>Answered (rated or N/A) of the applicable items</source>
        <translation>适用条目中已作答（已评分或不适用）的比例</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="33"/>
        <source>A key item rated below 3 holds the element at level 2</source>
        <translation>关键条目低于 3 级时，该要素最高为 2 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="34"/>
        <source>Items rated 4 or 5 without evidence (they count as 3)</source>
        <translation>评为 4 或 5 级但无证据的条目（按 3 级计）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="35"/>
        <source>Items held at 3 because a transaction test of them passes below the checklist&apos;s threshold</source>
        <translation>因相关交易抽样测试的通过率低于检查表阈值而最多按 3 级计的条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="106"/>
        <source>Key items below level 3: {items}</source>
        <translation>低于 3 级的关键条目：{items}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_table.py" line="120"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ElementTreeModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="30"/>
        <source>Element / item</source>
        <translation>要素 / 条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="31"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="32"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="164"/>
        <source>{answered} of {applicable} items answered</source>
        <translation>{applicable} 个条目中已答 {answered} 个</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="167"/>
        <source>Level {level} (score {score})</source>
        <translation>等级 {level}（得分 {score}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="170"/>
        <source>Target level {target}</source>
        <translation>目标等级 {target}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="172"/>
        <source>Provisional: level {level}</source>
        <translation>暂定：{level}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="176"/>
        <source>Score before the cap: {score}</source>
        <translation>封顶前得分：{score}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="181"/>
        <source>Held at level 2 by a key item rated below 3</source>
        <translation>因关键条目低于 3 级而限定为 2 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="213"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="242"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="244"/>
        <source>Rated {level}</source>
        <translation>已评为 {level} 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="247"/>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="249"/>
        <source>Key item: below level 3 its rating is its element&apos;s ceiling</source>
        <translation>关键项：低于 3 级时，其评级即为所属要素的等级上限</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="252"/>
        <source>Key item: below level 3 it holds its element at level 2</source>
        <translation>关键条目：低于 3 级时其所属要素最高为 2 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="258"/>
        <source>Rated 4 or 5 without evidence: counts as 3</source>
        <translation>评为 4 或 5 级但无证据：按 3 级计</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="260"/>
        <source>Findings were raised on this item</source>
        <translation>该条目已有发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/element_tree.py" line="262"/>
        <source>Carried over from the baseline: confirm it or change it</source>
        <translation>沿用自基准评估：请确认或修改</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/engagement_dialog.py" line="64"/>
        <source>Engagement</source>
        <translation>审核项目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/engagement_dialog.py" line="85"/>
        <source>As proposed: {opinion}</source>
        <translation>沿用建议结论：{opinion}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/engagement_dialog.py" line="90"/>
        <source>Proposed from the scores and findings: {opinion}. {reasons}</source>
        <translation>依据评分与审核发现提出的结论：{opinion}。{reasons}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/engagement_dialog.py" line="129"/>
        <source>Engagement not saved</source>
        <translation>审核项目信息未保存</translation>
    </message>
</context>
<context>
    <name>EngagementDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="130"/>
        <source>Prepared by</source>
        <translation>编制单位</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="130"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="130"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="130"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="131"/>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="133"/>
        <source>&amp;Firm or department:</source>
        <translation>编制单位或部门(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="133"/>
        <source>Engagement &amp;lead:</source>
        <translation>项目负责人(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="133"/>
        <source>&amp;Team:</source>
        <translation>项目组成员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="134"/>
        <source>&amp;Entities and sites:</source>
        <translation>涵盖的主体与场所(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="134"/>
        <source>&amp;Business lines and item categories:</source>
        <translation>业务线与物项类别(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="135"/>
        <source>Fieldwork &amp;from:</source>
        <translation>现场工作开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="135"/>
        <source>Fieldwork &amp;to:</source>
        <translation>现场工作结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="135"/>
        <source>E&amp;xclusions:</source>
        <translation>范围排除(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="136"/>
        <source>&amp;Interviews:</source>
        <translation>访谈(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="136"/>
        <source>&amp;Site visits:</source>
        <translation>现场走访(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="136"/>
        <source>&amp;Documents reviewed:</source>
        <translation>查阅的文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="137"/>
        <source>Sampling &amp;basis:</source>
        <translation>抽样依据(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="137"/>
        <source>&amp;Limitations:</source>
        <translation>局限性(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="137"/>
        <source>&amp;Disclaimer:</source>
        <translation>免责声明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="138"/>
        <source>Distribution &amp;list (one per line):</source>
        <translation>分发范围（每行一项）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="138"/>
        <source>&amp;Confidentiality marking:</source>
        <translation>密级标识(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="139"/>
        <source>&amp;Conclusion:</source>
        <translation>结论(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="139"/>
        <source>&amp;Rationale:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="146"/>
        <source>Name (Chinese)</source>
        <translation>姓名（中文）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="146"/>
        <source>Name (English)</source>
        <translation>姓名（英文）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="146"/>
        <source>Role (Chinese)</source>
        <translation>角色（中文）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="147"/>
        <source>Role (English)</source>
        <translation>角色（英文）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="149"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="151"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="152"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="153"/>
        <source>Fill in from the transaction-testing samples</source>
        <translation>依据交易测试样本填写</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="155"/>
        <source>e.g. Confidential – client management only</source>
        <translation>例如：保密——仅限客户管理层</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/engagement_dialog_view.py" line="157"/>
        <source>Why you reach this conclusion, in the report&apos;s words</source>
        <translation>用报告中的措辞说明得出此结论的理由</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="118"/>
        <source>Attaching {count} file(s)…</source>
        <translation>正在附加 {count} 个文件…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="128"/>
        <source>Attached to {item}: {files}</source>
        <translation>已附加到 {item}：{files}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="104"/>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="134"/>
        <source>Evidence not attached</source>
        <translation>证据未附加</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="135"/>
        <source>The file could not be attached.</source>
        <translation>无法附加该文件。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="145"/>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="146"/>
        <source>{name} is missing from the evidence folder {folder}. Restore the folder from a backup, or remove this entry and attach the file again.</source>
        <translation>证据文件夹 {folder} 中缺少 {name}。请从备份恢复该文件夹，或删除此条记录后重新附加文件。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="151"/>
        <source>No program is set up to open {name}.</source>
        <translation>没有可打开 {name} 的程序。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="165"/>
        <source>Saved what {name} shows.</source>
        <translation>已保存 {name} 的证据类型和日期。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="183"/>
        <source>Evidence not removed</source>
        <translation>证据未移除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="178"/>
        <source>Removed {name} from {item} (kept in the change history).</source>
        <translation>已从 {item} 移除 {name}（变更记录中保留）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="185"/>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="186"/>
        <source>Remove {name} from item {item}?</source>
        <translation>确定从条目 {item} 移除 {name} 吗？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/evidence.py" line="187"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>EvidenceFactsView</name>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="64"/>
        <source>Describe the evidence</source>
        <translation>说明证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="66"/>
        <source>Say what each file shows and the date it covers. Level 3 needs a policy or procedure document; levels 4 and 5 need a record of operation or an audit result dated within the assessment period.</source>
        <translation>请说明每个文件证明什么以及所涵盖的日期。3 级需要制度或程序文件；4 级和 5 级需要评估期内的运行记录或审计结果。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="68"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="68"/>
        <source>What it shows</source>
        <translation>证明内容</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="68"/>
        <source>Date covered</source>
        <translation>涵盖日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="73"/>
        <source>What {file} shows</source>
        <translation>{file} 证明什么</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="74"/>
        <source>Date {file} covers</source>
        <translation>{file} 涵盖的日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="84"/>
        <source>Policy or procedure document</source>
        <translation>制度或程序文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="84"/>
        <source>Record of operation</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_facts_view.py" line="85"/>
        <source>Audit or review result</source>
        <translation>审计或复核结果</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="12"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="13"/>
        <source>Shows</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="14"/>
        <source>Covers</source>
        <translation>涵盖日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="15"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="16"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="17"/>
        <source>Record</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="18"/>
        <source>Audit result</source>
        <translation>审计结果</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="19"/>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="20"/>
        <source>{date} (stale)</source>
        <translation>{date}（过期）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="21"/>
        <source>Dated before the evidence window: it supports no level 4 or 5.</source>
        <translation>早于证据时间窗口：不能支持 4 级或 5 级。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="72"/>
        <source>Added {when} by {who}</source>
        <translation>由 {who} 于 {when} 添加</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/evidence.py" line="75"/>
        <source>The file is missing from the evidence folder.</source>
        <translation>证据文件夹中缺少该文件。</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="100"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="103"/>
        <source>Files attached to this item as evidence, with their size. Attach adds files (or drop them here); Open shows the chosen file; Remove detaches it. Each file is kept in the store&apos;s evidence folder.</source>
        <translation>作为证据附加到本条目的文件及其大小。“附加”用于添加文件（也可拖放到此处）；“打开”显示所选文件；“移除”取消附加。每个文件都保存在存储库的证据文件夹中。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="105"/>
        <source>Drop files here to attach them. Each file is copied into the store&apos;s evidence folder and identified by its SHA-256.</source>
        <translation>将文件拖放到此处即可附加。每个文件都会复制到存储库的证据文件夹，并以 SHA-256 标识。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="107"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="108"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="109"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/evidence_view.py" line="110"/>
        <source>Kind and date…</source>
        <translation>类型和日期…</translation>
    </message>
</context>
<context>
    <name>ExceptionFindingDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="564"/>
        <source>Order {ref} failed “{check}”.</source>
        <translation>订单 {ref} 未通过“{check}”。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="587"/>
        <source>Raise a finding from an exception</source>
        <translation>根据例外提出发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="588"/>
        <source>&amp;Item:</source>
        <translation>条目(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="48"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="48"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="48"/>
        <source>Chinese and English</source>
        <translation>中英文对照</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="60"/>
        <source>Adds a section (PDF) or a sheet (Excel) reading this assessment against the framework, through ExportAudit&apos;s own mapping</source>
        <translation>通过 ExportAudit 自行编制的对应关系，增加一节（PDF）或一个工作表（Excel），对照该框架解读本次评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="94"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="100"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="109"/>
        <source>The certificate {name} could not be opened: the password is wrong or it is not a PKCS#12 file.</source>
        <translation>无法打开证书 {name}：密码错误，或该文件不是 PKCS#12 文件。</translation>
    </message>
</context>
<context>
    <name>ExportDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="102"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="103"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="104"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="105"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="106"/>
        <source>Other frameworks:</source>
        <translation>其他框架：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="107"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="108"/>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档（.pdf）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="109"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="110"/>
        <source>&amp;Issued to:</source>
        <translation>出具对象(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="111"/>
        <source>Optional; recorded in the report register</source>
        <translation>可选；记入报告登记簿</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="112"/>
        <source>&amp;Sign the PDF with the firm&apos;s certificate</source>
        <translation>使用本所证书签署 PDF(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/export_dialog_view.py" line="113"/>
        <source>Certificate &amp;password:</source>
        <translation>证书密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/finding_dialog.py" line="25"/>
        <source>Raise a finding</source>
        <translation>提出发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/finding_dialog.py" line="25"/>
        <source>Edit finding</source>
        <translation>编辑发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/finding_dialog.py" line="29"/>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/finding_dialog.py" line="32"/>
        <source>Not yet given</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/finding_dialog.py" line="77"/>
        <source>A finding needs a description.</source>
        <translation>发现项需要填写描述。</translation>
    </message>
</context>
<context>
    <name>FindingDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="106"/>
        <source>On:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="106"/>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="106"/>
        <source>Con&amp;dition:</source>
        <translation>发现的情况(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="106"/>
        <source>C&amp;ause:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="107"/>
        <source>&amp;Recommendation:</source>
        <translation>建议(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="107"/>
        <source>&amp;Effect:</source>
        <translation>影响(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="107"/>
        <source>Ris&amp;k:</source>
        <translation>风险等级(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="110"/>
        <source>Management response</source>
        <translation>管理层回复</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="111"/>
        <source>Re&amp;sponse:</source>
        <translation>回复(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="111"/>
        <source>Comme&amp;nt:</source>
        <translation>回复内容(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="112"/>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="112"/>
        <source>&amp;Target date:</source>
        <translation>目标日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="114"/>
        <source>by</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="115"/>
        <source>Untick for a response without a target date</source>
        <translation>取消勾选表示回复不设目标日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="116"/>
        <source>Response target date</source>
        <translation>回复目标日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="117"/>
        <source>What was found, with the facts that show it</source>
        <translation>发现的问题及支持该结论的事实</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="118"/>
        <source>Why it happened (optional)</source>
        <translation>发生的原因（可选）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="119"/>
        <source>What it leads to or could lead to (optional)</source>
        <translation>已经或可能造成的后果（可选）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="120"/>
        <source>What the organisation should do about it (optional)</source>
        <translation>组织应如何处理（可选）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="121"/>
        <source>Management&apos;s comment and planned action (optional)</source>
        <translation>管理层的意见与拟采取的措施（可选）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/finding_dialog_view.py" line="122"/>
        <source>Who answers for it</source>
        <translation>由谁负责</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/findings.py" line="36"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/findings.py" line="37"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/findings.py" line="38"/>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/findings.py" line="39"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/findings.py" line="73"/>
        <source>Recommendation: {text}</source>
        <translation>建议：{text}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/findings.py" line="75"/>
        <source>Raised {when} by {who}; {count} corrective action(s)</source>
        <translation>由 {who} 于 {when} 提出；纠正措施 {count} 项</translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="131"/>
        <source>Finding raised on {subject}</source>
        <translation>已对 {subject} 提出发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="144"/>
        <source>Finding saved</source>
        <translation>发现项已保存</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="156"/>
        <source>Finding not deleted</source>
        <translation>发现项未删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="157"/>
        <source>Finding deleted (kept in the change history)</source>
        <translation>发现项已删除（变更历史中保留记录）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="160"/>
        <source>Delete finding</source>
        <translation>删除发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="161"/>
        <source>Delete the finding “{text}” ({grade}) and its {count} corrective action(s)?</source>
        <translation>删除发现项“{text}”（{grade}）及其 {count} 项纠正措施？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="164"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/findings.py" line="171"/>
        <source>Corrective action added</source>
        <translation>已添加纠正措施</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="52"/>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="53"/>
        <source>No finding yet. Press F to raise one on the current item.</source>
        <translation>尚无发现项。按 F 可对当前条目提出发现项。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="54"/>
        <source>Raise…</source>
        <translation>提出…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="55"/>
        <source>Raise a finding on the current item or element (F)</source>
        <translation>对当前条目或要素提出发现项（F）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="56"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="57"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="58"/>
        <source>Add action…</source>
        <translation>添加措施…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/findings_view.py" line="59"/>
        <source>Add a corrective action to the selected finding</source>
        <translation>为所选发现项添加纠正措施</translation>
    </message>
</context>
<context>
    <name>FormsEdit</name>
    <message>
        <location filename="../../exportaudit/ui/views/forms_edit.py" line="64"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/forms_edit.py" line="64"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>FrameworksController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/frameworks.py" line="88"/>
        <source>Include the optional module ({count} items)</source>
        <translation>纳入可选模块（{count} 项）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/frameworks.py" line="109"/>
        <source>Level worked out from the mapped items</source>
        <translation>由对应检查项推算的等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/frameworks.py" line="114"/>
        <source>{assessed} of {total} sections assessed.</source>
        <translation>已评估 {assessed} / {total} 个部分。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/frameworks.py" line="119"/>
        <source>* The framework does not number this section; the id is ExportAudit&apos;s.</source>
        <translation>* 该框架未为此部分编号，编号由 ExportAudit 指定。</translation>
    </message>
</context>
<context>
    <name>FrameworksView</name>
    <message>
        <location filename="../../exportaudit/ui/views/frameworks_view.py" line="89"/>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/frameworks_view.py" line="90"/>
        <source>Source and confidence</source>
        <translation>来源与可信度</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/frameworks_view.py" line="91"/>
        <source>Sections of the framework</source>
        <translation>框架的各部分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/frameworks_view.py" line="92"/>
        <source>Items behind the selected section</source>
        <translation>所选部分对应的检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/frameworks_view.py" line="93"/>
        <source>Radar chart of the section levels</source>
        <translation>各部分等级雷达图</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="35"/>
        <source>Change history: {title}</source>
        <translation>变更历史：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="37"/>
        <source>Change history of item {item}</source>
        <translation>条目 {item} 的变更历史</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="56"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="67"/>
        <source>{shown} of {total} change(s)</source>
        <translation>显示 {shown} / 共 {total} 条变更</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="68"/>
        <source>Who changed what and when. Export writes every entry as CSV, whatever the filter shows.</source>
        <translation>谁在何时修改了什么。导出时无论筛选条件如何，都会将全部记录写入 CSV。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="77"/>
        <source>Export change history</source>
        <translation>导出变更历史</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="84"/>
        <source>History not exported</source>
        <translation>变更历史未导出</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="86"/>
        <source>History exported</source>
        <translation>变更历史已导出</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/history.py" line="87"/>
        <source>{count} change(s) were saved as {path}.</source>
        <translation>已将 {count} 条变更保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="21"/>
        <location filename="../../exportaudit/ui/models/history.py" line="90"/>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="22"/>
        <location filename="../../exportaudit/ui/models/history.py" line="88"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="23"/>
        <location filename="../../exportaudit/ui/models/history.py" line="89"/>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="24"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="25"/>
        <source>Document request</source>
        <translation>资料索取</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="26"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="27"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="28"/>
        <source>Order list</source>
        <translation>订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="29"/>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="30"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="31"/>
        <source>Test card check</source>
        <translation>测试卡检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="32"/>
        <source>Red flag</source>
        <translation>风险警示信号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="33"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="34"/>
        <source>Audit package</source>
        <translation>审计包</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="35"/>
        <source>Red-flag answer</source>
        <translation>红旗回答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="38"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="39"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="40"/>
        <source>N/A justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="41"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="42"/>
        <source>Confirmed unchanged</source>
        <translation>确认不变</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="43"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="44"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="45"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="46"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="47"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="48"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="49"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="50"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="51"/>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="52"/>
        <source>Risk rating</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="53"/>
        <source>Management response</source>
        <translation>管理层回复</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="54"/>
        <source>Response</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="55"/>
        <source>Response owner</source>
        <translation>回复负责人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="56"/>
        <source>Response target date</source>
        <translation>回复目标日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="57"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="58"/>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="60"/>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="61"/>
        <source>Request note</source>
        <translation>索取备注</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="62"/>
        <source>List built</source>
        <translation>生成清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="63"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="64"/>
        <source>Engagement</source>
        <translation>审核项目信息</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="65"/>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="66"/>
        <source>Rationale</source>
        <translation>结论理由</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="67"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="68"/>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="69"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="92"/>
        <source>Issued</source>
        <translation>已出具</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="93"/>
        <source>Checklist upgraded</source>
        <translation>检查清单升级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="94"/>
        <source>Item moved</source>
        <translation>检查项移动</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="95"/>
        <source>Structural facts</source>
        <translation>结构情况</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="121"/>
        <source>Made in</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="114"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="115"/>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="116"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="83"/>
        <location filename="../../exportaudit/ui/models/history.py" line="117"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="70"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="71"/>
        <source>Period from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="72"/>
        <source>Period to</source>
        <translation>期间止</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="73"/>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="74"/>
        <source>Target profile</source>
        <translation>目标配置</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="75"/>
        <source>Operator type</source>
        <translation>经营者类型</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="76"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="78"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="79"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="81"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="82"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="84"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="85"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="86"/>
        <source>Drawn</source>
        <translation>已抽取</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="87"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="91"/>
        <source>Resolved before release</source>
        <translation>放行前已解决</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="97"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="118"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="119"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/history.py" line="120"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../exportaudit/ui/views/history_view.py" line="67"/>
        <source>Filter by any text: a user, an item, a value</source>
        <translation>按任意文字筛选：用户、条目或数值</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/history_view.py" line="68"/>
        <source>Changes, newest first</source>
        <translation>修改记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/history_view.py" line="69"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/history_view.py" line="70"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ItemChangeModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="79"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="80"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="81"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="82"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/comparison.py" line="83"/>
        <location filename="../../exportaudit/ui/models/comparison.py" line="84"/>
        <source>The level that counts, after the evidence rule</source>
        <translation>按证据规则计算后的有效等级</translation>
    </message>
</context>
<context>
    <name>ItemPanelController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="101"/>
        <source>{definition} Key {level} rates the item at this level.</source>
        <translation>{definition} 按 {level} 键即按此等级评分。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="111"/>
        <source>A key item with a statutory basis cannot be marked not applicable.</source>
        <translation>有法定依据的关键项不能标为不适用。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="132"/>
        <source>A statute imposes this duty: the legal basis names the articles.</source>
        <translation>法律法规规定了这项义务：法律依据列出了相关条款。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="133"/>
        <source>An authority&apos;s guidance expects this; no statute requires it.</source>
        <translation>主管部门的指南提出这项要求；法律法规并未规定。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="134"/>
        <source>Good practice: neither a statute nor an authority&apos;s guidance requires it.</source>
        <translation>良好实践：法律法规和主管部门指南均未要求。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="139"/>
        <source>No statutory duty.</source>
        <translation>无法定义务。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="141"/>
        <source>Related provisions (context, no duty on the operator): {refs}</source>
        <translation>相关条文（仅作背景，不对经营者设定义务）：{refs}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="159"/>
        <source>Not applicable: {reason}</source>
        <translation>不适用：{reason}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="175"/>
        <source>A key item with a statutory basis cannot be N/A: rate it (it counts as unanswered until then).</source>
        <translation>有法定依据的关键项不能标为不适用：请评级（在此之前按未作答处理）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="178"/>
        <source>Rated {rated}, counts as {counts}:</source>
        <translation>评为 {rated} 级，按 {counts} 级计：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="182"/>
        <source>Rated {level} without evidence: it counts as 3 until a file is attached.</source>
        <translation>已评为 {level} 级但没有证据：附加文件之前按 3 级计。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="185"/>
        <source>{count} record(s) dated before the evidence window (stale).</source>
        <translation>{count} 份记录早于证据时间窗口（过期）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="197"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="198"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="199"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="200"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="201"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="202"/>
        <source>Unevidenced claims</source>
        <translation>无证据支持的评分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="205"/>
        <source>Score before the cap</source>
        <translation>封顶前得分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="209"/>
        <source>Why it is held down:</source>
        <translation>受限原因：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/item_panel.py" line="213"/>
        <source>Held at level 2 by key items rated below 3: {items}</source>
        <translation>因关键条目低于 3 级而限定为 2 级：{items}</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="238"/>
        <source>Key item</source>
        <translation>关键条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="239"/>
        <source>A key item rated below 3 holds its element at level 2.</source>
        <translation>关键条目低于 3 级时，其所属要素最高为 2 级。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="240"/>
        <source>Rating (keys 0–5)</source>
        <translation>评分（按键 0–5）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="241"/>
        <source>Not applicable… (N)</source>
        <translation>不适用…（N）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="242"/>
        <source>Clear answer (Del)</source>
        <translation>清除作答（Del）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="243"/>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="244"/>
        <source>Every change to this item: who, when, before and after</source>
        <translation>该条目的全部变更：修改人、时间、修改前后的内容</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="245"/>
        <source>Carried over from the baseline. Confirm it is still true, or change the answer.</source>
        <translation>沿用自基准评估。请确认其仍然属实，或修改作答。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="247"/>
        <source>Confirm unchanged (C)</source>
        <translation>确认不变（C）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="248"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="249"/>
        <source>Interview notes, observations, document references… Saved as you type.</source>
        <translation>访谈记录、观察结果、文件引用…… 输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="251"/>
        <source>The item&apos;s notes. Saved as you type; every change is kept in the item&apos;s history. They appear in the reports.</source>
        <translation>本条目的备注。输入时即自动保存；每次修改都记入条目的变更历史。备注会出现在报告中。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="253"/>
        <source>Mark the item not applicable to this organisation, with the reason why (key N).</source>
        <translation>将本条目标记为不适用于该组织，并说明理由（N 键）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="255"/>
        <source>Remove the item&apos;s rating or not-applicable mark (Delete key).</source>
        <translation>清除本条目的评分或不适用标记（Delete 键）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="258"/>
        <source>Keep the answer carried over from the baseline as still true (key C).</source>
        <translation>确认从基准评估沿用的答案仍然属实（C 键）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="260"/>
        <source>Choose an item in the tree, or press Ctrl+Enter to go to the next unanswered item.</source>
        <translation>请在左侧树中选择条目，或按 Ctrl+Enter 转到下一个未答条目。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/item_view.py" line="262"/>
        <source>No item is selected.</source>
        <translation>未选择条目。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="220"/>
        <source>Store not opened</source>
        <translation>存储库未打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="221"/>
        <source>The store could not be opened.</source>
        <translation>无法打开该存储库。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="240"/>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="392"/>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="467"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="250"/>
        <source>The store was upgraded; a copy of the old file is {path}</source>
        <translation>存储库已升级，旧文件的副本为 {path}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="273"/>
        <source>{path} is on a network share ({fs}), where saved answers cannot be kept safe; choose a folder on this computer&apos;s own disk.</source>
        <translation>{path} 位于网络共享（{fs}）上，在那里无法保证已保存的答案安全；请选择本机磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="276"/>
        <source>{path} is in a folder or on a medium that cannot be written; choose a writable folder.</source>
        <translation>{path} 所在的文件夹或介质不可写入；请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="282"/>
        <source>This store is already open in another ExportAudit window (process {pid} on host {host}). Open it read-only, or cancel?</source>
        <translation>此存储库已在另一个 ExportAudit 窗口中打开（主机 {host} 上的进程 {pid}）。以只读方式打开，还是取消？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="289"/>
        <source>Store already open</source>
        <translation>存储库已被打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="290"/>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="306"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="302"/>
        <source>This store file is read-only (write-protected, or you may not change it). Open it read-only to read and report on it, or cancel?</source>
        <translation>此存储库文件为只读（已写保护，或您无权修改）。是否以只读方式打开以查看和生成报告？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="306"/>
        <source>Read-only store</source>
        <translation>只读存储库</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="330"/>
        <source>Store not created</source>
        <translation>存储库未创建</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="331"/>
        <source>{path} already exists. Use Open store to open it.</source>
        <translation>{path} 已存在。请使用“打开存储库”打开它。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="344"/>
        <source>Building the demo store…</source>
        <translation>正在生成演示存储库…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="363"/>
        <source>Demo not available</source>
        <translation>演示不可用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="364"/>
        <source>The demo store could not be built.</source>
        <translation>无法生成演示存储库。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="393"/>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="415"/>
        <source>Assessment not opened</source>
        <translation>评估未打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/main_window.py" line="514"/>
        <source>Finishing the work in progress…</source>
        <translation>正在完成进行中的工作…</translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="210"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="211"/>
        <source>&amp;New store…</source>
        <translation>新建存储库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="212"/>
        <source>&amp;Open store…</source>
        <translation>打开存储库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="213"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="214"/>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="215"/>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="216"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="217"/>
        <source>Export &amp;questionnaire…</source>
        <translation>导出问卷(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="218"/>
        <source>&amp;Import questionnaire…</source>
        <translation>导入问卷(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="219"/>
        <source>Export audit &amp;package…</source>
        <translation>导出审计包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="220"/>
        <source>Import audit pac&amp;kage…</source>
        <translation>导入审计包(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="221"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="223"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="224"/>
        <source>&amp;Undo answer</source>
        <translation>撤销作答(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="225"/>
        <source>&amp;Redo answer</source>
        <translation>重做作答(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="226"/>
        <source>&amp;Find items…</source>
        <translation>查找条目(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="227"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="229"/>
        <source>&amp;Answer</source>
        <translation>作答(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="231"/>
        <source>Rate {level}</source>
        <translation>评为 {level} 级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="232"/>
        <source>&amp;Not applicable…</source>
        <translation>不适用(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="233"/>
        <source>&amp;Clear answer</source>
        <translation>清除作答(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="234"/>
        <source>Ne&amp;xt unanswered item</source>
        <translation>下一个未答条目(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="235"/>
        <source>Raise a &amp;finding…</source>
        <translation>提出发现项(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="236"/>
        <source>C&amp;onfirm unchanged</source>
        <translation>确认不变(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="238"/>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="239"/>
        <source>&amp;New organisation…</source>
        <translation>新建组织(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="240"/>
        <source>&amp;Edit organisation…</source>
        <translation>编辑组织(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="241"/>
        <source>&amp;Delete organisation…</source>
        <translation>删除组织(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="243"/>
        <source>A&amp;ssessment</source>
        <translation>评估(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="244"/>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="245"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="246"/>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="247"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="248"/>
        <source>New re-&amp;audit from this…</source>
        <translation>以此为基准新建复审(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="249"/>
        <source>&amp;History…</source>
        <translation>变更历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="250"/>
        <source>&amp;Engagement and conclusion…</source>
        <translation>审核项目与结论(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="251"/>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="252"/>
        <source>Re&amp;open…</source>
        <translation>重新开启(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="254"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="255"/>
        <source>&amp;All assessments</source>
        <translation>全部评估(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="256"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="257"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="258"/>
        <source>Action &amp;plan</source>
        <translation>行动计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="259"/>
        <source>Document &amp;requests</source>
        <translation>资料索取(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="260"/>
        <source>&amp;Comparison with the baseline</source>
        <translation>与基准对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="261"/>
        <source>&amp;Transaction testing</source>
        <translation>交易抽样测试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="262"/>
        <source>&amp;Statutory duties</source>
        <translation>法定义务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="263"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="265"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="266"/>
        <source>&amp;Verify report…</source>
        <translation>核验报告(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="268"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="269"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/main_window_view.py" line="270"/>
        <source>&amp;About ExportAudit</source>
        <translation>关于 ExportAudit(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="78"/>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="81"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="82"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="82"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="82"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="83"/>
        <source>Bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="85"/>
        <source>day first: 5 March 2026</source>
        <translation>日在前：2026 年 3 月 5 日</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="86"/>
        <source>month first: 3 May 2026</source>
        <translation>月在前：2026 年 5 月 3 日</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="89"/>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="92"/>
        <source>Required: every order needs its order id</source>
        <translation>必填：每笔订单都必须有订单号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="149"/>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="346"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="168"/>
        <source>The mapping last used for a file with these columns is filled in.</source>
        <translation>已填入上次导入相同列的文件时使用的对应关系。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="169"/>
        <source>The columns were matched by their names; check each one before importing.</source>
        <translation>已按列名自动匹配，导入前请逐一核对。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="181"/>
        <source>The file cannot be read as an order list.</source>
        <translation>无法将该文件读取为订单清单。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="222"/>
        <source>Choose the order or shipment list to import (Excel .xlsx or CSV).</source>
        <translation>请选择要导入的订单或发货清单（Excel .xlsx 或 CSV）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="234"/>
        <source>No header row was found, so the columns are named by their letters; set the header rows by hand if the file has one. About {rows} data rows.</source>
        <translation>未找到表头行，各列以列字母命名；如文件有表头，请手动指定表头行。约 {rows} 行数据。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="237"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="238"/>
        <source>rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="239"/>
        <source>Header found in {where}; data from row {start}, about {rows} rows.</source>
        <translation>表头位于{where}；数据从第 {start} 行开始，约 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="248"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="305"/>
        <source>Choose the column that holds the order id: every order needs one.</source>
        <translation>请选择存放订单号的列：每笔订单都必须有订单号。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="358"/>
        <source>Saving the orders…</source>
        <translation>正在保存订单…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="364"/>
        <source>Read {done} of about {total} rows…</source>
        <translation>已读取 {done} 行，共约 {total} 行…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="371"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="382"/>
        <source>{orders} orders imported into “{name}” in {seconds:.1f} s.</source>
        <translation>已将 {orders} 笔订单导入“{name}”，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="386"/>
        <source>Rows that could not be read and were left out: {count}; they are listed below with the reason.</source>
        <translation>有 {count} 行无法读取，未予导入；下表列出各行及原因。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="389"/>
        <source>Every row was read.</source>
        <translation>所有行均已读取。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="391"/>
        <source>{count} empty rows were skipped.</source>
        <translation>已跳过 {count} 个空行。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="392"/>
        <source>The column mapping is remembered for the next file with these columns.</source>
        <translation>列对应关系已保存，下次导入相同列的文件时将自动填入。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="408"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="410"/>
        <location filename="../../exportaudit/ui/controllers/order_import.py" line="412"/>
        <source>The order list was not imported.</source>
        <translation>订单清单未导入。</translation>
    </message>
</context>
<context>
    <name>OrderImportView</name>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="237"/>
        <source>Import an order list</source>
        <translation>导入订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="238"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="239"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="240"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="241"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="242"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="243"/>
        <source>&amp;Header rows:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="244"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="245"/>
        <source>First rows as read (the row numbers are the file&apos;s)</source>
        <translation>读取到的前几行（行号即文件中的行号）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="247"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="248"/>
        <source>Which column holds what</source>
        <translation>各字段对应的列</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="249"/>
        <source>Dates &amp;like 05/03/2026:</source>
        <translation>05/03/2026 这类日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="250"/>
        <source>Currency when none is gi&amp;ven:</source>
        <translation>未注明时的币种(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="251"/>
        <source>e.g. CNY</source>
        <translation>如 CNY</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="252"/>
        <source>&amp;Name of the list:</source>
        <translation>清单名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="253"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="254"/>
        <source>Importing the order list</source>
        <translation>正在导入订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="255"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="256"/>
        <source>Order list imported</source>
        <translation>订单清单已导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/order_import_view.py" line="257"/>
        <source>Rows refused</source>
        <translation>未导入的行</translation>
    </message>
</context>
<context>
    <name>OrderListTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="43"/>
        <source>Order list</source>
        <translation>订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="44"/>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="45"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="46"/>
        <source>Refused</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="47"/>
        <source>Dates</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="48"/>
        <source>Rows of the file that could not be read; Refused rows… lists them with the reason</source>
        <translation>文件中无法读取的行；“未导入的行…”列出各行及原因</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="50"/>
        <source>The earliest and latest order date in the list</source>
        <translation>清单中最早和最晚的订单日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="77"/>
        <source>File: {name} ({kind})</source>
        <translation>文件：{name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="79"/>
        <source>Sheet: {sheet}</source>
        <translation>工作表：{sheet}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="81"/>
        <source>Header in rows {rows}</source>
        <translation>表头位于第 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="82"/>
        <source>{orders} orders, {refused} rows refused, {blank} blank rows skipped</source>
        <translation>订单 {orders} 笔，未导入 {refused} 行，跳过空行 {blank} 行</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="84"/>
        <source>Imported {when} by {who}</source>
        <translation>由 {who} 于 {when} 导入</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/organisation_dialog.py" line="26"/>
        <source>New organisation</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/organisation_dialog.py" line="26"/>
        <source>Edit organisation</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/organisation_dialog.py" line="28"/>
        <source>Not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/organisation_dialog.py" line="53"/>
        <source>An organisation needs a name.</source>
        <translation>组织需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/organisation_dialog.py" line="56"/>
        <source>The last character of the unified social credit code does not match the others (GB 32100 check character): there is probably a typo. Leave it empty if you do not know it yet.</source>
        <translation>统一社会信用代码的最后一位（GB 32100 校验码）与前面各位不符，可能有输入错误。如暂不清楚，可先留空。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/organisation_dialog.py" line="60"/>
        <source>The unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z. Leave it empty if you do not know it yet.</source>
        <translation>统一社会信用代码由 18 位数字或大写字母组成（不含 I、O、S、V、Z）。如暂不清楚可留空。</translation>
    </message>
</context>
<context>
    <name>OrganisationDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="57"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="57"/>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="57"/>
        <source>&amp;Sector:</source>
        <translation>行业(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="58"/>
        <source>&amp;Operator type:</source>
        <translation>经营者类型(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="58"/>
        <source>Si&amp;ze:</source>
        <translation>规模(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="58"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="58"/>
        <source>Con&amp;tact:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="63"/>
        <source>Registered company name</source>
        <translation>工商登记的企业名称</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="64"/>
        <source>Registered company name in English</source>
        <translation>英文注册名称</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="65"/>
        <source>18 characters, e.g. 91320594MA1Q8R2L7E</source>
        <translation>18 位，例如 91320594MA1Q8R2L7E</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/organisation_dialog_view.py" line="67"/>
        <source>Compliance contact: name, role, phone</source>
        <translation>合规联系人：姓名、职务、电话</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/organisations.py" line="12"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/organisations.py" line="13"/>
        <source>Operator type</source>
        <translation>经营者类型</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/organisations.py" line="14"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
</context>
<context>
    <name>PackageController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="33"/>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="50"/>
        <source>Export audit package</source>
        <translation>导出审计包</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="33"/>
        <source>Writing the audit package…</source>
        <translation>正在写出审计包…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="33"/>
        <source>Audit package written</source>
        <translation>审计包已写出</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="34"/>
        <source>The audit package was saved as {path}. Whoever opens it works on a copy of this assessment; import the package they send back to merge their work.</source>
        <translation>审计包已保存为 {path}。打开它的人在此评估的副本上工作；导入对方发回的审计包即可合并其工作。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="36"/>
        <source>Audit package not written</source>
        <translation>审计包未写出</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="36"/>
        <source>The audit package could not be written.</source>
        <translation>无法写出审计包。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="94"/>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="107"/>
        <source>Audit package not imported</source>
        <translation>审计包未导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="95"/>
        <source>The audit package was refused; nothing was changed.</source>
        <translation>审计包被拒绝；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/packages.py" line="108"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/packages.py" line="110"/>
        <source>%n change(s) merged from {file}.</source>
        <translation>
            <numerusform>已从 {file} 合并 %n 项变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="14"/>
        <source>Here only</source>
        <translation>仅本方</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="15"/>
        <source>In the package</source>
        <translation>审计包中</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="16"/>
        <source>Both, the same</source>
        <translation>双方相同</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="17"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="18"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="19"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="20"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PackageMergeDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="65"/>
        <source>Decision for {what} {label}</source>
        <translation>对{what} {label}的处理</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="67"/>
        <source>Decide…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="67"/>
        <source>Keep mine</source>
        <translation>保留我方</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="67"/>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="72"/>
        <source>Taken</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="72"/>
        <source>Nothing to do</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="80"/>
        <source>{here} here, {there} in the package</source>
        <translation>本方{here}，审计包中{there}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="100"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="103"/>
        <source>%n row(s) of {table}</source>
        <translation>
            <numerusform>{table} 中 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="127"/>
        <source>{file}: assessment “{title}”, sent back by {who} on {when}.
{take} ({evidence}); {conflicts}, {open} still to decide.</source>
        <translation>{file}：评估“{title}”，由 {who} 于 {when} 发回。
{take}（{evidence}）；{conflicts}，尚待决定 {open} 项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="131"/>
        <source>%n change(s) will be taken from the package</source>
        <translation>
            <numerusform>将从审计包采用 %n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="132"/>
        <source>%n new evidence file(s)</source>
        <translation>
            <numerusform>新增证据文件 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="133"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>冲突 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="107"/>
        <source>Not merged (work on these in this store): {parts}.</source>
        <translation>未合并（请在本存储中处理）：{parts}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="135"/>
        <source>Decide every conflict first.</source>
        <translation>请先对每个冲突作出决定。</translation>
    </message>
</context>
<context>
    <name>PackageMergeView</name>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="94"/>
        <source>Import audit package</source>
        <translation>导入审计包</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="96"/>
        <source>Changed</source>
        <translation>变更方</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="96"/>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="96"/>
        <source>Item or record</source>
        <translation>条目或记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="96"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="96"/>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="98"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="98"/>
        <source>Base (sent)</source>
        <translation>基准（发出时）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="98"/>
        <source>Mine (this store)</source>
        <translation>我方（本存储）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="98"/>
        <source>Theirs (package)</source>
        <translation>对方（审计包）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="99"/>
        <source>Also list what changed only here</source>
        <translation>同时列出仅在本方变更的内容</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="100"/>
        <source>Keep &amp;mine for all conflicts</source>
        <translation>所有冲突保留我方(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="101"/>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>所有冲突采用对方(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="102"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="103"/>
        <source>Changes in the package and here</source>
        <translation>审计包与本方的变更</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/package_merge_view.py" line="104"/>
        <source>Fields of the selected change</source>
        <translation>所选变更的字段</translation>
    </message>
</context>
<context>
    <name>PassRateTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="238"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="239"/>
        <source>Items tested</source>
        <translation>所测条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="240"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="241"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="242"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="243"/>
        <source>Open</source>
        <translation>未答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="244"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="245"/>
        <source>Passed ÷ (passed + failed) over every sample of the assessment; N/A and open checks do not count</source>
        <translation>本评估全部样本中：通过 ÷（通过 + 未通过）；不适用和未答的检查不计入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="247"/>
        <source>Sampled orders with no answer yet for this check</source>
        <translation>此检查项尚未作答的抽样订单数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="273"/>
        <source>Below the threshold of {threshold}%: {items} count as 3 at most (sample exceptions)</source>
        <translation>低于 {threshold}% 的阈值：{items} 最多按 3 级计（抽样例外）</translation>
    </message>
</context>
<context>
    <name>PassRates</name>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="36"/>
        <source>not tested yet</source>
        <translation>尚未测试</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="37"/>
        <source>{passed}/{tested} passed ({percent}%)</source>
        <translation>通过 {passed}/{tested}（{percent}%）</translation>
    </message>
</context>
<context>
    <name>PortfolioController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="42"/>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="150"/>
        <source>Export portfolio</source>
        <translation>导出客户总览</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="42"/>
        <source>Writing the portfolio…</source>
        <translation>正在写出客户总览…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="42"/>
        <source>Portfolio written</source>
        <translation>客户总览已写出</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="43"/>
        <source>The portfolio was saved as {path}.</source>
        <translation>客户总览已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="43"/>
        <source>Portfolio not written</source>
        <translation>客户总览未写出</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="44"/>
        <source>The portfolio could not be written.</source>
        <translation>无法写出客户总览。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="105"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="120"/>
        <source>{shown} of {total} organisation(s)</source>
        <translation>{total} 个组织中显示 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="126"/>
        <source>Elements: {list}. Cells show the level (0–5) in its colour.</source>
        <translation>要素：{list}。单元格以对应颜色显示等级（0–5）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="132"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="136"/>
        <source>Trend of {organisation}</source>
        <translation>{organisation} 的趋势</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/portfolio.py" line="151"/>
        <source>portfolio.xlsx</source>
        <translation>客户总览.xlsx</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="94"/>
        <source>&amp;Sector:</source>
        <translation>行业(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="94"/>
        <source>O&amp;perator type:</source>
        <translation>经营者类型(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="95"/>
        <source>Assess&amp;or:</source>
        <translation>评估人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="95"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="98"/>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="99"/>
        <source>Select an organisation to see its trend.</source>
        <translation>选择一个组织以查看其趋势。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="100"/>
        <source>Latest assessment of every organisation</source>
        <translation>各组织最近一次评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/portfolio_view.py" line="101"/>
        <source>Overall level across the organisation&apos;s assessments</source>
        <translation>该组织各次评估的总体等级</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="59"/>
        <source>Welcome to ExportAudit</source>
        <translation>欢迎使用 ExportAudit</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="60"/>
        <source>Your name, as the change history and reports should show it (it is also proposed as the assessor; Edit › Preferences changes it):</source>
        <translation>您的姓名，将显示在修改记录和报告中（也会作为默认评估人；可在“编辑 › 首选项”中修改）：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="63"/>
        <source>Type your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="75"/>
        <source>Your name, as the history and reports should show it</source>
        <translation>您的姓名，将显示在修改记录和报告中</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="102"/>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="108"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/preferences.py" line="111"/>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} 不是 PNG 或 JPEG 图片。</translation>
    </message>
</context>
<context>
    <name>PreferencesView</name>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="91"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="92"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="93"/>
        <source>Report &amp;logo:</source>
        <translation>报告徽标(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="94"/>
        <source>Recorded with every change in the history. Leave it empty to use your account name on this computer.</source>
        <translation>每项变更都会在历史中记录此姓名。留空则使用您在本机的账户名。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="96"/>
        <source>A PNG or JPEG for the report cover, used when the organisation has no logo of its own.</source>
        <translation>用于报告封面的 PNG 或 JPEG 图片，在组织没有自己的徽标时使用。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="98"/>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="102"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="99"/>
        <source>Signing &amp;certificate:</source>
        <translation>签名证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="100"/>
        <source>A PKCS#12 file (.p12 or .pfx) of your firm to sign PDF reports with. Its password is asked each time and never stored.</source>
        <translation>贵所用于签署 PDF 报告的 PKCS#12 文件（.p12 或 .pfx）。每次签名时询问密码，密码从不保存。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="103"/>
        <source>Reports are not signed</source>
        <translation>报告不签名</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="104"/>
        <source>No default logo</source>
        <translation>无默认徽标</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="105"/>
        <source>&amp;Firm or department:</source>
        <translation>编制单位或部门(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="106"/>
        <source>&amp;Disclaimer template:</source>
        <translation>免责声明模板(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="107"/>
        <source>Confidentiality &amp;marking:</source>
        <translation>密级标识(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/preferences_view.py" line="108"/>
        <source>A new engagement (Assessment › Engagement and conclusion…) starts from these; each report&apos;s own can be changed there.</source>
        <translation>新的审核项目（评估 › 审核项目与结论…）以这些内容为起点；每份报告的内容可在那里修改。</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="65"/>
        <source>Rating {value} is out of range; expected 0 to 5.</source>
        <translation>评分 {value} 超出范围，应为 0 至 5。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="66"/>
        <source>Rating {value} is not a whole number; expected 0 to 5.</source>
        <translation>评分 {value} 不是整数，应为 0 至 5。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="67"/>
        <source>“{value}” is not a rating; expected 0 to 5 or N/A.</source>
        <translation>“{value}”不是有效评分，应为 0 至 5 或“不适用”。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="68"/>
        <source>Both a rating ({level}) and N/A are given; choose one.</source>
        <translation>同时填写了评分（{level}）和“不适用”，请只选其一。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="69"/>
        <source>“{value}” in the N/A column is not N/A; leave it blank or choose N/A.</source>
        <translation>“不适用”列中的“{value}”无法识别，请留空或选择“不适用”。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="70"/>
        <source>N/A needs a justification in the justification column.</source>
        <translation>标记为“不适用”时须在理由列中说明理由。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="71"/>
        <source>There is no such item in this assessment.</source>
        <translation>本评估中没有该项目。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="72"/>
        <source>The item appears twice; this row was skipped.</source>
        <translation>该项目重复出现，此行已跳过。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="73"/>
        <source>Answers were given in a row without an item number.</source>
        <translation>此行填写了答复，但没有项目编号。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="74"/>
        <source>The cell in column “{header}” holds a formula that was never calculated; open the file in Excel and save it, or type the value.</source>
        <translation>“{header}”列的单元格含有从未计算过的公式；请在 Excel 中打开并保存该文件，或直接输入数值。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="79"/>
        <source>Extra column “{header}” (column {column}) was ignored.</source>
        <translation>多出的列“{header}”（第 {column} 列）已忽略。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="80"/>
        <source>The row of item {item} is missing; its answer is left unchanged.</source>
        <translation>项目 {item} 的行缺失，其答复保持不变。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="81"/>
        <source>This questionnaire was exported by an older version and does not record the answers at export: every answer that differs from ExportAudit is a conflict for you to decide.</source>
        <translation>此问卷由旧版本导出，未记录导出时的答复：凡与 ExportAudit 不同的答复均作为冲突，由您决定。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="84"/>
        <source>The questionnaire&apos;s hidden record of the answers at export was edited: every answer that differs from ExportAudit is a conflict for you to decide.</source>
        <translation>问卷中隐藏的导出时答复记录已被修改：凡与 ExportAudit 不同的答复均作为冲突，由您决定。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="109"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="110"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/questionnaire.py" line="111"/>
        <source>Why it was not imported</source>
        <translation>未导入原因</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="27"/>
        <source>ExportAudit stores and audit packages (*{suffix} *.eaudit);;All files (*)</source>
        <translation>ExportAudit 存储与审计包 (*{suffix} *.eaudit);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="29"/>
        <source>ExportAudit stores (*{suffix});;All files (*)</source>
        <translation>ExportAudit 存储库 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="48"/>
        <source>Attach evidence files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="50"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="57"/>
        <source>Open store</source>
        <translation>打开存储库</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="62"/>
        <source>New store</source>
        <translation>新建存储库</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="70"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="71"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="72"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="73"/>
        <source>Audit packages (*.eaudit)</source>
        <translation>审计包 (*.eaudit)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="86"/>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="90"/>
        <source>Import questionnaire</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="97"/>
        <source>Import an order list</source>
        <translation>导入订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="98"/>
        <source>Order lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>订单清单 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="102"/>
        <source>Report logo</source>
        <translation>报告徽标</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="103"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="108"/>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="109"/>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="113"/>
        <source>Verify report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="114"/>
        <source>Reports (*.pdf *.xlsx);;All files (*)</source>
        <translation>报告 (*.pdf *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="118"/>
        <source>Import audit package</source>
        <translation>导入审计包</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="140"/>
        <source>{file} is the open store&apos;s own file; it cannot be attached or imported.</source>
        <translation>{file} 是当前打开的存储库自身的文件，不能附加或导入。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="159"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/prompts.py" line="160"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>QuestionnaireController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="39"/>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="54"/>
        <source>Export questionnaire</source>
        <translation>导出问卷</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="39"/>
        <source>Writing the questionnaire…</source>
        <translation>正在生成问卷…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="39"/>
        <source>Questionnaire written</source>
        <translation>问卷已生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="40"/>
        <source>The questionnaire was saved as {path}. Send it to the client; import it here once filled in.</source>
        <translation>问卷已保存为 {path}。请发送给客户，填写完成后在此导入。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="41"/>
        <source>Questionnaire not written</source>
        <translation>问卷未生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="41"/>
        <source>The questionnaire could not be written.</source>
        <translation>无法生成问卷。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="55"/>
        <source>questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="82"/>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="89"/>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="105"/>
        <source>Questionnaire not imported</source>
        <translation>问卷未导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="90"/>
        <source>The workbook cannot be imported: {reason}</source>
        <translation>无法导入该工作簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="106"/>
        <source>Nothing was changed: {reason}</source>
        <translation>未做任何更改：{reason}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="109"/>
        <source>{count} item(s) changed from {file}.</source>
        <translation>已根据 {file} 更改 {count} 个条目。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="111"/>
        <source>{count} row(s) were not imported.</source>
        <translation>有 {count} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire.py" line="113"/>
        <source>Questionnaire imported</source>
        <translation>问卷已导入</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="43"/>
        <source>Changes ({count})</source>
        <translation>更改（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="44"/>
        <source>Conflicts ({count})</source>
        <translation>冲突（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="45"/>
        <source>Not imported ({count})</source>
        <translation>未导入（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="46"/>
        <source>Notices ({count})</source>
        <translation>提示（{count}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="75"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} row(s) read.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;：已读取 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="78"/>
        <source>Applying it changes {count} item(s), all at once; nothing is written before you apply.</source>
        <translation>应用后将一次性更改 {count} 个条目；在您点击应用之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="81"/>
        <source>It changes nothing in this assessment.</source>
        <translation>该问卷不会更改本评估的任何内容。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="83"/>
        <source>{count} answer(s) were changed both in ExportAudit since the export and in the workbook; {kept} keep ExportAudit&apos;s value.</source>
        <translation>{count} 项答复在导出后既在 ExportAudit 中又在工作簿中被修改；其中 {kept} 项保留 ExportAudit 的值。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/questionnaire_preview.py" line="87"/>
        <source>{count} row(s) cannot be imported; they are listed with the reason and are left out.</source>
        <translation>有 {count} 行无法导入，已列出原因，导入时将跳过。</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreviewView</name>
    <message>
        <location filename="../../exportaudit/ui/views/questionnaire_preview_view.py" line="81"/>
        <source>Import questionnaire</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/questionnaire_preview_view.py" line="82"/>
        <source>&amp;Apply changes</source>
        <translation>应用更改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/questionnaire_preview_view.py" line="84"/>
        <source>These answers were changed in ExportAudit after the questionnaire was exported, and differently in the workbook. ExportAudit&apos;s value stays unless you tick “Use the workbook&apos;s”.</source>
        <translation>这些答复在问卷导出后已在 ExportAudit 中修改，工作簿中也作了不同的修改。除非勾选“采用工作簿的值”，否则保留 ExportAudit 的值。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/questionnaire_preview_view.py" line="86"/>
        <source>Use the &amp;workbook&apos;s for all</source>
        <translation>全部采用工作簿的值(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/questionnaire_preview_view.py" line="87"/>
        <source>&amp;Keep ExportAudit&apos;s for all</source>
        <translation>全部保留 ExportAudit 的值(&amp;K)</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../exportaudit/ui/widgets/radar_chart.py" line="240"/>
        <source>not assessed yet (no level)</source>
        <translation>尚未评估（无等级）</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="37"/>
        <source>Read-only: this store is open in another ExportAudit window (process {pid} on host {host}). Nothing can be changed here; close the other window, then open it for editing.</source>
        <translation>只读：此存储库已在另一个 ExportAudit 窗口中打开（主机 {host} 上的进程 {pid}）。此处无法做任何修改；请先关闭另一个窗口，再打开以编辑。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="42"/>
        <source>Read-only: this store is in a folder or on a medium that cannot be written. Nothing can be changed here; copy it to a writable folder to edit it.</source>
        <translation>只读：此存储库所在的文件夹或介质不可写入，此处不能做任何修改；如需编辑，请将其复制到可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="46"/>
        <source>Read-only: this store is on a network share ({fs}), where saved answers cannot be kept safe. Nothing can be changed here; copy it to this computer&apos;s own disk to edit it.</source>
        <translation>只读：此存储库位于网络共享（{fs}）上，在那里无法保证已保存的答案安全，此处不能做任何修改；如需编辑，请将其复制到本机磁盘。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="49"/>
        <source>Read-only: this store was opened read-only. Nothing can be changed here.</source>
        <translation>只读：此存储库以只读方式打开，此处无法做任何修改。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="50"/>
        <source>Open for editing</source>
        <translation>打开以编辑</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/read_only_banner.py" line="51"/>
        <source>Open this store again for editing, once the other window has closed it.</source>
        <translation>待另一个窗口关闭此存储库后，重新以可编辑方式打开它。</translation>
    </message>
</context>
<context>
    <name>ReauditDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/reaudit_dialog.py" line="50"/>
        <source>New re-audit from “{title}”</source>
        <translation>以“{title}”为基准新建复审</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/reaudit_dialog.py" line="81"/>
        <source>An assessment needs a title.</source>
        <translation>评估需要一个标题。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/reaudit_dialog.py" line="84"/>
        <source>The period ends before it starts.</source>
        <translation>评估期间的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ReauditDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/reaudit_dialog_view.py" line="33"/>
        <source>The re-audit starts from this assessment: its ratings, N/A justifications, notes and evidence links are carried over, each marked “to re-confirm” until you confirm it unchanged or change it. Checklist, target profile, scope and optional module stay the same.</source>
        <translation>复审以本评估为起点：评分、不适用理由、备注和证据链接都会沿用，并标记为“待重新确认”，直到您确认不变或作出修改。检查清单、目标配置、适用范围和可选模块保持不变。</translation>
    </message>
</context>
<context>
    <name>RedFlagTreeModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="24"/>
        <source>Warning sign</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="25"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="26"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="27"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="116"/>
        <source>{answered} of {total}</source>
        <translation>{answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="140"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="141"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="159"/>
        <source>Statutory trigger: {basis}</source>
        <translation>法定情形：{basis}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/red_flags.py" line="166"/>
        <source>Note: {note}</source>
        <translation>说明：{note}</translation>
    </message>
</context>
<context>
    <name>ReferenceView</name>
    <message>
        <location filename="../../exportaudit/ui/views/reference_view.py" line="63"/>
        <source>Guidance</source>
        <translation>审核指引</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/reference_view.py" line="64"/>
        <source>Expected evidence</source>
        <translation>预期证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/reference_view.py" line="65"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/reference_view.py" line="66"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/reference_view.py" line="67"/>
        <source>Changes in this version</source>
        <translation>本版本的修改</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="15"/>
        <source>{file}: it is an old-format (.xls) or password-protected workbook; save it in Excel as an unprotected .xlsx workbook first.</source>
        <translation>{file}：这是旧格式（.xls）或受密码保护的工作簿；请先在 Excel 中另存为未加密的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="17"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}：文件为空。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="18"/>
        <source>{file}: it is a text file (a CSV export?), not an Excel workbook; if it is a CSV file, give it the .csv extension.</source>
        <translation>{file}：这是文本文件（CSV 导出？），不是 Excel 工作簿；如是 CSV 文件，请将扩展名改为 .csv。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="20"/>
        <source>{file}: it is not an Excel .xlsx workbook.</source>
        <translation>{file}：不是 Excel .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="21"/>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}：无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="22"/>
        <source>{file}: the file is damaged or incomplete (cut off?) and cannot be read as a workbook.</source>
        <translation>{file}：文件已损坏或不完整（被截断？），无法作为工作簿读取。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="24"/>
        <source>{file}: its part {part} is damaged (its checksum does not match); the file was corrupted, ask for it again.</source>
        <translation>{file}：其部件 {part} 已损坏（校验和不符）；文件已损坏，请重新索取。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="26"/>
        <source>{file}: it has {count} parts; a workbook this program reads has at most {limit}.</source>
        <translation>{file}：包含 {count} 个部件；本程序读取的工作簿最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="28"/>
        <source>{file}: its part {part} is compressed in a way Excel does not use; it was not written by a spreadsheet program.</source>
        <translation>{file}：其部件 {part} 使用了 Excel 不使用的压缩方式；该文件并非电子表格程序所写。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="30"/>
        <source>{file}: its part {part} expands to {size}, more than the {limit} this import allows.</source>
        <translation>{file}：其部件 {part} 解压后为 {size}，超过本导入允许的 {limit}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="32"/>
        <source>{file}: its part {part} expands {ratio} times; a real workbook expands far less. It looks like a zip bomb and is refused.</source>
        <translation>{file}：其部件 {part} 解压后膨胀 {ratio} 倍，真实的工作簿远低于此。这看起来是压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="34"/>
        <source>{file}: its contents expand to more than {limit}, more than this import allows.</source>
        <translation>{file}：其内容解压后超过 {limit}，超出本导入允许的大小。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="36"/>
        <source>{file}: the file is {size}; a questionnaire is far smaller (at most {limit}).</source>
        <translation>{file}：文件大小为 {size}；问卷远小于此（最多 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="38"/>
        <source>{file}: its part {part} declares a DOCTYPE (entities); no spreadsheet program writes that, and it is refused for safety.</source>
        <translation>{file}：其部件 {part} 声明了 DOCTYPE（实体）；电子表格程序不会写入这种内容，出于安全考虑已拒绝。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="40"/>
        <source>{file}: its part {part} uses XML entities or external references, which are refused for safety.</source>
        <translation>{file}：其部件 {part} 使用了 XML 实体或外部引用，出于安全考虑已拒绝。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="42"/>
        <source>{file}: its part {part} is not well-formed XML ({reason}).</source>
        <translation>{file}：其部件 {part} 不是格式正确的 XML（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="43"/>
        <source>{file}: it is not an Excel workbook (.xlsx) that can be read ({reason}).</source>
        <translation>{file}：不是可读取的 Excel 工作簿（.xlsx）（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="45"/>
        <source>{file}: the sheet has {rows} rows or more; this import reads at most {limit}.</source>
        <translation>{file}：工作表有 {rows} 行或更多；本导入最多读取 {limit} 行。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="47"/>
        <source>{file}: the sheet has {columns} columns or more; this import reads at most {limit}.</source>
        <translation>{file}：工作表有 {columns} 列或更多；本导入最多读取 {limit} 列。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="49"/>
        <source>{file}: the file is {size}; an order list workbook this import reads is at most {limit}.</source>
        <translation>{file}：文件大小为 {size}；本导入读取的订单清单工作簿最大为 {limit}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="51"/>
        <source>{file}: the sheet spans {rows} rows by {columns} columns; this import reads at most {limit} cells.</source>
        <translation>{file}：该工作表跨 {rows} 行、{columns} 列；本导入最多读取 {limit} 个单元格。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="54"/>
        <source>{file} is a symbolic link to {target}; attach that file itself, so the evidence carries its real name.</source>
        <translation>{file} 是指向 {target} 的符号链接；请直接附加该文件，使证据带有其真实名称。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/refusals.py" line="56"/>
        <source>{file} changed while it was being copied (its size or modification time moved); attach it again once the program writing it has finished.</source>
        <translation>{file} 在复制过程中发生了变化（大小或修改时间改变）；请待写入它的程序完成后再附加。</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="133"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="133"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="133"/>
        <source>Report written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="134"/>
        <source>The report was saved as {path}.</source>
        <translation>报告已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="200"/>
        <source>Report not recorded</source>
        <translation>报告未登记</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="201"/>
        <source>The report was written but not recorded in the report register.</source>
        <translation>报告已写出，但未记入报告登记簿。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="206"/>
        <source>The report module is not installed with this copy of ExportAudit.</source>
        <translation>此 ExportAudit 副本未安装报告模块。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="134"/>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/export.py" line="135"/>
        <source>The report could not be written.</source>
        <translation>无法生成报告。</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="47"/>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="54"/>
        <source>Verify report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="48"/>
        <source>The file could not be checked.</source>
        <translation>无法核验该文件。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="68"/>
        <source>issued on {date} to {recipient} by {who} for assessment #{id} {title}</source>
        <translation>于 {date} 由 {who} 出具给 {recipient}，对应评估 #{id} {title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="75"/>
        <source>Unchanged: {issued}.</source>
        <translation>未经改动：{issued}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="77"/>
        <source>Altered after issue: the file carries the fingerprint of a report issued from this store, but its content is not that of any issued report.</source>
        <translation>出具后被改动：该文件带有本存储所出具报告的指纹，但其内容与任何已出具报告均不一致。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="79"/>
        <source>The original was {issued}.</source>
        <translation>原件{issued}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="81"/>
        <source>Not in the report register, but it carries the fingerprint of the finalised assessment {titles}. Its content cannot be confirmed.</source>
        <translation>不在报告登记簿中，但带有已定稿评估 {titles} 的指纹。无法确认其内容。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="85"/>
        <source>Not issued from this store: its fingerprint belongs to no assessment here.</source>
        <translation>并非由本存储出具：其指纹不属于此处任何评估。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="87"/>
        <source>Not recognised: the file is not in the report register and carries no assessment fingerprint (not an ExportAudit report, or damaged).</source>
        <translation>无法识别：该文件不在报告登记簿中，也不带评估指纹（不是 ExportAudit 报告，或已损坏）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="90"/>
        <source>Unchanged since signing: signed by {holder} on {when}.</source>
        <translation>签名后未经改动：由 {holder} 于 {when} 签署。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="93"/>
        <source>Altered after signing (signed by {holder}).</source>
        <translation>签名后被改动（签署人：{holder}）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="95"/>
        <source>No store is open and the file carries no digital signature: open the store that issued it to check it against the report register.</source>
        <translation>未打开存储，且该文件没有数字签名：请打开出具该报告的存储，对照报告登记簿核验。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="98"/>
        <source>Digital signature: valid for the whole file.</source>
        <translation>数字签名：对整个文件有效。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="99"/>
        <source>Digital signature: not valid for the file as it is.</source>
        <translation>数字签名：对当前文件无效。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="101"/>
        <source>Assessment fingerprint: {value}</source>
        <translation>评估指纹：{value}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/verify_report.py" line="102"/>
        <source>File SHA-256: {value}</source>
        <translation>文件 SHA-256：{value}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/request_dialog.py" line="26"/>
        <source>Document request: {item}</source>
        <translation>资料索取：{item}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/request_dialog.py" line="38"/>
        <source>Request not saved</source>
        <translation>索取记录未保存</translation>
    </message>
</context>
<context>
    <name>RequestDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/request_dialog_view.py" line="35"/>
        <source>Expected:</source>
        <translation>预期资料：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/request_dialog_view.py" line="35"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/request_dialog_view.py" line="35"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/request_dialog_view.py" line="37"/>
        <source>e.g. promised by the sales manager for 12 May</source>
        <translation>例如：销售经理承诺 5 月 12 日前提供</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="34"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="35"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="36"/>
        <source>Expected evidence</source>
        <translation>预期证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="38"/>
        <source>Since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="39"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="40"/>
        <source>The day the request took its current status</source>
        <translation>该索取记录变为当前状态的日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/requests.py" line="41"/>
        <source>Double-click or press F2 to change it</source>
        <translation>双击或按 F2 修改</translation>
    </message>
</context>
<context>
    <name>RequestsController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="50"/>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="175"/>
        <source>Export request list</source>
        <translation>导出资料索取清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="50"/>
        <source>Writing the request list…</source>
        <translation>正在生成资料索取清单…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="50"/>
        <source>Request list written</source>
        <translation>资料索取清单已生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="51"/>
        <source>The request list was saved as {path}.</source>
        <translation>资料索取清单已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="51"/>
        <source>Request list not written</source>
        <translation>资料索取清单未生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="52"/>
        <source>The request list could not be written.</source>
        <translation>无法生成资料索取清单。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="127"/>
        <source>Update request list</source>
        <translation>更新索取清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="127"/>
        <source>Build request list</source>
        <translation>生成索取清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="144"/>
        <source>Request list not built</source>
        <translation>索取清单未生成</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="140"/>
        <source>{count} request(s) added to the list</source>
        <translation>已向清单添加 {count} 项索取</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="141"/>
        <source>Every applicable item already has a request</source>
        <translation>所有适用条目均已有索取记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="151"/>
        <source>Request not saved</source>
        <translation>索取记录未保存</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="160"/>
        <source>Request {item}: {status}</source>
        <translation>索取 {item}：{status}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/requests.py" line="176"/>
        <source>document requests</source>
        <translation>资料索取清单</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="64"/>
        <source>Filter requests by any text</source>
        <translation>按任意文字筛选索取记录</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="66"/>
        <source>No request list yet. Build it from the expected evidence of the applicable items, then send it to the auditee before the visit. Attaching evidence to an item marks its request received.</source>
        <translation>尚无资料索取清单。可根据适用条目的预期证据生成清单，并在现场审核前发送给受审方。为条目附加证据后，其索取记录会自动标记为已收到。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="68"/>
        <source>Build request list</source>
        <translation>生成索取清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="69"/>
        <source>Add a request for every applicable item that has none yet</source>
        <translation>为每个尚无索取记录的适用条目添加一项索取</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="70"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="71"/>
        <source>Change the status and note of the selected request (F2 edits in place)</source>
        <translation>修改所选索取记录的状态和备注（按 F2 可直接在表格中编辑）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/requests_view.py" line="72"/>
        <source>Export request list…</source>
        <translation>导出索取清单…</translation>
    </message>
</context>
<context>
    <name>RowProblemTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="95"/>
        <source>No order id</source>
        <translation>缺少订单号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="96"/>
        <source>A totals line, not an order</source>
        <translation>合计行，不是订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="97"/>
        <source>The date cannot be read</source>
        <translation>无法识别日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="98"/>
        <source>The amount cannot be read</source>
        <translation>无法识别金额</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="111"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="112"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="113"/>
        <source>Value found</source>
        <translation>读到的值</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="114"/>
        <source>The row number in the file, as a spreadsheet shows it</source>
        <translation>该行在文件中的行号（与电子表格显示的一致）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="130"/>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="132"/>
        <source>Column: {field}</source>
        <translation>列：{field}</translation>
    </message>
</context>
<context>
    <name>SampleFeed</name>
    <message>
        <location filename="../../exportaudit/ui/sample_feed.py" line="33"/>
        <source>Sample exceptions: this item counts as {cap} at most until the pass rate reaches {threshold}%.</source>
        <translation>抽样例外：在通过率达到 {threshold}% 之前，本条目最多按 {cap} 级计。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/sample_feed.py" line="47"/>
        <source>Transaction tests of this item</source>
        <translation>本条目的交易抽样测试</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/sample_feed.py" line="65"/>
        <source>Sample exceptions: counts as {cap} at most (rated {level})</source>
        <translation>抽样例外：最多按 {cap} 级计（评级 {level}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/sample_feed.py" line="71"/>
        <source>Items held at {cap} because a transaction test of them is below the threshold: {items}</source>
        <translation>因交易抽样测试低于阈值而限定为 {cap} 级的条目：{items}</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="73"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="74"/>
        <source>Order list</source>
        <translation>订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="75"/>
        <source>Size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="76"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="77"/>
        <source>Method</source>
        <translation>抽样方法</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="78"/>
        <source>Drawn</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="79"/>
        <source>Cards done</source>
        <translation>已完成测试卡</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="80"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="81"/>
        <source>Orders drawn of the orders in the list</source>
        <translation>抽取的订单数 / 清单中的订单数</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="82"/>
        <source>With the same list and method, this seed draws the same orders again</source>
        <translation>使用相同的清单和方法，此种子可再次抽出相同的订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="84"/>
        <source>Test cards with every check answered</source>
        <translation>所有检查项均已作答的测试卡</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="85"/>
        <source>Passed of the checks tested (pass or fail) over the sample&apos;s cards</source>
        <translation>本样本各测试卡中已测检查（通过或未通过）的通过比例</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="104"/>
        <source>{size} of {population}</source>
        <translation>{size}/{population}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="113"/>
        <source>{done} of {cards}</source>
        <translation>{done}/{cards}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="130"/>
        <source>Drawn {when} by {who}</source>
        <translation>由 {who} 于 {when} 抽取</translation>
    </message>
</context>
<context>
    <name>SampledOrderTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="143"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="144"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="145"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="146"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="147"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="148"/>
        <source>Control code</source>
        <translation>管制编码</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="149"/>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="150"/>
        <source>Test card</source>
        <translation>测试卡</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="151"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="152"/>
        <source>Checks answered on the order&apos;s test card (Enter or double-click opens it)</source>
        <translation>该订单测试卡上已作答的检查项（按回车键或双击打开）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="154"/>
        <source>Checks the order failed: exceptions</source>
        <translation>该订单未通过的检查项，即例外</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="176"/>
        <source>{done} of {checks}</source>
        <translation>{done}/{checks}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="207"/>
        <source>End user: {name}</source>
        <translation>最终用户：{name}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="211"/>
        <source>{count} check(s) failed</source>
        <translation>{count} 项检查未通过</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="213"/>
        <source>Every check answered</source>
        <translation>所有检查项均已作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/samples.py" line="215"/>
        <source>{open} check(s) still open</source>
        <translation>尚有 {open} 项检查未作答</translation>
    </message>
</context>
<context>
    <name>SectionItemsModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="96"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="97"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="98"/>
        <source>Relation</source>
        <translation>对应关系</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="99"/>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="100"/>
        <source>Why it maps here</source>
        <translation>对应理由</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="101"/>
        <source>The item&apos;s level after the evidence gate and caps, as in the element scores</source>
        <translation>检查项经证据门槛和各项上限调整后的等级，与要素得分中的相同</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="115"/>
        <source>Out of scope</source>
        <translation>不在范围内</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="117"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="38"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="39"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="40"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="41"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="42"/>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="43"/>
        <source>Worked out from the mapped items like an element&apos;s level; partly covering items count half</source>
        <translation>与要素等级的算法相同，由对应检查项推算；部分覆盖的检查项按一半权重计</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="45"/>
        <source>Answered (rated or N/A) of the scored items in scope</source>
        <translation>范围内计分检查项中已作答（评分或不适用）的比例</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="47"/>
        <source>Checklist items mapped here: in scope, of which covering fully</source>
        <translation>对应到此部分的检查项：范围内的数量，其中完全覆盖的数量</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="68"/>
        <source>{count} ({full} fully)</source>
        <translation>{count}（完全覆盖 {full}）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="81"/>
        <source>* The framework does not number this section; the id is ExportAudit&apos;s.</source>
        <translation>* 该框架未为此部分编号，编号由 ExportAudit 指定。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/framework_tables.py" line="87"/>
        <source>Held at 2: key item(s) {items} below level 3</source>
        <translation>最高为 2 级：关键项 {items} 低于 3 级</translation>
    </message>
</context>
<context>
    <name>ShortcutsView</name>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="39"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="39"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="41"/>
        <source>Rate the current item (not while typing in a text field)</source>
        <translation>为当前条目评分（在文本框中输入时除外）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="42"/>
        <source>Mark the current item not applicable (asks for the justification)</source>
        <translation>将当前条目标记为不适用（需填写理由）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="43"/>
        <source>Clear the current item&apos;s answer</source>
        <translation>清除当前条目的作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="44"/>
        <source>Confirm a carried-over answer unchanged (re-audits)</source>
        <translation>确认沿用的作答保持不变（复审）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="45"/>
        <source>Raise a finding on the current item or element</source>
        <translation>对当前条目或要素提出发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="46"/>
        <source>Go to the next unanswered item</source>
        <translation>转到下一个未答条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="47"/>
        <source>Write notes for the current item (Esc returns to the tree)</source>
        <translation>为当前条目填写备注（按 Esc 返回条目树）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="48"/>
        <source>Filter the items by text, in Chinese or English</source>
        <translation>按中文或英文文字筛选条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="49"/>
        <source>Clear the filter and return to the tree</source>
        <translation>清除筛选并返回条目树</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="50"/>
        <source>Undo the last answer</source>
        <translation>撤销上一次作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="51"/>
        <source>Redo the answer</source>
        <translation>重做作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="52"/>
        <source>Move between the tree, the ratings, the notes and the evidence</source>
        <translation>在条目树、评分、备注和证据之间切换</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="53"/>
        <source>Show the workspace / the dashboard</source>
        <translation>显示工作区 / 仪表板</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="54"/>
        <source>Show the action plan / the document requests / the comparison</source>
        <translation>显示行动计划 / 资料索取 / 对比</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="55"/>
        <source>Show transaction testing: order lists, samples and test cards</source>
        <translation>显示交易抽样测试：订单清单、样本和测试卡</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="56"/>
        <source>Test card: pass, fail or N/A for the chosen check (↑ ↓ move between checks)</source>
        <translation>测试卡：将所选检查项判为通过、未通过或不适用（↑ ↓ 切换检查项）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="57"/>
        <source>Test card, red flags: not present, present or N/A; Space: resolved</source>
        <translation>测试卡中的警示信号：未出现、出现或不适用；空格键：已解决</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="58"/>
        <source>Test card: the previous / next sampled order</source>
        <translation>测试卡：上一笔 / 下一笔抽样订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="59"/>
        <source>Show the change history of the assessment</source>
        <translation>显示评估的变更历史</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="60"/>
        <source>Back to all assessments</source>
        <translation>返回全部评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="61"/>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/shortcuts_view.py" line="62"/>
        <source>Export a report</source>
        <translation>导出报告</translation>
    </message>
</context>
<context>
    <name>SourcePreviewModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="196"/>
        <source>Column “{header}” feeds: {field}</source>
        <translation>“{header}”列对应：{field}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/orders.py" line="197"/>
        <source>Column “{header}” is not imported</source>
        <translation>“{header}”列不导入</translation>
    </message>
</context>
<context>
    <name>TestCardView</name>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="368"/>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="386"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="378"/>
        <source>Pass (P)</source>
        <translation>通过 (P)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="378"/>
        <source>Fail (F)</source>
        <translation>未通过 (F)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="378"/>
        <source>N/A (A)</source>
        <translation>不适用 (A)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="381"/>
        <source>The check passed on this order (P or 1)</source>
        <translation>该订单通过此项检查（P 或 1）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="382"/>
        <source>The check failed: an exception (F or 2)</source>
        <translation>该订单未通过此项检查，即例外（F 或 2）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="383"/>
        <source>Does not apply to this order; the note must say why (A or 3)</source>
        <translation>此项检查不适用于该订单，须在说明中写明理由（A 或 3）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="384"/>
        <source>Note: what was looked at, dates, document references (required for N/A)</source>
        <translation>说明：查阅了哪些资料、日期、文件编号（选“不适用”时必填）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="387"/>
        <source>Attach evidence to this check (or drop files on it)</source>
        <translation>为此项检查附加证据（或将文件拖放到此处）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="388"/>
        <source>Raise finding…</source>
        <translation>提出发现项…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="389"/>
        <source>Raise a finding from this exception</source>
        <translation>根据此例外提出发现项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="392"/>
        <source>Test card</source>
        <translation>测试卡</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="393"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="394"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="395"/>
        <source>P pass · F fail · A not applicable (or 1 2 3) · Del clear · ↑ ↓ next check · Enter note · PgUp PgDn previous / next order</source>
        <translation>P 通过 · F 未通过 · A 不适用（或 1 2 3）· Del 清除 · ↑ ↓ 切换检查项 · 回车 填写说明 · PgUp PgDn 上一笔 / 下一笔订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="397"/>
        <source>Red-flag review</source>
        <translation>风险警示信号审查</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="399"/>
        <source>All remaining: not present</source>
        <translation>其余均为“未出现”</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="400"/>
        <source>Answer every warning sign not answered yet as not present</source>
        <translation>将所有尚未作答的警示信号标为“未出现”</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="401"/>
        <source>&amp;Not present (N)</source>
        <translation>未出现(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="402"/>
        <source>&amp;Present (P)</source>
        <translation>出现(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="403"/>
        <source>N/&amp;A (A)</source>
        <translation>不适用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="404"/>
        <source>&amp;Resolved before release (Space)</source>
        <translation>放行前已解决（空格键）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="405"/>
        <source>How the sign was resolved or why it does not apply</source>
        <translation>该信号如何解决，或为何不适用</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="406"/>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ 上一笔 (PgUp)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="407"/>
        <source>Next (PgDn) ▶</source>
        <translation>下一笔 (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/test_card_view.py" line="408"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>TestCardWindow</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="123"/>
        <source>Test card not opened</source>
        <translation>测试卡未打开</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="145"/>
        <source>Order {n} of {count}</source>
        <translation>第 {n} 笔，共 {count} 笔</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="158"/>
        <source>Order {ref}</source>
        <translation>订单 {ref}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="160"/>
        <source>Sample #{sample}, order {position} of {size} · stratum: {stratum} · seed {seed}</source>
        <translation>样本 #{sample}，第 {position} 笔，共 {size} 笔 · 分层：{stratum} · 随机种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="171"/>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="172"/>
        <source>Row in the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="173"/>
        <source>Test card: order {ref}</source>
        <translation>测试卡：订单 {ref}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="181"/>
        <source>The checklist items this check tests</source>
        <translation>此检查项所测试的检查表条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="190"/>
        <source>Finding #{id} raised</source>
        <translation>已提出发现项 #{id}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="195"/>
        <source>No evidence attached</source>
        <translation>未附证据</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="202"/>
        <source>This sample has no red-flag list.</source>
        <translation>此样本没有风险警示信号清单。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="204"/>
        <source>{answered} of {total} signs answered</source>
        <translation>已回答 {answered}/{total} 项信号</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="206"/>
        <source>{present} present, {unresolved} not resolved</source>
        <translation>出现 {present} 项，{unresolved} 项未解决</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="233"/>
        <source>{answered} of {total} checks done</source>
        <translation>已完成 {answered}/{total} 项检查</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="235"/>
        <source>{failed} failed</source>
        <translation>{failed} 项未通过</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="243"/>
        <source>Saved {time}: {what}</source>
        <translation>已于 {time} 保存：{what}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="268"/>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="480"/>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="277"/>
        <source>N/A needs a note saying why the check does not apply: write it first.</source>
        <translation>选“不适用”须在说明中写明理由：请先填写说明。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="281"/>
        <source>The red flags cannot pass yet: {open} of {total} signs unanswered, {unresolved} present and not resolved.</source>
        <translation>风险警示信号尚不能判为通过：{total} 项中有 {open} 项未回答，{unresolved} 项出现且未解决。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="300"/>
        <source>A check marked N/A keeps a note saying why; the saved note stays until you write another.</source>
        <translation>标为“不适用”的检查项必须保留理由说明；在填写新的说明之前，仍保留已保存的说明。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="309"/>
        <source>note on {check}</source>
        <translation>“{check}”的说明</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="339"/>
        <source>Attaching {count} file(s)…</source>
        <translation>正在附加 {count} 个文件…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="351"/>
        <source>attached to {check}: {files}</source>
        <translation>已附加到“{check}”：{files}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="362"/>
        <source>Evidence not attached</source>
        <translation>证据未附加</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="362"/>
        <source>The file could not be attached.</source>
        <translation>无法附加该文件。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="370"/>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="371"/>
        <source>{name} is missing from the evidence folder {folder}.</source>
        <translation>证据文件夹 {folder} 中缺少 {name}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="375"/>
        <source>No program is set up to open {name}.</source>
        <translation>没有可打开 {name} 的程序。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="393"/>
        <source>finding #{id} raised from {check}</source>
        <translation>已根据“{check}”提出发现项 #{id}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="418"/>
        <source>Choose a warning sign in the list.</source>
        <translation>请在列表中选择一项警示信号。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="430"/>
        <source>Statutory trigger</source>
        <translation>法定情形</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="489"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="489"/>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="495"/>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/test_card.py" line="511"/>
        <source>{count} remaining signs answered not present</source>
        <translation>其余 {count} 项信号已标为“未出现”</translation>
    </message>
</context>
<context>
    <name>TestingController</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="201"/>
        <source>{method} Drawn {when} by {who}.</source>
        <translation>{method}由 {who} 于 {when} 抽取。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="206"/>
        <source>Orders of sample #{id} ({count})</source>
        <translation>样本 #{id} 的订单（{count} 笔）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="207"/>
        <source>Sampled orders</source>
        <translation>抽样订单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="217"/>
        <source>Threshold {threshold}%: while a check passes on fewer of the tested orders, the items it tests count as 3 at most (sample exceptions).</source>
        <translation>阈值 {threshold}%：检查项在已测订单中的通过率低于此值时，其所测条目最多按 3 级计（抽样例外）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="221"/>
        <source>Capped now: {items}</source>
        <translation>当前受限：{items}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="244"/>
        <source>Order list not imported</source>
        <translation>订单清单未导入</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="258"/>
        <source>Imported {name}: {orders} orders, {refused} rows refused</source>
        <translation>已导入 {name}：订单 {orders} 笔，未导入 {refused} 行</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="268"/>
        <source>Rows refused: {name}</source>
        <translation>未导入的行：{name}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="272"/>
        <source>{count} rows of {file} could not be read and were left out.</source>
        <translation>{file} 中有 {count} 行无法读取，未予导入。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="274"/>
        <source>Every row of {file} was read.</source>
        <translation>{file} 的所有行均已读取。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="299"/>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="306"/>
        <source>Order list not deleted</source>
        <translation>订单清单未删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="300"/>
        <source>Samples were drawn from “{name}” ({samples}). Delete them first: their test cards rest on its orders.</source>
        <translation>已从“{name}”抽取样本（{samples}）。请先删除这些样本：其测试卡依附于该清单的订单。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="308"/>
        <source>Deleted the order list {name} (kept in the change history).</source>
        <translation>已删除订单清单 {name}（变更历史中保留记录）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="311"/>
        <source>Delete order list</source>
        <translation>删除订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="312"/>
        <source>Delete the order list “{name}” and its {orders} orders?</source>
        <translation>删除订单清单“{name}”及其 {orders} 笔订单？</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="313"/>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="400"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="334"/>
        <source>Drew sample #{id}: {size} of {population} orders, seed {seed}</source>
        <translation>已抽取样本 #{id}：从 {population} 笔订单中抽取 {size} 笔，随机种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="344"/>
        <source>Drawing sample #{id} again…</source>
        <translation>正在重新抽取样本 #{id}…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="360"/>
        <source>Sample not redrawn</source>
        <translation>未能重新抽样</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="364"/>
        <source>Drawn again from seed {seed}: the same {size} orders were drawn again. A reviewer with the same order list, method and seed gets this sample.</source>
        <translation>以随机种子 {seed} 重新抽取：再次抽出了相同的 {size} 笔订单。复核人使用相同的订单清单、方法和种子即可得到此样本。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="367"/>
        <source>Sample #{id} redrawn: the same orders</source>
        <translation>样本 #{id} 已重新抽取：订单相同</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="368"/>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="379"/>
        <source>Redraw check</source>
        <translation>重抽核验</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="370"/>
        <source>Drawn again from seed {seed}, the sample differs from the one stored.</source>
        <translation>以随机种子 {seed} 重新抽取的样本与已保存的样本不同。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="372"/>
        <source>Stored but not drawn again ({count}): {orders}</source>
        <translation>已保存但未再次抽出（{count} 笔）：{orders}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="375"/>
        <source>Drawn again but not stored ({count}): {orders}</source>
        <translation>再次抽出但未保存（{count} 笔）：{orders}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="377"/>
        <source>The order list or the sampling method changed since the sample was drawn.</source>
        <translation>自抽样以来，订单清单或抽样方法已发生变化。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="378"/>
        <source>Sample #{id} redrawn: it differs</source>
        <translation>样本 #{id} 已重新抽取：结果不同</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="392"/>
        <source>Sample not deleted</source>
        <translation>样本未删除</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="394"/>
        <source>Deleted sample #{id} (kept in the change history).</source>
        <translation>已删除样本 #{id}（变更历史中保留记录）。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="396"/>
        <source>Delete sample</source>
        <translation>删除样本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/testing.py" line="397"/>
        <source>Delete sample #{id} and its {size} test cards ({done} filled in)? Its pass rates stop counting; findings raised from it and evidence files stay.</source>
        <translation>删除样本 #{id} 及其 {size} 张测试卡（已填写 {done} 张）？其通过率将不再计入；由此提出的发现项和证据文件会保留。</translation>
    </message>
</context>
<context>
    <name>TestingView</name>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="143"/>
        <source>Order lists</source>
        <translation>订单清单</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="144"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="145"/>
        <source>Import an order or shipment list from Excel or CSV (the auditee&apos;s ERP export)</source>
        <translation>从 Excel 或 CSV 导入订单或发货清单（被审核方的 ERP 导出文件）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="147"/>
        <source>Refused rows…</source>
        <translation>未导入的行…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="148"/>
        <source>The rows of the chosen list that could not be read, with the reason</source>
        <translation>所选清单中无法读取的行及原因</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="149"/>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="156"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="150"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="151"/>
        <source>Draw sample…</source>
        <translation>抽取样本…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="152"/>
        <source>Draw a seeded, optionally stratified sample from the chosen order list</source>
        <translation>从所选订单清单中按随机种子抽取样本，可按风险分层</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="153"/>
        <source>Redraw check</source>
        <translation>重抽核验</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="154"/>
        <source>Draw the chosen sample again from its list, method and seed, and compare: a reviewer can reproduce it</source>
        <translation>按原清单、方法和种子重新抽取所选样本并比对，供复核人复现</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="157"/>
        <source>Open test card</source>
        <translation>打开测试卡</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="158"/>
        <source>Test the chosen order (Enter or double-click)</source>
        <translation>测试所选订单（按回车键或双击）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="159"/>
        <source>Pass rates over all samples</source>
        <translation>全部样本的通过率</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/testing_view.py" line="160"/>
        <source>The checklist of this assessment defines no transaction tests, so there is nothing to sample here.</source>
        <translation>本评估所用检查表未定义交易抽样测试，因此无需抽样。</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/upgrade_dialog.py" line="20"/>
        <source>Upgrade to checklist {version}</source>
        <translation>升级到检查清单 {version}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/upgrade_dialog.py" line="28"/>
        <source>{checklist}: version {old} → {new}.</source>
        <translation>{checklist}：版本 {old} → {new}。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/upgrade_dialog.py" line="30"/>
        <source>{kept} items kept, {moved} moved, {dropped} dropped, {new} new. Answers, notes, evidence and findings follow their items; new items start unanswered; a dropped item&apos;s answer stays in the history. The upgrade is recorded in the change history and cannot be undone with Undo.</source>
        <translation>保留 {kept} 项，移动 {moved} 项，删除 {dropped} 项，新增 {new} 项。评分、备注、证据和审核发现随所属检查项一并转移；新增项尚未作答；被删除项的答案保留在历史记录中。升级会记入变更历史，不能用“撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>UpgradeDialogView</name>
    <message>
        <location filename="../../exportaudit/ui/views/upgrade_dialog_view.py" line="33"/>
        <source>&amp;Upgrade</source>
        <translation>升级(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/upgrade_dialog_view.py" line="34"/>
        <source>Item mapping</source>
        <translation>检查项对应关系</translation>
    </message>
</context>
<context>
    <name>UpgradeMappingModel</name>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="12"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="13"/>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="14"/>
        <source>Dropped (kept in the history)</source>
        <translation>删除（保留在历史记录中）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="15"/>
        <source>New, unanswered</source>
        <translation>新增，未作答</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="21"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="22"/>
        <source>Item now</source>
        <translation>现检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="23"/>
        <source>Item after</source>
        <translation>升级后检查项</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="24"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="25"/>
        <source>Why / what changed</source>
        <translation>原因 / 修改内容</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="45"/>
        <source>Carried over</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="46"/>
        <source>Kept in the history</source>
        <translation>保留在历史记录中</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/models/upgrade.py" line="47"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="59"/>
        <source>Welcome to ExportAudit</source>
        <translation>欢迎使用 ExportAudit</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="62"/>
        <source>This store is empty. Assess an export-control compliance programme against the nine elements of MOFCOM&apos;s 2021 guidance: start with the organisation you are assessing, or look around the demo first.</source>
        <translation>此存储库为空。依据商务部 2021 年指南的九大要素评估出口管制合规机制：可以从要评估的组织开始，也可以先浏览演示。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="67"/>
        <source>No store is open. Open the demo to look around, or open or create a store file for your own assessments (File menu).</source>
        <translation>当前没有打开的存储库。可先打开演示数据了解功能，或通过“文件”菜单打开或新建您自己的存储库。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="69"/>
        <source>Create an organisation</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="71"/>
        <source>Enter the company you assess (name, credit code, operator type, size), then start its assessment.</source>
        <translation>录入被评估企业（名称、统一社会信用代码、经营者类型、规模），然后开始评估。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="72"/>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="74"/>
        <source>A mid-sized exporter part-way through its self-assessment, with notes, evidence and scores.</source>
        <translation>一家正在进行自评估的中型出口企业，含备注、证据和评分。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/welcome_view.py" line="75"/>
        <source>Open another store…</source>
        <translation>打开其他存储库…</translation>
    </message>
</context>
<context>
    <name>WorkflowMenus</name>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="116"/>
        <source>Preferences saved; changes are recorded as {user}.</source>
        <translation>首选项已保存；变更将以 {user} 的名义记录。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="158"/>
        <source>Re-audit started from “{title}”: carried-over answers are marked to re-confirm.</source>
        <translation>已以“{title}”为基准开始复审：沿用的作答已标记为待重新确认。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="207"/>
        <source>Assessment not finalised</source>
        <translation>评估未定稿</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="199"/>
        <source>Finalised: {title}</source>
        <translation>已定稿：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="200"/>
        <source>Assessment finalised</source>
        <translation>评估已定稿</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="201"/>
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
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="215"/>
        <source>Still open:</source>
        <translation>尚未完成：</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="216"/>
        <source>Finalise assessment</source>
        <translation>评估定稿</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="211"/>
        <source>Finalise “{title}”? It becomes read-only and the fingerprint of its content is recorded. It can be reopened later, with a reason that is kept in the change history.</source>
        <translation>将“{title}”定稿？定稿后评估变为只读，并记录其内容指纹。之后仍可重新开启，但须填写理由，理由将保存在变更历史中。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="87"/>
        <source>&amp;Upgrade to checklist {version}…</source>
        <translation>升级到检查清单 {version}(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="88"/>
        <source>&amp;Upgrade checklist…</source>
        <translation>升级检查清单(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="138"/>
        <source>Engagement saved.</source>
        <translation>审核项目信息已保存。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="178"/>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="188"/>
        <source>Checklist not upgraded</source>
        <translation>检查清单未升级</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="183"/>
        <source>Upgraded to {checklist} {version}; new items are unanswered.</source>
        <translation>已升级到 {checklist} {version}；新增项尚未作答。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="216"/>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="225"/>
        <source>{count} of {total} applicable items are unanswered (coverage {coverage:.0%}); the levels stay provisional.</source>
        <translation>{total} 个适用项目中有 {count} 个尚未作答（覆盖率 {coverage:.0%}），等级仍为暂定。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="230"/>
        <source>{count} items carried over from the baseline are not re-confirmed yet.</source>
        <translation>从基准评估沿用的 {count} 个答复尚未重新确认。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="234"/>
        <source>{count} items rated 4 or 5 have no evidence and count as 3.</source>
        <translation>{count} 个评为 4 或 5 级的项目没有证据，按 3 级计。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="246"/>
        <source>Assessment not reopened</source>
        <translation>评估未重新开启</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="247"/>
        <source>Reopened: {title}</source>
        <translation>已重新开启：{title}</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="250"/>
        <source>Reopen assessment</source>
        <translation>重新开启评估</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="251"/>
        <source>Why is “{title}” reopened? The reason is recorded in the change history with the fingerprint it had.</source>
        <translation>为什么要重新开启“{title}”？理由将连同其原有指纹一起记录在变更历史中。</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/controllers/workflow_menu.py" line="253"/>
        <source>A reason is required to reopen a finalised assessment.</source>
        <translation>重新开启已定稿的评估必须填写理由。</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../exportaudit/ui/views/workspace_view.py" line="108"/>
        <source>Filter items, in Chinese or English (Ctrl+F)</source>
        <translation>按中文或英文筛选条目（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/workspace_view.py" line="109"/>
        <source>Elements and items</source>
        <translation>要素与条目</translation>
    </message>
    <message>
        <location filename="../../exportaudit/ui/views/workspace_view.py" line="111"/>
        <source>The nine elements with their items. Each item is marked by shape: a filled dot when rated (its level is also in the Level column), an empty ring when open, a crossed ring when not applicable, a star for a key item, a warning triangle for a claim without evidence, a flag for a finding, a circular arrow for an answer carried over from a baseline to confirm. Keys 0 to 5 rate the chosen item, N marks it not applicable, Ctrl+Enter goes to the next unanswered item.</source>
        <translation>九大要素及其条目。每个条目以形状标记：已评分为实心圆点（等级同时显示在“等级”列），未作答为空心圆环，不适用为带斜线的圆环，关键条目为星形，缺少证据的声明为警告三角，有发现项为旗帜，沿用自基准评估、待确认的答案为环形箭头。按 0 至 5 键为所选条目评分，按 N 标记为不适用，按 Ctrl+Enter 转到下一个未作答条目。</translation>
    </message>
</context>
</TS>
