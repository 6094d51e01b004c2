"""Translations: both .ts files complete and current, the .qm built from them, the language put into effect."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from piyue.app import _preferences_for, _screenshot, build_window, create_application
from piyue.cli import _gui_parser
from piyue.preferences import Preferences
from piyue.ui.translations import install_translations, ui_language

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _script():
    spec = importlib.util.spec_from_file_location("piyue_translations_script", REPO / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


translations = _script()


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.fixture
def app():
    """The application; whatever language a test installs, the next test gets the default (English) back."""
    application = create_application()
    yield application
    install_translations(application, "system")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_message_is_finished(language):
    messages = translations.read_ts(translations.ts_path(language))
    assert len(messages) > 250
    left = [(m.context, m.source, m.kind) for m in messages if m.kind or not m.translation.strip()]
    assert left == []
    if language == translations.SOURCE_LANGUAGE:
        assert all(m.translation == m.source for m in messages)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_placeholders_and_accelerators_match_the_source(language):
    for m in translations.read_ts(translations.ts_path(language)):
        assert sorted(PLACEHOLDER.findall(m.translation)) == sorted(PLACEHOLDER.findall(m.source)), m.source
        assert _accelerators(m.translation) == _accelerators(m.source), m.source
        assert m.translation.count("\n") == m.source.count("\n"), m.source


def test_chinese_is_translated_not_copied():
    messages = translations.read_ts(translations.ts_path("zh_CN"))
    copied = [m.source for m in messages if m.translation == m.source]
    assert copied == ["{name} (*{ext})"]  # a file-dialog filter made of placeholders only


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None
    and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)
def test_ts_cover_the_sources_and_committed_qm_are_current():
    """lupdate finds no string missing from the .ts files, and lrelease rebuilds the committed .qm byte for byte."""
    assert translations.problems() == []


def test_tr_is_only_called_on_self():
    """``widget.tr()`` outside the widget's class is filed by lupdate under the variable's name, which
    Qt never looks up: such strings must use ``QCoreApplication.translate("Class", …)``."""
    offenders = []
    for path in sorted((REPO / "desktop" / "piyue").rglob("*.py")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(r"\b(?!self\b)\w+\.tr\(", line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_translate_is_called_on_literal_texts():
    """lupdate only finds ``QCoreApplication.translate("Context", "literal")``: a wrapper such as
    ``def _tr(text): return translate("X", text)`` hides every string it is given, which then shows in English
    in the Chinese window (it did: the new-version message). A variable text is allowed only when it was
    marked with ``QT_TRANSLATE_NOOP`` (an UPPER_CASE constant, or a file that marks its names)."""
    import ast

    offenders = []
    for path in sorted((REPO / "desktop" / "piyue").rglob("*.py")):
        source = path.read_text("utf-8")
        marks_names = "QT_TRANSLATE_NOOP" in source
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            context = node.args[0] if node.args else None
            if node.func.attr != "translate" or len(node.args) < 2 or not isinstance(context, ast.Constant):
                continue  # painter.translate(x, y) and the like; QCoreApplication.translate names its context
            text = node.args[1]
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            marked = marks_names or any(isinstance(n, ast.Name) and n.id.isupper() for n in ast.walk(text))
            if not literal and not marked:
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []


def test_language_follows_the_system_unless_chosen(monkeypatch):
    create_application()
    monkeypatch.setattr(
        QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    )
    assert ui_language("system") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert ui_language("system") == "en"
    assert ui_language("zh_CN") == "zh_CN" and ui_language("en") == "en"


def test_lang_option_overrides_the_preference():
    assert _preferences_for(_gui_parser().parse_args(["--lang", "zh_CN"])).language == "zh_CN"
    assert _preferences_for(_gui_parser().parse_args(["--lang", "en", "--theme", "dark"])).language == "en"
    assert _preferences_for(_gui_parser().parse_args([])).language == Preferences().language


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _ok_cancel() -> tuple[str, str]:
    box = QMessageBox(
        QMessageBox.Icon.Warning, "t", "m", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    )
    try:
        return box.button(QMessageBox.StandardButton.Ok).text(), box.button(QMessageBox.StandardButton.Cancel).text()
    finally:
        box.deleteLater()


def test_chinese_window_and_standard_buttons(app, qtbot, state):
    assert install_translations(app, "zh_CN") == "zh_CN"
    assert QLocale().language() == QLocale.Language.Chinese  # the review panel's cue for Chinese findings
    window = build_window(state, Preferences())
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "帮助(&H)"]
    assert window.outline_dock.windowTitle() == "大纲" and window.notes_dock.windowTitle() == "批注"
    assert window.metrics_dock.windowTitle() == "数据" and window.review_dock.windowTitle() == "审校"
    assert window.notes.add_action.text().startswith("添加批注")
    assert window.open_action.text() == "打开(&O)…" and window.open_action.iconText() == "打开"  # toolbar: no "(O)"
    assert _ok_cancel() == ("确定", "取消")  # Qt's own qtbase translation is loaded too

    from piyue.ui.metric_style import kind_label
    from piyue.ui.note_colors import NOTE_COLORS, color_name

    assert kind_label("percent") == "百分比"
    assert color_name(NOTE_COLORS[0][0]) == "黄色"


def test_english_window_and_standard_buttons(app, qtbot, state):
    install_translations(app, "zh_CN")
    assert install_translations(app, "en") == "en"  # replaces the Chinese translators
    assert QLocale().language() != QLocale.Language.Chinese
    window = build_window(state, Preferences())
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Go", "&Help"]
    assert window.outline_dock.windowTitle() == "Outline"
    assert window.open_action.iconText() == "Open"
    assert _ok_cancel() == ("OK", "Cancel")


def test_default_under_tests_is_english(app):
    """The test machine's locale is C/English: the default start must stay English for the other tests."""
    assert install_translations(app, "system") == "en"


def test_screenshot_in_chinese(app, tmp_path):
    out = tmp_path / "zh.png"
    options = _gui_parser().parse_args(
        ["--screenshot", str(out), "--lang", "zh_CN", "--show", "review", "--db", str(tmp_path / "db.sqlite3")]
    )
    assert _screenshot(options) == 0
    assert out.stat().st_size > 10_000
    assert QLocale().language() == QLocale.Language.Chinese


def test_plain_label_drops_both_mnemonic_styles():
    from piyue.ui.labels import plain_label

    assert plain_label("&Open…") == "Open"
    assert plain_label("打开(&O)…") == "打开"
    assert plain_label("Save && Close") == "Save & Close"
