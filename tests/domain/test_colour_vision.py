"""The cluster palette against the common colour-vision deficiencies."""

from __future__ import annotations

from app.domain.colour_vision import difference, least_difference, simulate
from app.domain.rules import CLUSTER_PALETTE

# Above 10, two marks are told apart at a glance (CIE76 ΔE).
AT_A_GLANCE = 10.0


def test_the_first_six_cluster_colours_stay_apart_for_everyone():
    assert least_difference(CLUSTER_PALETTE[:6]) >= AT_A_GLANCE


def test_the_simulation_merges_what_deuteranopes_confuse():
    # Tableau 10's red and green: far apart for most, nearly one colour for deuteranopes.
    assert difference("#E15759", "#59A14F") > 50
    assert difference("#E15759", "#59A14F", "deuteranopia") < 3


def test_grey_looks_the_same_to_everyone():
    for kind in ("protanopia", "deuteranopia", "tritanopia"):
        seen = simulate("#808080", kind)
        assert max(seen) - min(seen) < 0.02
