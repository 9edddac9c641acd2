"""Bad files: a clear message naming file, sheet and cell; the store unchanged."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from app.cli import main
from app.exchange import layout, safety
from app.exchange.export import write_template
from app.exchange.importer import import_workbook
from app.storage.store import open_store
from tests.conftest import run_cli
from tests.exchange.excel_files import (
    BILLION_LAUGHS,
    first_sheet_part,
    old_xls,
    replace_part,
    store_digest,
    workbook,
)


def _refused(store, path: Path, *expected: str):  # type: ignore[no-untyped-def]
    before = store_digest(store)
    report = import_workbook(store, path)
    assert not report.ok
    assert store_digest(store) == before
    message = report.problems[0].describe(path)
    for part in expected:
        assert part in message, message
    return report.problems[0]


def _valid(tmp_path: Path) -> Path:
    return workbook(tmp_path / "goed.xlsx", {"SWOT": [["Kwadrant", "Tekst"], ["Kans", "Iets"]]})


def test_defusedxml_guards_openpyxl():
    assert safety.defused()


def test_not_a_workbook(store, tmp_path):
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _refused(store, path, "foto.xlsx", "geen Excel-werkmap")


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [
        ("utf-8", ";"),
        ("utf-8-sig", ";"),  # Excel's "CSV UTF-8"
        ("cp1252", ";"),  # Excel for Windows' plain CSV, in Flanders
        ("cp1252", "\t"),  # its "Tekst (tabgescheiden)"
        ("utf-16", "\t"),  # its "Unicode-tekst"
    ],
)
def test_a_renamed_csv(store, tmp_path, encoding: str, separator: str):
    path = tmp_path / "lijst.xlsx"
    rows = ["Kwadrant", "Tekst"], ["Sterkte", "Café met crème – ‘goed’ € 5"], ["Kans", "Één loket"]
    text = "\r\n".join(separator.join(row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    if encoding == "cp1252":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")  # not UTF-8 at all
    _refused(store, path, "lijst.xlsx", "CSV", "bewaar het als Excel-werkmap (.xlsx)")


def test_a_renamed_pdf_is_not_taken_for_a_csv(store, tmp_path):
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    problem = _refused(store, path, "rapport.xlsx", "geen Excel-werkmap")
    assert "CSV" not in problem.message


def test_an_old_xls(store, tmp_path):
    _refused(store, old_xls(tmp_path / "oud.xls"), "oud.xls", "oud Excel-bestand (.xls)")


def test_a_truncated_workbook(store, tmp_path):
    data = _valid(tmp_path).read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(store, path, "half.xlsx", "beschadigd of onvolledig")


def test_a_password_protected_workbook(store, tmp_path):
    plain = _valid(tmp_path)
    path = tmp_path / "geheim.xlsx"
    with open(plain, "rb") as source, open(path, "wb") as target:
        OOXMLFile(source).encrypt("geheim", target)
    _refused(store, path, "geheim.xlsx", "wachtwoord")


BOMB = b" " * (2 * safety.RATIO_CHECKED_FROM)  # packs about 1000 times


def test_a_zip_bomb(store, tmp_path):
    path = replace_part(_valid(tmp_path), tmp_path / "bom.xlsx", "xl/theme/theme1.xml", BOMB)
    problem = _refused(store, path, "bom.xlsx", "zip-bom")
    assert problem.cell == ""


def test_a_zip_bomb_in_a_sheet_names_the_sheet(store, tmp_path):
    source = _valid(tmp_path)
    part = first_sheet_part(source)
    path = replace_part(source, tmp_path / "bom.xlsx", part, BOMB)
    _refused(store, path, "bom.xlsx", "blad 'SWOT'", "zip-bom")


def test_an_xml_entity_bomb(store, tmp_path):
    source = _valid(tmp_path)
    path = replace_part(source, tmp_path / "lol.xlsx", first_sheet_part(source), BILLION_LAUGHS)
    _refused(store, path, "lol.xlsx", "blad 'SWOT'", "XML-entiteiten")


def test_defusedxml_stops_entities_the_prolog_check_does_not_see(tmp_path):
    # The DOCTYPE after 8 kB of comment: the quick check misses it, defusedxml does not.
    source = _valid(tmp_path)
    late = BILLION_LAUGHS.replace(b"<!DOCTYPE", b"<!--" + b"x" * 9000 + b"-->\n<!DOCTYPE", 1)
    path = replace_part(source, tmp_path / "laat.xlsx", first_sheet_part(source), late)
    report = import_workbook_without_store(path)
    assert not report.ok
    assert "XML-entiteiten" in report.problems[0].message


def import_workbook_without_store(path: Path):  # type: ignore[no-untyped-def]
    from app.exchange.importer import read_workbook

    return read_workbook(path).report


def test_a_formula_where_text_is_expected(store, tmp_path):
    path = workbook(
        tmp_path / "formule.xlsx",
        {"SWOT": [["Kwadrant", "Tekst"], ["Kans", "Goed"], ["Kans", '=CONCAT("a";"b")']]},
    )
    problem = _refused(store, path, "formule.xlsx", "blad 'SWOT'", "cel B3", "formule", "tekst")
    assert (problem.sheet, problem.cell) == ("SWOT", "B3")


def test_a_sheet_of_a_million_rows(store, tmp_path):
    path = tmp_path / "groot.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SWOT"
    ws.append(["Kwadrant", "Tekst"])
    ws.cell(row=1_000_000, column=1, value="Kans")
    wb.save(path)
    _refused(store, path, "groot.xlsx", "blad 'SWOT'", "1.000.000 rijen", "hoogstens 100.000")


def test_too_many_rows_without_a_declared_size(store, tmp_path):
    source = tmp_path / "groot.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "SWOT"
    wb.active.append(["Kwadrant", "Tekst"])
    wb.active.cell(row=safety.MAX_ROWS + 5, column=1, value="Kans")
    wb.save(source)
    part = first_sheet_part(source)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read(part)
    start = xml.index(b"<dimension")
    stripped = xml[:start] + xml[xml.index(b"/>", start) + 2 :]
    path = replace_part(source, tmp_path / "zonder.xlsx", part, stripped)
    _refused(store, path, "zonder.xlsx", "blad 'SWOT'", "meer dan 100.000 rijen")


def test_a_sheet_whose_shape_is_not_recognised(store, tmp_path):
    path = workbook(tmp_path / "vreemd.xlsx", {"Blad1": [["Bedrag", "Datum"], [12, "vandaag"]]})
    _refused(store, path, "vreemd.xlsx", "blad 'Blad1'", "cel A1", "niet herkend", "Kwadrant")


def test_an_unknown_quadrant(store, tmp_path):
    path = workbook(
        tmp_path / "kwadrant.xlsx",
        {"Punten": [["Kwadrant", "Tekst"], ["Sterkte", "Goed"], ["Sterk-ish", "Twijfel"]]},
    )
    problem = _refused(store, path, "blad 'Punten'", "cel A3", "'Sterk-ish'", "Sterke punten")
    assert problem.cell == "A3"


def test_cli_exit_2_with_the_json_errors(store_path, store, tmp_path):
    # The contract as scripts see it: a fresh process, its exit code, stdout and stderr.
    store.close()
    path = workbook(
        tmp_path / "fout.xlsx", {"SWOT": [["Kwadrant", "Tekst"], ["Kans", "Goed"], ["Nope", "x"]]}
    )
    result = run_cli("import", str(store_path), str(path), "--json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["errors"][0]["sheet"] == "SWOT" and report["errors"][0]["cell"] == "A3"
    assert set(report["created"]) >= {"swot_items", "clusters", "proposals", "participants"}
    assert "fout.xlsx, blad 'SWOT', cel A3" in result.stderr


def test_cli_template_and_a_dry_run_of_it(store_path, store, tmp_path, capsys):
    store.close()
    path = tmp_path / "leeg.xlsx"
    assert main(["template", str(path)]) == 0
    wb = openpyxl.load_workbook(path)
    wb["Clusters"].append([None, "Ruimte"])
    wb.save(path)
    with open_store(store_path, backup_on_open=False) as reopened:
        before = store_digest(reopened)
    capsys.readouterr()
    assert main(["import", str(store_path), str(path), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"]["clusters"] == 1
    with open_store(store_path, backup_on_open=False) as reopened:
        assert store_digest(reopened) == before


def test_template_matches_the_export_layout(tmp_path, demo_export):
    path = tmp_path / "sjabloon.xlsx"
    write_template(path)
    template, export = openpyxl.load_workbook(path), openpyxl.load_workbook(demo_export)
    # The same sheets, in the same order, with the same header rows as the export.
    assert template.sheetnames == export.sheetnames == [s.title for s in layout.SHEETS]
    for spec in layout.SHEETS:
        empty, full = template[spec.title], export[spec.title]
        header = [c.value for c in empty[1]]
        assert header == [c.value for c in full[1]] == [f.header for f in spec.columns]
        assert empty.max_row == 1  # and nothing else
        assert empty.freeze_panes == full.freeze_panes == "A2"
        # The same dropdowns, on the same columns.
        assert _dropdowns(empty) == _dropdowns(full), spec.title
    assert export["SWOT"].max_row > 1


def _dropdowns(ws) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Column letter -> the list a dropdown offers (a closed list, or the sheet and
    column it takes its names from)."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for ref in str(dv.sqref).split():
            column = ref.split(":")[0].rstrip("0123456789")
            out[column] = re.sub(r"\$\d+$", "", dv.formula1)  # the last row differs
    return out
