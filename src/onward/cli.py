"""The ``onward`` command. Rooms add their commands; Django starts only when a command needs it."""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from onward.errors import OnwardError


class OnwardGroup(TyperGroup):
    """Turns Onward's own errors into a one-line message and exit code 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OnwardError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from None


app = typer.Typer(
    cls=OnwardGroup,
    help="Onward: handle job-search rejection with resilience, and turn it into a next step.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _register_rooms() -> None:
    from onward.mail import cli as mail_cli
    from onward.playbook import cli as playbook_cli
    from onward.profile import cli as profile_cli
    from onward.tracker import cli as tracker_cli

    tracker_cli.register(app)
    mail_cli.register(app)
    playbook_cli.register(app)
    profile_cli.register(app)


_register_rooms()


def main() -> None:
    sys.exit(app())
