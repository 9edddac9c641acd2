"""Can phones reach the voting page? A self-test the facilitator runs before the
room arrives, and a warning when the network is likely too small (docs/zaal.md).

The laptop fetches its own join page over the address the phones will use. That
proves the server listens there and answers; it cannot prove what only a phone on
the network could (a guest network that isolates its devices, a firewall that
lets the laptop reach itself): the message says so plainly.
"""

from __future__ import annotations

import http.client
import socket
from dataclasses import dataclass

from app.domain.messages import msg

# Windows' mobile hotspot gives the laptop this address and admits 8 devices.
WINDOWS_HOTSPOT_ADDRESS = "192.168.137.1"
WINDOWS_HOTSPOT_DEVICES = 8
TIMEOUT_S = 3.0


@dataclass(frozen=True)
class SelfTest:
    ok: bool
    message: str  # Dutch, plain


def check_join_page(address: str, port: int, token: str, timeout: float = TIMEOUT_S) -> SelfTest:
    """Fetch ``http://ADDRESS:PORT/v/TOKEN`` as a phone would and say what happened."""
    url = f"http://{address}:{port}/v/{token}"
    connection = http.client.HTTPConnection(address, port, timeout=timeout)
    try:
        connection.request("GET", f"/v/{token}", headers={"Host": f"{address}:{port}"})
        answer = connection.getresponse()
        body = answer.read(65536)
    except (ConnectionRefusedError, TimeoutError, OSError) as exc:
        return SelfTest(False, _unreachable(url, exc))
    finally:
        connection.close()
    if answer.status != 200 or b"<html" not in body.lower():
        return SelfTest(
            False,
            msg(
                "{url} antwoordt, maar niet met de stempagina (status {status}). "
                "Staat de stemserver van dit werkbestand aan?",
                url=url,
                status=answer.status,
            ),
        )
    return SelfTest(
        True,
        msg(
            "In orde: de stempagina antwoordt op {url}. Telefoons op hetzelfde netwerk "
            "bereiken ze ook, tenzij dat netwerk toestellen van elkaar afschermt "
            "(gastnetwerken): laat bij twijfel één telefoon het adres openen.",
            url=url,
        ),
    )


def _unreachable(url: str, exc: BaseException) -> str:
    why: str
    if isinstance(exc, ConnectionRefusedError):
        why = msg("niemand luistert op dat adres en die poort; start de stemserver")
    elif isinstance(exc, (socket.timeout, TimeoutError)):
        why = msg("geen antwoord binnen enkele seconden (firewall of verkeerd netwerk)")
    else:
        why = str(exc)
    return msg(
        "Telefoons kunnen de stempagina niet bereiken op {url}: {why}. Kies een ander "
        "netwerk, zet het netwerk op 'Privé' en sta Atelier toe in de firewall, of "
        "werk met papieren stembiljetten.",
        url=url,
        why=why,
    )


def device_limit_warning(address: str | None, expected: int) -> str | None:
    """A warning when the chosen network is Windows' mobile hotspot and the room is
    bigger than it admits; None when there is nothing to warn about."""
    if address != WINDOWS_HOTSPOT_ADDRESS or expected <= WINDOWS_HOTSPOT_DEVICES:
        return None
    return msg(
        "Dit lijkt de mobiele hotspot van Windows: die laat maximaal {limit} toestellen "
        "toe, en er zijn {expected} deelnemers. Gebruik een reisrouter of de wifi van "
        "de zaal, of laat een deel van de zaal op papier stemmen.",
        limit=WINDOWS_HOTSPOT_DEVICES,
        expected=expected,
    )
