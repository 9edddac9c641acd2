"""The lists people keep themselves: one test per shape."""

from __future__ import annotations

import pytest

from app.exchange.importer import import_workbook
from app.services import organisation, proposals
from tests.exchange.excel_files import store_digest, swot_texts, workbook


def _ok(report):  # type: ignore[no-untyped-def]
    assert report.ok, [p.describe(report.file) for p in report.problems]
    return report


QUADRANT_WORDS = [
    ("Sterkte", "S"),
    ("sterktes", "S"),
    ("Sterke punten", "S"),
    ("STRENGTHS", "S"),
    ("s", "S"),
    ("Zwakte", "W"),
    ("Zwakke punten", "W"),
    ("weaknesses", "W"),
    ("W", "W"),
    ("Kans", "O"),
    ("Kansen", "O"),
    ("Opportuniteiten", "O"),
    ("opportunity", "O"),
    ("O", "O"),
    ("Bedreiging", "T"),
    ("bedreigingen", "T"),
    ("Threats", "T"),
    ("t", "T"),
]


def test_a_list_of_points_with_a_type_column(store, tmp_path):
    rows = [["Type", "Omschrijving"]] + [
        [w, f"Punt {n}"] for n, (w, _) in enumerate(QUADRANT_WORDS)
    ]
    path = workbook(tmp_path / "punten.xlsx", {"Blad1": rows})
    report = _ok(import_workbook(store, path))
    assert report.created["swot_items"] == len(QUADRANT_WORDS)
    got = {text: quadrant for quadrant, text, _ in swot_texts(store)}
    assert got == {f"Punt {n}": q for n, (_, q) in enumerate(QUADRANT_WORDS)}


def test_a_sheet_with_one_column_per_quadrant(store, tmp_path):
    rows = [
        ["Sterke punten", "Zwaktes", "Opportuniteiten", "Threats"],
        ["Gedreven team", "Verouderde IT", "Subsidies", "Vergrijzing"],
        ["Goede sfeer", None, "Samenwerking", None],
    ]
    path = workbook(tmp_path / "swot.xlsx", {"SWOT": rows})
    report = _ok(import_workbook(store, path))
    assert report.created["swot_items"] == 6
    assert report.created["clusters"] == 0  # "SWOT" names no cluster
    assert sorted(swot_texts(store)) == sorted(
        [
            ("S", "Gedreven team", None),
            ("S", "Goede sfeer", None),
            ("W", "Verouderde IT", None),
            ("O", "Subsidies", None),
            ("O", "Samenwerking", None),
            ("T", "Vergrijzing", None),
        ]
    )


def test_one_sheet_per_cluster_creates_missing_clusters(store, workshop, tmp_path):
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    path = workbook(
        tmp_path / "clusters.xlsx",
        {
            "Ruimte": [["Sterktes", "Zwaktes"], ["Mooie parken", "Weinig parkeerplaats"]],
            "Welzijn": [["Kwadrant", "Tekst"], ["Kans", "Nieuwe zorgvormen"]],
        },
    )
    report = _ok(import_workbook(store, path))
    assert report.created["clusters"] == 1
    assert sorted(c.name for c in organisation.clusters.list(store, workshop.id)) == [
        "Ruimte",
        "Welzijn",
    ]
    assert sorted(swot_texts(store)) == sorted(
        [
            ("S", "Mooie parken", "Ruimte"),
            ("W", "Weinig parkeerplaats", "Ruimte"),
            ("O", "Nieuwe zorgvormen", "Welzijn"),
        ]
    )


def test_header_not_on_the_first_row_empty_rows_and_spaces(store, tmp_path):
    rows = [
        ["SWOT-analyse dienst Vrije Tijd"],
        [None],
        ["Opgemaakt door: het beleidsteam"],
        ["Categorie", "Punt", "Cluster"],
        ["  Kansen ", "  Łódź-stijl ştraat ğ ő ø ž  ", " Vrije Tijd "],
        [None, None, None],
        ["Bedreiging", "Minder vrijwilligers", "Vrije Tijd"],
    ]
    path = workbook(tmp_path / "lijst.xlsx", {"Punten": rows})
    _ok(import_workbook(store, path))
    assert swot_texts(store) == [
        ("O", "Łódź-stijl ştraat ğ ő ø ž", "Vrije Tijd"),
        ("T", "Minder vrijwilligers", "Vrije Tijd"),
    ]


def test_importing_the_same_list_twice_does_not_duplicate(store, tmp_path):
    rows = [["Kwadrant", "Tekst"], ["Sterkte", "Een punt"], ["Sterkte", "Een punt"]]
    path = workbook(tmp_path / "twee.xlsx", {"Blad1": rows})
    assert _ok(import_workbook(store, path)).created["swot_items"] == 2
    digest = store_digest(store)
    again = _ok(import_workbook(store, path))
    assert again.created["swot_items"] == 0 and again.updated["swot_items"] == 0
    assert store_digest(store) == digest


