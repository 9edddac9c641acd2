"""Marking texts for translation where they are declared, translated where shown.

PySide6 types ``QT_TRANSLATE_NOOP`` as returning ``object``; it returns the source
text. This typed alias keeps its name, which is what pyside6-lupdate looks for
(tools/update_translations.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
