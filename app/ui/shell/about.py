"""Help > Over Atelier: version, licence, and where this workshop's store lives."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.ui.base.controller import WorkshopController

LICENCE = "GPL-3.0-or-later"  # as pyproject.toml declares


class AboutDialog(QDialog):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over Atelier"))
        store = controller.store
        where = str(store.path) if store.path else store.name
        rows = [
            (self.tr("Versie"), __version__),
            (
                self.tr("Licentie"),
                self.tr("GNU General Public License, versie 3 of later ({0})").format(LICENCE),
            ),
            (self.tr("Werkbestand"), where),
        ]
        if store.last_backup is not None:
            rows.append((self.tr("Laatste reservekopie"), str(store.last_backup)))
        rows.append(
            (
                self.tr("Gebouwd met"),
                f"Python {platform.python_version()}, PySide6 {pyside_version}",
            )
        )
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        intro = self.tr(
            "Strategische planning in lokale besturen: SWOT, ontwikkelpaden, voorstellen, "
            "stemmen en rapporten. Alles staat in één bestand op deze computer; elke "
            "wijziging wordt meteen bewaard."
        )
        self.text = QLabel(
            f"<h2>Atelier</h2><p>{html.escape(intro)}</p><table>{table}</table>", self
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        # The path is there to be copied (to find the file, or to mail it).
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Over Atelier"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
