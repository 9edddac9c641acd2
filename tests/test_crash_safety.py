"""A process killed with SIGKILL loses none of the writes that returned."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

WRITER = r"""
import sys
sys.path.insert(0, sys.argv[2])
from app.services import swot, workshops
from app.storage.store import open_store

store = open_store(sys.argv[1], backup_on_open=False)
workshop = workshops.only_workshop(store)
n = 0
while True:
    n += 1
    quadrant = "SWOT"[n % 4]
    text = f"Punt {n} – Łukasz"
    point = swot.items.create(store, workshop.id, quadrant=quadrant, text=text).value
    if n % 7 == 0:
        swot.items.update(store, point.id, text=f"Punt {n} bewerkt")
        print("updated", point.id, flush=True)
    print("created", point.id, flush=True)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_in_a_loop_of_writes_loses_nothing(tmp_path: Path):
    store = tmp_path / "crash.atelier"
    assert run_cli("new", str(store)).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store), str(ROOT)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    returned: list[tuple[str, str]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        returned.append(tuple(line.split()))
        if len(returned) >= 150:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Whatever the pipe still held also returned before the kill.
    returned += [tuple(line.split()) for line in proc.stdout.read().splitlines() if line.strip()]
    proc.stdout.close()

    assert run_cli("check", str(store)).returncode == 0
    from app.services import swot, workshops
    from app.storage.store import open_store

    with open_store(store, backup_on_open=False) as s:
        items = {i.id: i for i in swot.list_items(s, workshops.only_workshop(s).id)}
    created = {item_id for kind, item_id in returned if kind == "created"}
    updated = {item_id for kind, item_id in returned if kind == "updated"}
    assert created and updated
    assert created <= set(items)
    assert all(items[i].text.endswith("bewerkt") for i in updated)
    # The lock died with the process: the store opens for writing again.
    open_store(store, backup_on_open=False).close()
