"""The goal tree of the BBC 2020 cycle: beleidsdoelstelling → actieplan → actie.

Which level goes under which, the codes municipalities write (``BD01`` / ``AP01.01``
/ ``AC01.01.01`` or ``1`` / ``1.1`` / ``1.1.1``), and the money of the fiches under
a goal per year, its descendants included. Standard library only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from app.domain.errors import ValidationError
from app.domain.messages import Message, msg


class GoalLevel(IntEnum):
    OBJECTIVE = 1  # beleidsdoelstelling
    PLAN = 2  # actieplan
    ACTION = 3  # actie

    @property
    def label(self) -> Message:
        return _LABELS[self][0]

    @property
    def plural(self) -> Message:
        return _LABELS[self][1]

    @property
    def prefix(self) -> str:
        """The letters of this level's codes (BD01, AP01.01, AC01.01.01)."""
        return ("BD", "AP", "AC")[self - 1]


_LABELS = {
    GoalLevel.OBJECTIVE: (msg("beleidsdoelstelling"), msg("beleidsdoelstellingen")),
    GoalLevel.PLAN: (msg("actieplan"), msg("actieplannen")),
    GoalLevel.ACTION: (msg("actie"), msg("acties")),
}


def check_parent(level: int, parent_level: int | None) -> None:
    """A beleidsdoelstelling stands at the top, an actieplan under a beleidsdoelstelling,
    an actie under an actieplan; anything else is refused with the rule in words."""
    wanted = None if level == GoalLevel.OBJECTIVE else level - 1
    if parent_level == wanted:
        return
    if level == GoalLevel.OBJECTIVE:
        raise ValidationError(
            msg("Een beleidsdoelstelling staat bovenaan, niet onder een ander doel."), "parent_id"
        )
    if level == GoalLevel.PLAN:
        raise ValidationError(
            msg("Een actieplan hoort onder een beleidsdoelstelling."), "parent_id"
        )
    raise ValidationError(msg("Een actie hoort onder een actieplan."), "parent_id")


def may_hold_proposals(level: int) -> bool:
    """A fiche belongs to an actieplan or an actie."""
    return level in (GoalLevel.PLAN, GoalLevel.ACTION)


# -- codes --------------------------------------------------------------------------

_LETTERED = re.compile(
    r"^\s*(?P<prefix>BD|AP|AC|A)\s*[-_ ]?\s*(?P<numbers>\d+(?:[.\-]\d+){0,2})\.?(?=\s|$|[:\-–])",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(?P<numbers>\d{1,3}(?:\.\d{1,3}){0,2})\.?(?=\s|$|[:\-–])")
_PREFIX_LEVEL = {"BD": 1, "AP": 2, "AC": 3, "A": 3}


@dataclass(frozen=True)
class ParsedCode:
    code: str  # as written (BD01, 1.1)
    level: int | None  # from the prefix or the count of numbers; None when unclear
    numbers: tuple[int, ...]


def parse_code(text: str) -> ParsedCode | None:
    """A goal code on its own: ``BD01``, ``AP01.01``, ``AC01.01.01``, ``1``, ``1.1``…"""
    found = split_code(text)
    if found is None or found[1]:
        return None
    return found[0]


def split_code(text: str) -> tuple[ParsedCode, str] | None:
    """A title that begins with a code (``BD01 Een veilige gemeente``): the code and the
    rest; None when it does not begin with one."""
    match = _LETTERED.match(text) or _NUMBERED.match(text)
    if match is None:
        return None
    numbers = tuple(int(n) for n in re.split(r"[.\-]", match.group("numbers")))
    prefix = match.groupdict().get("prefix")
    level = _PREFIX_LEVEL[prefix.upper()] if prefix else len(numbers)
    if not prefix and len(numbers) > 3:
        return None
    code = match.group(0).strip().rstrip(".").strip()
    rest = text[match.end() :].strip().lstrip(":-–").strip()
    return ParsedCode(code, level, numbers), rest


def next_code(level: int, parent_code: str, sibling_codes: Iterable[str]) -> str:
    """A code for a new goal: the next free number under its parent, in the style of
    the parent's code (``AP01.03`` under ``BD01``, ``1.3`` under ``1``)."""
    used = {c.casefold() for c in sibling_codes}
    parent = parse_code(parent_code) if parent_code else None
    numeric = parent is not None and not parent_code[:1].isalpha()
    if parent is None and level > 1:
        numeric = False
    for n in range(1, 1000):
        if numeric and parent is not None:
            code = ".".join(str(x) for x in (*parent.numbers, n))
        elif parent is not None:
            code = GoalLevel(level).prefix + ".".join(f"{x:02d}" for x in (*parent.numbers, n))
        else:
            code = f"{GoalLevel(level).prefix}{n:02d}"
        if code.casefold() not in used:
            return code
    return ""


# -- money under a goal --------------------------------------------------------------

# Per year: investment, investment income, operating, operating income (as the
# scenario keeps them: app.domain.scenario INV, INV_IN, OP, OP_IN).
Money = tuple[float, float, float, float]
INV, INV_IN, OP, OP_IN = range(4)


@dataclass(frozen=True)
class GoalMoney:
    """The fiches directly under a goal and the sums per year of its whole branch."""

    goal_id: str
    proposal_ids: tuple[str, ...]
    by_year: Mapping[int, Money]  # the goal's own fiches and those of its descendants

    def total(self) -> Money:
        sums = [0.0, 0.0, 0.0, 0.0]
        for values in self.by_year.values():
            for i, v in enumerate(values):
                sums[i] += v
        return (sums[0], sums[1], sums[2], sums[3])


def sums_per_goal(
    goals: Sequence[tuple[str, str | None]],
    proposals: Iterable[tuple[str, str | None, Mapping[int, Money]]],
) -> dict[str, GoalMoney]:
    """``goals``: (id, parent id); ``fiches``: (id, goal id, money per year). Each goal's
    fiches and the sums per year of its fiches and its descendants' fiches."""
    parent_of = dict(goals)
    direct: dict[str, list[str]] = defaultdict(list)
    sums: dict[str, dict[int, list[float]]] = {g: {} for g, _ in goals}
    for proposal_id, goal_id, by_year in proposals:
        if goal_id is None or goal_id not in parent_of:
            continue
        direct[goal_id].append(proposal_id)
        node: str | None = goal_id
        seen: set[str] = set()
        while node is not None and node not in seen:  # up the tree, every ancestor
            seen.add(node)
            for year, values in by_year.items():
                row = sums[node].setdefault(year, [0.0, 0.0, 0.0, 0.0])
                for i, v in enumerate(values):
                    row[i] += v
            node = parent_of.get(node)
    return {
        g: GoalMoney(
            g,
            tuple(direct.get(g, ())),
            {y: (v[0], v[1], v[2], v[3]) for y, v in sorted(sums[g].items())},
        )
        for g, _ in goals
    }
