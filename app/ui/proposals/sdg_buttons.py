"""The 17 Sustainable Development Goals as toggle buttons in their official colours."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from app.domain.sdg import COLOURS

# The goals' Dutch names, marked for translation (lupdate reads QT_TRANSLATE_NOOP).
NAMES = (
    QT_TRANSLATE_NOOP("Sdg", "Geen armoede"),
    QT_TRANSLATE_NOOP("Sdg", "Geen honger"),
    QT_TRANSLATE_NOOP("Sdg", "Goede gezondheid en welzijn"),
    QT_TRANSLATE_NOOP("Sdg", "Kwaliteitsonderwijs"),
    QT_TRANSLATE_NOOP("Sdg", "Gendergelijkheid"),
    QT_TRANSLATE_NOOP("Sdg", "Schoon water en sanitair"),
    QT_TRANSLATE_NOOP("Sdg", "Betaalbare en duurzame energie"),
    QT_TRANSLATE_NOOP("Sdg", "Waardig werk en economische groei"),
    QT_TRANSLATE_NOOP("Sdg", "Industrie, innovatie en infrastructuur"),
    QT_TRANSLATE_NOOP("Sdg", "Ongelijkheid verminderen"),
    QT_TRANSLATE_NOOP("Sdg", "Duurzame steden en gemeenschappen"),
    QT_TRANSLATE_NOOP("Sdg", "Verantwoorde consumptie en productie"),
    QT_TRANSLATE_NOOP("Sdg", "Klimaatactie"),
    QT_TRANSLATE_NOOP("Sdg", "Leven in het water"),
    QT_TRANSLATE_NOOP("Sdg", "Leven op het land"),
    QT_TRANSLATE_NOOP("Sdg", "Vrede, justitie en sterke publieke diensten"),
    QT_TRANSLATE_NOOP("Sdg", "Partnerschap om doelstellingen te bereiken"),
)


def sdg_name(goal: int) -> str:
    """The goal's name in the user's language."""
    return QCoreApplication.translate("Sdg", NAMES[goal - 1])


def _style(colour: str) -> str:
    return (
        f"QToolButton {{ border: 2px solid {colour}; border-radius: 4px; background: #F4F6F8;"
        f" color: {colour}; font-weight: bold; }}"
        f"QToolButton:checked {{ background: {colour}; color: white; }}"
        "QToolButton:focus { border: 2px solid #1A1A1A; }"
    )


class SdgButtons(QWidget):
    """One tab stop for all 17: arrows move between goals, Space toggles one."""

    def __init__(self, parent: QWidget | None = None, size: int = 30) -> None:
        super().__init__(parent)
        # (chosen goals, undo label) -> stored?  The owner sets it.
        self.commit: Callable[[list[int], str], bool] = lambda _goals, _label: False
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for goal in range(1, 18):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(str(goal))
            button.setFixedSize(size, size)
            name = self.tr("SDG {0}: {1}").format(goal, sdg_name(goal))
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setStyleSheet(_style(COLOURS[goal - 1]))
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if goal == 1 else Qt.FocusPolicy.ClickFocus
            )
            button.installEventFilter(self)
            button.clicked.connect(lambda _checked, g=goal: self._toggled(g))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def chosen(self) -> list[int]:
        return [n for n, b in enumerate(self.buttons, start=1) if b.isChecked()]

    def set_chosen(self, goals: Iterable[int]) -> None:
        wanted = set(goals)
        for goal, button in enumerate(self.buttons, start=1):
            button.setChecked(goal in wanted)

    def _toggled(self, goal: int) -> bool:
        on = self.buttons[goal - 1].isChecked()
        wanted = self.chosen()
        label = self.tr("SDG {0} aanduiden") if on else self.tr("SDG {0} weghalen")
        stored = self.commit(wanted, label.format(goal))
        if not stored:  # refused: show what is stored, i.e. the state before the click
            self.buttons[goal - 1].setChecked(not on)
        return stored

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and watched in self.buttons
        ):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
            if step:
                index = self.buttons.index(watched) + step  # type: ignore[arg-type]
                if 0 <= index < len(self.buttons):
                    self._focus(index)
                return True
        return super().eventFilter(watched, event)

    def _focus(self, index: int) -> None:
        # Roving tab stop: the goal with focus is the one Tab comes back to.
        for n, button in enumerate(self.buttons):
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if n == index else Qt.FocusPolicy.ClickFocus
            )
        self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
