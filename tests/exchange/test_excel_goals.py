"""The goal tree in Excel: Atelier's own sheets both ways, and the lists municipalities
keep (one row per actie with its beleidsdoelstelling and actieplan repeated)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import goals, organisation, paths, proposals
from app.services.goals import IndicatorSpec
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.exchange.excel_files import sheet_values, without_export_time, workbook


def _tree(store) -> list[tuple[int, str, str, str]]:
    w = only_workshop(store)
    out = goals.overview(store, w.id)
    return [(x.level, x.code, x.title, goals.owner_name(x, out.owners)) for x in out.goals]


def _indicators(store) -> list[tuple[str, str, str, str, int | None]]:
    w = only_workshop(store)
    return [
        (x.code, i.name, i.baseline, i.target, i.target_year)
        for x in goals.tree(store, w.id)
        for i in x.indicators
    ]


EXPECTED = [
    (1, "BD01", "Een veilige gemeente", ""),
    (2, "AP01.01", "Verkeersveiligheid verhogen", "Dienst Mobiliteit"),
    (3, "AC01.01.01", "Schoolstraten invoeren", "An Peeters"),
    (3, "AC01.01.02", "Zone 30 rond scholen", "Dienst Mobiliteit"),
    (1, "BD02", "Een groene gemeente", ""),
    (2, "AP02.01", "Meer bomen planten", "Groendienst"),
    (3, "AC02.01.01", "1000 bomen", "Groendienst"),
]


def _person(store):
    organisation.participants.create(store, only_workshop(store).id, name="An Peeters")


def test_codes_in_their_own_columns(store, tmp_path: Path):
    _person(store)
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "Meerjarenplan": [
                ["Code BD", "Beleidsdoelstelling", "Code AP", "Actieplan", "Code AC", "Actie",
                 "Trekker", "Indicator", "Nulmeting", "Streefwaarde", "Streefjaar", "Opmerking"],
                ["BD01", "Een veilige gemeente", "AP01.01", "Verkeersveiligheid verhogen",
                 "AC01.01.01", "Schoolstraten invoeren", "an peeters", "Aantal schoolstraten",
                 2, 8, 2030, "prioriteit"],
                ["BD01", "Een veilige gemeente", "AP01.01", "Verkeersveiligheid verhogen",
                 "AC01.01.02", "Zone 30 rond scholen", "Dienst Mobiliteit", None, None, None,
                 None, None],
                ["BD02", "Een groene gemeente", "AP02.01", "Meer bomen planten", "AC02.01.01",
                 "1000 bomen", "Groendienst", "Bomen geplant", "0", "1000", 2031, None],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert report.created["goals"] == 7 and report.created["indicators"] == 2
    # The actieplan's owner is not in the list: the rows name the acties' owners.
    tree = _tree(store)
    assert [t[:3] for t in tree] == [t[:3] for t in EXPECTED]
    assert tree[2][3] == "An Peeters"  # a participant by name
    assert _indicators(store) == [
        ("AC01.01.01", "Aantal schoolstraten", "2", "8", 2030),
        ("AC02.01.01", "Bomen geplant", "0", "1000", 2031),
    ]
    assert [(i.sheet, i.column) for i in report.ignored] == [("Meerjarenplan", "Opmerking")]


def test_codes_in_the_titles_and_a_verantwoordelijke(store, tmp_path: Path):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "Doelstellingen": [
                ["Beleidsdoelstelling", "Actieplan", "Actie", "Verantwoordelijke"],
                ["BD01 Een veilige gemeente", "AP01.01 Verkeersveiligheid verhogen",
                 "AC01.01.01 Schoolstraten invoeren", "Dienst Mobiliteit"],
                ["BD01 Een veilige gemeente", "AP01.01 Verkeersveiligheid verhogen",
                 "AC01.01.02 Zone 30 rond scholen", "Dienst Mobiliteit"],
                ["BD02 Een groene gemeente", "AP02.01 Meer bomen planten",
                 "AC02.01.01 1000 bomen", "Groendienst"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert [t[:3] for t in _tree(store)] == [t[:3] for t in EXPECTED]
    assert _tree(store)[2][3] == "Dienst Mobiliteit"
    # Imported again: the same tree, nothing new.
    again = import_workbook(store, path)
    assert again.ok and again.created["goals"] == 0 and again.updated["goals"] == 0


def test_numeric_codes_and_a_budgethouder(store, tmp_path: Path):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "Blad1": [
                ["Nr BD", "Beleidsdoelstelling", "Nr AP", "Actieplan", "Nr AC", "Actie",
                 "Budgethouder"],
                [1, "Een veilige gemeente", "1.1", "Verkeersveiligheid verhogen", "1.1.1",
                 "Schoolstraten invoeren", "Mobiliteit"],
                [1, "Een veilige gemeente", "1.1", "Verkeersveiligheid verhogen", "1.1.2",
                 "Zone 30 rond scholen", "Mobiliteit"],
                [2, "Een groene gemeente", "2.1", "Meer bomen planten", "2.1.1", "1000 bomen",
                 "Groen"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert [(t[0], t[1]) for t in _tree(store)] == [
        (1, "1"), (2, "1.1"), (3, "1.1.1"), (3, "1.1.2"), (1, "2"), (2, "2.1"), (3, "2.1.1")
    ]  # fmt: skip
    assert _tree(store)[6][3] == "Groen"


def test_numeric_codes_in_the_titles_and_a_trekker(store, tmp_path: Path):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "Doelen": [
                ["Beleidsdoelstelling", "Actieplan", "Actie", "Trekker"],
                ["1. Een veilige gemeente", "1.1 Verkeersveiligheid verhogen",
                 "1.1.1 Schoolstraten invoeren", "Mobiliteit"],
                ["1. Een veilige gemeente", "1.2 Brandveiligheid", None, "Brandweer"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert [(t[0], t[1], t[2], t[3]) for t in _tree(store)] == [
        (1, "1", "Een veilige gemeente", ""),
        (2, "1.1", "Verkeersveiligheid verhogen", ""),
        (3, "1.1.1", "Schoolstraten invoeren", "Mobiliteit"),
        (2, "1.2", "Brandveiligheid", "Brandweer"),  # a row without actie: the actieplan's
    ]


@pytest.mark.parametrize("header", ["Trekker", "Verantwoordelijke", "Budgethouder"])
def test_every_owner_column_name_is_read(store, tmp_path: Path, header: str):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {"Blad1": [["Actieplan", "Actie", header], ["AP01 Plan", "AC01.01 Actie", "Jan"]]},
    )
    # An actieplan without a beleidsdoelstelling is against the tree: said, nothing changed.
    report = import_workbook(store, path)
    assert not report.ok
    assert "beleidsdoelstelling" in report.problems[0].message
    assert _tree(store) == []
    path = workbook(
        tmp_path / "doelen2.xlsx",
        {"Blad1": [["BD", "AP", "AC", header], ["BD01 Doel", "AP01.01 Plan", "AC01.01.01 Actie",
                                                 "Jan"]]},
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert _tree(store)[-1] == (3, "AC01.01.01", "Actie", "Jan")


def test_export_import_into_a_new_store_export_again_is_identical(
    store, blank_path: Path, tmp_path: Path
):
    w = only_workshop(store)
    person = organisation.participants.create(store, w.id, name="An Peeters").value
    bd = goals.create_goal(store, w.id, title="Een veilige gemeente").value
    ap = goals.create_goal(
        store, w.id, parent_id=bd.id, title="Verkeer", owner_participant_id=person.id
    ).value
    ac = goals.create_goal(
        store,
        w.id,
        parent_id=ap.id,
        title="Schoolstraten",
        owner_text="Dienst Mobiliteit",
        indicators=[IndicatorSpec("Schoolstraten", "2", "8", 2030), IndicatorSpec("Ongevallen")],
    ).value
    goals.create_goal(store, w.id, parent_id=bd.id, code="", title="Zonder code")
    goals.create_goal(store, w.id, title="Een groene gemeente")
    proposals.create_proposal(store, w.id, title="Fietspad", goal_id=ac.id)
    paths.create_path(store, w.id, title="Mobiliteit", goal_ids=[ac.id, bd.id])
    first = tmp_path / "eerste.xlsx"
    export_workbook(store, first)
    with open_store(blank_path, backup_on_open=False) as other:
        report = import_workbook(other, first)
        assert report.ok, report.problems
        assert report.created["goals"] == 5 and report.created["indicators"] == 2
        second = tmp_path / "tweede.xlsx"
        export_workbook(other, second)
        assert proposals.proposals.list(other, only_workshop(other).id)[0].goal_id == ac.id
    before = without_export_time(sheet_values(first))
    after = without_export_time(sheet_values(second))
    assert before == after
    assert [list(r) for r in before["Doelen"][1:]] == [
        [bd.id, "beleidsdoelstelling", "BD01", "Een veilige gemeente", None, None, None],
        [ap.id, "actieplan", "AP01.01", "Verkeer", "BD01", "An Peeters", None],
        [ac.id, "actie", "AC01.01.01", "Schoolstraten", "AP01.01", "Dienst Mobiliteit", None],
        [before["Doelen"][4][0], "actieplan", None, "Zonder code", "BD01", None, None],
        [before["Doelen"][5][0], "beleidsdoelstelling", "BD02", "Een groene gemeente", None,
         None, None],
    ]  # fmt: skip
    assert len(before["Indicatoren"]) == 3
    assert before["Ontwikkelpaden"][1][-1] == "BD01, AC01.01.01"  # in the tree's order


def test_a_plain_code_column_before_each_level(store, tmp_path: Path):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "BBC": [
                ["Code", "Beleidsdoelstelling", "Code", "Actieplan", "Code", "Actie", "Trekker"],
                ["BD01", "Een veilige gemeente", "AP01.01", "Verkeersveiligheid verhogen",
                 "AC01.01.01", "Schoolstraten invoeren", "Mobiliteit"],
                ["BD01", "Een veilige gemeente", "AP01.01", "Verkeersveiligheid verhogen",
                 "AC01.01.02", "Zone 30 rond scholen", "Mobiliteit"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert [t[:3] for t in _tree(store)] == [t[:3] for t in EXPECTED[:4]]
    assert report.ignored == []


def test_one_code_column_for_the_actie(store, tmp_path: Path):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "Acties": [
                ["Nr", "Beleidsdoelstelling", "Actieplan", "Actie", "Verantwoordelijke"],
                ["1.1.1", "Een veilige gemeente", "Verkeersveiligheid verhogen",
                 "Schoolstraten invoeren", "Mobiliteit"],
                ["x", "Een veilige gemeente", "Verkeersveiligheid verhogen", "Iets", "Mobiliteit"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    # A code that is none: said with its cell, nothing stored.
    assert not report.ok
    assert report.problems[0].cell == "A3" and "geen code" in report.problems[0].message
    assert _tree(store) == []
    path = workbook(
        tmp_path / "doelen2.xlsx",
        {
            "Acties": [
                ["Nr", "Beleidsdoelstelling", "Actieplan", "Actie", "Verantwoordelijke"],
                ["1.1.1", "Een veilige gemeente", "Verkeersveiligheid verhogen",
                 "Schoolstraten invoeren", "Mobiliteit"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert [(t[0], t[1], t[2]) for t in _tree(store)] == [
        (1, "", "Een veilige gemeente"),
        (2, "", "Verkeersveiligheid verhogen"),
        (3, "1.1.1", "Schoolstraten invoeren"),
    ]


def test_a_list_that_writes_each_objective_and_plan_once(store, tmp_path: Path):
    path = workbook(
        tmp_path / "doelen.xlsx",
        {
            "Meerjarenplan": [
                ["Beleidsdoelstelling", "Actieplan", "Actie", "Trekker"],
                ["BD01 Een veilige gemeente", "AP01.01 Verkeersveiligheid verhogen",
                 "AC01.01.01 Schoolstraten invoeren", "Dienst Mobiliteit"],
                [None, None, "AC01.01.02 Zone 30 rond scholen", "Dienst Mobiliteit"],
                ["BD02 Een groene gemeente", "AP02.01 Meer bomen planten", "AC02.01.01 1000 bomen",
                 "Groendienst"],
            ]
        },
    )  # fmt: skip
    report = import_workbook(store, path)
    assert report.ok, report.problems
    assert [t[:3] for t in _tree(store)] == [t[:3] for t in EXPECTED]
