"""The workshop store's tables (SQLAlchemy 2 typed declarative models).

UUID string keys so that stores captured on different laptops merge without
collisions; created/updated times on every row; plain portable types so the
same schema runs on SQLite and PostgreSQL. Changing this file means adding an
Alembic revision in db/versions (tests/storage/test_migrations.py checks that
the models and the migrations agree).
"""

import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    configure_mappers,
    mapped_column,
    relationship,
)

from app.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def configure() -> None:
    """Set up the ORM's mappers (relationships, attributes) now rather than at the
    first ORM query: the window reads its first screen with table columns alone and
    calls this once it shows (a twentieth of a second for a large store's start-up)."""
    configure_mappers()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:
        # Every model maps one Table (the declarative default types it as a FromClause).
        __table__: ClassVar[Table]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Mapped[Any]:
    return mapped_column(
        String(36), ForeignKey(f"{target}.id", ondelete=ondelete), nullable=nullable, index=True
    )


class StoreMeta(Base):
    """One row: marks the file as an Atelier store and records who made it."""

    __tablename__ = "store_meta"
    application: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40))


class WorkshopRow(Base):
    __tablename__ = "workshop"
    title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    show_names: Mapped[bool] = mapped_column(Boolean, default=False)
    # The participants' join token (VOTING-API.md): one per workshop, so that one
    # QR code serves every round of the day. Made when first served.
    join_token: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    # The synonym groups the duplicate search uses, one a line; None: the default list.
    synonyms: Mapped[str | None] = mapped_column(Text, nullable=True)


class LocationRow(Base):
    __tablename__ = "location"
    workshop_id: Mapped[str] = _fk("workshop")
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    deelgemeente: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SessionRow(Base):
    __tablename__ = "session"
    workshop_id: Mapped[str] = _fk("workshop")
    title: Mapped[str] = mapped_column(String(300))
    # Quoted: once assigned, the attribute ``date`` hides the type ``date`` here.
    date: Mapped["date | None"] = mapped_column(Date, nullable=True)
    location_id: Mapped[str | None] = _fk("location", nullable=True, ondelete="SET NULL")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ClusterRow(Base):
    __tablename__ = "cluster"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)
    workshop_id: Mapped[str] = _fk("workshop")
    name: Mapped[str] = mapped_column(String(200))
    is_reference: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # "#RRGGBB": how the cluster's points are marked on the board and in charts.
    color: Mapped[str] = mapped_column(String(7), default="#4E79A7", server_default="#4E79A7")


