"""The command-line contract (docs/cli.md). Every subcommand but ``screenshot``
and the GUI works headless; Qt is imported only when the GUI is asked for."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.cli_common import CliError, _open
from app.domain.errors import AtelierError, StorageError, StoreLocked, ValidationError
from app.domain.report_plan import PRESETS

EXIT_OK, EXIT_BUG, EXIT_INPUT, EXIT_LOCKED = 0, 1, 2, 3


def cmd_new(args: argparse.Namespace) -> int:
    from app.services import workshops
    from app.storage.store import building_store

    if Path(args.store).exists():
        raise CliError(f"{args.store} bestaat al; kies een andere naam.")
    # Built beside its name and moved into place when complete: never half-made.
    with building_store(args.store) as store:
        workshops.create_workshop(store, title=args.title, organisation=args.organisation)
    print(f"Nieuw werkbestand: {args.store}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo
    from app.storage.store import building_store, open_store

    target = Path(args.store)
    if "://" not in args.store and target.exists():
        if not args.force:
            raise CliError(f"{args.store} bestaat al; gebruik --force om het te vervangen.")
        # --force replaces an Atelier store (after a backup), never another kind of file.
        with open_store(args.store, write=True, backup_on_open=False) as old:
            old.backup("voor-overschrijven")
    # Built beside its name and moved into place when complete: a full disk or a killed
    # process leaves no half-made store, and the store --force replaces stays until then.
    with building_store(args.store, overwrite=args.force) as store:
        build_demo(store, args.size)
    print(f"Demo-workshop ({args.size}): {args.store}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.domain.entities import count_label
    from app.services.inventory import info

    with _open(args.store, write=False) as store:
        data = info(store)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{args.store} (schema {data['schema_version']})")
    for w in data["workshops"]:
        print(f"\n{w['title']} — {w['organisation']}")
        for key, value in w["counts"].items():
            print(f"  {count_label(key):<22} {value:>6}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.inventory import check

    with _open(args.store, write=False) as store:
        report = check(store)
    if report.sound:
        print(f"{args.store}: in orde.")
        return EXIT_OK
    print(f"{args.store}: {len(report.problems)} probleem/problemen gevonden:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_INPUT


def cmd_rounds(args: argparse.Namespace) -> int:
    from app.services.rounds import rounds
    from app.services.workshops import only_workshop

    with _open(args.store, write=False) as store:
        workshop = only_workshop(store)
        found = rounds.list(store, workshop.id)
    data = {
        "rounds": [
            {
                "id": r.id,
                "position": n,
                "title": r.title,
                "method": r.method.value,
                "status": r.status.value,
                "options": len(r.options),
                "ballots": r.ballot_count,
                "devices_per_address": r.devices_per_address,
            }
            for n, r in enumerate(found, start=1)
        ]
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        # The number is ROUND's 1-based position, as in --json and find_round.
        for n, r in enumerate(found, start=1):
            counted = f"{r.ballot_count:>4} stembrieven"
            label = f"{r.status.label:<9} {r.method.label:<22}"
            print(f"{n:>3}  {label} {counted}  {r.title}")
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    from app.services import survey
    from app.services.rounds import find_round, results, tie
    from app.services.workshops import only_workshop

    with _open(args.store, write=False) as store:
        found = find_round(store, only_workshop(store).id, args.round)
        if found.method.value == "survey":
            return _survey_results(survey.results(store, found.id), args.json)
        if found.method.value == "ideas":
            return _ideas_results(store, found.id, args.json)
        outcome = results(store, found.id)
        tied = tie(store, found.id)
    if args.json:
        data = outcome.as_json() | {"tied": list(tied.tied) if tied else []}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"{outcome.round.title} ({outcome.round.method.label}, {outcome.round.status.label}): "
        f"{outcome.ballots} stembrieven"
    )
    fits = set(outcome.fits or ())
    for r in outcome.ranking:
        mark = "  (past)" if r.option_id in fits else ""
        shown = f"{r.score:>9.0f}" if outcome.fits is not None else f"{r.score:>9.2f}"
        print(f"{r.rank:>3}. {shown}  {r.title}{mark}")
    if outcome.fits is not None:
        _print_fitting(outcome)
    if tied:
        print(
            f"Gelijke stand rond plaats {tied.place}: {len(tied.tied)} opties. "
            "Een herstemming beslist."
        )
    return EXIT_OK


def _print_fitting(outcome: Any) -> None:
    """A budget round with whole fiches: the set that fits the budget, and what is left."""
    from app.domain.ranking import euro
    from app.services.budget_round import fitting

    fit = fitting(outcome.round, outcome.fits)
    if fit is None:
        return
    print(
        f"Past in het budget van {euro(fit.budget)}: {len(fit.fits)} fiches voor "
        f"{euro(fit.spent)}, {euro(fit.left)} over. (Score: hoeveel telefoons de fiche kozen.)"
    )


def _survey_results(outcome: Any, as_json: bool) -> int:
    """``results`` for a survey round: per cluster, the means per internal area."""
    if as_json:
        print(json.dumps(outcome.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    r = outcome.round

    def people(n: int) -> str:
        return f"{n} respondent" if n == 1 else f"{n} respondenten"

    def shown(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    print(f"{r.title} ({r.method.label}, {r.status.label}): {people(outcome.ballots)}")
    for cluster in outcome.clusters:
        print(f"\n{cluster.name}: {people(cluster.respondents)}")
        print(f"{'score':>7} {'belang':>7}  domein")
        for a in cluster.areas:
            mark = "  (werkpunt)" if a.werkpunt else ""
            print(f"{shown(a.score):>7} {shown(a.importance):>7}  {a.name}{mark}")
    return EXIT_OK


def _ideas_results(store: Any, round_id: str, as_json: bool) -> int:
    """``results`` for an ideas round: the phones that sent something, and every idea
    with its status (docs/cli.md), never in the order the ideas arrived."""
    from app.services import ideas

    outcome = ideas.results(store, round_id)
    if as_json:
        print(json.dumps(outcome.as_json() | {"tied": []}, ensure_ascii=False, indent=2))
        return EXIT_OK
    r = outcome.round
    phones = "1 telefoon" if outcome.phones == 1 else f"{outcome.phones} telefoons"
    print(f"{r.title} ({r.method.label}, {r.status.label}): {phones}, {len(outcome.ideas)} ideeën")
    _print_ideas(outcome.ideas)
    return EXIT_OK


def _print_ideas(found: Sequence[Any]) -> None:
    for idea in found:
        quadrant = idea.quadrant.value if idea.quadrant else "-"
        cluster = f"  ({idea.cluster})" if idea.cluster else ""
        text = " ".join(idea.text.split())  # one line per idea
        print(f"{idea.id[:8]}  {quadrant}  {idea.status.label:<12} {text}{cluster}")


def cmd_ideas(args: argparse.Namespace) -> int:
    """``ideas STORE ROUND [--accept ID ...|--accept-all|--reject ID ...] [--json]``."""
    from app.domain.enums import VotingMethod
    from app.services import ideas
    from app.services.rounds import find_round
    from app.services.workshops import only_workshop

    acting = bool(args.accept or args.accept_all or args.reject)
    with _open(args.store, write=acting) as store:
        found = find_round(store, only_workshop(store).id, args.round)
        if found.method is not VotingMethod.IDEAS:
            raise CliError(f"Ronde '{found.title}' is geen ideeënronde ({found.method.label}).")
        done: ideas.Moderation | None = None
        if args.accept_all:
            done = ideas.accept_all(store, found.id).value
        elif args.accept:
            done = ideas.accept(store, ideas.find_ideas(store, found.id, args.accept)).value
        elif args.reject:
            done = ideas.reject(store, ideas.find_ideas(store, found.id, args.reject)).value
        outcome = ideas.results(store, found.id)
    if args.json:
        data = outcome.as_json()
        del data["ranking"]
        if done is not None:
            data["done"] = {
                "accepted": done.count(ideas.Action.ACCEPT),
                "rejected": done.count(ideas.Action.REJECT),
                "skipped": list(done.skipped),
                "points": list(done.points),
                "recommendations": list(done.recommendations),
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if done is not None:
        print(_moderation_line(done))
    else:
        print(
            f"{outcome.round.title}: {len(outcome.ideas)} ideeën, "
            f"{outcome.count(ideas.IdeaStatus.PENDING)} nog te beoordelen"
        )
        _print_ideas(outcome.ideas)
    return EXIT_OK


def _moderation_line(done: Any) -> str:
    from app.services import ideas

    accepted = done.count(ideas.Action.ACCEPT)
    rejected = done.count(ideas.Action.REJECT)
    parts = []
    if accepted:
        parts.append(
            f"{accepted} aanvaard ({len(done.points)} SWOT-punten, "
            f"{len(done.recommendations)} aanbevelingen)"
        )
    if rejected:
        parts.append(f"{rejected} afgewezen")
    if done.skipped:
        parts.append(f"{len(done.skipped)} overgeslagen (er was al over beslist)")
    return (
        "Ideeën: "
        + ("; ".join(parts) if parts else "niets te doen, er is al over alles beslist")
        + "."
    )


def cmd_serve(args: argparse.Namespace) -> int:
    import signal
    import time

    from app.domain.enums import RoundStatus
    from app.services.rounds import devices_per_address, find_round, open_round, update_round
    from app.services.workshops import only_workshop
    from app.voting.server import VotingServer, VotingServerError

    if not 0 <= args.port <= 65535:
        raise CliError(f"--port {args.port}: kies een poort van 0 tot 65535 (0: een vrije poort).")
    devices = None
    if args.devices_per_address is not None:
        try:
            devices = devices_per_address(args.devices_per_address)
        except ValidationError as exc:
            raise CliError(f"--devices-per-address {args.devices_per_address}: {exc}") from exc
    with _open(args.store, write=True) as store:
        found = find_round(store, only_workshop(store).id, args.round)
        if found.status is RoundStatus.CLOSED:
            raise CliError(f"Ronde '{found.title}' is gesloten; kies een ronde die nog open kan.")
        if devices is not None:
            found = update_round(store, found.id, devices_per_address=devices).value
        if found.status is RoundStatus.DRAFT:
            found = open_round(store, found.id).value
        # A flag, not an Event: a signal handler must not take a lock the main thread may hold.
        stopping: list[int] = []
        previous = {
            sig: signal.signal(sig, lambda signum, _frame: stopping.append(signum))
            for sig in (signal.SIGINT, signal.SIGTERM)
        }
        server = VotingServer(store, args.host, args.port)
        try:
            server.start()
            print(server.join_url(found), flush=True)
            print(
                f"Stemronde '{found.title}' is open. Stoppen: Ctrl+C (de ronde blijft open).",
                file=sys.stderr,
                flush=True,
            )
            while not stopping:
                time.sleep(0.2)
        except VotingServerError as exc:
            raise CliError(str(exc)) from exc
        finally:
            server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from app.ui.screenshots.render import parse_size, render

    try:
        size = parse_size(args.size or "1366x768")
        render(args.store, Path(args.out), args.view, size)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    print(args.out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.exchange.export import export_workbook

    with _open(args.store, write=False) as store:
        written = export_workbook(store, args.out)
    print(f"Geëxporteerd naar {args.out}: {sum(written.values())} rijen op {len(written)} bladen.")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from app.exchange.export import write_template

    write_template(args.out)
    print(f"Lege werkmap: {args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.exchange.importer import import_workbook

    # A dry run writes in a transaction it rolls back, so it takes the lock too.
    with _open(args.store, write=True) as store:
        report = import_workbook(store, args.workbook, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    if not report.ok:
        first = report.problems[0].describe(args.workbook)
        more = len(report.problems) - 1
        _error(first + (f" (en nog {more} probleem/problemen)" if more else ""))
        if not args.json:
            for problem in report.problems[1:]:
                print(f"  - {problem.describe(args.workbook)}", file=sys.stderr)
        print("Er werd niets gewijzigd.", file=sys.stderr)
        return EXIT_INPUT
    if not args.json:
        verb = "zou aanmaken" if args.dry_run else "aangemaakt"
        changed = "zou bijwerken" if args.dry_run else "bijgewerkt"
        created = {k: n for k, n in report.created.items() if n}
        updated = {k: n for k, n in report.updated.items() if n}
        print(f"{args.workbook}: {verb}: {_counts(created)}; {changed}: {_counts(updated)}.")
        _print_left_out(report)
        if args.dry_run:
            print("Proefimport: er werd niets gewijzigd.")
    return EXIT_OK


def _print_left_out(report: Any) -> None:
    """The hidden sheets that were read, and every column (or sheet) that was not."""
    states = {"hidden": "verborgen", "very_hidden": "zeer verborgen"}
    if report.hidden:
        shown = ", ".join(f"'{h.sheet}' ({states.get(h.state, h.state)})" for h in report.hidden)
        print(f"Verborgen bladen, ook ingelezen: {shown}.")
    for item in report.ignored:
        where = f"blad '{item.sheet}'"
        if item.column:
            where += f", kolom '{item.column}'" + (f" ({item.cell})" if item.cell else "")
        print(f"Niet ingelezen: {where}: {item.reason}.")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {key}" for key, n in counts.items()) or "niets"


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.build import build_report

    out = Path(args.out)
    if out.is_dir() or not out.parent.is_dir():
        raise CliError(f"{args.out}: kies een bestandsnaam in een bestaande map.")
    notes: list[str] = []
    with _open(args.store, write=False) as store:
        build_report(
            store,
            out,
            part=args.part,
            cluster=args.cluster,
            notes=notes,
            preset_name=args.preset,
            template=args.template,
        )
    print(f"Rapport: {args.out}")
    for note in notes:  # letters the font lacks, printed by name instead
        print(f"  - {note}")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from app.storage.store import shown_url
    from app.storage.store_copy import copy_store

    report = copy_store(args.source, args.dest)
    print(
        f"Gekopieerd: {shown_url(report.source) if '://' in report.source else report.source}"
        f" → {shown_url(report.dest) if '://' in report.dest else report.dest}"
        f" ({report.total} rijen in {len(report.rows)} tabellen)."
    )
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from app.services.merge import merge_stores

    # A dry run writes in a transaction it rolls back, so it takes the lock too.
    with _open(args.target, write=True) as store:
        report = merge_stores(store, args.sources, dry_run=args.dry_run)
    if args.json:
        data = report.as_json() | {"dry_run": args.dry_run}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    data = report.as_json()
    verbs = (
        ("zou aanmaken", "zou bijwerken", "zou verwijderen")
        if args.dry_run
        else ("aangemaakt", "bijgewerkt", "verwijderd")
    )
    print(f"{args.target} ← {', '.join(args.sources)}")
    for verb, key in zip(verbs, ("created", "updated", "deleted"), strict=True):
        print(f"  {verb}: {_counts(data[key])}")
    for note in report.notes:
        print(f"  - {note}")
    if args.dry_run:
        print("Proef: er werd niets gewijzigd.")
    elif not report.changed:
        print("Niets nieuws: het doelbestand had alles al.")
    return EXIT_OK


def _quadrant_arg(value: str | None) -> str | None:
    if value is None:
        return None
    if value.strip().upper() not in ("S", "W", "O", "T"):
        raise CliError(
            f"--quadrant {value}: kies S, W, O of T (sterkte, zwakte, kans, bedreiging)."
        )
    return value.strip().upper()


def cmd_similar(args: argparse.Namespace) -> int:
    from app.services.duplicates import similar_to_text
    from app.services.workshops import only_workshop

    quadrant = _quadrant_arg(args.quadrant)
    if args.top < 1:
        raise CliError(f"--top {args.top}: geef een getal van minstens 1.")
    if not args.text.strip():
        raise CliError("--text is leeg: geef de tekst waarvan je gelijkaardige punten zoekt.")
    with _open(args.store, write=False) as store:
        found = similar_to_text(store, only_workshop(store).id, args.text, quadrant, args.top)
    data = {
        "candidates": [
            {"id": c.id, "text": c.text, "cluster": c.cluster, "score": c.score} for c in found
        ]
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif not found:
        print("Geen gelijkaardige punten gevonden.")
    else:
        for c in found:
            cluster = c.cluster or "zonder cluster"
            print(f"{c.score:5.2f}  {c.quadrant.value}  {c.text}  ({cluster})")
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app.services.duplicates import suggest_groups
    from app.services.workshops import only_workshop

    quadrant = _quadrant_arg(args.quadrant)
    with _open(args.store, write=False) as store:
        groups = suggest_groups(store, only_workshop(store).id, quadrant) or []
    data = {
        "groups": [
            {
                "quadrant": g.quadrant.value,
                "points": [{"id": p.id, "text": p.text, "cluster": p.cluster} for p in g.points],
                "score": g.score,
                "clusters": g.clusters,
            }
            for g in groups
        ]
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif not groups:
        print("Geen mogelijke dubbels gevonden.")
    else:
        for n, g in enumerate(groups, start=1):
            print(f"{n:>3}. {g.quadrant.label}: {g.clusters} clusters, gelijkenis {g.score:.2f}")
            for p in g.points:
                print(f"       - {p.text}  ({p.cluster or 'zonder cluster'})")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    import gc

    # No cyclic garbage collection until the window has painted (app.ui.shell.app.
    # settle_memory collects once and turns it back on): during start-up it would walk
    # the growing heap of imports and records again and again for nothing to free.
    gc.disable()
    # The models (and sqlalchemy.orm) are declared once the window has painted: the
    # first screen reads plain rows (app.storage.first_screen, app.storage.deferred).
    from app.storage.deferred import defer_models

    defer_models()
    # The store's libraries and the services the first screen uses before Qt's: once
    # PySide6 is imported it reads the source of every module imported after it (its
    # __feature__ check), hundreds of SQLAlchemy's and tens of ours.
    import app.services.analysis
    import app.services.duplicates
    import app.services.organisation
    import app.services.paths
    import app.services.proposals
    import app.services.stores
    import app.services.swot
    import app.services.workshops  # noqa: F401
    from app.ui.shell.app import run

    return run(args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atelier",
        description="Atelier: strategische workshops voor lokale besturen.",
    )
    parser.add_argument("--version", action="version", version=f"Atelier {__version__}")
    parser.add_argument("--db", metavar="STORE", help="werkbestand om te openen in het venster")
    parser.set_defaults(run=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(run=run)
        return p

    p = command("new", cmd_new, "maak een leeg werkbestand")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--title", default="Nieuwe workshop")
    p.add_argument("--organisation", default="")

    p = command("similar", cmd_similar, "de punten die het meest op een tekst lijken")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--text", required=True, metavar="TEXT")
    p.add_argument("--quadrant", metavar="S|W|O|T")
    p.add_argument("--top", type=int, default=10, metavar="K")
    p.add_argument("--json", action="store_true")

    p = command("duplicates", cmd_duplicates, "groepen van mogelijke dubbels")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--quadrant", metavar="S|W|O|T")
    p.add_argument("--json", action="store_true")

    p = command("demo", cmd_demo, "maak een demo-workshop uit de voorbeelddocumenten")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--size", choices=["normal", "large"], default="normal")
    p.add_argument("--force", action="store_true", help="vervang een bestaand werkbestand")

    p = command("info", cmd_info, "wat het werkbestand bevat")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--json", action="store_true")

    p = command("check", cmd_check, "controleer het werkbestand")
    p.add_argument("store", metavar="STORE")

    p = command("rounds", cmd_rounds, "de stemrondes")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--json", action="store_true")

    p = command("results", cmd_results, "de rangschikking van één stemronde")
    p.add_argument("store", metavar="STORE")
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--json", action="store_true")

    p = command("ideas", cmd_ideas, "wat telefoons in een ideeënronde stuurden, en beslissen")
    p.add_argument("store", metavar="STORE")
    p.add_argument("round", metavar="ROUND")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--accept", nargs="+", metavar="ID", help="aanvaard deze ideeën")
    act.add_argument(
        "--accept-all", action="store_true", help="aanvaard elk idee dat nog te beoordelen is"
    )
    act.add_argument("--reject", nargs="+", metavar="ID", help="wijs deze ideeën af")
    p.add_argument("--json", action="store_true")

    p = command("serve", cmd_serve, "de stempagina voor deelnemers serveren (zonder venster)")
    p.add_argument("store", metavar="STORE")
    p.add_argument("round", metavar="ROUND")
    p.add_argument(
        "--host", default="0.0.0.0", help="adres om op te luisteren (standaard: alle netwerken)"
    )
    p.add_argument("--port", type=int, default=8765, help="poort (standaard 8765; 0: een vrije)")
    p.add_argument(
        "--devices-per-address",
        metavar="N",
        help="hoeveel toestellen vanaf één netwerkadres mogen stemmen (standaard de regel "
        "van de ronde: 1; meer voor een gedeelde tablet)",
    )

    p = command("screenshot", cmd_screenshot, "één scherm als PNG, offscreen")
    p.add_argument("store", metavar="STORE")
    p.add_argument("out", metavar="OUT.png")
    p.add_argument("--view", required=True, metavar="NAME")
    p.add_argument("--size", metavar="WxH", help="standaard 1366x768")

    p = command("export", cmd_export, "het hele werkbestand als Excel-werkmap")
    p.add_argument("store", metavar="STORE")
    p.add_argument("out", metavar="OUT.xlsx")

    p = command("template", cmd_template, "een lege werkmap om gegevens voor te bereiden")
    p.add_argument("out", metavar="OUT.xlsx")

    p = command("import", cmd_import, "een werkmap inlezen (eigen formaat of eigen lijsten)")
    p.add_argument("store", metavar="STORE")
    p.add_argument("workbook", metavar="IN.xlsx")
    p.add_argument("--dry-run", action="store_true", help="toon wat zou veranderen, wijzig niets")
    p.add_argument("--json", action="store_true")

    p = command(
        "report", cmd_report, "rapport voor de gemeenteraad: PDF, of Word (.docx) om te bewerken"
    )
    p.add_argument("store", metavar="STORE")
    p.add_argument("out", metavar="OUT.pdf|OUT.docx")
    p.add_argument(
        "--part",
        default="all",
        metavar="all|swot|analysis|strategy|paths|ranking|fiches|keuzenota|goals",
        help="alleen dit deel (standaard: alles)",
    )
    p.add_argument("--cluster", metavar="NAME", help="alleen deze cluster")
    p.add_argument(
        "--preset",
        default="volledig",
        metavar="|".join(PRESETS),
        help="een van de documenten die de gemeente overhandigt (standaard: volledig)",
    )
    p.add_argument(
        "--template",
        metavar="HUISSTIJL.docx",
        help="Word-sjabloon in de huisstijl van de gemeente (alleen voor .docx)",
    )

    p = command("merge", cmd_merge, "werkbestanden van elders samenvoegen in TARGET")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("sources", metavar="SOURCE", nargs="+")
    p.add_argument("--dry-run", action="store_true", help="toon wat zou veranderen, wijzig niets")
    p.add_argument("--json", action="store_true")

    p = command("copy", cmd_copy, "een heel werkbestand kopiëren tussen een bestand en een server")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("dest", metavar="DEST")

    from app.cli_keuzenota import add_commands as keuzenota_commands

    keuzenota_commands(command)
    from app.cli_rounds import add_commands as round_commands

    round_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except StoreLocked as exc:
        _error(str(exc))
        return EXIT_LOCKED
    except StorageError as exc:
        # Not the input's fault (a full disk, a USB stick pulled out): CLI.md's exit 1,
        # with the clear message instead of a traceback. Nothing was changed.
        _error(str(exc))
        return EXIT_BUG
    except (CliError, AtelierError, FileExistsError) as exc:
        _error(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


def _error(message: Any) -> None:
    print(f"atelier: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
