"""The 17 SDG tiles of a fiche: every goal as a square, the chosen ones in their
own colour with their number, the others pale."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.domain.sdg import COLOURS
from app.reports import fonts

NAMES = (
    "Geen armoede",
    "Geen honger",
    "Goede gezondheid en welzijn",
    "Kwaliteitsonderwijs",
    "Gendergelijkheid",
    "Schoon water en sanitair",
    "Betaalbare en duurzame energie",
    "Waardig werk en economische groei",
    "Industrie, innovatie en infrastructuur",
    "Ongelijkheid verminderen",
    "Duurzame steden en gemeenschappen",
    "Verantwoorde consumptie en productie",
    "Klimaatactie",
    "Leven in het water",
    "Leven op het land",
    "Vrede, justitie en sterke publieke diensten",
    "Partnerschap om doelstellingen te bereiken",
)
_PALE = colors.HexColor("#EDF0F3")
_PALE_TEXT = colors.HexColor("#A7B1BC")
_FILLS = tuple(colors.HexColor(c) for c in COLOURS)


class SdgTiles(Flowable):
    """Drawn straight on the canvas: a thousand fiches make this worth keeping cheap."""

    def __init__(self, chosen: Iterable[int], gap: float = 1.2 * mm) -> None:
        super().__init__()
        self.chosen = frozenset(chosen)
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.tile = min(11 * mm, (avail_width - 16 * self.gap) / 17)
        self.width = 17 * self.tile + 16 * self.gap
        self.height = self.tile
        return self.width, self.height

    def tiles(self) -> list[tuple[str, str, str]]:
        """The 17 tiles as (fill, text colour, number) in "#RRGGBB": for a picture."""
        out = []
        for goal in range(1, 18):
            on = goal in self.chosen
            fill = _FILLS[goal - 1] if on else _PALE
            ink = colors.white if on else _PALE_TEXT
            out.append((f"#{fill.hexval()[2:]}", f"#{ink.hexval()[2:]}", str(goal)))
        return out

    def draw(self) -> None:
        canv, tile = self.canv, self.tile
        for goal in range(1, 18):
            x = (goal - 1) * (tile + self.gap)
            on = goal in self.chosen
            canv.setFillColor(_FILLS[goal - 1] if on else _PALE)
            canv.rect(x, 0, tile, tile, stroke=0, fill=1)
            canv.setFillColor(colors.white if on else _PALE_TEXT)
            canv.setFont(fonts.BOLD if on else fonts.REGULAR, tile * 0.42)
            canv.drawCentredString(x + tile / 2, tile * 0.34, str(goal))
