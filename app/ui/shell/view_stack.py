"""The main window's views by key, each built the first time it is asked for.

Building every view at start-up cost most of the time to a painted board on a large
workshop (and imported openpyxl, ReportLab, pyqtgraph, Starlette and uvicorn for
views nobody had opened yet). Here iterating gives the keys in navigator order
without building anything; ``views[key]`` builds that view (importing its module)
once, adds it to the stacked widget and keeps it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget

from app.ui.base.controller import WorkshopController
from app.ui.base.pages import PAGES
from app.ui.base.view import View
from app.ui.base.views import load_view


class ViewStack(Mapping[str, View]):
    def __init__(self, controller: WorkshopController, stack: QStackedWidget) -> None:
        self.controller = controller
        self.stack = stack
        self._built: dict[str, View] = {}

    def __getitem__(self, key: str) -> View:
        view = self._built.get(key)
        if view is None:
            if key not in self:
                raise KeyError(key)
            view = load_view(key)(self.controller, self.stack)
            self.stack.addWidget(view)
            self._built[key] = view
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(p.key for p in PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def __contains__(self, key: object) -> bool:
        return any(p.key == key for p in PAGES)

    def built(self) -> list[View]:
        """The views built so far (``values()`` would build them all)."""
        return list(self._built.values())
