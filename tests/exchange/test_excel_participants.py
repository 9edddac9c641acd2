"""Participants' e-mail addresses are kept: a list's e-mail column, the own workbook
(issue 15; schema 0006)."""

from __future__ import annotations

from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import organisation
from tests.exchange.excel_files import sheet_values, store_digest, workbook


def test_a_list_with_e_mail_addresses_keeps_them(store, workshop, tmp_path):
    rows = [
        ["Voornaam", "Achternaam", "E-mailadres", "Dienst"],
        ["An", "Peeters", " an.peeters@gemeente.be ", "Ruimte"],
        ["Bart", "Claes", None, "Ruimte"],
    ]
    path = workbook(tmp_path / "mensen.xlsx", {"Deelnemers": rows})
    report = import_workbook(store, path)
    assert report.ok and report.ignored == []
    people = {p.name: p.email for p in organisation.participants.list(store, workshop.id)}
    assert people == {"An Peeters": "an.peeters@gemeente.be", "Bart Claes": ""}


def test_a_broken_address_names_its_cell(store, tmp_path):
    rows = [["Naam", "Email"], ["An Peeters", "an.peeters(at)gemeente.be"]]
    path = workbook(tmp_path / "mensen.xlsx", {"Deelnemers": rows})
    digest = store_digest(store)
    report = import_workbook(store, path)
    assert [(p.sheet, p.cell) for p in report.problems] == [("Deelnemers", "B2")]
    assert "e-mailadres" in report.problems[0].message
    assert store_digest(store) == digest


def test_the_own_workbook_carries_the_addresses(store, workshop, blank_path, tmp_path):
    from app.storage.store import open_store

    organisation.participants.create(
        store, workshop.id, name="An Peeters", email="an.peeters@gemeente.be"
    )
    out = tmp_path / "export.xlsx"
    export_workbook(store, out)
    rows = sheet_values(out)["Deelnemers"]
    assert rows[0][-1] == "E-mail" and rows[1][-1] == "an.peeters@gemeente.be"
    with open_store(blank_path, backup_on_open=False) as other:
        assert import_workbook(other, out).ok
        (person,) = _people(other)
        assert person.email == "an.peeters@gemeente.be"


def _people(store):  # type: ignore[no-untyped-def]
    from app.services.workshops import only_workshop

    return organisation.participants.list(store, only_workshop(store).id)


def test_first_and_last_names_beside_a_full_name_are_named(store, tmp_path):
    rows = [["Naam", "Voornaam", "Achternaam"], ["An Peeters", "An", "Peeters"]]
    path = workbook(tmp_path / "mensen.xlsx", {"Deelnemers": rows})
    report = import_workbook(store, path, dry_run=True)
    assert report.ok
    assert [(i.column, i.cell) for i in report.ignored] == [
        ("Voornaam", "B1"),
        ("Achternaam", "C1"),
    ]
    assert "kolom A" in report.ignored[0].reason
