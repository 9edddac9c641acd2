"""Refresh the English translation from the source (Dutch is the source language).

    .venv/bin/python tools/update_translations.py          # update .ts, build .qm
    .venv/bin/python tools/update_translations.py --check  # also fail if any text is untranslated

1. ``pyside6-lupdate`` scans every ``app/ui/**/*.py`` for ``self.tr(...)``,
   ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` and updates
   ``resources/translations/atelier_en.ts``: new texts arrive as unfinished, texts
   that left the code are dropped, existing translations are kept.

   The core's messages too (``app/domain/messages.py``): the headless layers (domain,
   services, exchange, storage, reports, voting) build what they say to users with
   ``msg("Dutch template {name}.", name=...)``. This script reads their sources with
   ``ast`` for every ``msg(...)`` call, writes the templates to a temporary file of
   ``QT_TRANSLATE_NOOP("Meldingen", "...")`` lines, hands it to lupdate with the
   window's sources and deletes it: the templates land in context ``Meldingen``,
   which app/ui/base/messages.py asks for at run time. A ``msg()`` whose template is no
   string literal, or whose keywords differ from the template's ``{placeholders}``,
   is a problem (``--check`` fails); so is an English text whose placeholders differ
   from the Dutch ones.
2. Translate the unfinished texts: open the .ts in ``pyside6-linguist`` (or edit the
   XML: fill ``<translation>`` and remove ``type="unfinished"``).
3. Run this script again: ``pyside6-lrelease`` compiles ``atelier_en.qm``, which the
   app loads. Commit both files. tests/ui/test_translations.py fails while a text is
   untranslated or the .qm is stale.
"""

from __future__ import annotations

import argparse
import ast
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
# The headless layers whose msg(...) templates the window translates.
CORE = tuple(
    ROOT / "app" / name
    for name in ("domain", "services", "exchange", "storage", "reports", "voting")
)
CONTEXT = "Meldingen"  # app.domain.messages.CONTEXT (the tool does not import the app)
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


@dataclass(frozen=True)
class Template:
    """One ``msg(...)`` call in the core: where it is, its template and its keywords
    (None when the call passes ``**params``, which cannot be checked)."""

    file: str
    line: int
    template: str | None  # None: not a string literal, so not translatable
    keywords: frozenset[str] | None


def core_files() -> list[Path]:
    return sorted(p for folder in CORE for p in folder.rglob("*.py"))


def _is_msg(node: ast.Call) -> bool:
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "msg") or (
        isinstance(func, ast.Attribute) and func.attr == "msg"
    )


def templates(files: list[Path] | None = None) -> list[Template]:
    """Every ``msg(...)`` call in ``files`` (the core's sources by default)."""
    out = []
    for path in core_files() if files is None else files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_msg(node)):
                continue
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            open_ended = any(k.arg is None for k in node.keywords)
            out.append(
                Template(
                    file=name,
                    line=node.lineno,
                    template=first.value if literal else None,  # type: ignore[union-attr]
                    keywords=None if open_ended else frozenset(str(k.arg) for k in node.keywords),
                )
            )
    return sorted(out, key=lambda t: (t.file, t.line))


def placeholders(text: str) -> set[str] | None:
    """The ``{names}`` in ``text``; None when it is no valid template (a stray brace,
    a positional ``{}`` or ``{0}``)."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError:
        return None
    if any(not f.isidentifier() for f in fields):
        return None
    return set(fields)


def template_problems(found: list[Template]) -> list[str]:
    out = []
    for t in found:
        where = f"{t.file}:{t.line}"
        if t.template is None:
            out.append(f"{where}: msg() needs a string literal as its template")
            continue
        names = placeholders(t.template)
        if names is None:
            out.append(f"{where}: not a template with named placeholders: {t.template!r}")
        elif t.keywords is not None and names != t.keywords:
            out.append(
                f"{where}: placeholders {sorted(names)} but keywords {sorted(t.keywords)}"
                f" in {t.template!r}"
            )
    return out


def _literal(text: str) -> str:
    """``text`` as a double-quoted Python literal lupdate reads back exactly."""
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValueError(f"a control character in a template: {text!r}")
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t") + '"'


def marked_templates(folder: Path) -> Path:
    """A file of QT_TRANSLATE_NOOP lines, one per template in the core, for lupdate."""
    wanted = sorted({t.template for t in templates() if t.template is not None})
    path = folder / "core_messages.py"
    lines = [f'QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(t)})' for t in wanted]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(ts: Path = TS) -> None:
    """Update ``ts`` from the window's sources and the core's templates (relative
    paths, no line numbers: quieter diffs)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="atelier-lupdate-") as folder:
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
            str(marked_templates(Path(folder))),
            "-ts",
            str(ts.resolve()),
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
    out: set[str] = {CONTEXT}
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
    out = template_problems(templates())
    contexts = known_contexts()
    for m in found:
        if not m.finished:
            out.append(f"untranslated: [{m.context}] {m.source!r}")
        elif m.context == CONTEXT and placeholders(m.translation) != placeholders(m.source):
            # str.format() of the English text would fail or drop what the Dutch says.
            out.append(f"placeholders differ: [{m.context}] {m.source!r} -> {m.translation!r}")
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
