"""The machine's IPv4 addresses, for the facilitator to choose where phones connect.

Reads the interfaces (``ifaddr``: Windows, macOS and Linux alike); sends nothing.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import ifaddr

# Names of the virtual adapters that containers and virtual machines add: a
# phone in the room never reaches the laptop through those.
VIRTUAL_PREFIXES = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "lxd", "tun", "wg")


@dataclass(frozen=True)
class Interface:
    name: str  # the adapter's friendly name where the system has one ("Wi-Fi", "wlan0")
    address: str

    @property
    def ip(self) -> ipaddress.IPv4Address:
        return ipaddress.IPv4Address(self.address)

    @property
    def is_loopback(self) -> bool:
        return self.ip.is_loopback

    @property
    def label(self) -> str:
        """For a picker: "Wi-Fi (192.168.137.1)"."""
        return f"{self.name} ({self.address})"


def ipv4_interfaces() -> list[Interface]:
    """Every IPv4 address of the machine, the likeliest for phones first, loopback last."""
    found: list[Interface] = []
    for adapter in ifaddr.get_adapters():
        name = adapter.nice_name or adapter.name
        for ip in adapter.ips:
            if ip.is_IPv4 and isinstance(ip.ip, str):
                found.append(Interface(name, ip.ip))
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=_preference)


def _preference(interface: Interface) -> tuple[int, str, str]:
    ip = interface.ip
    lowered = interface.name.lower()
    if ip.is_loopback:
        rank = 4
    elif ip.is_link_local:
        rank = 3
    elif lowered.startswith(VIRTUAL_PREFIXES):
        rank = 2
    elif ip.is_private:
        rank = 0  # a hotspot or the room's Wi-Fi
    else:
        rank = 1
    return rank, interface.name, interface.address


def best_address() -> str:
    """The address to put in the join URL when the server listens on all of them."""
    interfaces = ipv4_interfaces()
    return interfaces[0].address if interfaces else "127.0.0.1"
