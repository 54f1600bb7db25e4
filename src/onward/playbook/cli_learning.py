from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Top-level playbook commands (learning)."""
