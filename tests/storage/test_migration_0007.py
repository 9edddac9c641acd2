"""Revision 0007: income per kind on resources (an older store keeps its amounts,
income 0), decisions on fiches (open), the financial room per year (empty)."""

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.domain.enums import Decision
from app.services import proposals
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0005.atelier"


def test_resources_keep_their_amounts_and_get_no_income(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    (proposal_id,) = con.execute("SELECT id FROM proposal").fetchone()
    now = datetime.now(UTC).isoformat(sep=" ")
    con.executemany(
        "INSERT INTO proposal_resource (id, created_at, updated_at, proposal_id, year, "
        "investment, operating, fte) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("00000000-0000-0000-0000-000000000001", now, now, proposal_id, 2026, 125000.5, 0, 1),
            ("00000000-0000-0000-0000-000000000002", now, now, proposal_id, 2027, 0, 8000, 0.5),
        ],
    )
    con.commit()
    con.close()

    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        (proposal,) = proposals.proposals.list(store, only_workshop(store).id)
        money = {
            r.year: (r.investment, r.investment_income, r.operating, r.operating_income, r.fte)
            for r in proposal.resources
        }
        assert money == {2026: (125000.5, 0, 0, 0, 1), 2027: (0, 0, 8000, 0, 0.5)}
        assert proposal.decision is Decision.OPEN
        assert proposal.decision_date is None and proposal.decision_motivation == ""
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM budget_room").fetchone() == (0,)
    finally:
        con.close()
