"""``info --json`` counts the strategies (docs/cli.md additions); the demo has its
confrontation matrix: marks, a strategy per field, one behind a path, one behind a fiche."""

from __future__ import annotations

import json

from app.services import paths, proposals, strategies
from app.services.workshops import only_workshop
from tests.conftest import run_cli


def test_info_counts_the_demos_strategies(demo_template):
    result = run_cli("info", str(demo_template), "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)["workshops"][0]["counts"]
    assert counts["strategies"] == 4
    assert list(counts)[:13] == [
        "clusters",
        "locations",
        "participants",
        "sessions",
        "swot_items",
        "recommendations",
        "questions",
        "assessments",
        "paths",
        "principles",
        "proposals",
        "rounds",
        "ballots",
    ]


def test_the_demo_strategies_come_from_seed_003_and_lead_to_a_path_and_a_proposal(demo_store):
    ws = only_workshop(demo_store).id
    listed = strategies.list_strategies(demo_store, ws)
    assert [s.field.value for s in listed] == ["SO", "ST", "WO", "WT"]
    assert len(strategies.marks_of(demo_store, ws)) == 16
    with_path = next(s for s in listed if s.path_ids)
    with_proposal = next(s for s in listed if s.proposal_ids)
    path = paths.paths.get(demo_store, with_path.path_ids[0])
    proposal = proposals.proposals.get(demo_store, with_proposal.proposal_ids[0])
    assert set(with_path.swot_item_ids) <= set(path.swot_item_ids)
    assert set(with_proposal.swot_item_ids) <= set(proposal.swot_item_ids)
    lineage = strategies.lineage_of_proposal(demo_store, proposal.id)
    assert [s.id for s in lineage.strategies][0] == with_proposal.id
    # Every point of a strategy is one the room marked in its field.
    marked = {i for pair in strategies.marks_of(demo_store, ws) for i in pair}
    assert all(set(s.swot_item_ids) <= marked for s in listed)
