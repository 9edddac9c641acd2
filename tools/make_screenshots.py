"""Re-shoot every screenshot in docs/screenshots from a fresh demo store.

    .venv/bin/python tools/make_screenshots.py

Main-window views at 1366×768, the projected screen at 1920×1080 (the sizes the
README promises). Look at the PNGs afterwards: this only makes them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
WINDOW = [
    "swot",
    "paths",
    "principles",
    "proposals",
    "fiche",
    "analysis",
    "round",
    "reports",
    "people",
    "participants",
    "places",
    "sessions",
    "workshop-settings",
    "analysis-questionnaire",
    "analysis-external",
    "analysis-statements",
    "swot-duplicates",
    "consolidation",
    "scenario",
    "matrix",
    "synthesis",
    "tows",
    "tows-synthesis",
    "goals",
    "ideas",
]
PROJECTOR = [
    "projector-swot",
    "projector-quadrant",
    "projector-path",
    "projector-fiche",
    "projector-results",
    "projector-round-qr",
    "projector-timer",
    "projector-scenario",
    "projector-matrix",
    "projector-roses",
    "projector-tows",
    "projector-ideas",
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "demo.atelier")
        run("demo", store)
        for view in WINDOW:
            run("screenshot", store, str(OUT / f"{view}.png"), "--view", view, "--size", "1366x768")
        for view in PROJECTOR:
            run(
                "screenshot", store, str(OUT / f"{view}.png"), "--view", view, "--size", "1920x1080"
            )
        # Last (it adds a round): a budget round with whole fiches, closed with ballots.
        add_whole_round(store)
        run("screenshot", store, str(OUT / "round-budget.png"), "--view", "round-budget")
        run(
            "screenshot", store, str(OUT / "projector-budget.png"), "--view", "projector-budget",
            "--size", "1920x1080",
        )  # fmt: skip


def add_whole_round(store: str) -> None:
    """The demo has no budget round with whole fiches: one with 40 phones' ballots."""
    sys.path.insert(0, str(ROOT))
    from app.services.workshops import only_workshop
    from app.storage.store import open_store
    from tests.voting.phone import closed_whole_round

    with open_store(store, backup_on_open=False) as s:
        closed_whole_round(s, only_workshop(s).id)


def run(*args: str) -> None:
    print("main.py", *args, flush=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=True)


if __name__ == "__main__":
    main()
