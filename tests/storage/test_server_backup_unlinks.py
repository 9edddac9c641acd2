"""A backup of a server store (an .atelier file) holds no open round's secret and no
phone's voter key, as backups of file stores do not (issue 15)."""

from app.services import proposals, rounds
from app.services.workshops import create_workshop
from app.storage.copying import backup_server
from app.storage.store import create_store, open_store


def test_a_server_backup_made_while_a_round_is_open_links_no_ballot_to_a_phone(pg_url):
    voters = [f"telefoon-{n:014d}" for n in range(5)]
    with create_store(pg_url) as store:
        ws = create_workshop(store, "Server").value
        ids = [proposals.create_proposal(store, ws.id, title=t).value.id for t in "ABC"]
        r = rounds.create_round(store, ws.id, "Open", "dots", [("proposal", i) for i in ids]).value
        rounds.open_round(store, r.id)
        for voter in voters:
            rounds.cast_ballot(store, r.id, rounds.BallotInput({}, voter=voter))
        secret = rounds.rounds.get(store, r.id).token
        keys = {rounds.keyed_voter_key(secret, v).encode() for v in voters}
        copy = backup_server(store.engine, "voor-migratie")
    raw = copy.read_bytes()
    assert secret.encode() not in raw
    assert not [k for k in keys if k in raw]
    assert not list(copy.parent.glob("*.scratch*"))
    with open_store(copy, write=False) as backup:
        assert rounds.results(backup, r.id).ballots == 5
