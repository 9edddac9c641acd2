"""Every keyboard shortcut in one table: the actions use it, the Help menu lists it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.ui.base.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    key: str
    what: str  # source text, translated when shown


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


# QT_TRANSLATE_NOOP marks the texts for pyside6-lupdate (tools/update_translations.py).
SHORTCUTS: dict[str, Shortcut] = {
    "undo": Shortcut("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Ongedaan maken")),
    "redo": Shortcut("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Opnieuw")),
    "redo_alt": Shortcut("Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Opnieuw")),
    "session": Shortcut(
        "Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Huidige sessie (workshopdag) kiezen")
    ),
    "cluster": Shortcut("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Huidige cluster kiezen")),
    "next_cluster": Shortcut("Ctrl+]", QT_TRANSLATE_NOOP("Shortcuts", "Volgende cluster")),
    "previous_cluster": Shortcut("Ctrl+[", QT_TRANSLATE_NOOP("Shortcuts", "Vorige cluster")),
    "projector": Shortcut(
        "F5", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm tonen of verbergen")
    ),
    "projector_fullscreen": Shortcut(
        "F11", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm volledig scherm")
    ),
    # What the room sees, from anywhere in the window: the letters of S, W, O and T.
    "projector_board": Shortcut(
        "Ctrl+Shift+B", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: het SWOT-bord")
    ),
    "projector_strengths": Shortcut(
        "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: alleen Sterke punten")
    ),
    "projector_weaknesses": Shortcut(
        "Ctrl+Shift+W", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: alleen Zwakke punten")
    ),
    "projector_opportunities": Shortcut(
        "Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: alleen Opportuniteiten")
    ),
    "projector_threats": Shortcut(
        "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: alleen Bedreigingen")
    ),
    "projector_path": Shortcut(
        "Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: een ontwikkelpad kiezen")
    ),
    "projector_fiche": Shortcut(
        "Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: een fiche kiezen")
    ),
    "projector_scope": Shortcut(
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: huidige cluster of alle clusters"),
    ),
    "projector_larger": Shortcut(
        "Ctrl++", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: grotere tekst")
    ),
    # Ctrl+= too: on keyboards where "+" needs Shift, Ctrl and the "=" key mean larger.
    "projector_larger_alt": Shortcut(
        "Ctrl+=", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: grotere tekst")
    ),
    "projector_smaller": Shortcut(
        "Ctrl+-", QT_TRANSLATE_NOOP("Shortcuts", "Projectiescherm: kleinere tekst")
    ),
    "ideas_queue": Shortcut(
        "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Shortcuts", "Binnenkomende ideeën tonen of verbergen")
    ),
    "navigator": Shortcut("Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Naar de navigator")),
    "help": Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "Sneltoetsen tonen")),
    "quit": Shortcut("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Afsluiten")),
}


def add(name: str, key: str, what: str) -> Shortcut:
    """Views register their own shortcuts here so that Help lists them all. Mark
    ``what`` with ``QT_TRANSLATE_NOOP("Shortcuts", ...)`` so that it is translated."""
    shortcut = Shortcut(key, what)
    SHORTCUTS[name] = shortcut
    return shortcut


def translated(shortcut: Shortcut) -> str:
    return _t(shortcut.what)
