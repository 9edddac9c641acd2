"""The workshop's own report texts and house style (services.report_settings), their
upgrade from schema 0005 and their merge."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from app.domain.errors import ValidationError
from app.services import report_settings
from app.services.merge import merge_stores
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0005.atelier"


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "#336699").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_store(tmp_path / "w.atelier") as s:
        create_workshop(s, "Toekomst", organisation="Gemeente Meerhout")
        yield s


def test_texts_per_part_set_and_read_back(store):
    w = only_workshop(store)
    assert all(t.intro == t.conclusion == "" for t in report_settings.texts(store, w.id).values())
    outcome = report_settings.set_text(store, w.id, "swot", "  Inleiding.\n\nTwee. ", "Besluit.")
    assert outcome.changes.created.get("report_text")
    texts = report_settings.texts(store, w.id)
    assert (texts["swot"].intro, texts["swot"].conclusion) == ("Inleiding.\n\nTwee.", "Besluit.")
    # Undo is setting the previous texts again: the window keeps them.
    report_settings.set_text(store, w.id, "swot", "", "")
    assert report_settings.texts(store, w.id)["swot"].intro == ""


def test_bad_texts_and_styles_are_refused_with_the_field_named(store, tmp_path: Path):
    w = only_workshop(store)
    with pytest.raises(ValidationError) as error:
        report_settings.set_text(store, w.id, "keuzenota-deel", "x", "")
    assert error.value.field == "part"
    with pytest.raises(ValidationError) as error:
        report_settings.set_style(store, w.id, accent="blauw")
    assert error.value.field == "accent" and "#RRGGBB" in str(error.value)
    with pytest.raises(ValidationError) as error:
        report_settings.set_style(store, w.id, logo=b"GIF89a...", logo_name="logo.gif")
    assert "logo.gif" in str(error.value)
    not_word = tmp_path / "huisstijl.docx"
    not_word.write_text("geen Word")
    with pytest.raises(ValidationError) as error:
        report_settings.set_template_file(store, w.id, not_word)
    assert "huisstijl.docx" in str(error.value)
    with pytest.raises(ValidationError):
        report_settings.set_logo_file(store, w.id, tmp_path / "er-niet.png")
    assert report_settings.style(store, w.id).logo is None  # nothing changed


def test_the_style_is_kept_as_bytes_in_the_store(store, tmp_path: Path):
    w = only_workshop(store)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    report_settings.set_logo_file(store, w.id, logo)
    report_settings.set_style(store, w.id, accent="#8b0033", preset="keuzenota")
    logo.unlink()  # the file may go: the store keeps a copy
    style = report_settings.style(store, w.id)
    assert style.logo == _png() and style.logo_name == "logo.png"
    assert (style.accent, style.preset) == ("#8B0033", "keuzenota")
    report_settings.set_style(store, w.id, logo=None)
    assert report_settings.style(store, w.id).logo is None


def test_a_store_at_0005_upgrades_and_keeps_its_data(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    with open_store(path) as s:
        w = only_workshop(s)
        assert w.title
        report_settings.set_text(s, w.id, "all", "Nieuwe inleiding.", "")
        report_settings.set_style(s, w.id, accent="#112233")
    with open_store(path) as s:
        assert report_settings.texts(s, w.id)["all"].intro == "Nieuwe inleiding."
        assert report_settings.style(s, w.id).accent == "#112233"


def test_texts_and_style_merge_the_later_change_wins(tmp_path: Path):
    target = tmp_path / "doel.atelier"
    with create_store(target) as s:
        create_workshop(s, "Toekomst")
    source = tmp_path / "laptop.atelier"
    shutil.copy(target, source)
    with open_store(source, backup_on_open=False) as s:
        w = only_workshop(s)
        report_settings.set_text(s, w.id, "fiches", "Van de laptop.", "Besluit laptop.")
        report_settings.set_style(s, w.id, accent="#445566")
    with open_store(target, backup_on_open=False) as s:
        report = merge_stores(s, [source])
        assert report.created["report_texts"] == 1
        w = only_workshop(s)
        assert report_settings.texts(s, w.id)["fiches"].conclusion == "Besluit laptop."
        assert report_settings.style(s, w.id).accent == "#445566"
        again = merge_stores(s, [source])
        assert not again.created.get("report_texts")
