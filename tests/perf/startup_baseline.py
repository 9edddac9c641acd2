"""The baseline of the start-up benchmark (tests/perf/test_startup_perf.py): a bare
PySide6 window that reads a store's SWOT points with sqlite3 into a QTableWidget,
prints the wall-clock time (time.time()) of its first paint and quits.

    python tests/perf/startup_baseline.py STORE
"""

from __future__ import annotations

import sqlite3
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

COLUMNS = ("quadrant", "text", "cluster_id", "area_id", "session_id", "position")


def report() -> None:
    print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
    QApplication.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Once this paint is done: print and leave.
            QTimer.singleShot(0, report)
        return False


def main(store: str) -> int:
    app = QApplication(sys.argv[:1])
    connection = sqlite3.connect(store)
    rows = connection.execute(
        f"SELECT {', '.join(COLUMNS)} FROM swot_item ORDER BY quadrant, position"
    ).fetchall()
    connection.close()
    table = QTableWidget(len(rows), len(COLUMNS))
    table.setHorizontalHeaderLabels(list(COLUMNS))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    table.resize(1200, 800)
    table.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
