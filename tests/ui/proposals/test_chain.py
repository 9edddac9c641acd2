"""The fiche and issue 11: further sectors ("over de grenzen heen") and the trekker,
each one undo step; the table's sector filter finds a fiche under every sector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import proposals
from tests.ui.planning_snapshots import round_trip


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.proposals.view import ProposalsView

    v = ProposalsView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 680)
    v.show()
    qtbot.waitExposed(v)
    v.open_proposal(v.model.proposal(0).id)
    return v


def _proposal(view):  # type: ignore[no-untyped-def]
    return lambda: proposals.proposals.get(view.controller.store, view.form.proposal_id)


def test_a_further_cluster_is_ticked_undone_and_found_by_the_filter(view, controller):
    form = view.form
    main = form.record.cluster_id
    items = [form.extra_clusters.item(n) for n in range(form.extra_clusters.count())]
    assert [i.isHidden() for i in items].count(True) == 1  # the main sector is not offered
    other = next(i for i in items if not i.isHidden())

    def tick() -> None:
        other.setCheckState(Qt.CheckState.Checked)

    _, after = round_trip(controller, _proposal(view), tick)
    assert after["extra_cluster_ids"] == [other.data(Qt.ItemDataRole.UserRole)]
    assert after["cluster_id"] == main
    proposal_id = form.proposal_id
    view.show_list()
    view.reload()
    view._filter(cluster_id=other.data(Qt.ItemDataRole.UserRole))
    assert proposal_id in [p.id for p in view.proxy.visible()]
    row = view.model.row_of(proposal_id)
    assert " + " in view.model.cluster_name(view.model.proposal(row))


def test_the_trekker_is_typed_and_undone(view, controller):
    def type_owner() -> None:
        view.form.owner.setEditText("Diensthoofd Vrije Tijd")
        view.form.owner.lineEdit().editingFinished.emit()

    _, after = round_trip(controller, _proposal(view), type_owner)
    assert after["owner"] == "Diensthoofd Vrije Tijd" and after["owner_participant_id"] is None
