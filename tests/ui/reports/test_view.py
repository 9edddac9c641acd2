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


def test_pdf_is_written_off_the_gui_thread_with_progress(view, qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QProgressBar

    import app.ui.reports.view as reports

    real_build = reports.build_report
    calls: list[tuple[int, int]] = []
    threads = []

    def build(store, out, part, cluster, progress, cancelled, **options):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread())

        def spy(done: int, total: int) -> None:
            calls.append((done, total))
            progress(done, total)

        return real_build(store, out, part, cluster, spy, cancelled, **options)

    monkeypatch.setattr(reports, "build_report", build)
    view.part.setCurrentIndex(view.part.findData("paths"))
    out = tmp_path / "paden.pdf"
    task = view.save_pdf(out)
    # The worker's progress reaches the GUI thread as queued signals: none handled yet.
    dialog = _progress_dialog(view, "Rapport maken…")
    shown: list[int] = []
    dialog.findChild(QProgressBar).valueChanged.connect(shown.append)
    _wait(qtbot, task)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in view.result.text()
    assert len(threads) == 1 and threads[0] is not view.thread()
    # The progress went to the dialog, rising to the end.
    total = calls[-1][1]
    assert len(calls) > 3 and calls[-1] == (total, total)
    rising = [v for v in shown if v >= 0]  # (closing the dialog resets it to -1)
    assert len(rising) > 3 and rising == sorted(rising) and rising[-1] == total
    assert dialog.maximum() == total


