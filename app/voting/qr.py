"""QR codes for the projected screen: the join URL and the Wi-Fi to join first.

Rendered headless with ``segno`` as PNG bytes or SVG text; the window only shows them.
"""

from __future__ import annotations

import io

import segno

# Medium error correction: survives a projector's glare and a few pixels lost.
ERROR = "m"

# The Wi-Fi QR format (ZXing's "WIFI:" scheme) escapes these with a backslash.
_WIFI_SPECIAL = str.maketrans({c: "\\" + c for c in '\\;,:"'})
SECURITY = ("WPA", "WEP", "nopass")


def wifi_payload(ssid: str, password: str = "", security: str = "WPA", hidden: bool = False) -> str:
    """``WIFI:T:WPA;S:<ssid>;P:<password>;;`` with the special characters escaped."""
    if not ssid:
        raise ValueError("Geef de naam (SSID) van het wifi-netwerk op.")
    if security not in SECURITY:
        raise ValueError(f"Onbekende beveiliging {security!r}: WPA, WEP of nopass.")
    if security != "nopass" and not password:
        raise ValueError("Een beveiligd wifi-netwerk heeft een wachtwoord nodig.")
    parts = [f"T:{security}", f"S:{ssid.translate(_WIFI_SPECIAL)}"]
    if security != "nopass":
        parts.append(f"P:{password.translate(_WIFI_SPECIAL)}")
    if hidden:
        parts.append("H:true")
    return "WIFI:" + ";".join(parts) + ";;"


def qr_png(text: str, scale: int = 10, border: int = 4) -> bytes:
    """A PNG of the QR code: black on white, ``scale`` pixels a module."""
    buffer = io.BytesIO()
    segno.make(text, error=ERROR, micro=False).save(
        buffer, kind="png", scale=scale, border=border, dark="#000000", light="#ffffff"
    )
    return buffer.getvalue()


def qr_svg(text: str, scale: int = 10, border: int = 4) -> str:
    """An SVG of the QR code (scales to any projector without blur)."""
    buffer = io.BytesIO()
    segno.make(text, error=ERROR, micro=False).save(
        buffer,
        kind="svg",
        scale=scale,
        border=border,
        dark="#000000",
        light="#ffffff",
        xmldecl=False,
        svgns=True,
    )
    return buffer.getvalue().decode("utf-8")


def modules(text: str) -> int:
    """The QR code's width in modules (without the border): its version's size."""
    return int(segno.make(text, error=ERROR, micro=False).symbol_size(border=0)[0])
