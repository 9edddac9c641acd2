"""The list of addresses the facilitator picks from."""

from __future__ import annotations

from types import SimpleNamespace

import ifaddr

from app.voting import network


def adapter(name, *ips):  # type: ignore[no-untyped-def]
    return SimpleNamespace(
        name=name,
        nice_name=name,
        ips=[SimpleNamespace(ip=ip, is_IPv4=isinstance(ip, str)) for ip in ips],
    )


def test_the_likeliest_address_for_phones_comes_first(monkeypatch):
    monkeypatch.setattr(
        ifaddr,
        "get_adapters",
        lambda: [
            adapter("lo", "127.0.0.1"),
            adapter("docker0", "172.17.0.1"),
            adapter("eth1", "169.254.10.2"),
            adapter("Wi-Fi", "192.168.137.1", ("fe80::1", 0, 2)),
            adapter("Wi-Fi", "192.168.137.1"),
        ],
    )
    found = network.ipv4_interfaces()
    assert [i.address for i in found] == [
        "192.168.137.1",
        "172.17.0.1",
        "169.254.10.2",
        "127.0.0.1",
    ]
    assert found[0].label == "Wi-Fi (192.168.137.1)"
    assert found[-1].is_loopback
    assert network.best_address() == "192.168.137.1"


def test_without_a_network_the_url_falls_back_to_loopback(monkeypatch):
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [adapter("lo", "127.0.0.1")])
    assert network.best_address() == "127.0.0.1"
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [])
    assert network.best_address() == "127.0.0.1"


def test_this_machine_has_at_least_loopback():
    assert "127.0.0.1" in [i.address for i in network.ipv4_interfaces()]
