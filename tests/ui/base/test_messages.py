"""The core's messages in the window's language: Dutch from the core (the CLI and
the phones' API keep it), English in the window when English is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app import resources
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import swot
from app.ui.base.messages import shown


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(resources.path("translations", "atelier_en.qm")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _refusal(call) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def test_a_refused_capture_reads_in_english_in_the_status_bar(english, window, controller):
    messages: list[str] = []
    controller.failed.connect(messages.append)
    steps = controller.undo_stack.count()

    assert controller.capture("S", "   ", None) is None  # an empty SWOT text
    assert messages[-1] == "The point's text must not be empty."
    assert window.statusBar().currentMessage() == "The point's text must not be empty."

    assert controller.capture("X", "Een punt", None) is None  # an unknown quadrant
    expected = (
        "Unknown quadrant 'X': choose S, W, O or T (strength, weakness, opportunity, threat)."
    )
    assert messages[-1] == expected
    assert window.statusBar().currentMessage() == expected
    assert controller.undo_stack.count() == steps


def test_the_same_refusal_stays_dutch_in_the_core(english, controller):
    """The service (what the CLI prints, what the phones get) says it in Dutch."""
    store, ws = controller.store, controller.workshop.id
    error = _refusal(lambda: swot.items.create(store, ws, quadrant="S", text=" "))
    assert str(error) == "De tekst van het punt mag niet leeg zijn."
    assert shown(error) == "The point's text must not be empty."
    error = _refusal(lambda: swot.items.create(store, ws, quadrant="X", text="Een punt"))
    assert str(error).startswith("Onbekend kwadrant 'X': kies S, W, O of T")


def test_without_the_translator_the_window_shows_dutch(window, controller):
    messages: list[str] = []
    controller.failed.connect(messages.append)
    controller.capture("S", "", None)
    assert messages == ["De tekst van het punt mag niet leeg zijn."]
    assert window.statusBar().currentMessage() == "De tekst van het punt mag niet leeg zijn."


def test_pieces_are_translated_too(english):
    """A label that is itself a message (a quadrant, an entity) comes out in English."""
    from app.domain.enums import Quadrant

    message = msg(
        "{quadrant} horen bij een interne domein; '{area}' is dat niet.",
        quadrant=Quadrant.STRENGTH.label,
        area="Economie",
    )
    assert message == "Sterke punten horen bij een interne domein; 'Economie' is dat niet."
    assert shown(message) == "Strengths belong to an internal area; 'Economie' is not one."


def test_plain_text_and_untranslated_templates_are_shown_as_they_are(english):
    assert shown("Gewoon een tekst") == "Gewoon een tekst"
    assert shown(None) == ""
    assert shown(OSError("kapot")) == "kapot"
    assert shown(msg("Een melding die niet in de .ts staat: {x}.", x=1)) == (
        "Een melding die niet in de .ts staat: 1."
    )


def test_import_problems_per_cell_read_in_english(english, controller, tmp_path):
    from app.exchange.importer import plan_import
    from app.ui.reports.import_preview import ImportPreview

    plan = plan_import(controller.store, tmp_path / "weg.xlsx")
    assert [p.message for p in plan.report.problems] == ["het bestand bestaat niet."]
    dialog = ImportPreview(plan)
    assert dialog.problems.item(0, 2).text() == "the file does not exist."
    dialog.deleteLater()
