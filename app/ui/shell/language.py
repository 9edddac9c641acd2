"""Beeld > Taal: Dutch or English, and the translators that make it so. The choice is
stored (QSettings "language") and applies from the next start: views build their texts
once, so switching live would leave half the window in the old language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from app import resources

LANGUAGES = {"nl": "Nederlands", "en": "English"}

# Said in both languages on purpose: whoever reads it may have just picked the other one.
NOTICE = (
    "De nieuwe taal verschijnt wanneer u Atelier opnieuw start.\n"
    "The new language appears when you restart Atelier."
)


def language() -> str:
    value = QSettings().value("language", "nl")
    return value if value in LANGUAGES else "nl"


def install_language(app: QApplication, code: str) -> None:
    """Dutch is the source language of every string; English comes from a .qm file.
    Qt's own dialogs (buttons such as Annuleren) get Qt's translations."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if code == "nl" else QLocale.Language.English,
            QLocale.Country.Belgium if code == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    for old in getattr(app, "_atelier_translators", []):
        app.removeTranslator(old)
    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    if code != "nl":
        own = QTranslator(app)
        if own.load(str(resources.path("translations", f"atelier_{code}.qm"))):
            translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app._atelier_translators = translators  # type: ignore[attr-defined]


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Taal"))
        self.running = language()  # what this window was built in
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_code: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)  # each language in its own words: not translated
            action.setCheckable(True)
            action.setChecked(code == self.running)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_code[code] = action
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        previous = language()
        QSettings().setValue("language", code)
        if code != previous and code != self.running:
            self.notify()

    def notify(self) -> None:
        QMessageBox.information(self.parentWidget(), "Taal / Language", NOTICE)