class ParticipantRow(Base):
    __tablename__ = "participant"
    # Phone survey respondents are anonymous participants: no rowid that keeps the
    # order they came in (as the ballot tables).
    __table_args__ = {"sqlite_with_rowid": False}
    workshop_id: Mapped[str] = _fk("workshop")
    name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="SET NULL")
    role: Mapped[str] = mapped_column(String(200), default="")
    # From a participants list (schema 0006); never shown on the phones.
    email: Mapped[str] = mapped_column(String(320), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class AreaRow(Base):
    __tablename__ = "area"
    __table_args__ = (
        UniqueConstraint("workshop_id", "kind", "name"),
        CheckConstraint("kind IN ('internal', 'external')", name="kind"),
    )
    workshop_id: Mapped[str] = _fk("workshop")
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class SwotItemRow(Base):
    __tablename__ = "swot_item"
    __table_args__ = (
        CheckConstraint("quadrant IN ('S', 'W', 'O', 'T')", name="quadrant"),
        # The board loads a workshop's points per quadrant in order.
        Index("ix_swot_item_board", "workshop_id", "quadrant", "position"),
    )
    workshop_id: Mapped[str] = _fk("workshop")
    quadrant: Mapped[str] = mapped_column(String(1))
    text: Mapped[str] = mapped_column(Text)
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="RESTRICT")
    area_id: Mapped[str | None] = _fk("area", nullable=True, ondelete="SET NULL")
    session_id: Mapped[str | None] = _fk("session", nullable=True, ondelete="SET NULL")
    author: Mapped[str | None] = mapped_column(String(300), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A duplicate absorbed by a consolidated point keeps its own text and cluster.
    absorbed_into_id: Mapped[str | None] = _fk("swot_item", nullable=True, ondelete="SET NULL")


class RecommendationRow(Base):
    __tablename__ = "recommendation"
    workshop_id: Mapped[str] = _fk("workshop")
    area_id: Mapped[str] = _fk("area")
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="RESTRICT")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Loaded with the recommendations in one more query, not one query per row: the
    # board lists an area's recommendations as it opens.
    swot_links: Mapped[list["RecommendationSwotRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class RecommendationSwotRow(Base):
    __tablename__ = "recommendation_swot"
    __table_args__ = (UniqueConstraint("recommendation_id", "swot_item_id"),)
    recommendation_id: Mapped[str] = _fk("recommendation")
    swot_item_id: Mapped[str] = _fk("swot_item")


class StatementRow(Base):
    __tablename__ = "statement"
    workshop_id: Mapped[str] = _fk("workshop")
    area_id: Mapped[str] = _fk("area")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StatementScoreRow(Base):
    """One cluster's (or one participant's) answer to one statement."""

    __tablename__ = "statement_score"
    __table_args__ = (
        UniqueConstraint("cluster_id", "statement_id", "participant_id"),
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="score"),
        {"sqlite_with_rowid": False},  # survey answers keep no arrival order
    )
    cluster_id: Mapped[str] = _fk("cluster")
    statement_id: Mapped[str] = _fk("statement")
    participant_id: Mapped[str | None] = _fk("participant", nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AreaRatingRow(Base):
    """Per cluster × area: importance (all areas) and readiness (external areas)."""

    __tablename__ = "area_rating"
    __table_args__ = (
        UniqueConstraint("cluster_id", "area_id", "participant_id"),
        CheckConstraint("importance IS NULL OR (importance >= 1 AND importance <= 5)", name="imp"),
        CheckConstraint("readiness IS NULL OR (readiness >= 1 AND readiness <= 5)", name="ready"),
        {"sqlite_with_rowid": False},  # survey answers keep no arrival order
    )
    cluster_id: Mapped[str] = _fk("cluster")
    area_id: Mapped[str] = _fk("area")
    participant_id: Mapped[str | None] = _fk("participant", nullable=True)
    importance: Mapped[int | None] = mapped_column(Integer, nullable=True)
    readiness: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PathRow(Base):
    __tablename__ = "path"
    workshop_id: Mapped[str] = _fk("workshop")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The owner (trekker): a participant, or free text. The participant's name is
    # kept in ``owner`` too, so the owner outlives the participant's deletion.
    owner: Mapped[str] = mapped_column(String(300), default="", server_default="")
    owner_participant_id: Mapped[str | None] = _fk(
        "participant", nullable=True, ondelete="SET NULL"
    )
    actions: Mapped[list["PathActionRow"]] = relationship(
        order_by="PathActionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    impacts: Mapped[list["PathImpactRow"]] = relationship(
        order_by="PathImpactRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    swot_links: Mapped[list["PathSwotRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    goal_links: Mapped[list["PathGoalRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    strategy_links: Mapped[list["PathStrategyRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PathActionRow(Base):
    __tablename__ = "path_action"
    path_id: Mapped[str] = _fk("path")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TargetGroupRow(Base):
    """A group a path creates impact for: the workshop's own list (schema 0013; the
    four of seed 000 by default), in the order the paths show them."""

    __tablename__ = "target_group"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)
    workshop_id: Mapped[str] = _fk("workshop")
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class PathImpactRow(Base):
    __tablename__ = "path_impact"
    path_id: Mapped[str] = _fk("path")
    # A group in use is never deleted behind the paths' back (services.target_groups).
    target_group_id: Mapped[str] = _fk("target_group", ondelete="RESTRICT")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    group: Mapped[TargetGroupRow] = relationship(lazy="joined")


class PathSwotRow(Base):
    __tablename__ = "path_swot"
    __table_args__ = (UniqueConstraint("path_id", "swot_item_id"),)
    path_id: Mapped[str] = _fk("path")
    swot_item_id: Mapped[str] = _fk("swot_item")


class PrincipleRow(Base):
    __tablename__ = "principle"
    workshop_id: Mapped[str] = _fk("workshop")
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProposalRow(Base):
    __tablename__ = "proposal"
    workshop_id: Mapped[str] = _fk("workshop")
    code: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="SET NULL")
    policy_objective: Mapped[str] = mapped_column(String(500), default="")
    why: Mapped[str] = mapped_column(Text, default="")
    what: Mapped[str] = mapped_column(Text, default="")
    win: Mapped[str] = mapped_column(Text, default="")
    location_id: Mapped[str | None] = _fk("location", nullable=True, ondelete="SET NULL")
    location_text: Mapped[str] = mapped_column(String(500), default="")
    status_end_of_term: Mapped[str] = mapped_column(Text, default="")
    dependencies: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # What the council (or the workshop) decided: open, ja, nee, later (domain
    # Decision), when and why. A mandatory fiche is in the plan whatever it says.
    decision: Mapped[str] = mapped_column(String(10), default="open", server_default="open")
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_motivation: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The actieplan or actie of the goal tree the fiche belongs to (schema 0012; the
    # free-text policy_objective stays as the fiche's own words).
    goal_id: Mapped[str | None] = _fk("goal", nullable=True, ondelete="SET NULL")
    # The owner (trekker), as on paths: a participant or free text.
    owner: Mapped[str] = mapped_column(String(300), default="", server_default="")
    owner_participant_id: Mapped[str | None] = _fk(
        "participant", nullable=True, ondelete="SET NULL"
    )
    sdg_links: Mapped[list["ProposalSdgRow"]] = relationship(
        order_by="ProposalSdgRow.sdg", cascade="all, delete-orphan", passive_deletes=True
    )
    actions: Mapped[list["ProposalActionRow"]] = relationship(
        order_by="ProposalActionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    resources: Mapped[list["ProposalResourceRow"]] = relationship(
        order_by="ProposalResourceRow.year", cascade="all, delete-orphan", passive_deletes=True
    )
    swot_links: Mapped[list["ProposalSwotRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    path_links: Mapped[list["ProposalPathRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    strategy_links: Mapped[list["ProposalStrategyRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    # The clusters it belongs to besides its main one ("over de grenzen heen", seed 002).
    cluster_links: Mapped[list["ProposalClusterRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class GoalRow(Base):
    """A node of the BBC 2020 goal tree: a beleidsdoelstelling (level 1), an actieplan
    under one (level 2) or an actie under an actieplan (level 3)."""

    __tablename__ = "goal"
    __table_args__ = (CheckConstraint("level >= 1 AND level <= 3", name="level"),)
    workshop_id: Mapped[str] = _fk("workshop")
    parent_id: Mapped[str | None] = _fk("goal", nullable=True)
    level: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(500))
    # The owner (trekker): a participant, or free text (a service, a person not listed).
    owner_participant_id: Mapped[str | None] = _fk(
        "participant", nullable=True, ondelete="SET NULL"
    )
    owner_text: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    indicators: Mapped[list["GoalIndicatorRow"]] = relationship(
        order_by="GoalIndicatorRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class GoalIndicatorRow(Base):
    """How a goal is measured: a name, the baseline, the target value and its year.
    Values are text as municipalities write them ("12 %", "3 per jaar")."""

    __tablename__ = "goal_indicator"
    goal_id: Mapped[str] = _fk("goal")
    name: Mapped[str] = mapped_column(String(300))
    baseline: Mapped[str] = mapped_column(String(100), default="")
    target: Mapped[str] = mapped_column(String(100), default="")
    target_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PathGoalRow(Base):
    __tablename__ = "path_goal"
    __table_args__ = (UniqueConstraint("path_id", "goal_id"),)
    path_id: Mapped[str] = _fk("path")
    goal_id: Mapped[str] = _fk("goal")


class ProposalSdgRow(Base):
    __tablename__ = "proposal_sdg"
    __table_args__ = (
        UniqueConstraint("proposal_id", "sdg"),
        CheckConstraint("sdg >= 1 AND sdg <= 17", name="sdg"),
    )
    proposal_id: Mapped[str] = _fk("proposal")
    sdg: Mapped[int] = mapped_column(Integer)


class ProposalActionRow(Base):
    __tablename__ = "proposal_action"
    proposal_id: Mapped[str] = _fk("proposal")
    text: Mapped[str] = mapped_column(Text)
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProposalResourceRow(Base):
    __tablename__ = "proposal_resource"
    __table_args__ = (UniqueConstraint("proposal_id", "year"),)
    proposal_id: Mapped[str] = _fk("proposal")
    year: Mapped[int] = mapped_column(Integer)
    # As the BBC keeps money: investment and operating (exploitatie) apart, each
    # with its expenditure (investment, operating) and its income (subsidies,
    # contributions).
    investment: Mapped[float] = mapped_column(Float, default=0.0)
    operating: Mapped[float] = mapped_column(Float, default=0.0)
    investment_income: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    operating_income: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    fte: Mapped[float] = mapped_column(Float, default=0.0)


class BudgetRoomRow(Base):
    """The financial room of one year of the planning period: what the multi-year
    plan can spend, net, on investment and on operating that year."""

    __tablename__ = "budget_room"
    __table_args__ = (UniqueConstraint("workshop_id", "year"),)
    workshop_id: Mapped[str] = _fk("workshop")
    year: Mapped[int] = mapped_column(Integer)
    investment_room: Mapped[float] = mapped_column(Float, default=0.0)
    operating_room: Mapped[float] = mapped_column(Float, default=0.0)


class ProposalSwotRow(Base):
    __tablename__ = "proposal_swot"
    __table_args__ = (UniqueConstraint("proposal_id", "swot_item_id"),)
    proposal_id: Mapped[str] = _fk("proposal")
    swot_item_id: Mapped[str] = _fk("swot_item")


class ProposalPathRow(Base):
    __tablename__ = "proposal_path"
    __table_args__ = (UniqueConstraint("proposal_id", "path_id"),)
    proposal_id: Mapped[str] = _fk("proposal")
    path_id: Mapped[str] = _fk("path")


class TowsMarkRow(Base):
    """The weight (0–3) the room gave a pair of the confrontation matrix: a strength
    or weakness with an opportunity or threat. Clearing a mark keeps the row at 0,
    so that merging takes the later of two laptops' marks (no tombstone needed)."""

    __tablename__ = "tows_mark"
    __table_args__ = (
        UniqueConstraint("internal_id", "external_id"),
        CheckConstraint("weight >= 0 AND weight <= 3", name="weight"),
    )
    workshop_id: Mapped[str] = _fk("workshop")
    internal_id: Mapped[str] = _fk("swot_item")
    external_id: Mapped[str] = _fk("swot_item")
    weight: Mapped[int] = mapped_column(Integer, default=0)


class StrategyRow(Base):
    """A strategy written in one field (SO, ST, WO, WT) of the confrontation matrix,
    for one cluster or (``cluster_id`` None) for the organisation as a whole."""

    __tablename__ = "strategy"
    __table_args__ = (CheckConstraint("field IN ('SO', 'ST', 'WO', 'WT')", name="field"),)
    workshop_id: Mapped[str] = _fk("workshop")
    field: Mapped[str] = mapped_column(String(2))
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="SET NULL")
    position: Mapped[int] = mapped_column(Integer, default=0)
    swot_links: Mapped[list["StrategySwotRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class StrategySwotRow(Base):
    __tablename__ = "strategy_swot"
    __table_args__ = (UniqueConstraint("strategy_id", "swot_item_id"),)
    strategy_id: Mapped[str] = _fk("strategy")
    swot_item_id: Mapped[str] = _fk("swot_item")


class PathStrategyRow(Base):
    """A path made from (or tied to) a strategy: where the path descends from."""

    __tablename__ = "path_strategy"
    __table_args__ = (UniqueConstraint("path_id", "strategy_id"),)
    path_id: Mapped[str] = _fk("path")
    strategy_id: Mapped[str] = _fk("strategy")


class ProposalStrategyRow(Base):
    """A fiche made from (or tied to) a strategy."""

    __tablename__ = "proposal_strategy"
    __table_args__ = (UniqueConstraint("proposal_id", "strategy_id"),)
    proposal_id: Mapped[str] = _fk("proposal")
    strategy_id: Mapped[str] = _fk("strategy")


class ProposalClusterRow(Base):
    """A further cluster (sector) of a fiche; its main one is ``proposal.cluster_id``."""

    __tablename__ = "proposal_cluster"
    __table_args__ = (UniqueConstraint("proposal_id", "cluster_id"),)
    proposal_id: Mapped[str] = _fk("proposal")
    cluster_id: Mapped[str] = _fk("cluster")
    cluster: Mapped[ClusterRow] = relationship(lazy="joined")


class SynthesisItemRow(Base):
    """A point of the curated synthesis ("top 20", seed 003), in the facilitator's
    order. No rows: the synthesis is the balanced default (domain.analysis)."""

    __tablename__ = "synthesis_item"
    __table_args__ = (UniqueConstraint("workshop_id", "swot_item_id"),)
    workshop_id: Mapped[str] = _fk("workshop")
    swot_item_id: Mapped[str] = _fk("swot_item")
    position: Mapped[int] = mapped_column(Integer, default=0)


class RoundRow(Base):
    __tablename__ = "voting_round"
    __table_args__ = (
        CheckConstraint(
            "method IN ('dots', 'score', 'rank', 'budget', 'survey', 'ideas')", name="method"
        ),
        CheckConstraint("status IN ('draft', 'open', 'closed')", name="status"),
    )
    workshop_id: Mapped[str] = _fk("workshop")
    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(10))
    rules_json: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    top_n: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # How many phones (new voter ids) one network address may vote with in this
    # round: 1, one device one voice; more for a tablet the room shares (issue 15).
    devices_per_address: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    options: Mapped[list["OptionRow"]] = relationship(
        order_by="OptionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class OptionRow(Base):
    """An option of a round. Title and description are copied when the round is
    made, so a closed round's results still say what people voted on."""

    __tablename__ = "round_option"
    __table_args__ = (CheckConstraint("kind IN ('proposal', 'swot_item', 'path')", name="kind"),)
    round_id: Mapped[str] = _fk("voting_round")
    kind: Mapped[str] = mapped_column(String(10))
    proposal_id: Mapped[str | None] = _fk("proposal", nullable=True, ondelete="SET NULL")
    swot_item_id: Mapped[str | None] = _fk("swot_item", nullable=True, ondelete="SET NULL")
    path_id: Mapped[str | None] = _fk("path", nullable=True, ondelete="SET NULL")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class BallotRow(Base):
    __tablename__ = "ballot"
    __table_args__ = (
        UniqueConstraint("round_id", "voter_key"),
        CheckConstraint("source IN ('phone', 'paper')", name="source"),
        # Stored in (random) id order: a rowid would keep the order ballots came in.
        {"sqlite_with_rowid": False},
    )
    round_id: Mapped[str] = _fk("voting_round")
    # A keyed hash of the device's voter id, so a re-vote replaces the ballot
    # without storing the id itself; paper ballots get a random key.
    voter_key: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(10), default="phone")
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="SET NULL")
    participant_id: Mapped[str | None] = _fk("participant", nullable=True, ondelete="SET NULL")
    entries: Mapped[list["BallotEntryRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class BallotEntryRow(Base):
    __tablename__ = "ballot_entry"
    __table_args__ = {"sqlite_with_rowid": False}  # as ballot: no insertion order
    ballot_id: Mapped[str] = _fk("ballot")
    option_id: Mapped[str] = _fk("round_option")
    criterion_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    value: Mapped[float] = mapped_column(Float)


class IdeaRow(Base):
    """A text a phone sent in an ideas round, and what the facilitator made of it.

    Anonymous like a ballot, and more: no row names the phone (the phones that sent
    something are counted apart, in ``idea_sender``), the id is random and the table
    has no rowid (rows lie in id order, not in the order they came), and every row
    carries its round's time, never its own (app.services.ideas keeps it so, also
    when an idea is moderated: in a live room that moment follows the arrival).
    """

    __tablename__ = "idea"
    __table_args__ = (
        CheckConstraint("quadrant IS NULL OR quadrant IN ('S', 'W', 'O', 'T')", name="quadrant"),
        CheckConstraint("status IN ('pending', 'accepted', 'rejected', 'merged')", name="status"),
        {"sqlite_with_rowid": False},
    )
    round_id: Mapped[str] = _fk("voting_round")
    text: Mapped[str] = mapped_column(Text)
    quadrant: Mapped[str | None] = mapped_column(String(1), nullable=True)
    cluster_id: Mapped[str | None] = _fk("cluster", nullable=True, ondelete="SET NULL")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    # What it became: the SWOT point made of it (accepted) or made of it and absorbed
    # by an existing point (merged); or, for an idea without a quadrant, a recommendation.
    swot_item_id: Mapped[str | None] = _fk("swot_item", nullable=True, ondelete="SET NULL")
    recommendation_id: Mapped[str | None] = _fk(
        "recommendation", nullable=True, ondelete="SET NULL"
    )


class IdeaSenderRow(Base):
    """A phone that sent at least one idea in a round, under the keyed hash of its voter
    id (as a ballot's ``voter_key``): it counts the phones without tying any idea to
    one. Re-keyed at random when the round closes and in every copy."""

    __tablename__ = "idea_sender"
    __table_args__ = (
        UniqueConstraint("round_id", "voter_key"),
        {"sqlite_with_rowid": False},  # as ballot: no insertion order
    )
    round_id: Mapped[str] = _fk("voting_round")
    voter_key: Mapped[str] = mapped_column(String(64))


class ReportTextRow(Base):
    """The workshop's own words around a report part: an introduction before it and
    a conclusion after it (plain paragraphs). ``part`` is a report part name
    (app/reports/presets.py TEXT_PARTS), "all" being the report as a whole."""

    __tablename__ = "report_text"
    __table_args__ = (UniqueConstraint("workshop_id", "part"),)
    workshop_id: Mapped[str] = _fk("workshop")
    part: Mapped[str] = mapped_column(String(20))
    intro: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")


class ReportStyleRow(Base):
    """The municipality's house style for the workshop's reports: one row per workshop.

    The logo and the Word template are kept as bytes in the store, so that they
    travel with the file to another laptop (a path would not)."""

    __tablename__ = "report_style"
    __table_args__ = (UniqueConstraint("workshop_id"),)
    workshop_id: Mapped[str] = _fk("workshop")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_name: Mapped[str] = mapped_column(String(300), default="")
    # "#RRGGBB", or "" for Atelier's own accent colour.
    accent: Mapped[str] = mapped_column(String(7), default="")
    template: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    template_name: Mapped[str] = mapped_column(String(300), default="")
    # The document chosen last in the reports view (a preset name).
    preset: Mapped[str] = mapped_column(String(20), default="volledig")


class MatrixSettingRow(Base):
    """The impact/effort matrix as the facilitator set it: one row per workshop, so that
    the window, the projector and the keuzenota show the same round, axes and labels."""

    __tablename__ = "matrix_setting"
    __table_args__ = (UniqueConstraint("workshop_id"),)
    workshop_id: Mapped[str] = _fk("workshop")
    # The score round shown; None: the last one with ballots.
    round_id: Mapped[str | None] = _fk("voting_round", nullable=True, ondelete="SET NULL")
    # Criterion titles ("" : the default choice, the second and the first criterion).
    x_criterion: Mapped[str] = mapped_column(String(200), default="")
    y_criterion: Mapped[str] = mapped_column(String(200), default="")
    label_top_left: Mapped[str] = mapped_column(String(200), default="")
    label_top_right: Mapped[str] = mapped_column(String(200), default="")
    label_bottom_left: Mapped[str] = mapped_column(String(200), default="")
    label_bottom_right: Mapped[str] = mapped_column(String(200), default="")


class TombstoneRow(Base):
    """A row that was deleted: its id (this row's id), its table and when.

    Merging stores captured on other laptops (services.merge) needs it to tell
    "deleted here" from "never had it": without it a point deleted on one laptop
    would come back from every copy that still holds it. Undo (restoring a row
    under its old id) removes the tombstone again. Anonymous answers (ballots,
    questionnaire answers) get none: a deletion time must not date a vote.
    """

    __tablename__ = "tombstone"
    table_name: Mapped[str] = mapped_column(String(40))
