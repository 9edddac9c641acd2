"""``python main.py report STORE OUT.pdf --part ... --cluster ...`` narrows the report.

The command line is run for the narrowing by part and cluster and for the exit
codes; the other parts are built in-process (the same build_report, faster)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.errors import ValidationError
from app.reports.build import build_report
from tests.conftest import run_cli
from tests.reports.conftest import NAMES, pdftotext


def _cli_report(store: Path, out: Path, *options: str) -> str:
    result = run_cli("report", str(store), str(out), *options)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Rapport: {out}"
    return pdftotext(out)


def _report(store, out: Path, part: str, cluster: str | None = None) -> str:  # type: ignore[no-untyped-def]
    build_report(store, out, part=part, cluster=cluster)
    return pdftotext(out)


@pytest.fixture(scope="module")
def swot_pdf(report_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.storage.store import open_store

    out = tmp_path_factory.mktemp("swot") / "swot.pdf"
    with open_store(report_store_path, write=False, backup_on_open=False) as store:
        build_report(store, out, part="swot")
    return out


def _outline(pdf: Path) -> tuple[list[str], dict[str, list[str]]]:
    """Top-level bookmark titles, and the titles one level below each."""
    top: list[str] = []
    below: dict[str, list[str]] = {}
    for entry in PdfReader(pdf).outline:
        if isinstance(entry, list):
            below[top[-1]] = [e.title for e in entry if not isinstance(e, list)]
        else:
            top.append(entry.title)
    return top, below


def test_part_swot_has_the_swot_parts_only(swot_pdf: Path):
    text = pdftotext(swot_pdf)
    top, below = _outline(swot_pdf)
    assert top == [
        "Inhoud",
        "SWOT-analyse per cluster",
        "Organisatiebrede SWOT",
        "Synthese: top 20",
    ]
    assert len(below["SWOT-analyse per cluster"]) == 6
    assert NAMES in text
    for absent in (
        "Werkwijze",
        "Positioneringsrozen",
        "Wat willen we bereiken?",
        "Leidende principes",
    ):
        assert absent not in text
    assert "SWOT-analyse" in text.split("\f")[0]  # the cover names the part


def test_cluster_narrows_the_swot_to_that_clusters_points(
    report_store_path: Path, report_store, swot_pdf: Path, tmp_path: Path
):
    from app.services import organisation, swot
    from app.services.workshops import only_workshop

    w = only_workshop(report_store)
    clusters = {c.name: c.id for c in organisation.clusters.list(report_store, w.id)}
    items = swot.list_items(report_store, w.id, include_absorbed=True)
    zorg_texts = {i.text for i in items if i.cluster_id == clusters["Zorg"]}
    elsewhere = next(
        i
        for i in items
        if i.cluster_id == clusters["Vrije tijd"]
        and not i.absorbed_into_id
        and i.cluster_count == 1
        and i.text not in zorg_texts
        and len(i.text) < 60
    )
    zorg_only = next(t for t in sorted(zorg_texts) if len(t) < 60 and t != elsewhere.text)

    out = tmp_path / "zorg.pdf"
    text = " ".join(
        _cli_report(report_store_path, out, "--part", "swot", "--cluster", "zorg").split()
    )
    top, below = _outline(out)
    assert below["SWOT-analyse per cluster"] == ["Zorg"]
    assert "cluster Zorg" in text  # the cover and the consolidated part say so
    assert " ".join(zorg_only.split()) in text
    assert " ".join(elsewhere.text.split()) not in text

    everything = " ".join(pdftotext(swot_pdf).split())
    assert " ".join(elsewhere.text.split()) in everything


def test_part_analysis_for_one_cluster_has_its_rose_only(report_store, tmp_path: Path):
    from app.domain.analysis import external_rose, internal_rose
    from app.services import analysis, organisation
    from app.services.workshops import only_workshop

    w = only_workshop(report_store)
    clusters = {c.name: c for c in organisation.clusters.list(report_store, w.id)}
    areas = analysis.areas.list(report_store, w.id)
    ratings = analysis.ratings(report_store, w.id)
    inner = internal_rose(
        areas,
        analysis.statements.list(report_store, w.id),
        analysis.scores(report_store, w.id),
        ratings,
        clusters["Stadsontwikkeling"].id,
        clusters["Managementteam"].id,
    )
    outer = external_rose(areas, ratings, clusters["Stadsontwikkeling"].id)

    out = tmp_path / "rozen.pdf"
    text = _report(report_store, out, "analysis", "Stadsontwikkeling")
    flat = " ".join(text.split())
    for points in (inner, outer):
        names = [p.name for p in points if p.werkpunt]
        assert names, "the demo has werkpunten for Stadsontwikkeling"
        assert f"Werkpunten (gemarkeerd): {', '.join(names)}." in flat
    top, below = _outline(out)
    assert top == ["Inhoud", "Positioneringsrozen"]
    assert below["Positioneringsrozen"] == ["Stadsontwikkeling"]
    for label in ("Interne analyse", "Externe analyse", "Belang", "Paraatheid", "Referentie"):
        assert label in text
    assert "Score Managementteam" in text  # the reference series in the legend


def test_part_fiches_for_one_cluster_has_its_fiches_only(report_store, tmp_path: Path):
    out = tmp_path / "fiches.pdf"
    text = _report(report_store, out, "fiches", "Zorg")
    top, below = _outline(out)
    assert top == ["Inhoud", "Fiches"]
    assert below["Fiches"] == ["Sector Zorg"]
    assert "ZO-01 · " in text
    assert "BS-01" not in text and "SO-01" not in text
    assert "Wat willen we bereiken?" in text


def test_part_ranking_explains_the_method_and_shows_participation(report_store, tmp_path: Path):
    from app.services.rounds import results, rounds
    from app.services.workshops import only_workshop

    closed = [
        r for r in rounds.list(report_store, only_workshop(report_store).id) if r.status == "closed"
    ]
    winner = results(report_store, closed[0].id).ranking[0]
    out = tmp_path / "ranking.pdf"
    text = " ".join(_report(report_store, out, "ranking").split())
    top, below = _outline(out)
    assert top == ["Inhoud", "Rangschikking van de stemrondes"]
    assert below["Rangschikking van de stemrondes"] == [r.title for r in closed]
    assert "Methode: Stippen verdelen." in text
    assert f"{closed[0].ballot_count} stembrieven" in text
    assert " ".join(winner.title.split()) in text


def test_part_paths_has_paths_and_principles(report_store, tmp_path: Path):
    out = tmp_path / "paden.pdf"
    text = _report(report_store, out, "paths")
    top, below = _outline(out)
    assert top == ["Inhoud", "Ontwikkelpaden", "Leidende principes"]
    assert len(below["Ontwikkelpaden"]) == 7
    assert "Te ontwikkelen acties / producten" in text
    assert "Impact die we creëren" in text
    assert "Onze medewerkers:" in text


def test_unknown_cluster_exits_2_listing_the_names_and_writes_nothing(
    report_store_path: Path, tmp_path: Path
):
    out = tmp_path / "niet.pdf"
    result = run_cli("report", str(report_store_path), str(out), "--cluster", "Sport")
    assert result.returncode == 2
    assert "Geen cluster 'Sport'" in result.stderr
    assert "'Zorg'" in result.stderr and "'Managementteam'" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_unknown_part_is_refused_before_anything_is_written(report_store, tmp_path: Path):
    with pytest.raises(ValidationError, match="Onbekend deel 'alles'"):
        build_report(report_store, tmp_path / "x.pdf", part="alles")
    assert list(tmp_path.iterdir()) == []


def test_part_analysis_names_all_13_areas_and_has_a_rose_per_cluster(report_store, tmp_path: Path):
    from app.services import analysis, organisation
    from app.services.workshops import only_workshop

    w = only_workshop(report_store)
    out = tmp_path / "analyse.pdf"
    text = " ".join(_report(report_store, out, "analysis").split())
    areas = analysis.areas.list(report_store, w.id)
    assert len(areas) == 13
    for area in areas:
        assert area.name in text, area.name
    top, below = _outline(out)
    clusters = [c.name for c in organisation.clusters.list(report_store, w.id)]
    assert below["Positioneringsrozen"] == clusters
