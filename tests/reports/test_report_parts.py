"""``python main.py report STORE OUT.pdf --part ... --cluster ...`` narrows the report.

The command line is run for the narrowing by part and cluster and for the exit
codes; the other parts are built in-process (the same build_report, faster)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.errors import ValidationError
from app.reports.build import build_report
from app.reports.styles import FRAME_WIDTH, MARGIN
from tests.conftest import run_cli
from tests.reports.conftest import (
    NAMES,
    bookmark_pages,
    filled_boxes,
    find_phrase,
    flat,
    flemish,
    lines,
    part_pages,
    pdftotext,
    same_colour,
    text_of,
    words,
)


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
    assert NAMES in flat(text)
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


def test_part_proposals_for_one_cluster_has_its_proposals_only(report_store, tmp_path: Path):
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


def _first_words(text: str, n: int = 3) -> str:
    return " ".join(text.split()[:n])


def test_development_paths_set_actions_and_impact_side_by_side(report_store, tmp_path: Path):
    from app.services import paths, target_groups
    from app.services.workshops import only_workshop

    data = paths.paths.list(report_store, only_workshop(report_store).id)
    groups = target_groups.list_groups(report_store, only_workshop(report_store).id)
    out = tmp_path / "paden.pdf"
    build_report(report_store, out, part="paths")
    page_words = words(out)
    where = bookmark_pages(out, "Ontwikkelpaden")
    middle = MARGIN + FRAME_WIDTH / 2
    assert len(data) == len(where) == 7
    for n, path in enumerate(data, start=1):
        page = page_words[where[f"{n}. {path.title}"]]
        start = find_phrase(page, f"{n}. {_first_words(path.title)}")
        assert start is not None, path.title
        # The two column heads side by side, below the path's title.
        left = find_phrase(page, "Te ontwikkelen acties / producten", start)
        right = find_phrase(page, "Impact die we creëren", start)
        assert left is not None and right is not None, path.title
        assert abs(page[left].y0 - page[right].y0) < 1
        assert page[left].x0 < middle < page[right].x0
        # The first action in the left column, the first impact in the right one
        # (impact goes by the workshop's target groups, in their order), both in the
        # first row (a long path goes on on the next page).
        first_group = next(
            g for g in groups if any(i.target_group_id == g.id for i in path.impacts)
        )
        first_impact = next(i for i in path.impacts if i.target_group_id == first_group.id)
        action = find_phrase(page, _first_words(path.actions[0].text), right)
        impact = find_phrase(page, _first_words(first_impact.text), right)
        assert action is not None and impact is not None, path.title
        assert all(w.x1 < middle for w in page[action : action + 3])
        assert all(w.x0 > middle for w in page[impact : impact + 3])
        group = find_phrase(page, f"Onze {first_group.name.lower()}:", right)
        assert group is not None and page[group].x0 > middle
        assert abs(page[action].y0 - page[group].y0) < 6  # the same row
    # Every action and impact of every path is in its own column somewhere.
    for path in data:
        for texts, in_left in (([a.text for a in path.actions], True),
                               ([i.text for i in path.impacts], False)):  # fmt: skip
            for text in texts:
                spots = [
                    (pw, i)
                    for pw in page_words
                    if (i := find_phrase(pw, _first_words(text, 4))) is not None
                ]
                assert spots, text
                assert any(
                    (pw[i].x1 < middle) if in_left else (pw[i].x0 > middle) for pw, i in spots
                ), text


def test_the_eight_leading_principles_in_order(report_store, tmp_path: Path):
    from app.services import paths
    from app.services.workshops import only_workshop

    principles = paths.principles.list(report_store, only_workshop(report_store).id)
    assert [p.number for p in principles] == list(range(1, 9))
    out = tmp_path / "paden.pdf"
    build_report(report_store, out, part="paths")
    page_words = words(out)
    shown = []
    for index in part_pages(out, "Leidende principes"):
        for line in lines(page_words[index]):
            first = line[0].text
            if abs(line[0].x0 - MARGIN) < 1 and first[:-1].isdigit() and first.endswith("."):
                shown.append(text_of(line))
    # A heading per principle (a long title may wrap: compare its first line).
    assert len(shown) == 8
    for line, p in zip(shown, principles, strict=True):
        assert f"{p.number}. {flat(p.title)}".startswith(line), (line, p.title)
    text = flat(pdftotext(out))
    body = text.split("Leidende principes")[-1]
    for p in principles:
        assert flat(p.text) in body


def test_the_ranking_has_a_bar_chart_and_marks_the_top_places(report_store, tmp_path: Path):
    from app.reports.sections.ranking import MAX_BARS
    from app.reports.styles import ACCENT, HIGHLIGHT
    from app.services.rounds import results, rounds
    from app.services.workshops import only_workshop

    closed = [
        r for r in rounds.list(report_store, only_workshop(report_store).id) if r.status == "closed"
    ]
    out = tmp_path / "ranking.pdf"
    build_report(report_store, out, part="ranking")
    page_words = words(out)
    where = bookmark_pages(out, "Rangschikking van de stemrondes")
    assert closed and all(r.top_n for r in closed)  # the demo marks a top
    for r in closed:
        ranking = results(report_store, r.id).ranking
        number = where[r.title]
        page = page_words[number]
        text = flat(" ".join(w.text for w in page))
        assert f"De eerste {r.top_n} plaatsen zijn gemarkeerd." in text
        boxes = filled_boxes(out, number + 1)
        words_in = [[w.text for w in page if b.holds(w)] for b in boxes]

        # The table's rows of the top places are highlighted, and only those.
        marked = [
            ws
            for b, ws in zip(boxes, words_in, strict=True)
            if same_colour(b.colour, HIGHLIGHT.rgb())
        ]
        top = [x for x in ranking if x.rank <= r.top_n]
        assert [ws[0] for ws in marked] == [str(x.rank) for x in top]
        assert [" ".join(ws[1:-1]) for ws in marked] == [flat(x.title) for x in top]

        # The bars: one per option (at most MAX_BARS), best on top, as long as its
        # score, the top places in the accent colour; each with its label and value.
        bars = sorted((b for b in boxes if b.x0 > MARGIN + 10), key=lambda b: b.y0)
        shown = ranking[:MAX_BARS]
        assert len(bars) == len(shown)
        longest = max(b.x1 - b.x0 for b in bars)
        best = max(x.score for x in shown)
        for bar, option in zip(bars, shown, strict=True):
            assert (bar.x1 - bar.x0) / longest == pytest.approx(option.score / best, abs=0.01)
            accent = same_colour(bar.colour, ACCENT.rgb())
            assert accent == (option.rank <= r.top_n), option.title
            line = next(
                ln for ln in lines(page) if ln[0].y0 <= (bar.y0 + bar.y1) / 2 <= ln[0].y1 + 1
            )
            label = text_of([w for w in line if w.x1 < bar.x0])
            value = text_of([w for w in line if w.x0 > bar.x0])
            assert flat(option.title).startswith(label.rstrip("…").rstrip()), (label, option.title)
            assert flemish(value) == pytest.approx(option.score, abs=0.005), value


def test_part_analysis_has_an_internal_and_an_external_rose_per_cluster(
    report_store, tmp_path: Path
):
    from reportlab.graphics.charts.spider import SpiderChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Table

    from app.reports import data as report_data
    from app.reports.blocks import Context
    from app.reports.document import Outline
    from app.reports.sections import analysis
    from app.services import organisation
    from app.services.workshops import only_workshop

    clusters = organisation.clusters.list(report_store, only_workshop(report_store).id)
    out = tmp_path / "analyse.pdf"
    build_report(report_store, out, part="analysis")
    page_words = words(out)
    where = bookmark_pages(out, "Positioneringsrozen")
    assert list(where) == [c.name for c in clusters]
    for c in clusters:
        rows = [text_of(line) for line in lines(page_words[where[c.name]])]
        assert rows.count("Interne analyse") == 1 and rows.count("Externe analyse") == 1, c.name
        # Each rose has its legend: importance in both, the reference in the internal one.
        legend = " ".join(rows)
        assert legend.count("Belang volgens de cluster") == 2, c.name
        assert ("Score Managementteam" in legend) == (not c.is_reference), c.name

    # The drawings themselves: two SpiderCharts per cluster, with the series the
    # legend names (five rings first: the scale).
    ctx = Context(report_data.load(report_store, "analysis", None, lambda: None), Outline(), "")
    charts = [
        chart
        for f in analysis.roses(ctx)
        if isinstance(f, Table)
        for row in f._cellvalues
        for cell in row
        if isinstance(cell, Drawing)
        for chart in cell.contents
        if isinstance(chart, SpiderChart)
    ]
    assert len(charts) == 2 * len(clusters)
    series = [len(chart.data) - 5 for chart in charts]
    expected = [n for c in clusters for n in ((2 if c.is_reference else 3), 2)]
    assert series == expected
