"""The interface language: Piyue's translations and Qt's own, chosen from the preference or the system."""

from __future__ import annotations

UI_LANGUAGES = ("zh_CN", "en")


def ui_language(preference: str = "system") -> str:
    """The interface language for a preference: ``"zh_CN"`` or ``"en"``.

    ``"system"`` follows the system locale: Chinese (any script or region) gets the
    Chinese interface, everything else (including the C locale) the English one.
    """
    from PySide6.QtCore import QLocale

    if preference in UI_LANGUAGES:
        return preference
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translations(app, preference: str = "system") -> str:
    """Put the interface language into effect before any window is built; returns it.

    Installs Piyue's translator (``resources/translations/piyue_<lang>.qm``) and Qt's own
    (``qtbase_<lang>.qm`` from Qt's translations folder, so standard buttons and dialogs
    match), replacing the ones a previous call installed, and makes the matching locale
    the default (the review panel shows Chinese findings when it is Chinese).
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from piyue.paths import resource_path

    language = ui_language(preference)
    for translator in getattr(app, "_piyue_translators", ()):
        app.removeTranslator(translator)
    system = QLocale.system()
    if language == "zh_CN":
        chinese = system.language() == QLocale.Language.Chinese
        locale = system if chinese else QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    else:
        english = system.language() in (QLocale.Language.English, QLocale.Language.C)
        locale = system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    translators = []
    for name, folder in (
        (f"piyue_{language}", str(resource_path("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator()
        if translator.load(name, folder) and not translator.isEmpty():
            app.installTranslator(translator)
            translators.append(translator)
    app._piyue_translators = translators
    return language
