"""Merging stores captured on other laptops (services.merge; rules in domain.merge)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import OptionKind
from app.domain.errors import NotAStore, ValidationError
from app.services import analysis, organisation, paths, proposals, rounds, swot
from app.services.inventory import check, info
from app.services.links import set_links
from app.services.merge import merge_stores
from app.services.proposals import ResourceSpec
from app.services.workshops import create_workshop, only_workshop
from app.storage import backup
from app.storage import models as m
from app.storage.store import create_store, open_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    """What the policy advisor prepares before the day: clusters, a path, a fiche."""
    path = tmp_path / "voorbereid.atelier"
    with create_store(path) as s:
        ws = create_workshop(s, "Toekomst", organisation="Gemeente Meerhout").value
        for name in ("Burger", "Ruimte"):
            organisation.clusters.create(s, ws.id, name=name)
        organisation.locations.create(s, ws.id, name="Zaal De Klok", address="Markt 1")
        organisation.locations.create(s, ws.id, name="Zaal De Klok", address="Kerkstraat 9")
        paths.create_path(s, ws.id, title="Wendbare organisatie", actions=["Opleiding"])
        proposals.create_proposal(s, ws.id, code="BS-01", title="Onthaal", sdgs=[3])
        swot.items.create(s, ws.id, quadrant="S", text="Gedreven medewerkers")
    return path


def copy_of(prepared: Path, name: str) -> Path:
    target = prepared.with_name(name)
    shutil.copy(prepared, target)
    return target


@pytest.fixture
def laptops(prepared: Path) -> tuple[Path, Path]:
    """The prepared store as the target, and a copy taken to a village hall."""
    return prepared, copy_of(prepared, "dag2-meerle.atelier")


def opened(path: Path):  # type: ignore[no-untyped-def]
    return open_store(path, backup_on_open=False)


def merged(target: Path, *sources: Path, dry_run: bool = False):  # type: ignore[no-untyped-def]
    with opened(target) as store:
        return merge_stores(store, list(sources), dry_run=dry_run)


def texts(path: Path) -> list[str]:
    with opened(path) as s:
        return [i.text for i in swot.list_items(s, only_workshop(s).id)]


def cluster_of(s, name: str):  # type: ignore[no-untyped-def]
    ws = only_workshop(s)
    return next(c for c in organisation.clusters.list(s, ws.id) if c.name == name)


def add_point(path: Path, text: str, quadrant: str = "W", cluster: str = "Burger") -> str:
    with opened(path) as s:
        ws = only_workshop(s)
        made = swot.items.create(
            s, ws.id, quadrant=quadrant, text=text, cluster_id=cluster_of(s, cluster).id
        )
        return made.value.id


def point(path: Path, text: str):  # type: ignore[no-untyped-def]
    with opened(path) as s:
        return next(i for i in swot.list_items(s, only_workshop(s).id) if i.text == text)


def test_copies_come_together_once_and_merging_again_changes_nothing(laptops):
    target, hall = laptops
    add_point(target, "Te weinig tijd voor reflectie")
    add_point(hall, "Parkeren aan het gemeentehuis", quadrant="T", cluster="Ruimte")
    report = merged(target, hall)
    assert report.created == {"swot_items": 1}
    assert sorted(texts(target)) == sorted(
        ["Gedreven medewerkers", "Te weinig tijd voor reflectie", "Parkeren aan het gemeentehuis"]
    )
    came = point(target, "Parkeren aan het gemeentehuis")
    with opened(target) as s:
        assert check(s).sound, check(s).problems
        assert came.cluster_id == cluster_of(s, "Ruimte").id
    before = digest(target)
    again = merged(target, hall)
    assert not again.changed
    assert digest(target) == before
    assert [b for b in backup.backups_of(target) if "voor-samenvoegen" in b.name]


def test_the_later_change_wins_whichever_side_made_it(laptops):
    target, hall = laptops
    first = point(target, "Gedreven medewerkers").id
    with opened(target) as s:
        swot.items.update(s, first, text="Gedreven en loyale medewerkers")
    with opened(hall) as s:  # later: wins
        swot.items.update(s, first, text="Gedreven, loyale medewerkers")
        ws = only_workshop(s)
        (path,) = paths.paths.list(s, ws.id)
    with opened(target) as s:  # later here: the target keeps its title
        paths.update_path(s, path.id, title="Een wendbare organisatie")
    report = merged(target, hall)
    assert report.updated == {"swot_items": 1}
    assert report.kept["paths"] == 1
    assert texts(target) == ["Gedreven, loyale medewerkers"]
    with opened(target) as s:
        (path,) = paths.paths.list(s, only_workshop(s).id)
        assert path.title == "Een wendbare organisatie"


def test_a_path_or_proposal_comes_over_whole_with_its_details(laptops):
    target, hall = laptops
    with opened(hall) as s:
        ws = only_workshop(s)
        (path,) = paths.paths.list(s, ws.id)
        paths.update_path(
            s, path.id, actions=["Opleiding", "Coaching"], impacts=[("burgers", "Sneller")]
        )
        (proposal,) = proposals.proposals.list(s, ws.id)
        proposals.update_proposal(
            s,
            proposal.id,
            sdgs=[3, 11],
            resources={2027: ResourceSpec(1000.0, 0.0, 0.5, 400.0, 0.0)},
        )
    report = merged(target, hall)
    assert report.updated == {"paths": 1, "proposals": 1}
    with opened(target) as s:
        ws = only_workshop(s)
        (path,) = paths.paths.list(s, ws.id)
        assert [a.text for a in path.actions] == ["Opleiding", "Coaching"]
        assert [(i.target_group, i.text) for i in path.impacts] == [("Burgers", "Sneller")]
        (proposal,) = proposals.proposals.list(s, ws.id)
        assert list(proposal.sdgs) == [3, 11]
        assert [(r.year, r.investment, r.investment_income, r.fte) for r in proposal.resources] == [
            (2027, 1000.0, 400.0, 0.5)
        ]
    # Emptying a list on the laptop is a change too (only tombstones remember it).
    with opened(hall) as s:
        paths.update_path(s, path.id, actions=[])
    merged(target, hall)
    with opened(target) as s:
        (path,) = paths.paths.list(s, only_workshop(s).id)
        assert path.actions == ()


def test_deletions_travel_both_ways_and_later_edits_survive_them(laptops):
    target, hall = laptops
    gone_there = add_point(target, "Verwijderd op de laptop")
    kept_here = add_point(target, "Daar verwijderd, hier later bewerkt")
    gone_here = add_point(target, "Hier verwijderd")
    shutil.copy(target, hall)  # the laptop leaves with all three
    with opened(hall) as s:
        swot.items.delete(s, gone_there)
        swot.items.delete(s, kept_here)
    with opened(target) as s:
        swot.items.delete(s, gone_here)
        swot.items.update(s, kept_here, text="Hier later bewerkt")  # after the deletion there
    report = merged(target, hall)
    assert report.deleted == {"swot_items": 1}
    assert sorted(texts(target)) == ["Gedreven medewerkers", "Hier later bewerkt"]
    # The other way round: the laptop's edit after our deletion brings the point back.
    with opened(hall) as s:
        swot.items.update(s, gone_here, text="Toch belangrijk")
    merged(target, hall)
    assert "Toch belangrijk" in texts(target)
    with opened(target) as s:
        assert check(s).sound, check(s).problems


def test_links_are_a_set_both_sides_keep_theirs(laptops):
    target, hall = laptops
    ours = add_point(target, "Hier gekoppeld")
    theirs = add_point(hall, "Daar gekoppeld")
    for path_file, item in ((target, ours), (hall, theirs)):
        with opened(path_file) as s:
            (path,) = paths.paths.list(s, only_workshop(s).id)
            set_links(s, m.PathRow, path.id, m.SwotItemRow, [item])
    report = merged(target, hall)
    assert report.created["links"] == 1
    with opened(target) as s:
        (path,) = paths.paths.list(s, only_workshop(s).id)
        assert set(path.swot_item_ids) == {ours, theirs}


def test_consolidated_points_keep_their_sources(laptops):
    target, hall = laptops
    ids = [
        add_point(hall, text, cluster=cluster)
        for text, cluster in (("Te weinig overleg", "Burger"), ("Weinig overleg", "Ruimte"))
    ]
    with opened(hall) as s:
        swot.consolidate(s, ids[0], [ids[1]])
    merged(target, hall)
    with opened(target) as s:
        items = {i.id: i for i in swot.list_items(s, only_workshop(s).id)}
        assert items[ids[0]].cluster_count == 2
        assert ids[1] in items[ids[0]].source_ids


def test_stores_made_apart_meet_by_name(tmp_path: Path):
    """Two laptops that each started with ``new``: nothing shares an id."""
    one, two = tmp_path / "een.atelier", tmp_path / "twee.atelier"
    for path, cluster in ((one, "Vrije tijd"), (two, "vrije  tijd")):
        with create_store(path) as s:
            ws = create_workshop(s, path.stem).value
            c = organisation.clusters.create(s, ws.id, name=cluster).value
            organisation.participants.create(s, ws.id, name="Şeyma Yılmaz", cluster_id=c.id)
            organisation.participants.create(s, ws.id, name=None, cluster_id=c.id)
            area = next(a for a in analysis.areas.list(s, ws.id) if a.kind == "internal")
            statement = next(q for q in analysis.statements.list(s, ws.id) if q.area_id == area.id)
            analysis.set_score(s, c.id, statement.id, 4 if path is one else 2)
            swot.items.create(
                s, ws.id, quadrant="S", text="Sterk verenigingsleven", cluster_id=c.id
            )
            swot.items.create(s, ws.id, quadrant="O", text=f"Kans van {path.stem}", cluster_id=c.id)
    report = merged(one, two)
    assert "clusters" not in report.created
    with opened(one) as s:
        ws = only_workshop(s)
        (cluster,) = organisation.clusters.list(s, ws.id)
        assert " ".join(cluster.name.split()).casefold() == "vrije tijd"
        people = organisation.participants.list(s, ws.id)
        assert sorted(p.name or "" for p in people) == ["", "", "Şeyma Yılmaz"]
        assert len(analysis.statements.list(s, ws.id)) == 70  # the default bank, once
        (score,) = analysis.scores(s, ws.id)
        assert score.score == 2  # the same cluster's answer, changed later on laptop two
        assert sorted(i.text for i in swot.list_items(s, ws.id)) == [
            "Kans van een",
            "Kans van twee",
            "Sterk verenigingsleven",
        ]
        assert check(s).sound, check(s).problems
    assert any("samengevoegd in" in note for note in report.notes)


def test_rows_that_share_a_name_in_one_store_stay_apart(laptops, tmp_path: Path):
    target, _ = laptops
    empty = tmp_path / "leeg.atelier"
    with create_store(empty) as s:
        create_workshop(s, "Leeg")
    merged(empty, target)
    with opened(empty) as s:
        places = organisation.locations.list(s, only_workshop(s).id)
        assert sorted(p.address for p in places) == ["Kerkstraat 9", "Markt 1"]


def test_new_rows_go_after_ours_in_the_laptops_order(laptops):
    target, hall = laptops
    for text in ("hier 1", "hier 2"):
        add_point(target, text, quadrant="O")
    for text in ("daar 1", "daar 2", "daar 3"):
        add_point(hall, text, quadrant="O")
    merged(target, hall)
    with opened(target) as s:
        items = [i for i in swot.list_items(s, only_workshop(s).id) if i.quadrant.value == "O"]
        assert [i.text for i in items] == ["hier 1", "hier 2", "daar 1", "daar 2", "daar 3"]
        assert [i.position for i in items] == [0, 1, 2, 3, 4]


def test_ballots_from_both_laptops_count_once_each(laptops):
    target, hall = laptops
    with opened(target) as s:
        ws = only_workshop(s)
        (proposal,) = proposals.proposals.list(s, ws.id)
        made = rounds.create_round(
            s, ws.id, "Prioriteiten", "dots", [(OptionKind.PROPOSAL, proposal.id)]
        )
        rounds.open_round(s, made.value.id)
        option = made.value.options[0].id
    shutil.copy(target, hall)
    phones = {
        target: ("telefoon-aaaaaaaaaaaa", "telefoon-bbbbbbbbbbbb"),
        hall: ("telefoon-cccccccccccc",),
    }
    for path_file, voters in phones.items():
        with opened(path_file) as s:
            for voter in voters:
                rounds.cast_ballot(s, made.value.id, rounds.BallotInput({option: 1}, voter=voter))
    merged(target, hall)
    merged(target, hall)
    with opened(target) as s:
        outcome = rounds.results(s, made.value.id)
        assert outcome.ballots == 3
        assert outcome.ranking[0].score == 3.0


def test_a_dry_run_changes_nothing(laptops):
    target, hall = laptops
    add_point(hall, "Nieuw op de laptop")
    before = digest(target)
    report = merged(target, hall, dry_run=True)
    assert report.created == {"swot_items": 1}
    assert digest(target) == before
    assert not [b for b in backup.backups_of(target) if "voor-samenvoegen" in b.name]


@pytest.fixture
def untouched(laptops) -> Iterator[tuple[Path, str]]:
    target, _ = laptops
    before = digest(target)
    yield target, before
    assert digest(target) == before


def test_bad_sources_change_nothing(untouched, tmp_path: Path):
    target, _ = untouched
    text = tmp_path / "notities.atelier"
    text.write_text("geen werkbestand", encoding="utf-8")
    with pytest.raises(ValidationError, match="doelbestand zelf"):
        merged(target, target)
    with pytest.raises(NotAStore, match="notities.atelier"):
        merged(target, text)
    with pytest.raises(NotAStore, match="bestaat niet"):
        merged(target, tmp_path / "weg.atelier")


def test_an_older_source_is_read_from_a_migrated_copy(laptops, tmp_path: Path):
    target, _ = laptops
    old = tmp_path / "oud.atelier"
    shutil.copy(FIXTURES / "rev0001.atelier", old)
    before = digest(old)
    merged(target, old)
    assert digest(old) == before
    assert not backup.backups_of(old)
    assert "Sterk team" in texts(target)
    with opened(target) as s:
        assert check(s).sound, check(s).problems
        assert info(s)["workshops"][0]["counts"]["ballots"] == 1


def test_a_cluster_deleted_there_but_used_here_stays(laptops):
    target, hall = laptops
    with opened(hall) as s:
        organisation.delete_cluster(s, cluster_of(s, "Ruimte").id)
    add_point(target, "Nieuw punt van Ruimte", cluster="Ruimte")
    report = merged(target, hall)
    with opened(target) as s:
        assert cluster_of(s, "Ruimte")
    assert any("Ruimte" in note and "blijft" in note for note in report.notes)


def proposal_list(path: Path) -> list[tuple[str, str]]:
    with opened(path) as s:
        return sorted((f.code, f.title) for f in proposals.proposals.list(s, only_workshop(s).id))


def test_two_proposals_made_apart_with_one_code_are_both_kept_and_named(laptops):
    """Two groups on two laptops each make a fiche VT-18 with another title: both stay,
    the incoming one gets a free code, and the notes name both."""
    target, hall = laptops
    with opened(target) as s:
        proposals.create_proposal(s, only_workshop(s).id, code="VT-18", title="Fietsstraten")
    with opened(hall) as s:
        ws = only_workshop(s).id
        proposals.create_proposal(s, ws, code="VT-18", title="Deelauto's")
        proposals.create_proposal(s, ws, code="VT-19", title="Laadpalen")  # a code in use there
    report = merged(target, hall)
    assert report.created == {"proposals": 2}
    assert "proposals" not in report.updated
    assert proposal_list(target) == [
        ("BS-01", "Onthaal"),
        ("VT-18", "Fietsstraten"),
        ("VT-19", "Laadpalen"),
        ("VT-20", "Deelauto's"),
    ]
    (note,) = [n for n in report.notes if "VT-18" in n]
    assert "Fietsstraten" in note and "Deelauto's" in note and "VT-20" in note
    # Merging again changes nothing, also after the laptop edits its fiche later.
    assert not merged(target, hall).changed
    with opened(hall) as s:
        mine = next(
            f for f in proposals.proposals.list(s, only_workshop(s).id) if f.code == "VT-18"
        )
        proposals.update_proposal(s, mine.id, title="Deelauto's en deelfietsen")
    merged(target, hall)
    assert ("VT-20", "Deelauto's en deelfietsen") in proposal_list(target)
    assert [code for code, _ in proposal_list(target)].count("VT-18") == 1
    with opened(target) as s:
        assert check(s).sound, check(s).problems


def test_proposals_made_apart_that_agree_are_one(laptops):
    target, hall = laptops
    for path_file, why in ((target, "Veiliger fietsen"), (hall, "")):
        with opened(path_file) as s:
            proposals.create_proposal(
                s, only_workshop(s).id, code="VT-18", title="Fietsstraten", why=why
            )
    report = merged(target, hall)
    assert "proposals" not in report.created
    assert not [n for n in report.notes if "VT-18" in n]
    assert proposal_list(target) == [("BS-01", "Onthaal"), ("VT-18", "Fietsstraten")]


def test_rows_keyed_by_name_that_differ_get_a_distinguishing_name(laptops):
    target, hall = laptops
    for path_file, text in ((target, "Wij werken samen."), (hall, "Wij delen wat we weten.")):
        with opened(path_file) as s:
            paths.principles.create(s, only_workshop(s).id, title="Samenwerken", text=text)
    report = merged(target, hall)
    assert report.created == {"principles": 1}
    with opened(target) as s:
        found = paths.principles.list(s, only_workshop(s).id)
        assert sorted((p.title, p.text) for p in found) == [
            ("Samenwerken", "Wij werken samen."),
            ("Samenwerken (2)", "Wij delen wat we weten."),
        ]
    assert any("Samenwerken (2)" in n for n in report.notes)


def test_a_new_proposal_with_the_code_of_a_shared_one_is_kept_apart(laptops):
    """Copies of one store: the laptop adds a fiche under the code the prepared one has."""
    target, hall = laptops
    with opened(hall) as s:
        proposals.create_proposal(s, only_workshop(s).id, code="BS-01", title="Balie")
    report = merged(target, hall)
    assert proposal_list(target) == [("BS-01", "Onthaal"), ("BS-02", "Balie")]
    assert any("BS-01" in n and "Balie" in n and "BS-02" in n for n in report.notes)


def test_the_workshops_synonyms_travel_with_the_later_change(laptops):
    from app.services import duplicates

    target, hall = laptops
    with opened(hall) as s:
        duplicates.set_synonyms(s, only_workshop(s).id, "fiets, rijwiel")
    merged(target, hall)
    with opened(target) as s:
        assert duplicates.synonyms_of(s, only_workshop(s).id) == "fiets, rijwiel"


def test_decisions_and_the_room_set_on_both_laptops_meet_by_year(laptops):
    from app.domain.enums import Decision
    from app.services import budget, decisions

    target, hall = laptops
    with opened(target) as s:
        ws = only_workshop(s)
        budget.set_room(s, ws.id, 2027, investment=1_000, operating=10)
    with opened(hall) as s:  # later: wins
        ws = only_workshop(s)
        budget.set_room(s, ws.id, 2027, investment=2_000)
        budget.set_room(s, ws.id, 2028, operating=5)
        (proposal,) = proposals.proposals.list(s, ws.id)
        decisions.decide(s, [proposal.id], "ja", motivation="Onthaal eerst")
    merged(target, hall)
    with opened(target) as s:
        ws = only_workshop(s)
        assert check(s).sound, check(s).problems
        rooms = {r.year: (r.investment, r.operating) for r in budget.rooms(s, ws.id)}
        assert rooms[2027] == (2_000, 0) and rooms[2028] == (0, 5)
        (proposal,) = proposals.proposals.list(s, ws.id)
        assert (proposal.decision, proposal.decision_motivation) == (Decision.YES, "Onthaal eerst")
