"""Plain dataclasses, enums and rules. Standard library only (import-linter enforces it)."""
