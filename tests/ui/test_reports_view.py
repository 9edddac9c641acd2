"""The Rapporten view: PDF and Excel off the GUI thread, the import preview, printing."""

from pathlib import Path

import openpyxl
import pytest

from app.services import swot


@pytest.fixture
def view(window):  # type: ignore[no-untyped-def]
    return window.show_view("reports")


def _wait(qtbot, task):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.done, timeout=120_000):
        pass


def test_pdf_is_written_off_the_gui_thread(view, qtbot, tmp_path: Path):
    view.part.setCurrentIndex(view.part.findData("paths"))
    out = tmp_path / "paden.pdf"
    task = view.save_pdf(out)
    _wait(qtbot, task)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in view.result.text()


def test_unknown_cluster_is_a_clear_message(view, qtbot, tmp_path: Path):
    view.cluster.addItem("Bestaat niet", "Bestaat niet")
    view.cluster.setCurrentIndex(view.cluster.count() - 1)
    view.part.setCurrentIndex(view.part.findData("swot"))
    task = view.save_pdf(tmp_path / "x.pdf")
    with qtbot.waitSignal(task.error, timeout=60_000):
        pass
    assert "Bestaat niet" in view.result.text()
    assert not (tmp_path / "x.pdf").exists()


def test_excel_export_and_template(view, qtbot, tmp_path: Path):
    task = view.export_excel(tmp_path / "w.xlsx")
    _wait(qtbot, task)
    assert len(openpyxl.load_workbook(tmp_path / "w.xlsx", read_only=True).sheetnames) > 5
    view.save_template(tmp_path / "leeg.xlsx")
    assert (tmp_path / "leeg.xlsx").exists()


def _points_list(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Punten"
    sheet.append(["Type", "Omschrijving"])
    sheet.append(["Sterkte", "Nieuw punt uit Excel – Zoë"])
    sheet.append(["Bedreiging", "Nog een punt uit Excel"])
    book.save(path)


def test_import_shows_a_preview_then_applies_in_one_go(
    view, controller, qtbot, tmp_path: Path, monkeypatch
):
    path = tmp_path / "punten.xlsx"
    _points_list(path)
    before = len(swot.list_items(controller.store, controller.workshop.id))
    shown = []
    real_preview = view.preview

    def accept(plan):  # type: ignore[no-untyped-def]
        dialog = real_preview(plan)
        shown.append(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: dialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(view, "preview", accept)
    changes = []
    controller.changed.connect(changes.append)
    task = view.import_excel(path)
    _wait(qtbot, task)
    qtbot.waitUntil(lambda: bool(changes), timeout=60_000)
    dialog = shown[0]
    assert dialog.apply_button.isEnabled()
    assert dialog.counts.rowCount() >= 1 and not dialog.problems.isVisibleTo(dialog)
    assert len(swot.list_items(controller.store, controller.workshop.id)) == before + 2
    assert "2 nieuw" in view.result.text()


def test_a_broken_workbook_is_refused_in_the_preview(
    view, controller, qtbot, tmp_path: Path, monkeypatch
):
    path = tmp_path / "kapot.xlsx"
    path.write_text("dit is geen werkmap", encoding="utf-8")
    dialogs = []
    monkeypatch.setattr(view, "_show_plan", lambda plan: dialogs.append(view.preview(plan)))
    task = view.import_excel(path)
    _wait(qtbot, task)
    dialog = dialogs[0]
    assert not dialog.apply_button.isEnabled()
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 2).text()  # says what is wrong


def test_printing_paints_every_pdf_page(view, qtbot, tmp_path: Path):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.printing import paint_pdf

    view.part.setCurrentIndex(view.part.findData("paths"))
    source = tmp_path / "bron.pdf"
    _wait(qtbot, view.save_pdf(source))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afgedrukt.pdf"))
    pages = paint_pdf(printer, source)
    assert pages >= 2
    assert (tmp_path / "afgedrukt.pdf").stat().st_size > 10_000
