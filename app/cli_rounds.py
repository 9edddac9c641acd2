"""``round``: make a draft voting round over fiches from the command line (docs/cli.md,
additions made in this repository), with a budget round over whole fiches at their
real cost as its main use. Kept apart from app/cli.py, which registers it."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

METHODS = ("dots", "score", "rank", "budget")


def _cli_error(message: str) -> Exception:
    from app.cli_common import CliError

    return CliError(message)


def _budget(text: str | None) -> float | None:
    from app.exchange.values import CellProblem, amount

    if text is None:
        return None
    try:
        value = amount(text)
    except CellProblem as exc:
        raise _cli_error(f"--budget: {exc}") from None
    if value is None or value <= 0:
        raise _cli_error(f"--budget: {text!r}: geef een bedrag groter dan 0.")
    return value


def cmd_round(args: argparse.Namespace) -> int:
    from app.cli_common import _open
    from app.domain import ranking
    from app.domain.enums import OptionKind, VotingMethod
    from app.services import budget_round
    from app.services.decisions import find_by_code
    from app.services.proposals import proposals
    from app.services.rounds import create_round, rounds
    from app.services.workshops import only_workshop

    # Every argument is checked before the store opens: exit 2 changes nothing.
    whole = args.whole
    if not whole and (args.cost_basis or args.leave_out_free):
        raise _cli_error("--cost-basis en --leave-out-free horen bij --whole.")
    if whole and args.method != "budget":
        raise _cli_error(f"--whole hoort bij --method budget, niet bij {args.method}.")
    if args.cost_basis and args.cost_basis not in budget_round.COST_BASES:
        raise _cli_error(f"--cost-basis: {args.cost_basis!r}: kies investment of total.")
    amount = _budget(args.budget)
    if amount is not None and args.method != "budget":
        raise _cli_error(f"--budget hoort bij --method budget, niet bij {args.method}.")
    if not args.title.strip():
        raise _cli_error("--title: geef de ronde een titel.")

    with _open(args.store, write=True) as store:
        workshop = only_workshop(store)
        if args.proposals:
            ids = [find_by_code(store, workshop.id, code) for code in args.proposals]
        else:  # the keuze fiches: the mandatory ones are in the plan anyway
            ids = [p.id for p in proposals.list(store, workshop.id) if not p.mandatory]
        if len(set(ids)) != len(ids):
            raise _cli_error("--fiches: een fiche staat er twee keer in.")
        if not ids:
            raise _cli_error("De workshop heeft geen keuzefiches om over te stemmen.")
        if whole:
            basis = args.cost_basis or budget_round.INVESTMENT
            pricing = budget_round.price(store, workshop.id, ids, basis)
            for f in pricing.free if args.leave_out_free else []:
                # Never silently free: what is left out is said.
                print(
                    f"atelier: {f.label} heeft geen kost ({budget_round.basis_label(basis)}) "
                    "en blijft buiten de ronde.",
                    file=sys.stderr,
                )
            made = budget_round.create_budget_round(
                store,
                workshop.id,
                args.title,
                ids,
                basis=basis,
                budget_=amount,
                leave_out_free=args.leave_out_free,
                question=args.question,
            ).value
            for f in pricing.too_dear(made.rules["budget"]):
                print(
                    f"atelier: {f.label} kost {ranking.euro(f.cost)}, meer dan het hele "
                    "budget: geen telefoon kan ze kiezen.",
                    file=sys.stderr,
                )
        else:
            method = VotingMethod(args.method)
            rules = ranking.default_rules(method, len(ids))
            if amount is not None:
                rules = {"budget": amount}
            made = create_round(
                store,
                workshop.id,
                args.title,
                method,
                [(OptionKind.PROPOSAL, i) for i in ids],
                rules,
                question=args.question,
            ).value
        position = [r.id for r in rounds.list(store, workshop.id)].index(made.id) + 1
    data: dict[str, Any] = {
        "id": made.id,
        "position": position,
        "title": made.title,
        "method": made.method.value,
        "status": made.status.value,
        "options": len(made.options),
        "rules": made.rules,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Ronde {position} aangemaakt (ontwerp): {made.title}, {len(made.options)} fiches.")
    if ranking.is_whole(made.rules):
        basis_text = budget_round.basis_label(made.rules.get("cost_basis", "investment"))
        print(f"Budget {ranking.euro(made.rules['budget'])}; kost per fiche: {basis_text}.")
        for option in made.options:
            print(f"  {ranking.euro(made.rules['costs'][option.id]):>16}  {option.title}")
    return 0


def add_commands(command: Command) -> None:
    p = command("round", cmd_round, "een nieuwe stemronde over fiches (ontwerp)")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--title", required=True, metavar="T")
    p.add_argument("--question", default="", metavar="TEXT", help="de vraag aan de deelnemers")
    p.add_argument(
        "--method", choices=METHODS, default="budget", help="stemmethode (standaard: budget)"
    )
    p.add_argument(
        "--fiches",
        dest="proposals",
        nargs="+",
        metavar="CODE",
        help="de fiches in de ronde, in deze volgorde (standaard: alle keuzefiches)",
    )
    p.add_argument(
        "--whole",
        action="store_true",
        help="hele fiches met hun echte kost: een telefoon kiest fiches tot het budget op is",
    )
    p.add_argument(
        "--cost-basis",
        metavar="investment|total",
        help="kost van een fiche: netto investering over de planperiode (investment, "
        "standaard) of netto investering plus werking (total)",
    )
    p.add_argument(
        "--budget",
        metavar="N",
        help="het budget (€); standaard bij --whole de financiële ruimte over de planperiode",
    )
    p.add_argument(
        "--leave-out-free",
        action="store_true",
        help="laat fiches zonder kost weg (en zeg welke) in plaats van te weigeren",
    )
    p.add_argument("--json", action="store_true")
