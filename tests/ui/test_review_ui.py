"""The review panel and the outline's finding marks, on the sample's deliberate faults."""

from __future__ import annotations

from PySide6.QtCore import Qt

from piyue.ui.review_panel import OFFSET_ROLE


def test_findings_grouped_by_severity(window):
    model = window.review_panel.model
    groups = [model.item(row).text() for row in range(model.rowCount())]
    errors = sum(1 for f in window.session.findings if f.severity == "error")
    warnings = sum(1 for f in window.session.findings if f.severity == "warning")
    assert errors and warnings
    assert groups[0].endswith(f"({errors})") and groups[1].endswith(f"({warnings})")
    assert model.item(0).rowCount() == errors
    assert window.review_panel.tree.isExpanded(model.item(0).index())


def test_activating_a_finding_and_its_related_place_jumps(window, qtbot):
    panel = window.review_panel
    errors = panel.model.item(0)
    order = next(errors.child(r) for r in range(errors.rowCount()) if "order" in errors.child(r).toolTip())
    finding = next(f for f in window.session.findings if f.code == "numbering-order")
    panel.tree.scrollTo(order.index())
    qtbot.mouseClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualRect(order.index()).center()
    )
    qtbot.waitUntil(lambda: window.reading_view.verticalScrollBar().value() > 0)
    top = window.reading_view.top_offset()
    assert finding.start <= top <= finding.end
    related = order.child(0)
    assert related.data(OFFSET_ROLE) == finding.related[0]
    panel._activated(related.index())
    assert window.reading_view.top_offset() <= finding.related[0] + 40


def test_outline_marks_sections_with_problems(window):
    model = window.outline_model
    marked = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.severity(index):
                marked.append((model.section(index).title, model.severity(index)))
                assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    titles = [title for title, _ in marked]
    assert "坚持向新求质，以更优生态激发科技创新动能" in titles  # （三） after （四）
    assert ("夯实安全生产基础", "error") in marked