def test_a_list_of_proposals(store, workshop, tmp_path):
    organisation.locations.create(store, workshop.id, name="Stadhuis")
    rows = [
        [
            "Nr",
            "Projectnaam",
            "Sector",
            "Beleidsdoelstelling",
            "Verplicht/keuze",
            "Geraamde kost",
            "SDG",
            "Locatie",
        ],
        [
            "V-1",
            "Fietspad",
            "Ruimte",
            "Veilig verkeer",
            "verplicht",
            "€ 1.250.000",
            "3, 11",
            "Stadhuis",
        ],
        [
            "V-2",
            "Speelplein",
            "Vrije Tijd",
            "Jeugd",
            "keuze",
            "1 250 000",
            "SDG 3; SDG 11",
            "Wijk Noord",
        ],
        ["V-3", "Zonnepanelen", "Ruimte", "Klimaat", "Keuze", "1,25 mio", 7, None],
        ["V-4", "Onthaal", "Burger", "Dienstverlening", "Verplicht", "125000,50", None, None],
        ["V-5", "Archief", "Burger", "Dienstverlening", "keuze", 98000, "13", None],
    ]
    path = workbook(tmp_path / "voorstellen.xlsx", {"Fiches": rows})
    report = _ok(import_workbook(store, path))
    assert report.created["proposals"] == 5
    assert report.created["clusters"] == 3
    got = {p.code: p for p in proposals.proposals.list(store, workshop.id)}
    codes = ["V-1", "V-2", "V-3", "V-4", "V-5"]
    assert sorted(got) == codes
    cluster = {c.id: c.name for c in organisation.clusters.list(store, workshop.id)}
    # Title, sector (a cluster, made once per name) and objective of every row, as typed.
    assert [(got[c].title, cluster[got[c].cluster_id], got[c].policy_objective) for c in codes] == [
        (row[1], row[2], row[3]) for row in rows[1:]
    ]
    assert sorted(cluster.values()) == ["Burger", "Ruimte", "Vrije Tijd"]
    assert [got[c].estimated_cost for c in ("V-1", "V-2", "V-3", "V-4", "V-5")] == [
        1_250_000,
        1_250_000,
        1_250_000,
        125_000.50,
        98_000,
    ]
    assert got["V-1"].sdgs == (3, 11) and got["V-2"].sdgs == (3, 11) and got["V-3"].sdgs == (7,)
    assert got["V-1"].mandatory and not got["V-2"].mandatory and got["V-4"].mandatory
    assert got["V-1"].location_id is not None and got["V-1"].location_text == ""
    assert got["V-2"].location_id is None and got["V-2"].location_text == "Wijk Noord"
    assert got["V-1"].policy_objective == "Veilig verkeer"
    assert all(r.year == workshop.period_start for p in got.values() for r in p.resources)


@pytest.mark.parametrize(
    "rows",
    [
        [
            ["Voornaam", "Achternaam", "Cluster", "Rol"],
            ["Łucja", "Öztürk", "Ruimte", "diensthoofd"],
        ],
        [["Name", "Department", "Function"], ["Łucja Öztürk", "Ruimte", "diensthoofd"]],
    ],
    ids=["first-and-last-name", "one-name-column"],
)
def test_a_list_of_participants(store, workshop, tmp_path, rows):
    path = workbook(tmp_path / "mensen.xlsx", {"Blad1": rows})
    report = _ok(import_workbook(store, path))
    assert report.created["participants"] == 1 and report.created["clusters"] == 1
    (person,) = organisation.participants.list(store, workshop.id)
    (cluster,) = organisation.clusters.list(store, workshop.id)
    assert (person.name, person.role, person.cluster_id) == (
        "Łucja Öztürk",
        "diensthoofd",
        cluster.id,
    )
    assert cluster.name == "Ruimte"


def test_the_template_filled_in_imports(store, workshop, tmp_path):
    import openpyxl

    from app.exchange.export import write_template

    path = tmp_path / "sjabloon.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    wb["Clusters"].append([None, "Ruimte", "nee", None])
    wb["Locaties"].append([None, "Zaal De Markt", "Markt 1", "2320", "Meer"])
    wb["Sessies"].append([None, "Dag 1", "2026-03-12", "Zaal De Markt"])
    wb["Deelnemers"].append([None, "An Peeters", "Ruimte", "diensthoofd"])
    wb["SWOT"].append([None, "Sterke punten", "Korte lijnen", "Ruimte", None, "Dag 1", None, None])
    wb["Voorstellen"].append([None, "R-01", "Fietspad", "Ruimte", None, "keuze"])
    wb.save(path)
    report = _ok(import_workbook(store, path))
    assert {k: v for k, v in report.created.items() if v} == {
        "clusters": 1,
        "locations": 1,
        "sessions": 1,
        "participants": 1,
        "swot_items": 1,
        "proposals": 1,
    }
    (session,) = organisation.sessions.list(store, workshop.id)
    assert str(session.date) == "2026-03-12" and session.location_id is not None


def test_a_list_with_a_title_column_never_renames_the_workshop(store, workshop, tmp_path):
    from app.services.workshops import only_workshop

    rows = [["Titel", "Organisatie"], ["Fietspad", "Stad"]]
    path = workbook(tmp_path / "titels.xlsx", {"Projecten": rows})
    report = _ok(import_workbook(store, path))
    assert report.created["proposals"] == 1
    assert only_workshop(store).title == workshop.title
