"""The keuzenota's commands (docs/cli.md, Additions December 2026): ``decide``,
``budget`` and ``scenario``. Kept apart from app/cli.py, which registers them."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _cli_error(message: str) -> Exception:
    from app.cli_common import CliError

    return CliError(message)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _cli_error(f"--date: {text!r} is geen datum; schrijf JJJJ-MM-DD.") from None


def cmd_decide(args: argparse.Namespace) -> int:
    from app.cli_common import _open
    from app.domain.rules import parse_decision
    from app.services.decisions import decide, find_by_code
    from app.services.proposals import proposals
    from app.services.workshops import only_workshop

    decision = parse_decision(args.decision)  # exit 2 naming it before anything opens
    when = _date(args.date)
    with _open(args.store, write=True) as store:
        workshop = only_workshop(store)
        proposal_id = find_by_code(store, workshop.id, args.code)
        decide(store, [proposal_id], decision, decided_on=when, motivation=args.reason)
        p = proposals.get(store, proposal_id)
    dated = f" ({p.decision_date.isoformat()})" if p.decision_date else ""
    print(f"{p.code} · {p.title}: {p.decision.value}{dated}")
    if p.decision_motivation:
        print(f"  {p.decision_motivation}")
    if p.mandatory:
        print("  Verplichte fiche: ze zit in het plan, wat het besluit ook is.")
    return 0


def _amount(text: str | None, option: str) -> float | None:
    from app.exchange.values import CellProblem, amount

    if text is None:
        return None
    try:
        value = amount(text)
    except CellProblem as exc:
        raise _cli_error(f"{option}: {exc}") from None
    if value is None:
        raise _cli_error(f"{option}: geef een bedrag.")
    return value


def cmd_budget(args: argparse.Namespace) -> int:
    from app.cli_common import _open
    from app.services import budget
    from app.services.workshops import only_workshop

    investment = _amount(args.investment, "--investment")
    operating = _amount(args.operating, "--operating")
    year: int | None = None
    if args.year is not None:
        try:
            year = int(args.year)
        except ValueError:
            raise _cli_error(f"YEAR: {args.year!r} is geen jaartal.") from None
        if investment is None and operating is None:
            raise _cli_error(f"YEAR {year}: geef --investment en/of --operating.")
    elif investment is not None or operating is not None:
        raise _cli_error("--investment en --operating horen bij een jaar: geef YEAR.")
    with _open(args.store, write=year is not None) as store:
        workshop = only_workshop(store)
        if year is not None:
            budget.set_room(store, workshop.id, year, investment=investment, operating=operating)
        rooms = budget.rooms(store, workshop.id)
    if args.json:
        data = {
            "years": [
                {"year": r.year, "investment": r.investment, "operating": r.operating}
                for r in rooms
            ]
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Financiële ruimte {workshop.period_label} (€)")
    print(f"{'jaar':>6} {'investering':>15} {'werking':>15}")
    for r in rooms:
        print(f"{r.year:>6} {_euros(r.investment):>15} {_euros(r.operating):>15}")
    return 0


def _euros(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def cmd_scenario(args: argparse.Namespace) -> int:
    from app.cli_common import _open
    from app.services import scenario
    from app.services.workshops import only_workshop

    with _open(args.store, write=False) as store:
        workshop = only_workshop(store)
        data = scenario.as_json(scenario.load(store, workshop.id))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    _print_scenario(data)
    return 0


def _print_scenario(data: dict[str, Any]) -> None:
    counts = data["proposals"]
    print(
        f"Verplicht: {counts['mandatory']} · ja: {counts['ja']} · nee: {counts['nee']} · "
        f"later: {counts['later']} · open: {counts['open']}"
    )
    head = ("jaar", "investering", "ontvangsten", "ruimte", "saldo", "werking", "ontvangsten")
    print(
        f"{head[0]:>6}" + "".join(f" {h:>13}" for h in head[1:]) + f" {'ruimte':>13} {'saldo':>13}"
    )
    for y in data["years"]:
        cells = (
            y["investment"], y["investment_income"], y["room_investment"], y["balance_investment"],
            y["operating"], y["operating_income"], y["room_operating"], y["balance_operating"],
        )  # fmt: skip
        print(f"{y['year']:>6}" + "".join(f" {_euros(v):>13}" for v in cells))
    if data["fits"]:
        print("In evenwicht: geen enkel jaar komt tekort.")
    else:
        short = [
            str(y["year"])
            for y in data["years"]
            if y["balance_investment"] < 0 or y["balance_operating"] < 0
        ]
        print(f"NIET in evenwicht: tekort in {', '.join(short)}.")


def add_commands(command: Command) -> None:
    p = command("decide", cmd_decide, "het besluit over een fiche vastleggen")
    p.add_argument("store", metavar="STORE")
    p.add_argument("code", metavar="CODE")
    p.add_argument("decision", metavar="ja|nee|later|open")
    p.add_argument("--reason", metavar="TEXT", help="de motivering")
    p.add_argument(
        "--date", metavar="JJJJ-MM-DD", help="de datum van het besluit (standaard: vandaag)"
    )

    p = command("budget", cmd_budget, "de financiële ruimte per jaar tonen of vastleggen")
    p.add_argument("store", metavar="STORE")
    p.add_argument("year", metavar="YEAR", nargs="?")
    p.add_argument("--investment", metavar="N", help="investeringsruimte van YEAR (€)")
    p.add_argument("--operating", metavar="N", help="werkingsruimte van YEAR (€)")
    p.add_argument("--json", action="store_true")

    p = command("scenario", cmd_scenario, "het budgetscenario van de keuzenota")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--json", action="store_true")
