"""How colours look to the common colour-vision deficiencies, so that the cluster
palette stays distinguishable for the one in twelve men in the room who sees
red and green alike (deuteranomaly and protanomaly) or, rarely, blue and yellow.

Simulation: Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB;
difference: CIE 1976 ΔE in L*a*b* (about 2.3 is just noticeable; above 10 two
marks are told apart at a glance)."""

from __future__ import annotations

from itertools import combinations

Matrix = tuple[tuple[float, float, float], ...]

DEFICIENCIES: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    r, g, b = (_linear(int(value[i : i + 2], 16)) for i in (0, 2, 4))
    return r, g, b


def simulate(colour: str, deficiency: str | None) -> tuple[float, float, float]:
    """Linear RGB of ``colour`` as seen with ``deficiency`` (None: typical vision)."""
    rgb = _rgb(colour)
    if deficiency is None:
        return rgb
    matrix = DEFICIENCIES[deficiency]
    r, g, b = (sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix)
    return _clip(r), _clip(g), _clip(b)


def _clip(value: float) -> float:
    return max(0.0, min(1.0, value))


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(one: str, other: str, deficiency: str | None = None) -> float:
    """ΔE between two colours as seen with ``deficiency``."""
    a, b = _lab(simulate(one, deficiency)), _lab(simulate(other, deficiency))
    return float(sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5)


def least_difference(colours: tuple[str, ...] | list[str]) -> float:
    """The smallest ΔE between any two of ``colours``, under typical vision and each
    deficiency: how easily the worst pair is told apart by anyone in the room."""
    kinds: list[str | None] = [None, *DEFICIENCIES]
    return min(difference(a, b, kind) for a, b in combinations(colours, 2) for kind in kinds)
