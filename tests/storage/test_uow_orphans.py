"""Detail rows dropped from a collection are deleted by the flush (delete-orphan);
the change set must still report them, or views never learn of the deletion."""

from app.services import paths, proposals


def test_emptied_detail_lists_are_reported_as_deleted(store, workshop):
    path = paths.create_path(store, workshop.id, title="P", actions=["a"]).value
    changes = paths.update_path(store, path.id, actions=[]).changes
    assert changes.deleted["path_action"] == {path.actions[0].id}

    proposal = proposals.create_proposal(
        store,
        workshop.id,
        title="F",
        sdgs=[3, 4],
        resources={2026: proposals.ResourceSpec(1, 0, 0)},
    ).value
    changes = proposals.update_proposal(store, proposal.id, sdgs=[3], resources={}).changes
    assert changes.touches("proposal_sdg")
    assert changes.deleted["proposal_resource"] == {proposal.resources[0].id}
    assert not changes.empty
