"""QR codes for the join URL and the Wi-Fi."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
import zlib

import pytest

from app.voting import qr

URL = "http://192.168.137.1:8765/v/Zx8_k2LmQp4-RtYu"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    crc = struct.unpack(">I", data[29:33])[0]
    assert crc == zlib.crc32(data[12:29])
    return width, height


@pytest.mark.parametrize(
    ("ssid", "password", "security", "expected"),
    [
        ("Zaal", "geheim123", "WPA", "WIFI:T:WPA;S:Zaal;P:geheim123;;"),
        (
            'Zaal;1,"a":b\\',
            'p;w,d:"x"\\',
            "WPA",
            'WIFI:T:WPA;S:Zaal\\;1\\,\\"a\\"\\:b\\\\;P:p\\;w\\,d\\:\\"x\\"\\\\;;',
        ),
        ("Open zaal", "", "nopass", "WIFI:T:nopass;S:Open zaal;;"),
        ("Gemeentehuis", "sleutel", "WEP", "WIFI:T:WEP;S:Gemeentehuis;P:sleutel;;"),
    ],
)
def test_wifi_payload_escapes_the_special_characters(ssid, password, security, expected):
    assert qr.wifi_payload(ssid, password, security) == expected


def test_hidden_network():
    assert qr.wifi_payload("Verborgen", "x", hidden=True) == "WIFI:T:WPA;S:Verborgen;P:x;H:true;;"


@pytest.mark.parametrize(
    ("args", "message"),
    [(("", "x"), "SSID"), (("Zaal", ""), "wachtwoord"), (("Zaal", "x", "WPA3"), "WPA, WEP")],
)
def test_wifi_payload_refuses_what_phones_cannot_use(args, message):
    with pytest.raises(ValueError, match=message):
        qr.wifi_payload(*args)


def test_png_is_the_code_at_the_asked_scale():
    modules = qr.modules(URL)
    assert modules == 33  # version 4: a join URL stays a small, easily scanned code
    data = qr.qr_png(URL, scale=8, border=4)
    assert png_size(data) == ((modules + 8) * 8, (modules + 8) * 8)
    assert qr.modules(URL + "x" * 100) > modules


def test_svg_is_well_formed_and_scaled():
    svg = qr.qr_svg(URL, scale=5, border=2)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    size = (qr.modules(URL) + 4) * 5
    assert root.get("width") == str(size) and root.get("height") == str(size)
