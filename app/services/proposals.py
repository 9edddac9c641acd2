"""Proposals (project fiches, seed 002) with every field of the fiche."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.domain import records, rules
from app.domain.enums import Decision
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, convert, goals, links, owners
from app.services.entities import EntityService, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TEXT_FIELDS = {
    "code": msg("De code"),
    "policy_objective": msg("De beleidsdoelstelling"),
    "why": msg("Waarom"),
    "what": msg("Wat willen we bereiken"),
    "win": msg("Wat winnen we"),
    "location_text": msg("De locatie"),
    "status_end_of_term": msg("De stand van zaken"),
    "dependencies": msg("De afhankelijkheden"),
    "risks": msg("De risico's"),
}


@dataclass(frozen=True)
class ActionSpec:
    text: str
    start_year: int
    end_year: int


@dataclass(frozen=True)
class ResourceSpec:
    """One year's money: investment and operating expenditure, FTE, and the
    income (subsidies, contributions) of each kind."""

    investment: float = 0.0
    operating: float = 0.0
    fte: float = 0.0
    investment_income: float = 0.0
    operating_income: float = 0.0


def resource_spec(r: records.ProposalResource) -> ResourceSpec:
    """A stored year's money as the spec that puts it back (undo, forms)."""
    return ResourceSpec(r.investment, r.operating, r.fte, r.investment_income, r.operating_income)


def _clean(session: Session, workshop_id: str, values: dict[str, Any], row: Any) -> dict[str, Any]:
    only(
        values,
        {
            "title",
            "cluster_id",
            "location_id",
            "goal_id",
            "mandatory",
            *DECISION,
            *TEXT_FIELDS,
            *owners.FIELDS,
        },
    )
    clean: dict[str, Any] = {
        key: rules.optional_text(pick(values, row, key, ""), label, key)
        for key, label in TEXT_FIELDS.items()
    }
    clean["title"] = rules.required_text(
        pick(values, row, "title"), msg("De titel van het voorstel"), "title"
    )
    for key, row_type in (("cluster_id", m.ClusterRow), ("location_id", m.LocationRow)):
        clean[key] = pick(values, row, key)
        common.optional(session, row_type, clean[key], workshop_id)
    clean["goal_id"] = pick(values, row, "goal_id")
    goals.check_proposal_goal(session, workshop_id, clean["goal_id"])
    clean["mandatory"] = bool(pick(values, row, "mandatory", False))
    clean.update(_decision(values, row))
    clean.update(owners.clean(session, workshop_id, values, row))
    return clean


DECISION = ("decision", "decision_date", "decision_motivation")


def _decision(values: dict[str, Any], row: Any) -> dict[str, Any]:
    """The decision fields as stored: a Decision (or its text), a date or None, a text."""
    decision = rules.parse_decision(pick(values, row, "decision", Decision.OPEN.value))
    when = pick(values, row, "decision_date", None)
    if when is not None and not isinstance(when, date):
        raise ValidationError(
            msg("De datum van het besluit is geen datum: {value}.", value=repr(when)),
            "decision_date",
        )
    motivation = rules.optional_text(
        pick(values, row, "decision_motivation", ""), msg("De motivering"), "decision_motivation"
    )
    return {"decision": decision.value, "decision_date": when, "decision_motivation": motivation}


proposals: EntityService[m.ProposalRow, records.Proposal] = EntityService(
    lambda: m.ProposalRow, convert.proposal, _clean
)


