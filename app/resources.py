"""Where Atelier's bundled files live (resources/ beside the app package)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1] / "resources"


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    with open(path(*parts), encoding="utf-8") as handle:
        return json.load(handle)
