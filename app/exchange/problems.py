"""What is wrong with a workbook, said where it is: file, sheet, cell."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import AtelierError


@dataclass(frozen=True)
class Problem:
    """One thing that stops an import. ``sheet`` and ``cell`` are empty for the file as a whole."""

    sheet: str
    cell: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"sheet": self.sheet, "cell": self.cell, "message": self.message}

    def describe(self, file: str | Path) -> str:
        where = str(file)
        if self.sheet:
            where += f", blad '{self.sheet}'"
        if self.cell:
            where += f", cel {self.cell}"
        return f"{where}: {self.message}"


class WorkbookRejected(AtelierError):
    """The file cannot be read as a workbook at all (or not safely)."""

    def __init__(self, file: str | Path, problem: Problem) -> None:
        super().__init__(problem.describe(file))
        self.file = Path(file)
        self.problem = problem


class ImportCancelled(AtelierError):
    """The user cancelled; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Import geannuleerd; er werd niets gewijzigd.")
