"""Likely duplicates in a store (app/services/duplicates.py): the ranking follows the
store's changes, groups are accepted in one step and undone, synonyms per workshop."""

import pytest

from app.domain.errors import ValidationError
from app.services import analysis, duplicates, dutch_text, organisation, swot


@pytest.fixture
def board(store, workshop):
    """Threats raised by three clusters, two of them the same point in other words."""
    clusters = [
        organisation.clusters.create(store, workshop.id, name=n).value
        for n in ("Samenleving", "Ruimte", "Managementteam")
    ]
    external = next(a for a in analysis.areas.list(store, workshop.id) if a.kind == "external")
    texts = [
        ("Vrijwilligersinzet daalt.", 0),
        ("Zwerfvuil en sluikstorten blijven een probleem.", 1),
        ("Een daling van het aantal vrijwilligers en mantelzorgers.", 1),
        ("Het aantal vrijwilligers neemt af.", 2),
        ("Afbouw van subsidies voor erfgoed.", 2),
        ("Digitalisering sluit kwetsbare inwoners uit.", 0),
    ]
    ids = [
        swot.items.create(
            store,
            workshop.id,
            quadrant="T",
            text=t,
            cluster_id=clusters[c].id,
            area_id=external.id,
        ).value.id
        for t, c in texts
    ]
    return ids, clusters


def test_a_point_ranks_its_rewordings_first(store, board):
    ids, _ = board
    found = duplicates.similar_to_item(store, ids[0], top=3)
    assert {c.id for c in found[:2]} == {ids[2], ids[3]}
    assert found[0].score >= found[1].score > 0
    assert found[0].cluster in ("Ruimte", "Managementteam")
    assert ids[0] not in [c.id for c in found]


def test_the_ranking_sees_a_point_captured_a_moment_ago(store, workshop, board):
    ids, _ = board
    before = duplicates.similar_to_text(store, workshop.id, "sluikstorten", "T")
    assert [c.id for c in before] == [ids[1]]
    new = swot.items.create(store, workshop.id, quadrant="T", text="Sluikstorten neemt toe.")
    after = duplicates.similar_to_text(store, workshop.id, "sluikstorten", "T")
    assert new.value.id in [c.id for c in after]
    swot.items.update(store, ids[1], text="Zwerfvuil blijft een probleem.")
    assert ids[1] not in [
        c.id for c in duplicates.similar_to_text(store, workshop.id, "sluikstorten", "T")
    ]


def test_typed_text_in_another_quadrant_finds_nothing_there(store, workshop, board):
    assert duplicates.similar_to_text(store, workshop.id, "vrijwilligers", "S") == []
    with pytest.raises(ValidationError, match="kwadrant"):
        duplicates.similar_to_text(store, workshop.id, "vrijwilligers", "X")


def test_a_group_is_accepted_in_one_step_and_undone(store, workshop, board):
    ids, _ = board
    groups = duplicates.suggest_groups(store, workshop.id, "T")
    assert groups and groups[0].clusters == 3
    group = [p.id for p in groups[0].points]
    assert set(group) == {ids[0], ids[2], ids[3]}
    accepted = duplicates.accept_group(store, group)
    assert accepted.value.item.id == group[0]
    assert accepted.value.item.cluster_count == 3
    visible = {i.id for i in swot.list_items(store, workshop.id)}
    assert not set(group[1:]) & visible
    # The consolidated point is one point now: no group suggests it again.
    assert all(
        len({p.id for p in g.points} & set(group)) < 2
        for g in duplicates.suggest_groups(store, workshop.id) or []
    )
    duplicates.undo_accept(store, accepted.value)
    assert set(group) <= {i.id for i in swot.list_items(store, workshop.id)}


def test_a_consolidated_point_counts_the_clusters_it_absorbed(store, workshop, board):
    ids, _ = board
    swot.consolidate(store, ids[0], [ids[3]])
    groups = duplicates.suggest_groups(store, workshop.id, "T")
    (group,) = [g for g in groups if ids[0] in {p.id for p in g.points}]
    assert {p.id for p in group.points} == {ids[0], ids[2]}
    assert group.clusters == 3  # Samenleving, Ruimte and (absorbed) Managementteam


def test_the_search_for_groups_can_be_cancelled(store, workshop, board):
    assert duplicates.suggest_groups(store, workshop.id, cancelled=lambda: True) is None


def test_each_workshop_keeps_its_own_synonyms(store, workshop):
    assert duplicates.synonyms_of(store, workshop.id) == dutch_text.DEFAULT_SYNONYMS
    for text in ("Te weinig parkeerplaatsen in het centrum.", "Het centrum mist parkings."):
        swot.items.create(store, workshop.id, quadrant="W", text=text)
    for filler in ("Geen visie op handel.", "Te weinig groen.", "Lange wachtlijsten."):
        swot.items.create(store, workshop.id, quadrant="W", text=filler)

    def score() -> float:
        found = duplicates.similar_to_text(store, workshop.id, "parkings", "W")
        return max((c.score for c in found if "parkeerplaatsen" in c.text), default=0.0)

    assert score() == 0.0
    own = dutch_text.DEFAULT_SYNONYMS + "parkeerplaatsen, parkings, parkeerruimte\n"
    duplicates.set_synonyms(store, workshop.id, own)
    assert duplicates.synonyms_of(store, workshop.id) == own.strip()
    assert score() > 0.3
    duplicates.set_synonyms(store, workshop.id, "")
    assert duplicates.synonyms_of(store, workshop.id) == dutch_text.DEFAULT_SYNONYMS
    assert score() == 0.0


def test_a_synonym_line_of_one_word_is_refused_and_changes_nothing(store, workshop):
    with pytest.raises(ValidationError, match="Regel 2"):
        duplicates.set_synonyms(store, workshop.id, "burger, inwoner\nparking\n")
    assert duplicates.synonyms_of(store, workshop.id) == dutch_text.DEFAULT_SYNONYMS
