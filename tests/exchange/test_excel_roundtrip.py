"""The own workbook: export, import into a new store, export again."""

from __future__ import annotations

import json
import re
import zipfile

import openpyxl

from app.cli import main
from app.exchange import layout
from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import organisation, swot
from app.services.workshops import only_workshop
from tests.exchange.excel_files import sheet_values, store_digest, without_export_time, workbook


def test_export_import_into_a_new_store_exports_the_same_workbook(
    demo_export, blank_path, tmp_path, capsys
):
    assert main(["import", str(blank_path), str(demo_export), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["errors"] == []
    assert report["created"]["swot_items"] == 315
    assert report["created"]["proposals"] == 110
    assert report["created"]["ballots"] == 68  # 48 dots, 20 score
    # The new store's standard areas and questionnaire take the workbook's ids.
    assert report["updated"]["areas"] == 13
    second = tmp_path / "tweede.xlsx"
    assert main(["export", str(blank_path), str(second)]) == 0

    before, after = sheet_values(demo_export), sheet_values(second)
    assert list(before) == list(after) == [s.title for s in layout.SHEETS]
    assert {title: len(rows) for title, rows in after.items()} == {
        title: len(rows) for title, rows in before.items()
    }
    # Every cell of every sheet, the ballots and the results they add up to included;
    # only the moment of the export may differ.
    before, after = without_export_time(before), without_export_time(after)
    for title in before:
        assert before[title] == after[title], title
    assert len(before["Stembrieven"]) > 48 and sum(r[3] for r in before["Uitslagen"][1:]) > 0
    assert before["Workshop"][1][-1] and after["Workshop"][1][-1]


def test_importing_an_export_into_its_own_store_changes_nothing(demo_store, demo_export):
    digest = store_digest(demo_store)

    report = import_workbook(demo_store, demo_export)

    assert report.ok, report.problems
    assert set(report.created.values()) == {0}
    assert set(report.updated.values()) == {0}
    assert report.changes.empty
    assert store_digest(demo_store) == digest


def test_an_edited_export_updates_by_id_instead_of_duplicating(demo_store, demo_export, tmp_path):
    # The SWOT sheet of the export as someone edits it: one point reworded, one added.
    rows = [list(r) for r in sheet_values(demo_export)["SWOT"]]
    point_id, old_text = rows[1][0], rows[1][2]
    rows[1][2] = old_text + " (herwerkt)"
    rows.append([None, "Kansen", "Een nieuwe kans", None, None, None, None, None])
    path = workbook(tmp_path / "bewerkt.xlsx", {"SWOT": rows})

    report = import_workbook(demo_store, path)

    assert report.ok, report.problems
    assert report.updated["swot_items"] == 1
    assert report.created["swot_items"] == 1
    assert sum(report.created.values()) == 1
    assert swot.items.get(demo_store, point_id).text == old_text + " (herwerkt)"


def test_typed_formulas_come_back_from_the_export_as_text(store, workshop, tmp_path):
    typed = ['=HYPERLINK("http://example.com")', "+32 3 123 45 67", "@SUM(A1:A3)", "-5 %", "#N/A"]
    for text in typed:
        swot.items.create(store, workshop.id, quadrant="S", text=text)
    organisation.clusters.create(store, workshop.id, name="=1+1")
    path = tmp_path / "tekst.xlsx"

    export_workbook(store, path)

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name
    wb = openpyxl.load_workbook(path)
    texts = [c.value for c in wb["SWOT"]["C"][1:]]
    assert texts == typed
    assert all(c.data_type == "s" for c in wb["SWOT"]["C"][1:])
    assert wb["Clusters"]["B2"].value == "=1+1" and wb["Clusters"]["B2"].data_type == "s"
    # ...and they come back into a store as the text they were.
    store_before = store_digest(store)
    report = import_workbook(store, path)
    assert report.ok and store_digest(store) == store_before


def test_letters_survive_export_and_import(store, workshop, tmp_path):
    names = ["Łukasz Ağaoğlu", "Ørjan Žižek", "Gergő Şahin", "Zoë Van den Broeck"]
    for name in names:
        organisation.participants.create(store, workshop.id, name=name)
    path = tmp_path / "namen.xlsx"
    export_workbook(store, path)
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Deelnemers"]["B"][1:]] == names
    assert only_workshop(store).title == wb["Workshop"]["A2"].value


def test_report_texts_travel_in_the_workbook_and_stay_text(demo_store, tmp_path):
    from app.services import report_settings

    w = only_workshop(demo_store)
    report_settings.set_text(demo_store, w.id, "ranking", "=SUM(A1:A3) <b>en</b> & meer", "")
    out = tmp_path / "teksten.xlsx"
    export_workbook(demo_store, out)
    sheet = openpyxl.load_workbook(out)["Rapportteksten"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Rangschikking van de stemrondes"][2] == "=SUM(A1:A3) <b>en</b> & meer"
    assert sheet.cell(row=2, column=3).data_type == "s"  # text, never a formula
    assert rows["Het rapport als geheel"][2].startswith("Vandaag is onze organisatie")
    # Edited in Excel: the part's text changes; no second row for the part.
    book = openpyxl.load_workbook(out)
    ws = book["Rapportteksten"]
    for row in ws.iter_rows(min_row=2):
        if row[1].value == "Fiches":
            row[3].value = "Een nieuw besluit uit Excel."
    ws.append([None, "Werkwijze", "Zo werkten we.", None])
    book.save(out)
    report = import_workbook(demo_store, out)
    assert report.ok, report.problems
    assert report.updated["report_texts"] == 1 and report.created["report_texts"] == 1
    texts = report_settings.texts(demo_store, w.id)
    assert texts["fiches"].conclusion == "Een nieuw besluit uit Excel."
    assert texts["method"].intro == "Zo werkten we."
    assert texts["ranking"].intro == "=SUM(A1:A3) <b>en</b> & meer"


def test_an_unknown_report_part_is_named_and_changes_nothing(demo_store, tmp_path):
    from app.services import report_settings

    out = tmp_path / "fout.xlsx"
    export_workbook(demo_store, out)
    book = openpyxl.load_workbook(out)
    book["Rapportteksten"].append([None, "Begroting", "Tekst.", None])
    book.save(out)
    before = report_settings.texts(demo_store, only_workshop(demo_store).id)
    report = import_workbook(demo_store, out)
    assert not report.ok
    problem = report.problems[0]
    assert problem.sheet == "Rapportteksten" and problem.cell.startswith("B")
    assert "Begroting" in problem.message
    assert report_settings.texts(demo_store, only_workshop(demo_store).id) == before


def test_the_workshops_synonyms_go_to_excel_and_back(store, workshop, tmp_path):
    from app.services import duplicates, dutch_text

    duplicates.set_synonyms(store, workshop.id, "fiets, rijwiel\nburger, inwoner")
    out = tmp_path / "uit.xlsx"
    export_workbook(store, out)
    duplicates.set_synonyms(store, workshop.id, None)
    assert duplicates.synonyms_of(store, workshop.id) == dutch_text.DEFAULT_SYNONYMS
    import_workbook(store, out)
    assert duplicates.synonyms_of(store, workshop.id) == "fiets, rijwiel\nburger, inwoner"
