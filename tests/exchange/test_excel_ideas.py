"""Ideas in the Excel export: a read-only sheet "Ideeën" (round, quadrant, cluster,
status, text) and the accepted ones as SWOT points; markup and formula characters
stay text, and the import never takes the ideas in."""

from __future__ import annotations

import zipfile

import openpyxl

from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import ideas, organisation, rounds

RISKY = ["=SUM(A1)", "+cmd", "-2+3", "@hulp", "<b>x</b>", "\tverborgen"]


def _ideas_store(store, workshop):  # type: ignore[no-untyped-def]
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    made = rounds.create_round(
        store, workshop.id, "Ideeën dag 1", "ideas", [], {"quadrants": ["S", "W", "O", "T"]}
    ).value
    rounds.open_round(store, made.id)
    for n, text in enumerate(RISKY):
        ideas.submit(store, made.id, f"telefoon-{n:016d}", text, "SWOT"[n % 4], "Ruimte")
    listed = {i.text: i.id for i in ideas.list_ideas(store, made.id)}
    ideas.accept(store, [listed["=SUM(A1)"], listed["+cmd"], listed["<b>x</b>"]])
    ideas.reject(store, [listed["@hulp"]])
    return made


def test_ideas_are_exported_as_text_on_a_read_only_sheet(store, workshop, tmp_path):
    _ideas_store(store, workshop)
    path = tmp_path / "ideeen.xlsx"
    export_workbook(store, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Ideeën"]
    assert sheet.protection.sheet  # counted from the store, not edited here
    header, *rows = list(sheet.iter_rows())
    assert [c.value for c in header] == ["Stemronde", "Kwadrant", "Cluster", "Status", "Tekst"]
    texts = {row[4].value: row for row in rows}
    # Stripped of the surrounding tab as the phone's text is, every other letter kept.
    assert set(texts) == {"=SUM(A1)", "+cmd", "-2+3", "@hulp", "<b>x</b>", "verborgen"}
    for row in rows:
        assert row[4].data_type == "s", row[4].value  # text, never a formula
    assert texts["=SUM(A1)"][3].value == "Aanvaard"
    assert texts["@hulp"][3].value == "Afgewezen"
    assert texts["-2+3"][3].value == "Nieuw"
    assert texts["+cmd"][2].value == "Ruimte" and texts["+cmd"][0].value == "Ideeën dag 1"
    # Accepted ideas are points on the SWOT sheet, as text too.
    points = {c.value: c for c in book["SWOT"]["C"][1:]}
    for text in ("=SUM(A1)", "+cmd", "<b>x</b>"):
        assert points[text].data_type == "s"
    with zipfile.ZipFile(path) as packed:
        for name in packed.namelist():
            if name.startswith("xl/worksheets/"):
                xml = packed.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml  # no formula anywhere


def test_the_import_names_the_ideas_sheet_and_takes_nothing_from_it(store, workshop, tmp_path):
    made = _ideas_store(store, workshop)
    path = tmp_path / "ideeen.xlsx"
    export_workbook(store, path)
    before = [(i.id, i.status) for i in ideas.list_ideas(store, made.id)]
    report = import_workbook(store, path, dry_run=True)
    ignored = {i.sheet: str(i.reason) for i in report.ignored}
    assert "Ideeën" in ignored and "niet ingelezen" in ignored["Ideeën"]
    import_workbook(store, path)
    assert [(i.id, i.status) for i in ideas.list_ideas(store, made.id)] == before