def _progress_dialog(view, label: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog

    return [d for d in view.findChildren(QProgressDialog) if d.labelText() == label][-1]


@pytest.mark.parametrize("kind", ["pdf", "excel"])
def test_cancelling_an_export_writes_no_file_and_changes_nothing(
    view, controller, qtbot, tmp_path: Path, monkeypatch, kind: str
):
    """Cancel pressed in the progress dialog while the export runs."""
    import threading

    from PySide6.QtWidgets import QPushButton

    import app.ui.reports.view as reports
    from tests.exchange.excel_files import store_digest

    name = "build_report" if kind == "pdf" else "export_workbook"
    real = getattr(reports, name)
    running, seen_cancel = threading.Event(), []

    def held(*args, **options):  # type: ignore[no-untyped-def]
        # The worker waits here until Cancel is pressed (at most 30 s), then goes on.
        cancelled = args[-1]
        running.set()
        for _ in range(3000):
            if cancelled():
                seen_cancel.append(True)
                break
            threading.Event().wait(0.01)
        return real(*args, **options)

    monkeypatch.setattr(reports, name, held)
    before = store_digest(controller.store)
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / ("rapport.pdf" if kind == "pdf" else "werkmap.xlsx")
    task = view.save_pdf(out) if kind == "pdf" else view.export_excel(out)
    qtbot.waitUntil(running.is_set, timeout=30_000)
    label = "Rapport maken…" if kind == "pdf" else "Werkmap schrijven…"
    dialog = _progress_dialog(view, label)
    with qtbot.waitSignal(task.error, timeout=60_000):
        dialog.findChild(QPushButton).click()  # Annuleren
    assert seen_cancel == [True]
    assert list(folder.iterdir()) == []  # nor a temporary file
    assert store_digest(controller.store) == before
    assert "geannuleerd" in view.result.text() and not view.open_button.isVisible()


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


def _source(view, qtbot, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    view.part.setCurrentIndex(view.part.findData("paths"))
    source = tmp_path / "bron.pdf"
    _wait(qtbot, view.save_pdf(source))
    return source


class _Renders:
    """Counts the page images printing.render_page makes, and how many of the earlier
    ones are still alive when the next is made (weak references: Python's own view)."""

    def __init__(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        import weakref

        from PySide6.QtCore import QThread

        import app.ui.reports.printing as printing

        self.sizes: list[tuple[int, int]] = []
        self.threads: list[object] = []
        self.alive_before: list[int] = []
        self.opaque: list[bool] = []
        self._refs: list[weakref.ref] = []  # type: ignore[type-arg]
        real = printing.render_page

        def render(document, index, size):  # type: ignore[no-untyped-def]
            self.alive_before.append(sum(1 for r in self._refs if r() is not None))
            self.threads.append(QThread.currentThread())
            image = real(document, index, size)
            self.sizes.append((image.width(), image.height()))
            # Paper is white (QtPdf renders it transparent: grey in the preview).
            self.opaque.append(
                not image.hasAlphaChannel()
                and image.pixelColor(0, image.height() - 1).name() == "#ffffff"
            )
            self._refs.append(weakref.ref(image))
            return image

        monkeypatch.setattr(printing, "render_page", render)


def test_printing_paints_every_page_one_image_at_a_time(view, qtbot, tmp_path: Path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.reports.printing import paint_pdf

    source = _source(view, qtbot, tmp_path)
    pages = len(PdfReader(source).pages)
    assert pages >= 4
    renders = _Renders(monkeypatch)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afgedrukt.pdf"))
    progress: list[tuple[int, int]] = []
    assert paint_pdf(printer, source, lambda d, t: progress.append((d, t))) == pages
    assert len(PdfReader(tmp_path / "afgedrukt.pdf").pages) == pages
    assert len(renders.sizes) == pages
    # Each page image is let go before the next one is made.
    assert renders.alive_before == [0] * pages
    assert all(renders.opaque)
    # At the printer's resolution (here the screen's): an A4 page's pixels.
    width = printer.pageLayout().paintRectPixels(printer.resolution()).width()
    assert all(abs(w - width) <= 1 for w, _ in renders.sizes)
    assert progress == [(n, pages) for n in range(1, pages + 1)]


def test_printing_a_page_range_and_cancelling(view, qtbot, tmp_path: Path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.reports.printing import PrintCancelled, paint_pdf

    source = _source(view, qtbot, tmp_path)
    renders = _Renders(monkeypatch)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "deel.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert paint_pdf(printer, source) == 2
    assert len(PdfReader(tmp_path / "deel.pdf").pages) == 2

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "half.pdf"))
    done: list[int] = []
    with pytest.raises(PrintCancelled):
        paint_pdf(printer, source, lambda d, t: done.append(d), lambda: len(done) >= 2)
    assert done == [1, 2] and len(renders.sizes) == 2 + 2


def test_the_preview_renders_only_the_page_it_shows_at_screen_size(
    view, qtbot, tmp_path: Path, monkeypatch
):
    from pypdf import PdfReader

    from app.ui.reports.printing import ReportPreview

    source = _source(view, qtbot, tmp_path)
    pages = len(PdfReader(source).pages)
    renders = _Renders(monkeypatch)
    dialog = ReportPreview(source, view)
    qtbot.addWidget(dialog)
    dialog.setWindowState(dialog.windowState() & ~dialog.windowState().WindowMaximized)
    dialog.resize(700, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)  # the render after the resize
    shown = len(renders.sizes)
    assert 1 <= shown <= 3  # the first page (again after a resize), not the report
    assert dialog.position.text() == f"Pagina 1 van {pages}"
    for _ in range(pages):  # one past the end: stays on the last page
        dialog.next_button.click()
    assert dialog.position.text() == f"Pagina {pages} van {pages}"
    assert not dialog.next_button.isEnabled() and dialog.previous_button.isEnabled()
    assert len(renders.sizes) == shown + pages - 1
    assert renders.alive_before == [0] * len(renders.sizes)
    assert all(renders.opaque)
    ratio = dialog.devicePixelRatioF()
    for w, h in renders.sizes:  # screen size: within the window, nothing like 200 dpi
        assert w <= 700 * ratio and h <= 800 * ratio
    assert renders.threads[0] is view.thread()
    dialog.reject()


def test_printing_previews_then_prints_every_page_off_the_gui_thread(
    view, qtbot, tmp_path: Path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    view.part.setCurrentIndex(view.part.findData("paths"))
    printed = tmp_path / "afgedrukt.pdf"
    seen: dict[str, object] = {}
    real_preview = view.preview_dialog

    def preview(pdf: Path):  # type: ignore[no-untyped-def]
        dialog = real_preview(pdf)
        seen["pdf"], seen["pages"] = pdf, len(PdfReader(pdf).pages)

        def run() -> int:  # what the user does: look, then Afdrukken…, OK
            dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer.setOutputFileName(str(printed))
            dialog.print_button.click()
            return dialog.result()

        monkeypatch.setattr(dialog, "exec", run)
        return dialog

    monkeypatch.setattr(view, "preview_dialog", preview)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    renders = _Renders(monkeypatch)
    _wait(qtbot, view.print_report())
    printing = view.task  # started by the preview
    _wait(qtbot, printing)
    pages = seen["pages"]
    assert len(PdfReader(printed).pages) == pages
    assert view.result.text() == f"Rapport naar de printer gestuurd: {pages} pagina's."
    printed_renders = [t for t in renders.threads if t is not view.thread()]
    assert len(printed_renders) == pages  # every page painted, in the worker thread
    assert renders.alive_before == [0] * len(renders.sizes)
    assert not Path(seen["pdf"]).parent.exists()  # the temporary folder is gone


def test_closing_the_preview_prints_nothing_and_cleans_up(view, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    seen: dict[str, object] = {}
    real_preview = view.preview_dialog

    def preview(pdf: Path):  # type: ignore[no-untyped-def]
        dialog = real_preview(pdf)
        seen["pdf"] = pdf
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Rejected)
        return dialog

    monkeypatch.setattr(view, "preview_dialog", preview)
    view.part.setCurrentIndex(view.part.findData("paths"))
    task = view.print_report()
    _wait(qtbot, task)
    assert view.task is task  # no print was started
    assert not Path(seen["pdf"]).parent.exists()


def test_word_in_the_chosen_document_and_house_style(view, controller, qtbot, tmp_path: Path):
    import docx

    from app.services import report_settings

    wid = controller.workshop.id
    view.preset.setCurrentIndex(view.preset.findData("keuzenota"))
    # The choice is remembered for the workshop.
    assert report_settings.style(controller.store, wid).preset == "keuzenota"
    view.house_style.choose_accent("#8b0033")
    assert view.house_style.accent_label.text() == "#8B0033"
    task = view.save_word(tmp_path / "keuzenota.docx")
    _wait(qtbot, task)
    document = docx.Document(str(tmp_path / "keuzenota.docx"))
    headings = {p.text for p in document.paragraphs if p.style.name == "Heading 1"}
    assert "Fiches" in headings and "SWOT-analyse per cluster" not in headings
    assert "keuzenota.docx" in view.result.text()
    controller.undo_stack.undo()  # the accent colour
    assert report_settings.style(controller.store, wid).accent == ""
    assert view.house_style.accent_label.text() == "Atelier-blauw"


def test_a_bad_logo_is_refused_and_changes_nothing(view, controller, tmp_path: Path):
    from app.services import report_settings

    messages: list[str] = []
    controller.failed.connect(messages.append)
    bad = tmp_path / "logo.png"
    bad.write_text("geen afbeelding")
    view.house_style.choose_logo(bad)
    assert messages and "logo.png" in messages[-1]
    assert report_settings.style(controller.store, controller.workshop.id).logo is None


def test_own_words_are_stored_when_typing_pauses_and_undo_brings_back_the_old(
    view, controller, qtbot
):
    from app.services import report_settings

    wid = controller.workshop.id
    words = view.own_words
    words.part.setCurrentIndex(words.part.findData("paths"))
    old = report_settings.texts(controller.store, wid)["paths"].intro
    assert words.intro.toPlainText() == old and old  # the demo's own text
    words.intro.setPlainText("Onze eigen inleiding.\n\nMet twee alinea's.")
    qtbot.waitUntil(
        lambda: (
            report_settings.texts(controller.store, wid)["paths"].intro
            == "Onze eigen inleiding.\n\nMet twee alinea's."
        ),
        timeout=5_000,
    )
    controller.undo_stack.undo()
    assert report_settings.texts(controller.store, wid)["paths"].intro == old
    assert words.intro.toPlainText() == old
