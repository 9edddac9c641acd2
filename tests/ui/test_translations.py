"""English: the committed .qm translates the window, and every text in the code is in it.

When a test here fails after a text changed, run ``python tools/update_translations.py``,
translate what it lists as untranslated, and run it again.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tool = load_tool()


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(tool.QM))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_known_texts_come_out_in_english(english):
    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    assert tr("PeopleView", "Deelnemers en clusters") == "Participants and clusters"
    assert tr("PlacesView", "Locaties en sessies") == "Locations and sessions"
    assert tr("ParticipantsEditor", "(anoniem)") == "(anonymous)"
    assert tr("MainWindow", "&Bestand") == "&File"
    assert tr("Shortcuts", "Ongedaan maken") == "Undo"


def test_a_view_built_in_english(english, controller):
    from app.ui.organisation.people import PeopleView

    view = PeopleView(controller)
    assert view.title() == "Participants and clusters"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Clusters",
        "Participants",
    ]
    # Texts the editors inherit from their base class are found too.
    assert view.participants.add_button.text() == "Add"
    model = view.participants.model
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Name"
    view.deleteLater()


def test_install_language_loads_the_english_file(qapp):
    from app.ui.shell.language import install_language

    locale = QLocale()
    try:
        install_language(qapp, "en")
        assert QCoreApplication.translate("AboutDialog", "Over Atelier") == "About Atelier"
        install_language(qapp, "nl")
        assert QCoreApplication.translate("AboutDialog", "Over Atelier") == "Over Atelier"
    finally:
        QLocale.setDefault(locale)


def test_every_text_in_the_code_is_translated(tmp_path):
    """Strict: lupdate over today's code, and each text it finds must be translated."""
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh)
    wanted = {(m.context, m.source) for m in tool.messages(fresh)}
    assert len(wanted) > 100
    committed = {(m.context, m.source): m for m in tool.messages()}
    missing = sorted(wanted - committed.keys())
    assert not missing, f"run tools/update_translations.py; not in the .ts: {missing[:10]}"
    problems = tool.problems([committed[key] for key in sorted(wanted)])
    assert not problems, problems[:10]


def test_the_qm_is_built_from_the_ts(english):
    """A .ts translated but not compiled would leave the app in Dutch."""
    for message in tool.messages():
        if message.numerus:
            continue
        got = english.translate(message.context, message.source)
        assert got == message.translation, (message.context, message.source)


def test_every_shortcut_description_is_marked_for_translation(english):
    """Help translates each shortcut's text in context "Shortcuts"; a text given to
    shortcuts.add() without QT_TRANSLATE_NOOP never reaches the .ts."""
    from app.ui.base import shortcuts
    from app.ui.base.views import load_views

    load_views()  # the views register their shortcuts when imported
    marked = {m.source for m in tool.messages() if m.context == "Shortcuts"}
    unmarked = sorted(
        f"{name}: {spec.what}"
        for name, spec in shortcuts.SHORTCUTS.items()
        if spec.what not in marked
    )
    assert not unmarked, unmarked


def test_every_core_message_is_extracted_and_translated(tmp_path):
    """The msg() templates of the headless core reach the .ts (context Meldingen), as
    lupdate read them, and each has an English text with the same placeholders."""
    found = tool.templates()
    assert len(found) > 200
    assert not tool.template_problems(found), tool.template_problems(found)[:10]
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh)
    extracted = {m.source for m in tool.messages(fresh) if m.context == tool.CONTEXT}
    wanted = {t.template for t in found}
    assert wanted == extracted  # lupdate read every template back exactly as written
    committed = {(m.context, m.source): m for m in tool.messages()}
    missing = sorted(t for t in wanted if (tool.CONTEXT, t) not in committed)
    assert not missing, f"run tools/update_translations.py; not in the .ts: {missing[:10]}"
    for template in wanted:
        english = committed[(tool.CONTEXT, template)]
        assert english.finished, template
        assert tool.placeholders(english.translation) == tool.placeholders(template), template


def test_a_new_core_message_is_caught_until_it_is_translated(tmp_path, monkeypatch):
    """A template added to the core lands in lupdate's output, so the strict test
    above (and --check) fails while the committed .ts lacks it."""
    core = tmp_path / "core"
    core.mkdir()
    (core / "new.py").write_text(
        "from app.domain.messages import msg\n"
        'raise ValueError(msg("Een gloednieuwe melding over {thing}.", thing="x"))\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(tool, "CORE", (*tool.CORE, core))
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh)
    key = (tool.CONTEXT, "Een gloednieuwe melding over {thing}.")
    assert key in {(m.context, m.source) for m in tool.messages(fresh)}
    assert key not in {(m.context, m.source) for m in tool.messages()}
    assert any("gloednieuwe" in p for p in tool.problems(tool.messages(fresh)))


def test_the_tool_refuses_templates_it_cannot_translate(tmp_path):
    source = tmp_path / "bad.py"
    source.write_text(
        "from app.domain.messages import msg\n"
        "template = 'Geen {label}.'\n"
        "a = msg(template, label='x')\n"  # not a literal: lupdate cannot see it
        "b = msg('Geen {label} met id {id}.', label='x')\n"  # a keyword short
        "c = msg('Geen {} hier.')\n"  # a positional placeholder
        "d = msg('Goed: {label}.', label='x')\n",
        encoding="utf-8",
    )
    problems = tool.template_problems(tool.templates([source]))
    assert len(problems) == 3, problems
    assert "string literal" in problems[0]
    assert "keywords" in problems[1]
    assert "named placeholders" in problems[2]


def test_an_english_text_that_loses_a_placeholder_is_a_problem():
    broken = tool.Message(
        context=tool.CONTEXT,
        source="Geen {label} met id {id}.",
        translation="No {label} with that id.",
        finished=True,
        numerus=False,
    )
    assert any("placeholders differ" in p for p in tool.problems([broken]))
