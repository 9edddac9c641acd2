"""The report's ranking of a budget round with whole fiches: how it was voted, the
count of phones per fiche, each fiche's cost, and the set that fits the budget."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.domain import ranking
from app.reports.build import build_report
from app.services import rounds
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.reports.conftest import flat, pdftotext
from tests.voting.phone import closed_whole_round


def test_the_ranking_counts_phones_and_shows_what_fits(demo_template: Path, tmp_path: Path):
    path = tmp_path / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as store:
        made = closed_whole_round(store, only_workshop(store).id)
        res = rounds.results(store, made.id)
        out = tmp_path / "ranking.pdf"
        build_report(store, out, part="ranking")
    text = flat(pdftotext(out))
    assert "Elke deelnemer koos hele fiches" in text
    assert "netto investering over de planperiode" in text
    assert "Gekozen door" in text and "Past" in text
    spent = sum(made.rules["costs"][o] for o in res.fits)
    assert res.fits
    assert (
        f"Past in het budget van {ranking.euro(made.rules['budget'])}: {len(res.fits)} fiches "
        f"(gemarkeerd) voor {ranking.euro(spent)}"
    ) in text
    first = res.ranking[0]
    assert ranking.euro(made.rules["costs"][first.option_id]) in text
