"""The figures in the window: highlights, tooltips, the metrics panel, outline counts and the charts."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextCharFormat, QTextCursor

from piyue.core.values import chinese as format_value
from piyue.ui.metrics_model import MetricsModel


def _char_format_at(window, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(window.reading_view.position_map.to_qt(offset) + 1)
    return cursor.charFormat()


def test_metrics_listed_counted_and_highlighted(window):
    metrics = window.session.metrics
    assert len(metrics) > 80
    assert window.metrics_panel.model.rowCount() == len(metrics)
    assert f"{len(metrics)} figures" in window.counts_label.text()
    first = metrics[0]
    assert _char_format_at(window, first.start).underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    assert window.reading_view.metric_at(first.start) is first
    plain = next(i for i in range(len(window.document.text)) if window.reading_view.metric_at(i) is None and i > 200)
    assert _char_format_at(window, plain).underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    window.highlight_action.trigger()
    assert _char_format_at(window, first.start).underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    window.highlight_action.trigger()
    assert _char_format_at(window, first.start).underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def test_outline_shows_figure_counts(window):
    model = window.outline_model
    total = len(window.session.metrics)
    title_index = model.index(1, 1)  # the report's title heading holds every figure after it
    assert int(model.data(title_index)) == sum(
        1 for m in window.session.metrics if m.start >= model.section(title_index).start
    )
    assert int(model.data(title_index)) <= total


def test_panel_filters_by_kind_and_text(window):
    panel = window.metrics_panel
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("percent"))
    kinds = {
        panel.proxy.data(panel.proxy.index(r, 0), MetricsModel.MetricRole).kind for r in range(panel.proxy.rowCount())
    }
    assert kinds == {"percent"}
    assert " of " in panel.count_label.text()
    panel.kind_box.setCurrentIndex(0)
    panel.filter_edit.setText("金融业")
    rows = [panel.proxy.data(panel.proxy.index(r, 0), MetricsModel.MetricRole) for r in range(panel.proxy.rowCount())]
    assert rows and all("金融业" in " ".join(filter(None, (m.text, m.subject, m.section))) for m in rows)
    panel.filter_edit.clear()
    assert panel.proxy.rowCount() == panel.model.rowCount()


def test_double_click_jumps_to_figure(window, qtbot):
    panel = window.metrics_panel
    view = panel.table
    target = panel.proxy.index(panel.proxy.rowCount() - 1, 0)
    metric = panel.proxy.data(target, MetricsModel.MetricRole)
    view.scrollTo(target)
    # Qt 6 emits doubleClicked only for the index pressed first, as a real double click does.
    qtbot.mouseClick(view.viewport(), qtbot_button(), pos=view.visualRect(target).center())
    qtbot.mouseDClick(view.viewport(), qtbot_button(), pos=view.visualRect(target).center())
    cursor = window.reading_view.textCursor()
    assert cursor.selectedText() == metric.text
    assert window.reading_view.verticalScrollBar().value() > 0


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_charts_built_on_demand_and_bars_jump(window, qtbot, tmp_path):
    assert window.charts is None
    window.charts_dock.show()
    qtbot.waitUntil(lambda: window.charts is not None)
    growth = window.charts.growth
    from piyue.ui.charts.series import growth_direction

    grows = [
        m for m in window.session.metrics if m.kind == "percent" and growth_direction(window.document.text, m.start)
    ]
    expected = sorted(grows, key=lambda m: -m.value)
    assert len(growth.series) == len(expected) and growth.series.values == sorted(growth.series.values, reverse=True)
    row = 2
    value = growth.series.values[row]
    scene = growth.plot.plotItem.vb.mapViewToScene(QPointF(value / 2, row))
    assert growth.bar_at(scene) == row
    assert growth.bar_at(growth.plot.plotItem.vb.mapViewToScene(QPointF(value / 2, row + 0.5))) is None
    with qtbot.waitSignal(window.charts.jumpRequested):
        growth.barClicked.emit(row)
    assert window.reading_view.textCursor().selectedText() == expected[row].text
    sections = window.charts.sections.series
    inside = [m for m in window.session.metrics if any(s.start <= m.start < s.end for s in window.document.sections)]
    assert sections.labels and sum(sections.values) == len(inside)  # each figure once
    notes = window.charts.notes.series
    assert notes.labels == sections.labels and sum(notes.values) == 0
    out = tmp_path / "growth.png"
    growth.export_png(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_value_formatting():
    assert format_value(3_305_000) == "330.5万"
    assert format_value(1.2e12) == "1.2万亿"
    assert format_value(14.3) == "14.3"
    assert format_value(0.2) == "0.2"
