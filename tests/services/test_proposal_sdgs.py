from app.services import proposals


def test_changing_sdgs_keeps_the_goals_that_stay(store, workshop):
    proposal = proposals.create_proposal(store, workshop.id, title="Zwembad", sdgs=[3, 11]).value
    again = proposals.update_proposal(store, proposal.id, sdgs=[13, 3, 11]).value
    assert again.sdgs == (3, 11, 13)
    fewer = proposals.update_proposal(store, proposal.id, sdgs=[11]).value
    assert fewer.sdgs == (11,)
    assert proposals.proposals.get(store, proposal.id).sdgs == (11,)
