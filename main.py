"""Atelier's single entry point: see docs/cli.md."""

from app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
