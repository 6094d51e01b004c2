<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ChartsPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/charts/panel.py" line="+40" />
            <source>Growth rates chart</source>
            <translation>Growth rates chart</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figures per section chart</source>
            <translation>Figures per section chart</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes per section chart</source>
            <translation>Notes per section chart</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Growth rates</source>
            <translation>Growth rates</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+26" />
            <source>Figures per section</source>
            <translation>Figures per section</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+33" />
            <source>Notes per section</source>
            <translation>Notes per section</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Growth rates (growth and decline, largest first)</source>
            <translation>Growth rates (growth and decline, largest first)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>figures</source>
            <translation>figures</translation>
        </message>
        <message>
            <location line="+7" />
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Chart</source>
            <translation>Export Chart</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../desktop/piyue/ui/compare_view.py" line="+86" />
            <source>Select Year</source>
            <translation>Select Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select Region</source>
            <translation>Select Region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports to compare:</source>
            <translation>Reports to compare:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Side by Side</source>
            <translation>Side by Side</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Failed: {0}</source>
            <translation>Failed: {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No library: reports are compared from the library.</source>
            <translation>No library: reports are compared from the library.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Listing the library…</source>
            <translation>Listing the library…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{0} reports in the library</source>
            <translation>{0} reports in the library</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Check the reports to compare first.</source>
            <translation>Check the reports to compare first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Comparing {0} reports…</source>
            <translation>Comparing {0} reports…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{0} reports, {1} figures, {2} follow-ups</source>
            <translation>{0} reports, {1} figures, {2} follow-ups</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+30" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+30" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="-27" />
            <source>{0} target</source>
            <translation>{0} target</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{0} result</source>
            <translation>{0} result</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not stated in this report</source>
            <translation>Not stated in this report</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+63" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="-62" />
            <location line="+62" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location line="+13" />
            <source>✓ met</source>
            <translation>✓ met</translation>
        </message>
        <message>
            <location line="+0" />
            <source>✗ missed</source>
            <translation>✗ missed</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Export Comparison</source>
            <translation>Export Comparison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot write {0}: {1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to {0}</source>
            <translation>Exported to {0}</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/conflict_dialog.py" line="+32" />
            <source>Note changed by someone else</source>
            <translation>Note changed by someone else</translation>
        </message>
        <message>
            <location line="+3" />
            <source>While you were editing, {author} saved this note ({when}). Nothing was overwritten. Compare both texts and choose.</source>
            <translation>While you were editing, {author} saved this note ({when}). Nothing was overwritten. Compare both texts and choose.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Their text</source>
            <translation>Their text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your text</source>
            <translation>Your text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved by {author}:</source>
            <translation>Saved by {author}:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yours (not saved):</source>
            <translation>Yours (not saved):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save Mine Instead</source>
            <translation>Save Mine Instead</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep Theirs</source>
            <translation>Keep Theirs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to Editing</source>
            <translation>Back to Editing</translation>
        </message>
    </context>
    <context>
        <name>DocumentLoader</name>
        <message>
            <location filename="../../desktop/piyue/ui/loader.py" line="+61" />
            <source>figures could not be extracted ({reason})</source>
            <translation>figures could not be extracted ({reason})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the review checks failed ({reason})</source>
            <translation>the review checks failed ({reason})</translation>
        </message>
        <message>
            <location line="+39" />
            <source>{path}: could not be opened ({reason})</source>
            <translation>{path}: could not be opened ({reason})</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../desktop/piyue/ui/export_controller.py" line="+54" />
            <source>{path} already exists; choose another name</source>
            <translation>{path} already exists; choose another name</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the export failed</source>
            <translation>the export failed</translation>
        </message>
        <message>
            <location line="+40" />
            <source>&amp;Export Notes…</source>
            <translation>&amp;Export Notes…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write the notes as Markdown, HTML, Word, PDF, CSV or JSON-LD (Web Annotations)</source>
            <translation>Write the notes as Markdown, HTML, Word, PDF, CSV or JSON-LD (Web Annotations)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open Folder</source>
            <translation>Open Folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the export</source>
            <translation>Open the folder of the export</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open a report whose notes are stored to export them</source>
            <translation>Open a report whose notes are stored to export them</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Open a report whose notes are stored to export them.</source>
            <translation>Open a report whose notes are stored to export them.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{path} is a folder</source>
            <translation>{path} is a folder</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Replace the file?</source>
            <translation>Replace the file?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} already exists in {folder}.
Replace it?</source>
            <translation>{name} already exists in {folder}.
Replace it?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not exported: choose another file name.</source>
            <translation>Not exported: choose another file name.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Exporting {count} notes to {name}…</source>
            <translation>Exporting {count} notes to {name}…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Export cancelled.</source>
            <translation>Export cancelled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export cancelled</source>
            <translation>Export cancelled</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing the file; it cannot be stopped now…</source>
            <translation>Writing the file; it cannot be stopped now…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Exported {count} notes to {path}</source>
            <translation>Exported {count} notes to {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export failed: {reason}</source>
            <translation>Export failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/export_dialog.py" line="+134" />
            <location line="+423" />
            <source>Export Notes</source>
            <translation>Export Notes</translation>
        </message>
        <message>
            <location line="-368" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Markdown (.md) — for note-taking apps</source>
            <translation>Markdown (.md) — for note-taking apps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTML page (.html) — styled, printable</source>
            <translation>HTML page (.html) — styled, printable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word (.docx) — the notes under the report's headings</source>
            <translation>Word (.docx) — the notes under the report's headings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word (.docx) — the whole report, notes as review comments</source>
            <translation>Word (.docx) — the whole report, notes as review comments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (.pdf) — for printing</source>
            <translation>PDF (.pdf) — for printing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (.csv) — one row per note, for spreadsheets</source>
            <translation>CSV (.csv) — one row per note, for spreadsheets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON-LD (.jsonld) — W3C Web Annotations, to move notes</source>
            <translation>JSON-LD (.jsonld) — W3C Web Annotations, to move notes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;All notes ({count})</source>
            <translation>&amp;All notes ({count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All notes</source>
            <translation>All notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes &amp;shown in the Notes panel ({shown} of {total})</source>
            <translation>Notes &amp;shown in the Notes panel ({shown} of {total})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes shown in the Notes panel</source>
            <translation>Notes shown in the Notes panel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes that pass the Notes panel's filters (text, status, tag, colour)</source>
            <translation>The notes that pass the Notes panel's filters (text, status, tag, colour)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes in one s&amp;ection:</source>
            <translation>Notes in one s&amp;ection:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes in one section</source>
            <translation>Notes in one section</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This report has no headings</source>
            <translation>This report has no headings</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Append the table of &amp;figures</source>
            <translation>Append the table of &amp;figures</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Append the table of figures</source>
            <translation>Append the table of figures</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Output file</source>
            <translation>Output file</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the output file</source>
            <translation>Choose the output file</translation>
        </message>
        <message>
            <location line="+13" />
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <location line="-114" />
            <source>Save &amp;to:</source>
            <translation>Save &amp;to:</translation>
        </message>
        <message>
            <location line="+127" />
            <location line="+7" />
            <location line="+8" />
            <location line="+10" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the file (Ctrl+Enter)</source>
            <translation>Write the file (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Add the report's figures (targets, growth rates…) as an appendix</source>
            <translation>Add the report's figures (targets, growth rates…) as an appendix</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only HTML, Word and PDF exports can include the table of figures</source>
            <translation>Only HTML, Word and PDF exports can include the table of figures</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No notes to export: this report has no notes yet.</source>
            <translation>No notes to export: this report has no notes yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes to export in this selection.</source>
            <translation>No notes to export in this selection.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} notes will be exported.</source>
            <translation>{count} notes will be exported.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No notes to export.
Add notes to the report first.</source>
            <translation>No notes to export.
Add notes to the report first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes to export.
Choose other notes on the left.</source>
            <translation>No notes to export.
Choose other notes on the left.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a Word document with the notes under the report's headings</source>
            <translation>a Word document with the notes under the report's headings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the whole report as a Word document, each note a review comment</source>
            <translation>the whole report as a Word document, each note a review comment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a PDF of the notes under the report's headings</source>
            <translation>a PDF of the notes under the report's headings</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No preview for this format.
{count} notes will be written as {what}.</source>
            <translation>No preview for this format.
{count} notes will be written as {what}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No preview: {error}</source>
            <translation>No preview: {error}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name} (*{ext})</source>
            <translation>{name} (*{ext})</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No notes to export.</source>
            <translation>No notes to export.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a file to export to.</source>
            <translation>Choose a file to export to.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../desktop/piyue/ui/find_bar.py" line="+50" />
            <location line="+1" />
            <source>Find in document</source>
            <translation>Find in document</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Previous match (Shift+F3)</source>
            <translation>Previous match (Shift+F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next match (F3)</source>
            <translation>Next match (F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close find bar</source>
            <translation>Close find bar</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No matches</source>
            <translation>No matches</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{current} of {total}</source>
            <translation>{current} of {total}</translation>
        </message>
    </context>
    <context>
        <name>FindController</name>
        <message>
            <location filename="../../desktop/piyue/ui/find_controller.py" line="+26" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find &amp;Next</source>
            <translation>Find &amp;Next</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Pre&amp;vious</source>
            <translation>Find Pre&amp;vious</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/library_panel.py" line="+65" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Government</source>
            <translation>Government</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Characters</source>
            <translation>Characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{n} versions</source>
            <translation>{n} versions</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location line="+65" />
            <source>Reports in the library</source>
            <translation>Reports in the library</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Import Files…</source>
            <translation>Import Files…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import Folder…</source>
            <translation>Import Folder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+66" />
            <source>The library is not available.</source>
            <translation>The library is not available.</translation>
        </message>
        <message>
            <location line="-55" />
            <source>{reports} reports · {notes} notes</source>
            <translation>{reports} reports · {notes} notes</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Key terms: {terms}</source>
            <translation>Key terms: {terms}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Related reports:</source>
            <translation>Related reports:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import Reports</source>
            <translation>Import Reports</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reports (*.md *.markdown *.txt *.docx *.pdf)</source>
            <translation>Reports (*.md *.markdown *.txt *.docx *.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import a Folder of Reports</source>
            <translation>Import a Folder of Reports</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No reports to import.</source>
            <translation>No reports to import.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Importing reports…</source>
            <translation>Importing reports…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Importing {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Imported {count} reports.</source>
            <translation>Imported {count} reports.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(Cancelled.)</source>
            <translation>(Cancelled.)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} could not be read: {first}</source>
            <translation>{n} could not be read: {first}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Left out {n} copies of the same report in another format (e.g. {copy}: {file} was imported).</source>
            <translation>Left out {n} copies of the same report in another format (e.g. {copy}: {file} was imported).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Remove Report</source>
            <translation>Remove Report</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove “{title}” and its {notes} notes from the library?

A backup of the database is made first; the file on disk is not touched.</source>
            <translation>Remove “{title}” and its {notes} notes from the library?

A backup of the database is made first; the file on disk is not touched.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not remove it: {err}</source>
            <translation>Could not remove it: {err}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removed; backup: {path}</source>
            <translation>Removed; backup: {path}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed.</source>
            <translation>Removed.</translation>
        </message>
    </context>
    <context>
        <name>LibraryStore</name>
        <message>
            <location filename="../../desktop/piyue/ui/library_store.py" line="+60" />
            <source>Notes are not available in this window: {error}</source>
            <translation>Notes are not available in this window: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes are not available: no database is open.</source>
            <translation>Notes are not available: no database is open.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Notes are not available for this document: {err}</source>
            <translation>Notes are not available for this document: {err}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New version stored: {anchored} notes anchored, {changed} changed, {orphaned} orphaned</source>
            <translation>New version stored: {anchored} notes anchored, {changed} changed, {orphaned} orphaned</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stored as version {number} of “{title}”.</source>
            <translation>Stored as version {number} of “{title}”.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/piyue/ui/main_window.py" line="+72" />
            <source>Reports (*.md *.markdown *.txt *.docx *.pdf);;Markdown (*.md *.markdown);;Text (*.txt);;Word (*.docx);;PDF (*.pdf);;All files (*)</source>
            <translation>Reports (*.md *.markdown *.txt *.docx *.pdf);;Markdown (*.md *.markdown);;Text (*.txt);;Word (*.docx);;PDF (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <location line="+102" />
            <location line="+20" />
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Terms</source>
            <translation>Terms</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All Notes</source>
            <translation>All Notes</translation>
        </message>
        <message>
            <location line="+54" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Sample Report</source>
            <translation>Open &amp;Sample Report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel Loading</source>
            <translation>&amp;Cancel Loading</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset Zoom</source>
            <translation>&amp;Reset Zoom</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Highlight Figures</source>
            <translation>&amp;Highlight Figures</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Topic Sentences in Outline</source>
            <translation>&amp;Topic Sentences in Outline</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the sentence that opens each paragraph as the outline's lowest level</source>
            <translation>Show the sentence that opens each paragraph as the outline's lowest level</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web Page &amp;Furniture</source>
            <translation>Web Page &amp;Furniture</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the menus and links copied along with a report from a web page</source>
            <translation>Show the menus and links copied along with a report from a web page</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to &amp;Outline</source>
            <translation>Go to &amp;Outline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to &amp;Text</source>
            <translation>Go to &amp;Text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next &amp;Heading</source>
            <translation>Next &amp;Heading</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous H&amp;eading</source>
            <translation>Previous H&amp;eading</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next &amp;Finding</source>
            <translation>Next &amp;Finding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous F&amp;inding</source>
            <translation>Previous F&amp;inding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Search Library…</source>
            <translation>&amp;Search Library…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Library</source>
            <translation>&amp;Library</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import Reports…</source>
            <translation>&amp;Import Reports…</translation>
        </message>
        <message>
            <location line="-56" />
            <source>&amp;Compare Reports…</source>
            <translation>&amp;Compare Reports…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terms Across Reports…</source>
            <translation>&amp;Terms Across Reports…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes Across Reports…</source>
            <translation>&amp;Notes Across Reports…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Piyue</source>
            <translation>&amp;About Piyue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Open Report</source>
            <translation>Open Report</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{chars} characters · {sections} sections · {figures} figures</source>
            <translation>{chars} characters · {sections} sections · {figures} figures</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening {name}…</source>
            <translation>Opening {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Opened {name}; finding figures…</source>
            <translation>Opened {name}; finding figures…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Opened {name}</source>
            <translation>Opened {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the report</source>
            <translation>Cannot open the report</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Piyue reads Markdown (.md), plain text (.txt), Word (.docx) and PDF (.pdf) reports.</source>
            <translation>Piyue reads Markdown (.md), plain text (.txt), Word (.docx) and PDF (.pdf) reports.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opening cancelled</source>
            <translation>Opening cancelled</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loading the word list, then searching…</source>
            <translation>Loading the word list, then searching…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot open it: {err}</source>
            <translation>Cannot open it: {err}</translation>
        </message>
        <message>
            <location line="+165" />
            <source>Zoom {percent}%</source>
            <translation>Zoom {percent}%</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No recent files</source>
            <translation>No recent files</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear Menu</source>
            <translation>Clear Menu</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cannot save: {err}</source>
            <translation>Cannot save: {err}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>About Piyue</source>
            <translation>About Piyue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;h3&gt;批阅 Piyue {version}&lt;/h3&gt;&lt;p&gt;Read, review and annotate long structured Chinese documents — government work reports first.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;批阅 Piyue {version}&lt;/h3&gt;&lt;p&gt;Read, review and annotate long structured Chinese documents — government work reports first.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/navigation.py" line="+36" />
            <source>No problems found in this document</source>
            <translation>No problems found in this document</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/window_menus.py" line="+68" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <location line="-49" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location line="+43" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Main</source>
            <translation>Main</translation>
        </message>
    </context>
    <context>
        <name>MetricsModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/metrics_model.py" line="+29" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
    </context>
    <context>
        <name>MetricsPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/metrics_panel.py" line="+40" />
            <source>Kind of figure</source>
            <translation>Kind of figure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter figures, subjects, sections…</source>
            <translation>Filter figures, subjects, sections…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter figures</source>
            <translation>Filter figures</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Copy Rows</source>
            <translation>&amp;Copy Rows</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy &amp;All Shown Rows</source>
            <translation>Copy &amp;All Shown Rows</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
        </message>
    </context>
    <context>
        <name>NewVersionDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/revision_prompt.py" line="+96" />
            <source>Open as New Version Of</source>
            <translation>Open as New Version Of</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The revised file</source>
            <translation>The revised file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>…is a new version of this &amp;report:</source>
            <translation>…is a new version of this &amp;report:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Choose a file and the report it revises.</source>
            <translation>Choose a file and the report it revises.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} is not a file.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Revised File</source>
            <translation>Revised File</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_panel.py" line="+76" />
            <source>ORPHANED — passage not found</source>
            <translation>ORPHANED — passage not found</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CHANGED — passage was revised</source>
            <translation>CHANGED — passage was revised</translation>
        </message>
        <message>
            <location line="-20" />
            <source>(no text)</source>
            <translation>(no text)</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../desktop/piyue/ui/note_editor.py" line="+104" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Note text (Markdown)</source>
            <translation>Note text (Markdown)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the note (Markdown: **bold**, *italic*, lists, links)…</source>
            <translation>Write the note (Markdown: **bold**, *italic*, lists, links)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+20" />
            <source>tags, separated by commas</source>
            <translation>tags, separated by commas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Colour:</source>
            <translation>&amp;Colour:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags:</source>
            <translation>&amp;Tags:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not saved: {error}</source>
            <translation>Not saved: {error}</translation>
        </message>
    </context>
    <context>
        <name>NotesAcrossView</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_across_view.py" line="+139" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author:</source>
            <translation>Author:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Passage</source>
            <translation>Passage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No library is open.</source>
            <translation>No library is open.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Failed: {0}</source>
            <translation>Failed: {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{0} of {1} notes</source>
            <translation>{0} of {1} notes</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Export Notes</source>
            <translation>Export Notes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot write {0}: {1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to {0}</source>
            <translation>Exported to {0}</translation>
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_controller.py" line="+69" />
            <source>Notes are not available: no database is open.</source>
            <translation>Notes are not available: no database is open.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening the notes database…</source>
            <translation>Opening the notes database…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Add &amp;Note…</source>
            <translation>Add &amp;Note…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a note on the selected passage</source>
            <translation>Write a note on the selected passage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note on &amp;Section…</source>
            <translation>Note on &amp;Section…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a note on the section being read</source>
            <translation>Write a note on the section being read</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy with &amp;Citation</source>
            <translation>Copy with &amp;Citation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the selected passage with the report's title, section and page</source>
            <translation>Copy the selected passage with the report's title, section and page</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open as New &amp;Version Of…</source>
            <translation>Open as New &amp;Version Of…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a revised draft as a new version of an imported report</source>
            <translation>Open a revised draft as a new version of an imported report</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next &amp;Note</source>
            <translation>Next &amp;Note</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous N&amp;ote</source>
            <translation>Previous N&amp;ote</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/backups.py" line="+45" />
            <source>Backup failed: {err}</source>
            <translation>Backup failed: {err}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup saved: {name}</source>
            <translation>Backup saved: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/piyue/ui/notes_controller.py" line="+38" />
            <source>Is this a new version of “{title}”? Answer the question to see its notes.</source>
            <translation>Is this a new version of “{title}”? Answer the question to see its notes.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Open as New Version Of</source>
            <translation>Open as New Version Of</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The library is empty: open or import a report first.</source>
            <translation>The library is empty: open or import a report first.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Restore failed</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The newest backup was restored.</source>
            <translation>The newest backup was restored.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Notes are not available</source>
            <translation>Notes are not available</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The notes database could not be opened, so notes cannot be shown or added in this window.</source>
            <translation>The notes database could not be opened, so notes cannot be shown or added in this window.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restore Newest Backup</source>
            <translation>Restore Newest Backup</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Notes are stored, but: {notice}</source>
            <translation>Notes are stored, but: {notice}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Select a passage first, then add a note.</source>
            <translation>Select a passage first, then add a note.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note on passage</source>
            <translation>Note on passage</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Note on section</source>
            <translation>Note on section</translation>
        </message>
        <message>
            <location line="+7" />
            <source>another report was opened meanwhile: copy your text, go back to it and add the note</source>
            <translation>another report was opened meanwhile: copy your text, go back to it and add the note</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+38" />
            <source>the note was not stored</source>
            <translation>the note was not stored</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Scroll to a section first.</source>
            <translation>Scroll to a section first.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>someone else changed this note meanwhile; compare both texts</source>
            <translation>someone else changed this note meanwhile; compare both texts</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Select a passage first, then copy it with its citation.</source>
            <translation>Select a passage first, then copy it with its citation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copied with its citation.</source>
            <translation>Copied with its citation.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select the passage the note belongs to in the text first.</source>
            <translation>Select the passage the note belongs to in the text first.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This note's passage is no longer in the text: select where it belongs and press Re-attach to Selection, or edit or delete the note.</source>
            <translation>This note's passage is no longer in the text: select where it belongs and press Re-attach to Selection, or edit or delete the note.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>(no text)</source>
            <translation>(no text)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit Note “{preview}”…</source>
            <translation>Edit Note “{preview}”…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Note on Section…</source>
            <translation>Note on Section…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notes: {message}</source>
            <translation>Notes: {message}</translation>
        </message>
    </context>
    <context>
        <name>NotesListModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_model.py" line="+61" />
            <source>(was “{quote}”)</source>
            <translation>(was “{quote}”)</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_panel.py" line="+97" />
            <location line="+46" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Filter notes…</source>
            <translation>Filter notes…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any colour</source>
            <translation>Any colour</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Add Note</source>
            <translation>Add Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Re-attach to Selection</source>
            <translation>Re-attach to Selection</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the note on the passage selected in the text</source>
            <translation>Put the note on the passage selected in the text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark Reviewed</source>
            <translation>Mark Reviewed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The new text is fine: keep the note here (the old text stays in its history)</source>
            <translation>The new text is fine: keep the note here (the old text stays in its history)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Any tag</source>
            <translation>Any tag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any author</source>
            <translation>Any author</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{total} · {review} to review</source>
            <translation>{total} · {review} to review</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes are not available.</source>
            <translation>Notes are not available.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No notes yet.
Select a passage and press Add Note (Ctrl+Alt+N), or right-click a section in the outline.</source>
            <translation>No notes yet.
Select a passage and press Add Note (Ctrl+Alt+N), or right-click a section in the outline.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>“{quote}” is no longer in the text. Select the passage the note belongs to, then:</source>
            <translation>“{quote}” is no longer in the text. Select the passage the note belongs to, then:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Was “{old}”, now “{new}”.</source>
            <translation>Was “{old}”, now “{new}”.</translation>
        </message>
    </context>
    <context>
        <name>NotesService</name>
        <message>
            <location filename="../../desktop/piyue/ui/notes_service.py" line="+105" />
            <source>Notes are not available: the database is not open.</source>
            <translation>Notes are not available: the database is not open.</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+26" />
            <source>The note is no longer in the database.</source>
            <translation>The note is no longer in the database.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re-attach note</source>
            <translation>Re-attach note</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mark note reviewed</source>
            <translation>Mark note reviewed</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no notes database is open</source>
            <translation>no notes database is open</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../desktop/piyue/ui/outline_model.py" line="+197" />
            <source>{count} notes in this section</source>
            <translation>{count} notes in this section</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{count} figures in this section</source>
            <translation>{count} figures in this section</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{heading}
{chars} characters · {children} subsections · {figures} figures</source>
            <translation>{heading}
{chars} characters · {children} subsections · {figures} figures</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Key terms: {terms}</source>
            <translation>Key terms: {terms}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/preferences_dialog.py" line="+43" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+5" />
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Automatic (best Chinese face)</source>
            <translation>Automatic (best Chinese face)</translation>
        </message>
        <message>
            <location line="+11" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only at start</source>
            <translation>Only at start</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signs your notes and Word comments. Empty: your name on this computer ({name}).</source>
            <translation>Signs your notes and Word comments. Empty: your name on this computer ({name}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading &amp;font:</source>
            <translation>Reading &amp;font:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Font &amp;size:</source>
            <translation>Font &amp;size:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backups every:</source>
            <translation>&amp;Backups every:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Highlight these figures in the text</source>
            <translation>Highlight these figures in the text</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On this computer (a file in the data folder)</source>
            <translation>On this computer (a file in the data folder)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared library on a PostgreSQL server</source>
            <translation>Shared library on a PostgreSQL server</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep the password out of the URL, in ~/.pgpass; a password typed here is stored in the preferences file (readable by you only) and never shown in messages.</source>
            <translation>Keep the password out of the URL, in ~/.pgpass; a password typed here is stored in the preferences file (readable by you only) and never shown in messages.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test Connection</source>
            <translation>Test Connection</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Where:</source>
            <translation>&amp;Where:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server &amp;URL:</source>
            <translation>Server &amp;URL:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This window uses {library}, given with --db or PIYUE_DB; the choice here applies when Piyue starts without them.</source>
            <translation>This window uses {library}, given with --db or PIYUE_DB; the choice here applies when Piyue starts without them.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Piyue uses the library chosen here when it starts again.</source>
            <translation>Piyue uses the library chosen here when it starts again.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a URL like postgresql://user@host:5432/piyue.</source>
            <translation>Enter a URL like postgresql://user@host:5432/piyue.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not connected: {problem}</source>
            <translation>Not connected: {problem}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected: the server holds a library Piyue can use (or an empty one).</source>
            <translation>Connected: the server holds a library Piyue can use (or an empty one).</translation>
        </message>
        <message>
            <location line="-161" />
            <source>A new language takes effect when Piyue starts again.</source>
            <translation>A new language takes effect when Piyue starts again.</translation>
        </message>
    </context>
    <context>
        <name>ReaderMessages</name>
        <message>
            <location filename="../../desktop/piyue/ui/reader_messages.py" line="+12" />
            <source>{source}: no such file</source>
            <translation>{source}: no such file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: is a folder, not a document</source>
            <translation>{source}: is a folder, not a document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: permission denied</source>
            <translation>{source}: permission denied</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a text file (it contains binary data)</source>
            <translation>{source}: not a text file (it contains binary data)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a text document, it looks like {detail}</source>
            <translation>{source}: not a text document, it looks like {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a text document in a supported encoding (UTF-8, UTF-16, GB18030 or Big5)</source>
            <translation>{source}: not a text document in a supported encoding (UTF-8, UTF-16, GB18030 or Big5)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{source}: not a readable Word document ({detail})</source>
            <translation>{source}: not a readable Word document ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: the PDF is encrypted with a password</source>
            <translation>{source}: the PDF is encrypted with a password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: not a readable PDF ({detail})</source>
            <translation>{source}: not a readable PDF ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source}: this PDF has no text layer (a scan, {detail} pages); Piyue reads text PDFs — run OCR first</source>
            <translation>{source}: this PDF has no text layer (a scan, {detail} pages); Piyue reads text PDFs — run OCR first</translation>
        </message>
    </context>
    <context>
        <name>ReadingView</name>
        <message>
            <location filename="../../desktop/piyue/ui/reading_view.py" line="+61" />
            <source>Document text</source>
            <translation>Document text</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/review_panel.py" line="+46" />
            <source>Review findings</source>
            <translation>Review findings</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes for the reader</source>
            <translation>Notes for the reader</translation>
        </message>
        <message>
            <location line="+18" />
            <source>see {place}</source>
            <translation>see {place}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>line {line}</source>
            <translation>line {line}</translation>
        </message>
        <message>
            <location line="-16" />
            <source>{errors} errors, {warnings} warnings, {info} notes</source>
            <translation>{errors} errors, {warnings} warnings, {info} notes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No structural problems found.</source>
            <translation>No structural problems found.</translation>
        </message>
    </context>
    <context>
        <name>RevisionPrompt</name>
        <message>
            <location filename="../../desktop/piyue/ui/revision_prompt.py" line="-129" />
            <source>A New Version?</source>
            <translation>A New Version?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} looks like a revised version of “{title}”, which is already in the library.</source>
            <translation>{file} looks like a revised version of “{title}”, which is already in the library.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Both are the work report of the same government and year.</source>
            <translation>Both are the work report of the same government and year.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{share:.0%} of their wording is the same.</source>
            <translation>{share:.0%} of their wording is the same.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stored from {file}, {count} version(s).</source>
            <translation>Stored from {file}, {count} version(s).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>As a new version, its notes follow their passages; notes on changed text are flagged.</source>
            <translation>As a new version, its notes follow their passages; notes on changed text are flagged.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Store as New Version</source>
            <translation>Store as New Version</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Separate Report</source>
            <translation>Separate Report</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../desktop/piyue/ui/search_panel.py" line="+114" />
            <source>Search all reports and notes — words, "phrases", PM2.5…</source>
            <translation>Search all reports and notes — words, "phrases", PM2.5…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the library</source>
            <translation>Search the library</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+20" />
            <source>Type to search every report in the library and every note.</source>
            <translation>Type to search every report in the library and every note.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{hits} matches in {reports} reports</source>
            <translation>{hits} matches in {reports} reports</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No matches for “{query}”.</source>
            <translation>No matches for “{query}”.</translation>
        </message>
    </context>
    <context>
        <name>SearchService</name>
        <message>
            <location filename="../../desktop/piyue/ui/search_service.py" line="+81" />
            <source>the search index could not be updated: {err}</source>
            <translation>the search index could not be updated: {err}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>no database is open</source>
            <translation>no database is open</translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <location filename="../../desktop/piyue/ui/server_banner.py" line="+30" />
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{problem}. Notes cannot be saved until it is back: a note you are writing stays in its editor with its text, to be saved again then.</source>
            <translation>{problem}. Notes cannot be saved until it is back: a note you are writing stays in its editor with its text, to be saved again then.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../desktop/piyue/ui/shortcuts_dialog.py" line="+35" />
            <source>Keyboard Shortcuts</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>TermsView</name>
        <message>
            <location filename="../../desktop/piyue/ui/terms_view.py" line="+65" />
            <source>A word or phrase, e.g. 低空经济</source>
            <translation>A word or phrase, e.g. 低空经济</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Uses</source>
            <translation>Uses</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Type a term; reports are counted from the library.</source>
            <translation>Type a term; reports are counted from the library.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Counting {0}…</source>
            <translation>Counting {0}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Failed: {0}</source>
            <translation>Failed: {0}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{0}: {1} uses in {2} reports</source>
            <translation>{0}: {1} uses in {2} reports</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Uses of {0}</source>
            <translation>Uses of {0}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>uses</source>
            <translation>uses</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export Term Uses</source>
            <translation>Export Term Uses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot write {0}: {1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to {0}</source>
            <translation>Exported to {0}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/piyue/app.py" line="+205" />
            <source>Something went wrong: {error}</source>
            <translation>Something went wrong: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your notes are stored; nothing was lost. Details: {log}</source>
            <translation>Your notes are stored; nothing was lost. Details: {log}</translation>
        </message>
    </context>
    <context>
        <name>metrics</name>
        <message>
            <location filename="../../desktop/piyue/ui/metric_style.py" line="+39" />
            <source>Percent</source>
            <translation>Percent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentage points</source>
            <translation>Percentage points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratio</source>
            <translation>Ratio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <location filename="../../desktop/piyue/ui/note_colors.py" line="+8" />
            <source>Yellow</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>Blue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Red</source>
            <translation>Red</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>Purple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
    </context>
</TS>
