"""Voting methods: validating a ballot against a round's rules, and tallying.

A ballot's entries arrive as the JSON of VOTING-API.md; they are checked here
so that the web server, paper entry and imports apply one rule book.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain import ideas, survey
from app.domain.enums import VotingMethod
from app.domain.errors import ValidationError
from app.domain.messages import msg

SCORE_MIN = 1
SCORE_MAX = 5


def suggested_dots(option_count: int) -> int:
    """A third to a quarter of the options is the usual rule of thumb; at least one dot."""
    return max(1, round(option_count * 0.3))


def default_rules(method: VotingMethod, option_count: int = 0) -> dict[str, Any]:
    if method is VotingMethod.DOTS:
        dots = suggested_dots(option_count)
        return {"dots": dots, "max_per_option": min(3, dots)}
    if method is VotingMethod.SCORE:
        return {
            "criteria": [
                {"id": "impact", "title": "Impact", "weight": 2.0},
                {"id": "haalbaarheid", "title": "Haalbaarheid", "weight": 1.0},
                {"id": "urgentie", "title": "Urgentie", "weight": 1.0},
            ],
            "min": SCORE_MIN,
            "max": SCORE_MAX,
        }
    if method is VotingMethod.RANK:
        return {"max_ranked": min(5, option_count) if option_count else 5}
    if method is VotingMethod.SURVEY:
        return survey.rules()
    if method is VotingMethod.IDEAS:
        return ideas.rules()
    return {"budget": 100000}


def validate_rules(method: VotingMethod, rules: Mapping[str, Any]) -> dict[str, Any]:
    """Return the rules in canonical form or raise ValidationError (Dutch)."""

    def positive_int(key: str) -> int:
        value = rules.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValidationError(
                msg("Regel '{key}' moet een geheel getal vanaf 1 zijn.", key=key), key
            )
        return value

    if method is VotingMethod.DOTS:
        dots, per = positive_int("dots"), positive_int("max_per_option")
        return {"dots": dots, "max_per_option": min(per, dots)}
    if method is VotingMethod.SCORE:
        criteria = rules.get("criteria")
        if not isinstance(criteria, list) or not criteria:
            raise ValidationError(
                msg("Een scoreronde heeft minstens één criterium nodig."), "criteria"
            )
        seen: set[str] = set()
        clean = []
        for c in criteria:
            cid, title, weight = (
                str(c.get("id", "")),
                str(c.get("title", "")).strip(),
                c.get("weight"),
            )
            if not cid or cid in seen:
                raise ValidationError(msg("Elk criterium heeft een eigen id nodig."), "criteria")
            if not title:
                raise ValidationError(msg("Elk criterium heeft een titel nodig."), "criteria")
            if not isinstance(weight, int | float) or isinstance(weight, bool) or weight <= 0:
                raise ValidationError(
                    msg("Het gewicht van '{title}' moet groter dan 0 zijn.", title=title),
                    "criteria",
                )
            seen.add(cid)
            clean.append({"id": cid, "title": title, "weight": float(weight)})
        lo, hi = rules.get("min", SCORE_MIN), rules.get("max", SCORE_MAX)
        if not (isinstance(lo, int) and isinstance(hi, int) and lo < hi):
            raise ValidationError(
                msg("De scoreschaal moet van een kleiner naar een groter getal lopen."), "min"
            )
        return {"criteria": clean, "min": lo, "max": hi}
    if method is VotingMethod.RANK:
        return {"max_ranked": positive_int("max_ranked")}
    if method is VotingMethod.SURVEY:
        return survey.validate_rules(rules)
    if method is VotingMethod.IDEAS:
        return ideas.validate_rules(rules)
    budget = rules.get("budget")
    if (
        not isinstance(budget, int | float)
        or isinstance(budget, bool)
        or not _finite(budget)
        or budget <= 0
    ):
        raise ValidationError(msg("Het budget moet groter dan 0 zijn."), "budget")
    if "costs" not in rules and not rules.get("whole"):
        return {"budget": budget}
    return {"budget": budget, **_whole_rules(rules)}


# How a budget round with whole fiches prices a fiche (docs/voting-api.md additions):
# its net investment over the planning period, or its net investment plus net
# operating over the period. Net (expenditure minus income) because the financial
# room it is weighed against is net too (app.services.budget).
COST_BASES = ("investment", "total")
# Amounts are compared to the cent: a phone sends back the cost it was given.
CENT = 0.005


def _whole_rules(rules: Mapping[str, Any]) -> dict[str, Any]:
    """The ``costs``, ``whole`` (and ``cost_basis``) of a budget round with whole fiches."""
    costs = rules.get("costs")
    if rules.get("whole") is not True or not isinstance(costs, Mapping) or not costs:
        raise ValidationError(
            msg(
                "Een budgetronde met hele fiches heeft 'whole': true en per optie een kost "
                "('costs')."
            ),
            "costs",
        )
    clean: dict[str, float] = {}
    for option_id, cost in costs.items():
        if (
            not isinstance(option_id, str)
            or not isinstance(cost, int | float)
            or isinstance(cost, bool)
            or not _finite(cost)
            or cost <= 0
        ):
            raise ValidationError(
                msg(
                    "De kost van optie {id} moet een bedrag groter dan 0 zijn, niet {cost}.",
                    id=repr(option_id),
                    cost=repr(cost),
                ),
                "costs",
            )
        clean[option_id] = round(float(cost), 2)
    out: dict[str, Any] = {"costs": clean, "whole": True}
    basis = rules.get("cost_basis")
    if basis is not None:
        if basis not in COST_BASES:
            raise ValidationError(
                msg("Onbekende kostenbasis {basis}: investment of total.", basis=repr(basis)),
                "cost_basis",
            )
        out["cost_basis"] = basis
    return out


def check_costs(rules: Mapping[str, Any], option_ids: Sequence[str]) -> None:
    """A round with whole fiches prices every option it has, and nothing else."""
    if not rules.get("whole"):
        return
    costs = rules.get("costs", {})
    unknown = sorted(set(costs) - set(option_ids))
    if unknown:
        raise ValidationError(
            msg("Kost voor een optie die niet in de ronde staat: {ids}.", ids=", ".join(unknown)),
            "costs",
        )
    missing = [o for o in option_ids if o not in costs]
    if missing:
        raise ValidationError(
            msg(
                "{count} opties hebben geen kost: een fiche zonder kost kan je niet heel kiezen.",
                count=len(missing),
            ),
            "costs",
        )


def is_whole(rules: Mapping[str, Any]) -> bool:
    """A budget round whose phones take whole fiches at their own cost."""
    return bool(rules.get("whole")) and isinstance(rules.get("costs"), Mapping)


def euro(value: float) -> str:
    """€ 1.250.000: Flemish thousands, whole euros (cents only when there are any)."""
    cents = round(abs(value) * 100) % 100
    text = f"{abs(value):,.{2 if cents else 0}f}"
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{'−' if value < 0 else ''}€ {text}"


@dataclass(frozen=True)
class Entry:
    option_id: str
    value: float
    criterion_id: str | None = None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _finite(number: int | float) -> bool:
    """A number a float can hold: a whole number past 1.8e308 cannot (OverflowError)."""
    try:
        return math.isfinite(number)
    except OverflowError:
        return False


def parse_entries(
    method: VotingMethod, rules: Mapping[str, Any], option_ids: Sequence[str], entries: Any
) -> list[Entry]:
    """Check a ballot's ``entries`` (VOTING-API.md shapes) and flatten them.

    Raises ValidationError with a Dutch message that says what is wrong.
    """
    if method is VotingMethod.IDEAS:
        raise ValidationError(msg("Een ideeënronde heeft geen opties om op te stemmen."), "entries")
    if method is VotingMethod.SURVEY:
        # Survey answers are not option entries: app.domain.survey.parse_answers checks them.
        raise ValidationError(msg("Een bevraging heeft geen opties om op te stemmen."), "entries")
    known = set(option_ids)

    def check_option(option_id: Any) -> str:
        if not isinstance(option_id, str) or option_id not in known:
            raise ValidationError(msg("Onbekende optie: {id}.", id=repr(option_id)), "entries")
        return option_id

    if method is VotingMethod.DOTS:
        if not isinstance(entries, dict):
            raise ValidationError(msg("Verwacht per optie een aantal stippen."), "entries")
        out, total = [], 0
        for option_id, n in entries.items():
            check_option(option_id)
            if not _is_int(n) or n < 0:
                raise ValidationError(
                    msg("Het aantal stippen moet een geheel getal vanaf 0 zijn."), "entries"
                )
            if n > rules["max_per_option"]:
                raise ValidationError(
                    msg("Hoogstens {count} stippen per optie.", count=rules["max_per_option"]),
                    "entries",
                )
            total += n
            if n:
                out.append(Entry(option_id, float(n)))
        if total > rules["dots"]:
            raise ValidationError(
                msg("Hoogstens {count} stippen in totaal.", count=rules["dots"]), "entries"
            )
        return out

    if method is VotingMethod.SCORE:
        if not isinstance(entries, dict):
            raise ValidationError(msg("Verwacht per optie een score per criterium."), "entries")
        criteria = {c["id"] for c in rules["criteria"]}
        lo, hi = rules["min"], rules["max"]
        out = []
        for option_id, scores in entries.items():
            check_option(option_id)
            if not isinstance(scores, dict):
                raise ValidationError(msg("Verwacht per optie een score per criterium."), "entries")
            for criterion_id, s in scores.items():
                if criterion_id not in criteria:
                    raise ValidationError(
                        msg("Onbekend criterium: {id}.", id=repr(criterion_id)), "entries"
                    )
                if not _is_int(s) or not lo <= s <= hi:
                    raise ValidationError(
                        msg("Een score ligt tussen {low} en {high}.", low=lo, high=hi), "entries"
                    )
                out.append(Entry(option_id, float(s), criterion_id))
        return out

    if method is VotingMethod.RANK:
        if not isinstance(entries, list):
            raise ValidationError(msg("Verwacht een lijst van opties, de beste eerst."), "entries")
        if len(entries) > rules["max_ranked"]:
            raise ValidationError(
                msg("Rangschik hoogstens {count} opties.", count=rules["max_ranked"]), "entries"
            )
        if len(set(map(str, entries))) != len(entries):
            raise ValidationError(
                msg("Elke optie mag maar één keer in de rangschikking staan."), "entries"
            )
        return [Entry(check_option(o), float(place)) for place, o in enumerate(entries, start=1)]

    if not isinstance(entries, dict):
        raise ValidationError(msg("Verwacht per optie een bedrag."), "entries")
    if is_whole(rules):
        return _whole_entries(rules, check_option, entries)
    budget_out: list[Entry] = []
    spent = 0.0
    for option_id, amount in entries.items():
        check_option(option_id)
        if (
            not isinstance(amount, int | float)
            or isinstance(amount, bool)
            or not _finite(amount)
            or amount < 0
        ):
            raise ValidationError(msg("Een bedrag is een getal vanaf 0."), "entries")
        spent += amount
        if amount:
            budget_out.append(Entry(option_id, float(amount)))
    if spent > rules["budget"] + 1e-9:
        raise ValidationError(
            msg("Hoogstens {amount} in totaal.", amount=rules["budget"]), "entries"
        )
    return budget_out


def _whole_entries(
    rules: Mapping[str, Any], check_option: Callable[[Any], str], entries: Mapping[Any, Any]
) -> list[Entry]:
    """A budget ballot with whole fiches: each amount 0 or exactly the option's cost,
    together within the budget."""
    costs: Mapping[str, float] = rules["costs"]
    out: list[Entry] = []
    spent = 0.0
    for option_id, amount in entries.items():
        check_option(option_id)
        if (
            not isinstance(amount, int | float)
            or isinstance(amount, bool)
            or not _finite(amount)
            or amount < 0
        ):
            raise ValidationError(msg("Een bedrag is een getal vanaf 0."), "entries")
        if not amount:
            continue
        cost = costs.get(option_id)
        if cost is None:
            raise ValidationError(
                msg("Optie {id} heeft geen kost en kan niet gekozen worden.", id=repr(option_id)),
                "entries",
            )
        if abs(amount - cost) > CENT:
            raise ValidationError(
                msg(
                    "Een fiche kies je helemaal of niet: optie {id} kost {cost}, niet {amount}.",
                    id=repr(option_id),
                    cost=euro(cost),
                    amount=euro(amount),
                ),
                "entries",
            )
        spent += cost
        out.append(Entry(option_id, cost))
    if spent > rules["budget"] + CENT:
        raise ValidationError(
            msg(
                "Je keuze kost {spent}, meer dan het budget van {budget}.",
                spent=euro(spent),
                budget=euro(rules["budget"]),
            ),
            "entries",
        )
    return out


@dataclass(frozen=True)
class RankedOption:
    rank: int
    option_id: str
    score: float


def tally(
    method: VotingMethod,
    rules: Mapping[str, Any],
    option_ids: Sequence[str],
    ballots: Iterable[Sequence[Entry]],
) -> list[RankedOption]:
    """Score every option and rank them (standard competition ranking: 1, 1, 3).

    dots: total dots; score: weighted mean over the scores given; rank: Borda
    total (first of K ranked gets K points, the K-th one point); budget: total.
    Equal scores keep the options' own order, so the output is stable.
    """
    totals = dict.fromkeys(option_ids, 0.0)
    if method is VotingMethod.SCORE:
        weights = {c["id"]: float(c["weight"]) for c in rules["criteria"]}
        weighted = dict.fromkeys(option_ids, 0.0)
        weight_sum = dict.fromkeys(option_ids, 0.0)
        for ballot in ballots:
            for e in ballot:
                if e.option_id in totals and e.criterion_id in weights:
                    w = weights[e.criterion_id]
                    weighted[e.option_id] += w * e.value
                    weight_sum[e.option_id] += w
        for o in option_ids:
            totals[o] = round(weighted[o] / weight_sum[o], 4) if weight_sum[o] else 0.0
    elif method is VotingMethod.BUDGET and is_whole(rules):
        # Whole fiches: an option's score is how many phones (ballots) chose it.
        for ballot in ballots:
            for option_id in {e.option_id for e in ballot if e.value > 0}:
                if option_id in totals:
                    totals[option_id] += 1
    else:
        k = int(rules.get("max_ranked", 0))
        for ballot in ballots:
            for e in ballot:
                if e.option_id not in totals:
                    continue
                totals[e.option_id] += (k + 1 - e.value) if method is VotingMethod.RANK else e.value
    return competition_ranking([(o, totals[o]) for o in option_ids])


def fitting(ranked: Sequence[RankedOption], rules: Mapping[str, Any]) -> list[str]:
    """The fiches a budget round with whole fiches funds: down the ranking, each
    option that was chosen at least once is taken when its cost still fits in what
    is left of the budget; one that does not fit is passed over and a later, cheaper
    one may still be taken (as the scenario's fill by ranking does). An option nobody
    chose is never taken. In ranking order; [] for any other round."""
    if not is_whole(rules):
        return []
    costs: Mapping[str, float] = rules["costs"]
    left = float(rules["budget"])
    taken: list[str] = []
    for r in ranked:
        cost = costs.get(r.option_id)
        if r.score <= 0 or cost is None:
            continue
        if cost <= left + CENT:
            taken.append(r.option_id)
            left -= cost
    return taken


def criterion_means(
    rules: Mapping[str, Any], option_ids: Sequence[str], ballots: Iterable[Sequence[Entry]]
) -> dict[str, dict[str, float]]:
    """A score round's mean per option per criterion (by the criterion's title): the
    mean of that criterion's scores over the ballots that scored the option; an option
    nobody scored on a criterion has no mean for it. Rounded as the tally is."""
    titles = {c["id"]: c["title"] for c in rules.get("criteria", [])}
    sums: dict[tuple[str, str], list[float]] = {}
    known = set(option_ids)
    for ballot in ballots:
        for e in ballot:
            criterion_id = e.criterion_id
            if e.option_id in known and criterion_id is not None and criterion_id in titles:
                pair = sums.setdefault((e.option_id, criterion_id), [0.0, 0.0])
                pair[0] += e.value
                pair[1] += 1
    out: dict[str, dict[str, float]] = {o: {} for o in option_ids}
    for (option_id, criterion_id), (total, count) in sums.items():
        out[option_id][titles[criterion_id]] = round(total / count, 4)
    order = list(titles.values())
    return {o: dict(sorted(m.items(), key=lambda kv: order.index(kv[0]))) for o, m in out.items()}


def competition_ranking(scored: Sequence[tuple[str, float]]) -> list[RankedOption]:
    order = sorted(range(len(scored)), key=lambda i: (-scored[i][1], i))
    ranked: list[RankedOption] = []
    for place, i in enumerate(order, start=1):
        option_id, score = scored[i]
        rank = ranked[-1].rank if ranked and ranked[-1].score == score else place
        ranked.append(RankedOption(rank, option_id, score))
    return ranked


def tied_at_top(ranking: Sequence[RankedOption], top_n: int) -> list[str]:
    """Options whose rank straddles the top-N boundary: they need a re-vote."""
    if top_n <= 0 or len(ranking) <= top_n:
        return []
    boundary = ranking[top_n - 1].score
    tied = [r.option_id for r in ranking if r.score == boundary]
    return tied if len(tied) > 1 and ranking[top_n].score == boundary else []
