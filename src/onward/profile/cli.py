"""`onward profile ...`: thin Typer doors into the profile room.

`validate` and `match` (and `review`, `render`) given files work on files only: they never
import Django, touch the database or call django.setup(), so they are safe in scripts and CI.
`import`, `export` and `list` (cli_saved.py) work on saved versions in the database.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

profile_app = typer.Typer(help="Your profile: JSON Resume in and out, review, match, render.",
                          no_args_is_help=True)

FileArg = Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)]
ProfileArg = Annotated[str, typer.Argument(
    help="A JSON Resume file, or the id of a saved profile version ('base' for your base profile).")]


def register(app: typer.Typer) -> None:
    from onward.profile import cli_saved

    cli_saved.register(profile_app)
    app.add_typer(profile_app, name="profile")


def _load_profile(ref: str) -> object:
    """A file is read as it is (no database); a number or 'base' is a saved version."""
    path = Path(ref)
    if path.is_file():
        return _read_document(path)
    if not (ref.isdigit() or ref == "base"):
        typer.echo(f"{ref}: no such file, and not a saved version id", err=True)
        raise typer.Exit(2)
    from onward.profile.cli_saved import saved_document

    return saved_document(ref)


def _read_document(path: Path) -> object:
    from onward.profile.validate import NotJson, parse_json

    try:
        return parse_json(path.read_text(encoding="utf-8"))
    except (NotJson, UnicodeDecodeError) as error:
        typer.echo(f"(document): {error}")
        raise typer.Exit(1) from error


@profile_app.command("validate")
def validate_command(
    file: FileArg,
    strict_uri: Annotated[bool, typer.Option(help="Also reject relative or scheme-less URLs.")] = False,
) -> None:
    """Check FILE.json against JSON Resume v1.0.0: exit 0 when valid, else one error per line."""
    from onward.profile.validate import validate

    problems = validate(_read_document(file), strict_uri=strict_uri)
    for problem in problems:
        typer.echo(str(problem))
    raise typer.Exit(1 if problems else 0)


@profile_app.command("match")
def match_command(
    profile: ProfileArg,
    posting: FileArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Match PROFILE.json to POSTING (.html saved page, .json JobPosting, .txt text)."""
    from onward.profile.match import match
    from onward.profile.posting import PostingError, load_posting

    document = _load_profile(profile)
    try:
        job = load_posting(posting)
    except PostingError as error:
        typer.echo(f"{posting}: {error}", err=True)
        raise typer.Exit(1) from error
    result = match(document, job, today=date.today())
    if as_json:
        sys.stdout.write(json.dumps(result.as_cli_json(), ensure_ascii=False, indent=2) + "\n")
        return
    from onward.profile.cli_output import print_match

    print_match(result)


@profile_app.command("review")
def review_command(
    file: ProfileArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Review FILE.json: each finding with where it is and what to do about it."""
    from onward.profile.review import review

    result = review(_load_profile(file), today=date.today())
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    from onward.profile.cli_output import print_review

    print_review(result)


@profile_app.command("render")
def render_command(
    file: ProfileArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output .html or .pdf file.")],
    theme: Annotated[str, typer.Option(help="Theme: classic or modern.")] = "classic",
) -> None:
    """Render a profile to HTML or PDF (PDF needs the `pdf` extra: WeasyPrint)."""
    from onward.profile.render import RenderError, render_html, render_pdf

    document = _load_profile(file)
    try:
        if out.suffix.lower() == ".pdf":
            out.write_bytes(render_pdf(document, theme=theme))
        else:
            out.write_text(render_html(document, theme=theme), encoding="utf-8")
    except RenderError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from error
    typer.echo(f"Wrote {out}")
