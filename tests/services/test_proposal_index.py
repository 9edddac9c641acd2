from app.services import organisation, proposal_index, proposals, reporting
from app.services.proposals import ActionSpec, ResourceSpec


def test_summaries_match_the_full_proposals(demo_store):
    from app.services.workshops import only_workshop

    ws = only_workshop(demo_store)
    full = reporting.proposals(demo_store, ws.id)
    short = proposal_index.summaries(demo_store, ws.id)
    assert [s.id for s in short] == [p.id for p in full]  # same order
    for s, p in zip(short, full, strict=True):
        assert (s.code, s.title, s.cluster_id, s.policy_objective, s.mandatory, s.sdgs) == (
            p.code,
            p.title,
            p.cluster_id,
            p.policy_objective,
            p.mandatory,
            p.sdgs,
        )
        assert (s.why, s.what, s.win) == (p.why, p.what, p.win)
        assert s.total_investment == p.total_investment
        assert s.estimated_cost == p.estimated_cost


def test_summaries_of_some_proposals_and_of_bare_ones(store, workshop):
    cluster = organisation.clusters.create(store, workshop.id, name="Zorg").value
    bare = proposals.create_proposal(store, workshop.id, title="Kaal").value
    full = proposals.create_proposal(
        store,
        workshop.id,
        title="Vol",
        cluster_id=cluster.id,
        sdgs=[11, 3],
        actions=[ActionSpec("Studie", 2026, 2026)],
        resources={2026: ResourceSpec(100, 50, 1), 2027: ResourceSpec(0, 25, 0)},
    ).value
    listed = proposal_index.summaries(store, workshop.id)
    assert [s.title for s in listed] == ["Kaal", "Vol"]
    assert listed[0].sdgs == () and listed[0].estimated_cost == 0
    assert listed[1].sdgs == (3, 11)
    assert (listed[1].total_investment, listed[1].total_operating) == (100, 75)
    assert [s.id for s in proposal_index.summaries(store, workshop.id, ids=[full.id])] == [full.id]
    assert proposal_index.summaries(store, workshop.id, ids=[]) == []
    assert bare.id not in {s.id for s in proposal_index.summaries(store, workshop.id, ids=["x"])}
