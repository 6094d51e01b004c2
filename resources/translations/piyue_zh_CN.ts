<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ChartsPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/charts/panel.py" line="+40" />
            <source>Growth rates chart</source>
            <translation>增速图</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figures per section chart</source>
            <translation>各章节数据数量图</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes per section chart</source>
            <translation>各章节批注数量图</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Growth rates</source>
            <translation>增速</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+26" />
            <source>Figures per section</source>
            <translation>各章节数据数量</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+33" />
            <source>Notes per section</source>
            <translation>各章节批注数量</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Growth rates (growth and decline, largest first)</source>
            <translation>增速（增长/下降，从高到低）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>figures</source>
            <translation>项数据</translation>
        </message>
        <message>
            <location line="+7" />
            <source>notes</source>
            <translation>条批注</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../desktop/piyue/ui/compare_view.py" line="+86" />
            <source>Select Year</source>
            <translation>选择年份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select Region</source>
            <translation>选择地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports to compare:</source>
            <translation>要比较的报告：</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Side by Side</source>
            <translation>并列对比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups</source>
            <translation>目标完成情况</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Failed: {0}</source>
            <translation>失败：{0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No library: reports are compared from the library.</source>
            <translation>没有报告库：比较的报告来自报告库。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Listing the library…</source>
            <translation>正在列出报告库…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{0} reports in the library</source>
            <translation>报告库中有 {0} 份报告</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Check the reports to compare first.</source>
            <translation>请先勾选要比较的报告。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Comparing {0} reports…</source>
            <translation>正在比较 {0} 份报告…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{0} reports, {1} figures, {2} follow-ups</source>
            <translation>{0} 份报告，{1} 个数据，{2} 项目标对照</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+30" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+30" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="-27" />
            <source>{0} target</source>
            <translation>{0} 目标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{0} result</source>
            <translation>{0} 实际</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not stated in this report</source>
            <translation>本报告未提及</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+63" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="-62" />
            <location line="+62" />
            <source>Result</source>
            <translation>实际</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Met</source>
            <translation>是否完成</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location line="+13" />
            <source>✓ met</source>
            <translation>✓ 完成</translation>
        </message>
        <message>
            <location line="+0" />
            <source>✗ missed</source>
            <translation>✗ 未完成</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Export Comparison</source>
            <translation>导出比较</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot write {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to {0}</source>
            <translation>已导出到 {0}</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/conflict_dialog.py" line="+32" />
            <source>Note changed by someone else</source>
            <translation>批注已被他人修改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>While you were editing, {author} saved this note ({when}). Nothing was overwritten. Compare both texts and choose.</source>
            <translation>在您编辑期间，{author} 保存了这条批注（{when}）。没有任何内容被覆盖。请比较两段文字后选择。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Their text</source>
            <translation>对方的文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your text</source>
            <translation>您的文字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved by {author}:</source>
            <translation>{author} 保存的版本：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yours (not saved):</source>
            <translation>您的版本（未保存）：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save Mine Instead</source>
            <translation>改存我的版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep Theirs</source>
            <translation>保留对方的版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to Editing</source>
            <translation>返回编辑</translation>
        </message>
    </context>
    <context>
        <name>DocumentLoader</name>
        <message>
            <location filename="../../desktop/piyue/ui/loader.py" line="+61" />
            <source>figures could not be extracted ({reason})</source>
            <translation>未能提取数据（{reason}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the review checks failed ({reason})</source>
            <translation>审校检查失败（{reason}）</translation>
        </message>
        <message>
            <location line="+39" />
            <source>{path}: could not be opened ({reason})</source>
            <translation>{path}：无法打开（{reason}）</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../desktop/piyue/ui/export_controller.py" line="+54" />
            <source>{path} already exists; choose another name</source>
            <translation>{path} 已存在，请换一个文件名</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location line="+40" />
            <source>&amp;Export Notes…</source>
            <translation>导出批注(&amp;E)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write the notes as Markdown, HTML, Word, PDF, CSV or JSON-LD (Web Annotations)</source>
            <translation>将批注导出为 Markdown、HTML、Word、PDF、CSV 或 JSON-LD（Web 注释）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open Folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the export</source>
            <translation>打开导出文件所在的文件夹</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open a report whose notes are stored to export them</source>
            <translation>请先打开已保存批注的报告，再导出批注</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Open a report whose notes are stored to export them.</source>
            <translation>请先打开已保存批注的报告，再导出批注。</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{path} is a folder</source>
            <translation>{path} 是文件夹</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Replace the file?</source>
            <translation>替换文件？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} already exists in {folder}.
Replace it?</source>
            <translation>{folder} 中已有 {name}。
是否替换？</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not exported: choose another file name.</source>
            <translation>未导出：请另选文件名。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Exporting {count} notes to {name}…</source>
            <translation>正在将 {count} 条批注导出到 {name}…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Export cancelled.</source>
            <translation>已取消导出。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export cancelled</source>
            <translation>已取消导出</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the file; it cannot be stopped now…</source>
            <translation>正在写入文件，现在无法中止…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Exported {count} notes to {path}</source>
            <translation>已将 {count} 条批注导出到 {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export failed: {reason}</source>
            <translation>导出失败：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/export_dialog.py" line="+134" />
            <location line="+423" />
            <source>Export Notes</source>
            <translation>导出批注</translation>
        </message>
        <message>
            <location line="-368" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Markdown (.md) — for note-taking apps</source>
            <translation>Markdown (.md) — 用于笔记软件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTML page (.html) — styled, printable</source>
            <translation>HTML 网页 (.html) — 带排版，可打印</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word (.docx) — the notes under the report's headings</source>
            <translation>Word (.docx) — 批注按报告标题排列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word (.docx) — the whole report, notes as review comments</source>
            <translation>Word (.docx) — 报告全文，批注显示为 Word 批注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (.pdf) — for printing</source>
            <translation>PDF (.pdf) — 用于打印</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (.csv) — one row per note, for spreadsheets</source>
            <translation>CSV (.csv) — 每条批注一行，用于电子表格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON-LD (.jsonld) — W3C Web Annotations, to move notes</source>
            <translation>JSON-LD (.jsonld) — W3C Web 注释，用于迁移批注</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notes</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;All notes ({count})</source>
            <translation>全部批注（{count}）(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All notes</source>
            <translation>全部批注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes &amp;shown in the Notes panel ({shown} of {total})</source>
            <translation>批注面板中显示的批注（{shown}/{total}）(&amp;S)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes shown in the Notes panel</source>
            <translation>批注面板中显示的批注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes that pass the Notes panel's filters (text, status, tag, colour)</source>
            <translation>符合批注面板筛选条件（文字、状态、标签、颜色）的批注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes in one s&amp;ection:</source>
            <translation>单个章节的批注(&amp;E)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes in one section</source>
            <translation>单个章节的批注</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This report has no headings</source>
            <translation>本报告没有标题</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Append the table of &amp;figures</source>
            <translation>附上数据表(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Append the table of figures</source>
            <translation>附上数据表</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Output file</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the output file</source>
            <translation>选择输出文件</translation>
        </message>
        <message>
            <location line="+13" />
            <source>F&amp;ormat:</source>
            <translation>格式(&amp;O)：</translation>
        </message>
        <message>
            <location line="-114" />
            <source>Save &amp;to:</source>
            <translation>保存到(&amp;T)：</translation>
        </message>
        <message>
            <location line="+127" />
            <location line="+7" />
            <location line="+8" />
            <location line="+10" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Exporting</source>
            <translation>正在导出</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the file (Ctrl+Enter)</source>
            <translation>写入文件 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Add the report's figures (targets, growth rates…) as an appendix</source>
            <translation>将报告中的数据（目标、增速等）作为附录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only HTML, Word and PDF exports can include the table of figures</source>
            <translation>只有 HTML、Word 和 PDF 导出可以附上数据表</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No notes to export: this report has no notes yet.</source>
            <translation>没有可导出的批注：本报告还没有批注。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes to export in this selection.</source>
            <translation>所选范围内没有可导出的批注。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} notes will be exported.</source>
            <translation>将导出 {count} 条批注。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No notes to export.
Add notes to the report first.</source>
            <translation>没有可导出的批注。
请先为报告添加批注。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes to export.
Choose other notes on the left.</source>
            <translation>没有可导出的批注。
请在左侧选择其他批注。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a Word document with the notes under the report's headings</source>
            <translation>批注按报告标题排列的 Word 文档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the whole report as a Word document, each note a review comment</source>
            <translation>含报告全文的 Word 文档，每条批注为一条 Word 批注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a PDF of the notes under the report's headings</source>
            <translation>批注按报告标题排列的 PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No preview for this format.
{count} notes will be written as {what}.</source>
            <translation>此格式无法预览。
{count} 条批注将导出为{what}。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No preview: {error}</source>
            <translation>无法预览：{error}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name} (*{ext})</source>
            <translation>{name} (*{ext})</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No notes to export.</source>
            <translation>没有可导出的批注。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a file to export to.</source>
            <translation>请选择导出文件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../desktop/piyue/ui/find_bar.py" line="+50" />
            <location line="+1" />
            <source>Find in document</source>
            <translation>在文档中查找</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Previous match (Shift+F3)</source>
            <translation>上一处 (Shift+F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous match</source>
            <translation>上一处</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next match (F3)</source>
            <translation>下一处 (F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next match</source>
            <translation>下一处</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close find bar</source>
            <translation>关闭查找栏</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No matches</source>
            <translation>无匹配</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{current} of {total}</source>
            <translation>{current}/{total}</translation>
        </message>
    </context>
    <context>
        <name>FindController</name>
        <message>
            <location filename="../../desktop/piyue/ui/find_controller.py" line="+26" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find &amp;Next</source>
            <translation>查找下一处(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Pre&amp;vious</source>
            <translation>查找上一处(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/library_panel.py" line="+65" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Government</source>
            <translation>政府</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Characters</source>
            <translation>字数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{n} versions</source>
            <translation>{n} 个版本</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location line="+65" />
            <source>Reports in the library</source>
            <translation>文库中的报告</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Import Files…</source>
            <translation>导入文件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import Folder…</source>
            <translation>导入文件夹…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+66" />
            <source>The library is not available.</source>
            <translation>文库不可用。</translation>
        </message>
        <message>
            <location line="-55" />
            <source>{reports} reports · {notes} notes</source>
            <translation>{reports} 篇报告 · {notes} 条批注</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Key terms: {terms}</source>
            <translation>关键词：{terms}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Related reports:</source>
            <translation>相关报告：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import Reports</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reports (*.md *.markdown *.txt *.docx *.pdf)</source>
            <translation>报告 (*.md *.markdown *.txt *.docx *.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import a Folder of Reports</source>
            <translation>导入报告文件夹</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No reports to import.</source>
            <translation>没有可导入的报告。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Importing reports…</source>
            <translation>正在导入报告…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Importing {name}…</source>
            <translation>正在导入 {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Imported {count} reports.</source>
            <translation>已导入 {count} 篇报告。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(Cancelled.)</source>
            <translation>（已取消。）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} could not be read: {first}</source>
            <translation>{n} 个文件无法读取：{first}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Left out {n} copies of the same report in another format (e.g. {copy}: {file} was imported).</source>
            <translation>另有 {n} 份是同一报告的其他格式副本，未导入（例如 {copy}：已导入 {file}）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Remove Report</source>
            <translation>移除报告</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove “{title}” and its {notes} notes from the library?

A backup of the database is made first; the file on disk is not touched.</source>
            <translation>从文库中移除《{title}》及其 {notes} 条批注？

移除前会先备份数据库；磁盘上的文件不受影响。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not remove it: {err}</source>
            <translation>无法移除：{err}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removed; backup: {path}</source>
            <translation>已移除；备份：{path}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed.</source>
            <translation>已移除。</translation>
        </message>
    </context>
    <context>
        <name>LibraryStore</name>
        <message>
            <location filename="../../desktop/piyue/ui/library_store.py" line="+60" />
            <source>Notes are not available in this window: {error}</source>
            <translation>此窗口中批注不可用：{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes are not available: no database is open.</source>
            <translation>批注不可用：未打开数据库。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Notes are not available for this document: {err}</source>
            <translation>此文档的批注不可用：{err}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New version stored: {anchored} notes anchored, {changed} changed, {orphaned} orphaned</source>
            <translation>已保存新版本：{anchored} 条批注已定位，{changed} 条原文已改，{orphaned} 条未找到原文</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stored as version {number} of “{title}”.</source>
            <translation>已保存为《{title}》的第 {number} 版。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/piyue/ui/main_window.py" line="+72" />
            <source>Reports (*.md *.markdown *.txt *.docx *.pdf);;Markdown (*.md *.markdown);;Text (*.txt);;Word (*.docx);;PDF (*.pdf);;All files (*)</source>
            <translation>报告 (*.md *.markdown *.txt *.docx *.pdf);;Markdown (*.md *.markdown);;纯文本 (*.txt);;Word (*.docx);;PDF (*.pdf);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+102" />
            <location line="+20" />
            <source>Outline</source>
            <translation>大纲</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Library</source>
            <translation>文库</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Review</source>
            <translation>审校</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Terms</source>
            <translation>用语</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All Notes</source>
            <translation>全部批注</translation>
        </message>
        <message>
            <location line="+54" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Sample Report</source>
            <translation>打开示例报告(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel Loading</source>
            <translation>取消加载(&amp;C)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset Zoom</source>
            <translation>重置缩放(&amp;R)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Highlight Figures</source>
            <translation>突出显示数据(&amp;H)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Topic Sentences in Outline</source>
            <translation>大纲中显示主题句(&amp;T)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the sentence that opens each paragraph as the outline's lowest level</source>
            <translation>将每段的首句作为大纲的最低一级显示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web Page &amp;Furniture</source>
            <translation>网页附属内容(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the menus and links copied along with a report from a web page</source>
            <translation>显示从网页复制报告时一并带来的菜单和链接</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to &amp;Outline</source>
            <translation>转到大纲(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to &amp;Text</source>
            <translation>转到正文(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next &amp;Heading</source>
            <translation>下一个标题(&amp;H)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous H&amp;eading</source>
            <translation>上一个标题(&amp;E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next &amp;Finding</source>
            <translation>下一处问题(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous F&amp;inding</source>
            <translation>上一处问题(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Search Library…</source>
            <translation>搜索文库(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Library</source>
            <translation>文库(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import Reports…</source>
            <translation>导入报告(&amp;I)…</translation>
        </message>
        <message>
            <location line="-56" />
            <source>&amp;Compare Reports…</source>
            <translation>比较报告(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terms Across Reports…</source>
            <translation>跨报告用语(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes Across Reports…</source>
            <translation>跨报告批注(&amp;N)…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Piyue</source>
            <translation>关于批阅(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Open Report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{chars} characters · {sections} sections · {figures} figures</source>
            <translation>{chars} 字 · {sections} 个章节 · {figures} 项数据</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Opened {name}; finding figures…</source>
            <translation>已打开 {name}，正在提取数据…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Opened {name}</source>
            <translation>已打开 {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the report</source>
            <translation>无法打开报告</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Piyue reads Markdown (.md), plain text (.txt), Word (.docx) and PDF (.pdf) reports.</source>
            <translation>批阅可以读取 Markdown (.md)、纯文本 (.txt)、Word (.docx) 和 PDF (.pdf) 格式的报告。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opening cancelled</source>
            <translation>已取消打开</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loading the word list, then searching…</source>
            <translation>正在加载词表，随后开始搜索…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot open it: {err}</source>
            <translation>无法打开：{err}</translation>
        </message>
        <message>
            <location line="+165" />
            <source>Zoom {percent}%</source>
            <translation>缩放 {percent}%</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No recent files</source>
            <translation>无最近文件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear Menu</source>
            <translation>清除菜单</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cannot save: {err}</source>
            <translation>无法保存：{err}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>About Piyue</source>
            <translation>关于批阅</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;h3&gt;批阅 Piyue {version}&lt;/h3&gt;&lt;p&gt;Read, review and annotate long structured Chinese documents — government work reports first.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;批阅 Piyue {version}&lt;/h3&gt;&lt;p&gt;阅读、审校和批注结构化的长篇中文文档，首先是政府工作报告。&lt;/p&gt;&lt;p&gt;所有内容都只保存在本机。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/navigation.py" line="+36" />
            <source>No problems found in this document</source>
            <translation>本文档未发现问题</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/window_menus.py" line="+68" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="-49" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
    </context>
    <context>
        <name>MetricsModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/metrics_model.py" line="+29" />
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>章节</translation>
        </message>
    </context>
    <context>
        <name>MetricsPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/metrics_panel.py" line="+40" />
            <source>Kind of figure</source>
            <translation>数据类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter figures, subjects, sections…</source>
            <translation>筛选数据、指标、章节…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter figures</source>
            <translation>筛选数据</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Copy Rows</source>
            <translation>复制所选行(&amp;C)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy &amp;All Shown Rows</source>
            <translation>复制全部显示的行(&amp;A)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{shown} of {total}</source>
            <translation>{shown}/{total}</translation>
        </message>
    </context>
    <context>
        <name>NewVersionDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/revision_prompt.py" line="+96" />
            <source>Open as New Version Of</source>
            <translation>作为新版本打开</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The revised file</source>
            <translation>修改后的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>…is a new version of this &amp;report:</source>
            <translation>…是以下报告的新版本(&amp;R)：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Choose a file and the report it revises.</source>
            <translation>请选择文件及其修改的报告。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} 不是文件。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Revised File</source>
            <translation>修改后的文件</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_panel.py" line="+76" />
            <source>ORPHANED — passage not found</source>
            <translation>未找到原文</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CHANGED — passage was revised</source>
            <translation>原文已改</translation>
        </message>
        <message>
            <location line="-20" />
            <source>(no text)</source>
            <translation>（无内容）</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../desktop/piyue/ui/note_editor.py" line="+104" />
            <source>Note</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Note text (Markdown)</source>
            <translation>批注内容（Markdown）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the note (Markdown: **bold**, *italic*, lists, links)…</source>
            <translation>输入批注（Markdown：**粗体**、*斜体*、列表、链接）…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+20" />
            <source>tags, separated by commas</source>
            <translation>标签，用逗号分隔</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Colour:</source>
            <translation>颜色(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags:</source>
            <translation>标签(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
    </context>
    <context>
        <name>NotesAcrossView</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_across_view.py" line="+139" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author:</source>
            <translation>作者：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report:</source>
            <translation>报告：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Passage</source>
            <translation>原文</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No library is open.</source>
            <translation>没有打开报告库。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Failed: {0}</source>
            <translation>失败：{0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{0} of {1} notes</source>
            <translation>{1} 条批注中的 {0} 条</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Export Notes</source>
            <translation>导出批注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot write {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to {0}</source>
            <translation>已导出到 {0}</translation>
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_controller.py" line="+69" />
            <source>Notes are not available: no database is open.</source>
            <translation>批注不可用：未打开数据库。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening the notes database…</source>
            <translation>正在打开批注数据库…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Add &amp;Note…</source>
            <translation>添加批注(&amp;N)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a note on the selected passage</source>
            <translation>为选中的文字添加批注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note on &amp;Section…</source>
            <translation>批注本章节(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a note on the section being read</source>
            <translation>为正在阅读的章节添加批注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy with &amp;Citation</source>
            <translation>带出处复制(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the selected passage with the report's title, section and page</source>
            <translation>复制选中的文字，并附上报告标题、章节和页码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open as New &amp;Version Of…</source>
            <translation>作为新版本打开(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a revised draft as a new version of an imported report</source>
            <translation>将修改稿作为文库中某份报告的新版本打开</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next &amp;Note</source>
            <translation>下一条批注(&amp;N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous N&amp;ote</source>
            <translation>上一条批注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/backups.py" line="+45" />
            <source>Backup failed: {err}</source>
            <translation>备份失败：{err}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup saved: {name}</source>
            <translation>已保存备份：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/notes_controller.py" line="+38" />
            <source>Is this a new version of “{title}”? Answer the question to see its notes.</source>
            <translation>这是《{title}》的新版本吗？请先回答，然后即可查看批注。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Open as New Version Of</source>
            <translation>作为新版本打开</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The library is empty: open or import a report first.</source>
            <translation>文库为空：请先打开或导入一份报告。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Restore failed</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The newest backup was restored.</source>
            <translation>已恢复最新备份。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Notes are not available</source>
            <translation>批注不可用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The notes database could not be opened, so notes cannot be shown or added in this window.</source>
            <translation>无法打开批注数据库，此窗口中无法显示或添加批注。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restore Newest Backup</source>
            <translation>恢复最新备份</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Notes are stored, but: {notice}</source>
            <translation>批注照常保存，但：{notice}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Select a passage first, then add a note.</source>
            <translation>请先选中一段文字，再添加批注。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note on passage</source>
            <translation>文字批注</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Note on section</source>
            <translation>章节批注</translation>
        </message>
        <message>
            <location line="+7" />
            <source>another report was opened meanwhile: copy your text, go back to it and add the note</source>
            <translation>其间已打开另一份报告：请复制您写的内容，回到原报告后重新添加批注</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+38" />
            <source>the note was not stored</source>
            <translation>批注未能保存</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Scroll to a section first.</source>
            <translation>请先滚动到某个章节。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>someone else changed this note meanwhile; compare both texts</source>
            <translation>这条批注在此期间已被他人修改；请比较两段文字</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit note</source>
            <translation>编辑批注</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Select a passage first, then copy it with its citation.</source>
            <translation>请先选中一段文字，再带出处复制。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copied with its citation.</source>
            <translation>已带出处复制。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select the passage the note belongs to in the text first.</source>
            <translation>请先在正文中选中该批注对应的文字。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This note's passage is no longer in the text: select where it belongs and press Re-attach to Selection, or edit or delete the note.</source>
            <translation>此批注对应的文字已不在文中：请选中它应关联的文字并点击“重新关联到选中文字”，或编辑、删除该批注。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>(no text)</source>
            <translation>（无内容）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit Note “{preview}”…</source>
            <translation>编辑批注“{preview}”…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Note on Section…</source>
            <translation>批注本章节…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notes: {message}</source>
            <translation>批注：{message}</translation>
        </message>
    </context>
    <context>
        <name>NotesListModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_model.py" line="+61" />
            <source>(was “{quote}”)</source>
            <translation>（原为“{quote}”）</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_panel.py" line="+97" />
            <location line="+46" />
            <source>Notes</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Filter notes…</source>
            <translation>筛选批注…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any colour</source>
            <translation>任意颜色</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Add Note</source>
            <translation>添加批注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Re-attach to Selection</source>
            <translation>重新关联到选中文字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the note on the passage selected in the text</source>
            <translation>把批注关联到正文中选中的文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark Reviewed</source>
            <translation>标记为已复核</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The new text is fine: keep the note here (the old text stays in its history)</source>
            <translation>新文字无误：批注留在此处（原文保留在历史中）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Any tag</source>
            <translation>任意标签</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any author</source>
            <translation>任意作者</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{total} · {review} to review</source>
            <translation>{total} 条 · {review} 条需复核</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes are not available.</source>
            <translation>批注不可用。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No notes yet.
Select a passage and press Add Note (Ctrl+Alt+N), or right-click a section in the outline.</source>
            <translation>还没有批注。
选中一段文字后点击“添加批注”(Ctrl+Alt+N)，或在大纲中右键单击某个章节。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>“{quote}” is no longer in the text. Select the passage the note belongs to, then:</source>
            <translation>“{quote}”已不在正文中。请选中该批注对应的文字，然后：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Was “{old}”, now “{new}”.</source>
            <translation>原为“{old}”，现为“{new}”。</translation>
        </message>
    </context>
    <context>
        <name>NotesService</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_service.py" line="+105" />
            <source>Notes are not available: the database is not open.</source>
            <translation>批注不可用：数据库未打开。</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+26" />
            <source>The note is no longer in the database.</source>
            <translation>该批注已不在数据库中。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re-attach note</source>
            <translation>重新关联批注</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mark note reviewed</source>
            <translation>标记批注为已复核</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no notes database is open</source>
            <translation>未打开批注数据库</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Add note</source>
            <translation>添加批注</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Edit note</source>
            <translation>编辑批注</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Delete note</source>
            <translation>删除批注</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/outline_model.py" line="+197" />
            <source>{count} notes in this section</source>
            <translation>本章节有 {count} 条批注</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{count} figures in this section</source>
            <translation>本章节有 {count} 项数据</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{heading}
{chars} characters · {children} subsections · {figures} figures</source>
            <translation>{heading}
{chars} 字 · {children} 个小节 · {figures} 项数据</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Key terms: {terms}</source>
            <translation>关键词：{terms}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/preferences_dialog.py" line="+43" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+5" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Automatic (best Chinese face)</source>
            <translation>自动（最合适的中文字体）</translation>
        </message>
        <message>
            <location line="+11" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only at start</source>
            <translation>仅在启动时</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signs your notes and Word comments. Empty: your name on this computer ({name}).</source>
            <translation>用于署名你的批注和 Word 批注。留空则使用本机用户名（{name}）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your &amp;name:</source>
            <translation>你的姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading &amp;font:</source>
            <translation>阅读字体(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Font &amp;size:</source>
            <translation>字号(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backups every:</source>
            <translation>备份间隔(&amp;B)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Highlight these figures in the text</source>
            <translation>在正文中突出显示以下数据</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Data folder:</source>
            <translation>数据文件夹：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Library</source>
            <translation>文库</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On this computer (a file in the data folder)</source>
            <translation>本机（数据文件夹中的文件）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared library on a PostgreSQL server</source>
            <translation>PostgreSQL 服务器上的共享库</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep the password out of the URL, in ~/.pgpass; a password typed here is stored in the preferences file (readable by you only) and never shown in messages.</source>
            <translation>请勿把密码写进 URL，而是放在 ~/.pgpass 中；在此输入的密码会保存在偏好设置文件中（仅您可读），且不会出现在任何消息里。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test Connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Where:</source>
            <translation>位置(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server &amp;URL:</source>
            <translation>服务器 URL(&amp;U)：</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This window uses {library}, given with --db or PIYUE_DB; the choice here applies when Piyue starts without them.</source>
            <translation>本窗口使用由 --db 或 PIYUE_DB 指定的 {library}；此处的选择在不带这两项启动批阅时生效。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Piyue uses the library chosen here when it starts again.</source>
            <translation>批阅下次启动时使用此处选择的批注库。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a URL like postgresql://user@host:5432/piyue.</source>
            <translation>请输入形如 postgresql://user@host:5432/piyue 的 URL。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not connected: {problem}</source>
            <translation>未连接：{problem}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected: the server holds a library Piyue can use (or an empty one).</source>
            <translation>已连接：服务器上的批注库可供批阅使用（或为空库）。</translation>
        </message>
        <message>
            <location line="-161" />
            <source>A new language takes effect when Piyue starts again.</source>
            <translation>新的语言将在下次启动批阅时生效。</translation>
        </message>
    </context>
    <context>
        <name>ReaderMessages</name>
        <message>
            <location filename="../../desktop/piyue/ui/reader_messages.py" line="+12" />
            <source>{source}: no such file</source>
            <translation>{source}：文件不存在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: is a folder, not a document</source>
            <translation>{source}：这是文件夹，不是文档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: permission denied</source>
            <translation>{source}：没有读取权限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a text file (it contains binary data)</source>
            <translation>{source}：不是文本文件（含有二进制数据）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a text document, it looks like {detail}</source>
            <translation>{source}：不是文本文档，看起来是 {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a text document in a supported encoding (UTF-8, UTF-16, GB18030 or Big5)</source>
            <translation>{source}：不是受支持编码（UTF-8、UTF-16、GB18030 或 Big5）的文本文档</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{source}: not a readable Word document ({detail})</source>
            <translation>{source}：不是可读的 Word 文档（{detail}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: the PDF is encrypted with a password</source>
            <translation>{source}：此 PDF 有密码保护</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a readable PDF ({detail})</source>
            <translation>{source}：不是可读的 PDF（{detail}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: this PDF has no text layer (a scan, {detail} pages); Piyue reads text PDFs — run OCR first</source>
            <translation>{source}：此 PDF 没有文字层（扫描件，共 {detail} 页）；批阅只读取带文字的 PDF，请先进行文字识别（OCR）</translation>
        </message>
    </context>
    <context>
        <name>ReadingView</name>
        <message>
            <location filename="../../desktop/piyue/ui/reading_view.py" line="+61" />
            <source>Document text</source>
            <translation>文档正文</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/review_panel.py" line="+46" />
            <source>Review findings</source>
            <translation>审校结果</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes for the reader</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="+18" />
            <source>see {place}</source>
            <translation>参见{place}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>line {line}</source>
            <translation>第 {line} 行</translation>
        </message>
        <message>
            <location line="-16" />
            <source>{errors} errors, {warnings} warnings, {info} notes</source>
            <translation>{errors} 个错误，{warnings} 个警告，{info} 条提示</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No structural problems found.</source>
            <translation>未发现结构问题。</translation>
        </message>
    </context>
    <context>
        <name>RevisionPrompt</name>
        <message>
            <location filename="../../desktop/piyue/ui/revision_prompt.py" line="-129" />
            <source>A New Version?</source>
            <translation>是否为新版本？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} looks like a revised version of “{title}”, which is already in the library.</source>
            <translation>{file} 看起来是文库中已有的《{title}》的修改版本。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Both are the work report of the same government and year.</source>
            <translation>两者是同一政府同一年度的工作报告。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{share:.0%} of their wording is the same.</source>
            <translation>两者 {share:.0%} 的文字相同。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stored from {file}, {count} version(s).</source>
            <translation>已从 {file} 保存，共 {count} 个版本。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>As a new version, its notes follow their passages; notes on changed text are flagged.</source>
            <translation>作为新版本保存后，批注会跟随原文重新定位；原文有改动的批注会被标出以便复核。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Store as New Version</source>
            <translation>保存为新版本</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Separate Report</source>
            <translation>作为另一份报告</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/search_panel.py" line="+114" />
            <source>Search all reports and notes — words, "phrases", PM2.5…</source>
            <translation>搜索全部报告和批注：词语、"短语"、PM2.5…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the library</source>
            <translation>搜索文库</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+20" />
            <source>Type to search every report in the library and every note.</source>
            <translation>输入文字即可搜索文库中的全部报告和批注。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{hits} matches in {reports} reports</source>
            <translation>在 {reports} 篇报告中找到 {hits} 处</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No matches for “{query}”.</source>
            <translation>未找到“{query}”。</translation>
        </message>
    </context>
    <context>
        <name>SearchService</name>
        <message>
            <location filename="../../desktop/piyue/ui/search_service.py" line="+81" />
            <source>the search index could not be updated: {err}</source>
            <translation>无法更新搜索索引：{err}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>no database is open</source>
            <translation>未打开数据库</translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <location filename="../../desktop/piyue/ui/server_banner.py" line="+30" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{problem}. Notes cannot be saved until it is back: a note you are writing stays in its editor with its text, to be saved again then.</source>
            <translation>{problem}。在服务器恢复之前无法保存批注：正在编写的批注连同文字会留在编辑器中，届时可再次保存。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/shortcuts_dialog.py" line="+35" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>TermsView</name>
        <message>
            <location filename="../../desktop/piyue/ui/terms_view.py" line="+65" />
            <source>A word or phrase, e.g. 低空经济</source>
            <translation>词语或短语，例如 低空经济</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>统计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Uses</source>
            <translation>次数</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Type a term; reports are counted from the library.</source>
            <translation>请输入词语；统计范围是报告库中的报告。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Counting {0}…</source>
            <translation>正在统计 {0}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Failed: {0}</source>
            <translation>失败：{0}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{0}: {1} uses in {2} reports</source>
            <translation>{0}：{2} 份报告中共 {1} 次</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Uses of {0}</source>
            <translation>{0} 的使用次数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>uses</source>
            <translation>次</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export Term Uses</source>
            <translation>导出用语统计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot write {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to {0}</source>
            <translation>已导出到 {0}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/piyue/app.py" line="+205" />
            <source>Something went wrong: {error}</source>
            <translation>出现错误：{error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your notes are stored; nothing was lost. Details: {log}</source>
            <translation>批注已保存，没有丢失任何内容。详细信息：{log}</translation>
        </message>
    </context>
    <context>
        <name>metrics</name>
        <message>
            <location filename="../../desktop/piyue/ui/metric_style.py" line="+39" />
            <source>Percent</source>
            <translation>百分比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentage points</source>
            <translation>百分点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Length</source>
            <translation>长度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratio</source>
            <translation>比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <location filename="../../desktop/piyue/ui/note_colors.py" line="+8" />
            <source>Yellow</source>
            <translation>黄色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>绿色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>蓝色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Red</source>
            <translation>红色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>紫色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>橙色</translation>
        </message>
    </context>
</TS>
