"""Screenshots of the confrontation matrix on the projected screen (``--view projector-tows``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.screenshots.render import shot


@shot("tows")
def tows(window, size: tuple[int, int]) -> QWidget:
    """The window's matrix of the demo's cluster with marks, only its marked points,
    and a strategy chosen."""
    window.resize(*size)
    window.show()
    window.show_view("tows")
    view = window.views["tows"]
    choose_marked_cluster(view)
    view.only_marked.setChecked(True)
    for listing in view.lists.values():
        if listing.count():
            listing.setCurrentRow(0)
            view.strategy_chosen(listing.item(0))
            break
    return window


@shot("tows-synthesis")
def tows_synthesis(window, size: tuple[int, int]) -> QWidget:
    """The window's matrix of all clusters narrowed to the synthesis ("top 20")."""
    window.resize(*size)
    window.show()
    window.show_view("tows")
    view = window.views["tows"]
    view.cluster.setCurrentIndex(0)
    view.only_synthesis.setChecked(True)
    return window


@shot("projector-tows")
def projector_tows(window, size: tuple[int, int]) -> QWidget:
    """The demo's matrix as the room reads it: the cluster with the most marks."""
    from app.ui.strategy.projector import show_on_projector

    view = window.views["tows"]  # built when first asked for
    choose_marked_cluster(view)
    view.only_marked.setChecked(True)
    show_on_projector(window, view)
    projector = window.projector.ensure_window()
    projector.resize(*size)
    projector.show()
    return projector


def choose_marked_cluster(view) -> None:
    """The cluster whose matrix has the most marks (the demo's), else all clusters."""
    from app.services import strategies

    best, most = 0, 0
    for n in range(1, view.cluster.count()):
        m = strategies.matrix(
            view.controller.store, view.controller.workshop.id, cluster_id=view.cluster.itemData(n)
        )
        if len(m.marks) > most:
            best, most = n, len(m.marks)
    view.cluster.setCurrentIndex(best)
