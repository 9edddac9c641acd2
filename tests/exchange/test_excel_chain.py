"""Issue 11's smaller gaps in the workbook: target groups, owners (Trekker), a fiche's
further clusters (Andere sectoren) and the curated synthesis, both ways."""

from __future__ import annotations

from pathlib import Path

from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import organisation, paths, proposals, swot, synthesis, target_groups
from app.services.workshops import only_workshop
from app.storage.store import Store, open_store
from tests.exchange.excel_files import sheet_values, without_export_time, workbook


def _fill(store: Store) -> dict[str, str]:
    ws = only_workshop(store).id
    welzijn = organisation.clusters.create(store, ws, name="Welzijn").value
    ruimte = organisation.clusters.create(store, ws, name="Ruimte").value
    vrije_tijd = organisation.clusters.create(store, ws, name="Vrije tijd, cultuur").value
    an = organisation.participants.create(store, ws, name="An Peeters").value
    partners = target_groups.create_group(store, ws, "Partners en stakeholders").value
    points = [
        swot.items.create(store, ws, quadrant=q, text=f"Punt {q}{n}").value
        for q in "SWOT"
        for n in range(2)
    ]
    path = paths.create_path(
        store,
        ws,
        title="Samenwerken met stakeholders",
        owner_participant_id=an.id,
        actions=["Visie op burgerparticipatie"],
        impacts=[(partners.id, "Partners kennen onze visie"), ("burgers", "Inwoners betrokken")],
    ).value
    proposal = proposals.create_proposal(
        store,
        ws,
        code="WZ-01",
        title="Buurtwerking",
        cluster_id=welzijn.id,
        extra_cluster_ids=[vrije_tijd.id, ruimte.id],
        owner="Dienst Samenleving",
        path_ids=[path.id],
    ).value
    synthesis.set_synthesis(store, ws, [points[3].id, points[0].id, points[6].id])
    return {"path": path.id, "fiche": proposal.id, "an": an.id, "partners": partners.id}


def test_owners_groups_clusters_and_synthesis_round_trip(store, blank_path, tmp_path):
    ids = _fill(store)
    first = tmp_path / "eerste.xlsx"
    export_workbook(store, first)
    sheets = sheet_values(first)
    assert sheets["Doelgroepen"][1:] == [
        (g.id, g.name) for g in target_groups.list_groups(store, only_workshop(store).id)
    ]
    proposal_header = list(sheets["Voorstellen"][0])
    proposal_row = dict(zip(proposal_header, sheets["Voorstellen"][1], strict=True))
    assert proposal_row["Trekker"] == "Dienst Samenleving"
    # In the clusters' own order; a name with a comma survives ("; " between names).
    assert proposal_row["Andere sectoren"] == "Ruimte; Vrije tijd, cultuur"
    path_row = dict(zip(sheets["Ontwikkelpaden"][0], sheets["Ontwikkelpaden"][1], strict=True))
    assert path_row["Trekker"] == "An Peeters"
    assert [r[0] for r in sheets["Synthese"][1:]] == [1, 2, 3]

    second = tmp_path / "tweede.xlsx"
    with open_store(blank_path, backup_on_open=False) as copy:
        report = import_workbook(copy, first)
        assert report.ok, report.problems
        export_workbook(copy, second)
        ws = only_workshop(copy).id
        (path,) = paths.paths.list(copy, ws)
        assert path.owner == "An Peeters" and path.owner_participant_id == ids["an"]
        assert [(i.target_group, i.text) for i in path.impacts] == [
            ("Partners en stakeholders", "Partners kennen onze visie"),
            ("Burgers", "Inwoners betrokken"),
        ]
        (proposal,) = proposals.proposals.list(copy, ws)
        names = {c.id: c.name for c in organisation.clusters.list(copy, ws)}
        assert [names[c] for c in proposal.cluster_ids] == [
            "Welzijn",
            "Ruimte",
            "Vrije tijd, cultuur",
        ]
        assert proposal.owner == "Dienst Samenleving" and proposal.owner_participant_id is None
        shown = synthesis.synthesis(copy, ws)
        assert shown.curated and [i.text for i in shown.items] == ["Punt W1", "Punt S0", "Punt T0"]
    before, after = (
        without_export_time(sheet_values(first)),
        without_export_time(sheet_values(second)),
    )
    for title in before:
        assert before[title] == after[title], title


def test_an_unknown_target_group_in_an_import_is_added_not_dropped(store, tmp_path):
    ws = only_workshop(store).id
    book = workbook(
        tmp_path / "paden.xlsx",
        {
            "Ontwikkelpaden": [("Titel", "Trekker"), ("Jeugdbeleid", "Schepen van jeugd")],
            "Padimpact": [
                ("Ontwikkelpad", "Doelgroep", "Impact"),
                ("Jeugdbeleid", "Jongeren", "Jongeren vinden hun weg"),
                ("Jeugdbeleid", "medewerker", "Medewerkers kennen het jeugdbeleid"),
            ],
        },
    )
    report = import_workbook(store, book)
    assert report.ok, report.problems
    assert report.created["target_groups"] == 1
    groups = [g.name for g in target_groups.list_groups(store, ws)]
    assert groups == ["Medewerkers", "Klanten", "Mandatarissen", "Burgers", "Jongeren"]
    (path,) = paths.paths.list(store, ws)
    assert path.owner == "Schepen van jeugd"
    assert [(i.target_group, i.text) for i in path.impacts] == [
        ("Jongeren", "Jongeren vinden hun weg"),
        ("Medewerkers", "Medewerkers kennen het jeugdbeleid"),
    ]


def test_an_extra_cluster_in_an_import_filters_like_the_main_one(store, tmp_path: Path):
    ws = only_workshop(store).id
    book = workbook(
        tmp_path / "fiches.xlsx",
        {
            "Voorstellen": [
                ("Titel", "Sector", "Andere sectoren", "Trekker"),
                ("Fietsroute", "Ruimte", "Vrije tijd; Welzijn", "An Peeters"),
                ("Sporthal", "Vrije tijd", "", ""),
            ]
        },
    )
    report = import_workbook(store, book)
    assert report.ok, report.problems
    names = {c.name: c.id for c in organisation.clusters.list(store, ws)}
    listed = proposals.proposals.list(store, ws)
    in_vrije_tijd = [p.title for p in listed if p.in_cluster(names["Vrije tijd"])]
    assert in_vrije_tijd == ["Fietsroute", "Sporthal"]
    assert [p.title for p in listed if p.in_cluster(names["Welzijn"])] == ["Fietsroute"]


def test_a_synthesis_sheet_puts_its_points_first_and_drops_none(store, tmp_path: Path):
    ws = only_workshop(store).id
    s = [swot.items.create(store, ws, quadrant="S", text=f"S{n}").value.id for n in range(3)]
    synthesis.set_synthesis(store, ws, [s[0], s[1]])
    book = workbook(
        tmp_path / "synthese.xlsx",
        {"Synthese": [("Plaats", "SWOT-punt (id)"), (1, s[2]), (2, s[1])]},
    )
    report = import_workbook(store, book)
    assert report.ok, report.problems
    assert synthesis.curated_ids(store, ws) == [s[2], s[1], s[0]]
    bad = workbook(tmp_path / "fout.xlsx", {"Synthese": [("Plaats", "SWOT-punt (id)"), (1, "x")]})
    refused = import_workbook(store, bad)
    assert not refused.ok and "Synthese" in str(refused.problems[0])
    assert synthesis.curated_ids(store, ws) == [s[2], s[1], s[0]]  # nothing changed
