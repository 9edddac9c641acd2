"""What every part of the command line shares: the invalid-input error and how a
command opens its store. Apart from app/cli.py so that the keuzenota's commands
(app/cli_keuzenota.py), which app/cli.py registers, need not import it back."""

from __future__ import annotations

import sys


class CliError(Exception):
    """Invalid input or arguments: one clear message, exit 2, nothing changed."""


def _open(target: str, *, write: bool):
    from app.storage.store import open_store

    store = open_store(target, write=write, backup_on_open=False)
    if store.read_only:
        print(
            f"atelier: {target} staat op een medium of in een map die alleen lezen "
            "toelaat; het werd alleen gelezen.",
            file=sys.stderr,
        )
    return store
