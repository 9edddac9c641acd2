"""Every keyboard shortcut in one table: the actions use it, the Help menu lists it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    key: str
    what: str  # source text, translated when shown


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


SHORTCUTS: dict[str, Shortcut] = {
    "undo": Shortcut("Ctrl+Z", "Ongedaan maken"),
    "redo": Shortcut("Ctrl+Shift+Z", "Opnieuw"),
    "session": Shortcut("Ctrl+D", "Huidige sessie (workshopdag) kiezen"),
    "cluster": Shortcut("Ctrl+K", "Huidige cluster kiezen"),
    "next_cluster": Shortcut("Ctrl+]", "Volgende cluster"),
    "previous_cluster": Shortcut("Ctrl+[", "Vorige cluster"),
    "projector": Shortcut("F5", "Projectiescherm tonen of verbergen"),
    "projector_fullscreen": Shortcut("F11", "Projectiescherm volledig scherm"),
    "navigator": Shortcut("Ctrl+0", "Naar de navigator"),
    "help": Shortcut("F1", "Sneltoetsen tonen"),
    "quit": Shortcut("Ctrl+Q", "Afsluiten"),
}


def add(name: str, key: str, what: str) -> Shortcut:
    """Views register their own shortcuts here so that Help lists them all."""
    shortcut = Shortcut(key, what)
    SHORTCUTS[name] = shortcut
    return shortcut


def translated(shortcut: Shortcut) -> str:
    return _t(shortcut.what)
