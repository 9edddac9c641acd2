"""What is wrong with a workbook, said where it is: file, sheet, cell."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import AtelierError
from app.domain.messages import msg


@dataclass(frozen=True)
class Problem:
    """One thing that stops an import. ``sheet`` and ``cell`` are empty for the file as a whole."""

    sheet: str
    cell: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"sheet": self.sheet, "cell": self.cell, "message": self.message}

    def describe(self, file: str | Path) -> str:
        name, problem = str(file), self.message
        if self.sheet and self.cell:
            return msg(
                "{file}, blad '{sheet}', cel {cell}: {problem}",
                file=name,
                sheet=self.sheet,
                cell=self.cell,
                problem=problem,
            )
        if self.sheet:
            return msg(
                "{file}, blad '{sheet}': {problem}", file=name, sheet=self.sheet, problem=problem
            )
        if self.cell:
            return msg("{file}, cel {cell}: {problem}", file=name, cell=self.cell, problem=problem)
        return msg("{file}: {problem}", file=name, problem=problem)


class WorkbookRejected(AtelierError):
    """The file cannot be read as a workbook at all (or not safely)."""

    def __init__(self, file: str | Path, problem: Problem) -> None:
        super().__init__(problem.describe(file))
        self.file = Path(file)
        self.problem = problem


class ImportCancelled(AtelierError):
    """The user cancelled; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(msg("Import geannuleerd; er werd niets gewijzigd."))


@dataclass(frozen=True)
class Ignored:
    """A column (or, with ``column`` empty, a whole sheet) of a workbook that an import
    read but did not take in, and why (CLI.md: ``import --json`` ``ignored``)."""

    sheet: str
    column: str
    reason: str
    cell: str = ""  # the header cell, when there is one

    def as_json(self) -> dict[str, str]:
        return {
            "sheet": self.sheet,
            "column": self.column,
            "reason": self.reason,
            "cell": self.cell,
        }


@dataclass(frozen=True)
class HiddenSheet:
    """A sheet Excel does not show (hidden, or very hidden: only a macro can show it)."""

    sheet: str
    state: str  # "hidden" or "very_hidden", as openpyxl's sheet_state but in snake case

    def as_json(self) -> dict[str, str]:
        return {"sheet": self.sheet, "state": self.state}
