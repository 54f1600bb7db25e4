from __future__ import annotations

import typer

from onward.playbook import cli_learning, cli_momentum


def register(app: typer.Typer) -> None:
    cli_learning.register(app)
    cli_momentum.register(app)
