"""The Windows installer opens the voting port for phones, on private networks
only, and closes it again on uninstall (packaging/windows/atelier.iss)."""

from __future__ import annotations

import re
from pathlib import Path

from app.voting.server import DEFAULT_PORT

ISS = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "atelier.iss"


def _section(text: str, name: str) -> str:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.S | re.M)
    assert match, f"no [{name}] section"
    return match.group(1)


def test_the_installer_allows_the_voting_port_on_private_networks_only():
    text = ISS.read_text(encoding="utf-8")
    rules = [line for line in _section(text, "Run").splitlines() if "add rule" in line]
    assert rules, "no firewall rule added"
    for rule in rules:
        assert f"localport={DEFAULT_PORT}" in rule
        assert "profile=private" in rule and "public" not in rule
        assert "dir=in" in rule and "protocol=TCP" in rule
        # Adding a firewall rule needs an administrator installation.
        assert "Check: IsAdminInstallMode" in rule


def test_uninstalling_removes_the_rule_it_added():
    text = ISS.read_text(encoding="utf-8")
    added = set(re.findall(r'add rule name=""([^"]+)""', _section(text, "Run")))
    removed = set(re.findall(r'delete rule name=""([^"]+)""', _section(text, "UninstallRun")))
    assert added and added == removed