def _apply_details(
    session: Session,
    row: m.ProposalRow,
    *,
    sdgs: Sequence[int] | None = None,
    actions: Sequence[ActionSpec] | None = None,
    resources: Mapping[int, ResourceSpec] | None = None,
    swot_item_ids: Sequence[str] | None = None,
    path_ids: Sequence[str] | None = None,
    extra_cluster_ids: Sequence[str] | None = None,
) -> None:
    workshop = common.get(session, m.WorkshopRow, row.workshop_id)
    start, end = workshop.period_start, workshop.period_end
    if sdgs is not None:
        # Keep the links that stay: (proposal, sdg) is unique and inserts flush before deletes.
        wanted = rules.sdgs(sdgs)
        keep = [link for link in row.sdg_links if link.sdg in wanted]
        present = {link.sdg for link in keep}
        new = [m.ProposalSdgRow(sdg=n) for n in wanted if n not in present]
        row.sdg_links[:] = sorted(keep + new, key=lambda link: link.sdg)
    if actions is not None:
        new_actions = []
        for position, a in enumerate(actions):
            label = msg("Actie {number}", number=position + 1)
            first = rules.year_in_period(a.start_year, start, end, label)
            last = rules.year_in_period(a.end_year, start, end, label)
            if last < first:
                raise ValidationError(
                    msg("Actie {number} eindigt vóór ze begint.", number=position + 1), "actions"
                )
            text = rules.required_text(a.text, label, "actions")
            new_actions.append(
                m.ProposalActionRow(text=text, start_year=first, end_year=last, position=position)
            )
        row.actions[:] = new_actions
    if resources is not None:
        new_resources = []
        for year, spec in sorted(resources.items()):
            rules.year_in_period(year, start, end, msg("Middelen"))
            new_resources.append(
                m.ProposalResourceRow(
                    year=year,
                    investment=rules.non_negative(
                        spec.investment, msg("Investering {year}", year=year)
                    ),
                    operating=rules.non_negative(spec.operating, msg("Werking {year}", year=year)),
                    investment_income=rules.non_negative(
                        spec.investment_income,
                        msg("Ontvangsten investering {year}", year=year),
                    ),
                    operating_income=rules.non_negative(
                        spec.operating_income, msg("Ontvangsten werking {year}", year=year)
                    ),
                    fte=rules.non_negative(spec.fte, msg("VTE {year}", year=year)),
                )
            )
        # Delete first: (proposal, year) is unique and the flush order is not ours.
        row.resources[:] = []
        session.flush()
        row.resources[:] = new_resources
    if swot_item_ids is not None:
        links.replace_links(session, row, m.SwotItemRow, swot_item_ids)
    if path_ids is not None:
        links.replace_links(session, row, m.PathRow, path_ids)
    if extra_cluster_ids is not None:
        links.replace_links(session, row, m.ClusterRow, extra_cluster_ids)
    if extra_cluster_ids is not None or row.cluster_id is not None:
        # The main cluster is no further cluster as well (it may just have become main).
        for link in [x for x in row.cluster_links if x.cluster_id == row.cluster_id]:
            row.cluster_links.remove(link)


DETAILS = ("sdgs", "actions", "resources", "swot_item_ids", "path_ids", "extra_cluster_ids")


def create_proposal(
    store: Store, workshop_id: str, *, id: str | None = None, **values: Any
) -> Outcome[records.Proposal]:
    """A fiche. Details: ``sdgs`` [int], ``actions`` [ActionSpec], ``resources``
    {year: ResourceSpec}, ``swot_item_ids``, ``path_ids``, ``extra_cluster_ids`` (the
    clusters it belongs to besides ``cluster_id``)."""
    details = {k: values.pop(k) for k in DETAILS if k in values}
    with store.transaction() as uow:
        s = uow.session
        common.get(s, m.WorkshopRow, workshop_id)
        row = m.ProposalRow(workshop_id=workshop_id, **_clean(s, workshop_id, values, None))
        common.add(s, row, id)
        _apply_details(s, row, **details)
        s.flush()
        record = convert.proposal(row)
    return Outcome(record, uow.changes)


def update_proposal(store: Store, proposal_id: str, **values: Any) -> Outcome[records.Proposal]:
    """Change fields; a detail list that is given replaces the old one."""
    details = {k: values.pop(k) for k in DETAILS if k in values}
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.ProposalRow, proposal_id)
        common.apply(row, _clean(s, row.workshop_id, values, row))
        _apply_details(s, row, **details)
        s.flush()
        record = convert.proposal(row)
    return Outcome(record, uow.changes)


def proposal_from_path_action(store: Store, action_id: str) -> Outcome[records.Proposal]:
    """A path's action ("te ontwikkelen acties / producten") as a new fiche in one step:
    the action's text as its title (the whole text in "what" when the title must be
    shorter), linked to the path, in the cluster the path's SWOT points share (if
    they share one). Undo: delete the fiche (``proposals.delete``)."""
    with store.transaction() as uow:
        s = uow.session
        action = common.get(s, m.PathActionRow, action_id)
        path = common.get(s, m.PathRow, action.path_id)
        text = action.text.strip()
        title = text if len(text) <= 300 else text[:299].rstrip() + "…"
        clusters = {
            link_row.cluster_id
            for link_row in s.scalars(
                select(m.SwotItemRow).where(
                    m.SwotItemRow.id.in_([x.swot_item_id for x in path.swot_links])
                )
            )
        }
        cluster_id = next(iter(clusters)) if len(clusters) == 1 else None
        values: dict[str, Any] = {
            "title": title,
            "cluster_id": cluster_id,
            "what": text if title != text else "",
            "owner": path.owner,
            "owner_participant_id": path.owner_participant_id,
        }
        row = m.ProposalRow(
            workshop_id=path.workshop_id, **_clean(s, path.workshop_id, values, None)
        )
        common.add(s, row)
        _apply_details(s, row, path_ids=[path.id])
        s.flush()
        record = convert.proposal(row)
    return Outcome(record, uow.changes)
