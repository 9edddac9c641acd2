"""Atelier's single entry point: see ../shared/CLI.md."""

from app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
