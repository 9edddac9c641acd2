"""The four SWOT quadrants as the screens show them: reading order and labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Quadrant

# Reading order of the 2×2: S | W on top, O | T below.
QUADRANTS = (Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY, Quadrant.THREAT)


def label(quadrant: Quadrant) -> str:
    """The quadrant's name in the user's language (the domain's labels are Dutch only)."""
    return {
        Quadrant.STRENGTH: QCoreApplication.translate("Quadrant", "Sterke punten"),
        Quadrant.WEAKNESS: QCoreApplication.translate("Quadrant", "Zwakke punten"),
        Quadrant.OPPORTUNITY: QCoreApplication.translate("Quadrant", "Opportuniteiten"),
        Quadrant.THREAT: QCoreApplication.translate("Quadrant", "Bedreigingen"),
    }[quadrant]
