"""Refresh the English translation from the source (Dutch is the source language).

    .venv/bin/python tools/update_translations.py          # update .ts, build .qm
    .venv/bin/python tools/update_translations.py --check  # also fail if any text is untranslated

1. ``pyside6-lupdate`` scans every ``app/ui/**/*.py`` for ``self.tr(...)``,
   ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` and updates
   ``resources/translations/atelier_en.ts``: new texts arrive as unfinished, texts
   that left the code are dropped, existing translations are kept.
2. Translate the unfinished texts: open the .ts in ``pyside6-linguist`` (or edit the
   XML: fill ``<translation>`` and remove ``type="unfinished"``).
3. Run this script again: ``pyside6-lrelease`` compiles ``atelier_en.qm``, which the
   app loads. Commit both files. tests/ui/test_translations.py fails while a text is
   untranslated or the .qm is stale.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "atelier_en.ts"
QM = FOLDER / "atelier_en.qm"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the virtualenv's), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted(SOURCES.rglob("*.py"))]


def lupdate(ts: Path = TS) -> None:
    """Update ``ts`` from the sources (relative paths, no line numbers: quieter diffs)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "nl_BE",
        "-target-language",
        "en_GB",
        *sources(),
        "-ts",
        str(ts),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    command = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def messages(ts: Path = TS) -> list[Message]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "")
            out.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=text,
                    finished=translation.get("type") is None
                    and bool(text.strip())
                    and all(f.strip() for f in forms),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return out


def known_contexts() -> set[str]:
    """The contexts Qt can ask for at run time: the classes in the sources (their
    tr()) and the contexts named in translate()/QT_TRANSLATE_NOOP() calls."""
    out: set[str] = set()
    for name in sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                out.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if called in {"translate", "QT_TRANSLATE_NOOP"} and isinstance(first, ast.Constant):
                    out.add(str(first.value))
    return out


def problems(found: list[Message]) -> list[str]:
    """What keeps the translation from being complete and usable."""
    out = []
    contexts = known_contexts()
    for m in found:
        if not m.finished:
            out.append(f"untranslated: [{m.context}] {m.source!r}")
        if m.context not in contexts:
            # lupdate names the context after what precedes .tr(): "dialog.tr()"
            # gives "dialog", and a self.tr() after an X.translate(...) call in the
            # same function gives "X.self". Qt asks for the object's class name at
            # run time, so such a text would stay Dutch.
            out.append(f"context {m.context!r} is no class in app/ui, for {m.source!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is untranslated")
    args = parser.parse_args(argv)
    lupdate()
    lrelease()
    found = messages()
    issues = problems(found)
    print(f"{TS.relative_to(ROOT)}: {len(found)} texts, {len(issues)} problems")
    for issue in issues:
        print("  " + issue)
    print(f"{QM.relative_to(ROOT)} rebuilt")
    return 1 if args.check and issues else 0


if __name__ == "__main__":
    sys.exit(main())
