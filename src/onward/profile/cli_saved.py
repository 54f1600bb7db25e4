"""`onward profile import|export|list`: saved profile versions (these use the database)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _owner() -> Any:
    from onward.runtime import current_owner

    return current_owner()


def saved_document(ref: str) -> Any:
    owner = _owner()
    from onward.errors import NotFound
    from onward.profile import services

    if ref == "base":
        version = services.base_version(owner=owner)
        if version is None:
            raise NotFound("base profile", "base")
        return version.document
    return services.get_version(owner=owner, version_id=int(ref)).document


def import_command(
    file: Annotated[Path, typer.Argument(exists=True, readable=True,
                                         help="JSON Resume, PDF, DOCX, or a LinkedIn export (.zip or folder)")],
    name: Annotated[str, typer.Option(help="Name for this version")] = "",
    application: Annotated[int | None, typer.Option(help="Tailored for this application id")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Import a profile as a new version (PDF, DOCX and LinkedIn give a draft to check)."""
    owner = _owner()
    from onward.profile import services

    if file.is_dir():
        from onward.profile.import_linkedin import draft_from_export, read_export

        draft = draft_from_export(read_export(file))
        version = services.create_version(owner=owner, name=name or "My profile (LinkedIn draft)",
                                          document=draft.document, application_id=application)
        notes = ["A draft read from your LinkedIn export: please check every section.", *draft.notes]
    else:
        version, notes = services.import_file(owner=owner, filename=file.name,
                                              data=file.read_bytes(), name=name,
                                              application_id=application)
    if as_json:
        sys.stdout.write(json.dumps({"id": version.pk, "name": version.name, "notes": notes},
                                    ensure_ascii=False, indent=2) + "\n")
        return
    typer.echo(f"Imported #{version.pk} “{version.name}”.")
    for note in notes:
        typer.echo(f"  {note}")


def export_command(
    version: Annotated[str, typer.Argument(help="Version id, or 'base'")] = "base",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file")] = None,
) -> None:
    """Export a saved version as JSON Resume (to stdout or --out)."""
    from onward.profile.resume import dump

    text = dump(saved_document(version))
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote {out}")


def list_command(as_json: JsonOpt = False) -> None:
    """List your saved profile versions."""
    owner = _owner()
    from onward.profile import services

    rows = [{"id": v.pk, "name": v.name, "application_id": v.application_id,
             "theme": v.theme, "updated_at": v.updated_at.isoformat()}
            for v in services.list_versions(owner=owner)]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "name", "for application", "updated")
    for row in rows:
        table.add_row(str(row["id"]), str(row["name"]), str(row["application_id"] or "—"),
                      str(row["updated_at"])[:10])
    Console().print(table)


def lessons_command(version: Annotated[str, typer.Argument(help="Version id, or 'base'")] = "base",
                    as_json: JsonOpt = False) -> None:
    """What your rejections and feedback keep saying, set against this profile."""
    owner = _owner()
    from dataclasses import asdict

    from onward.profile import services

    target = services.base_version(owner=owner) if version == "base" else services.get_version(
        owner=owner, version_id=int(version))
    if target is None:
        typer.echo("No base profile yet: `onward profile import FILE` first.")
        raise typer.Exit(1)
    found = services.lessons_for(owner=owner, version_id=target.pk)
    if as_json:
        sys.stdout.write(json.dumps([asdict(x) for x in found], ensure_ascii=False, indent=2) + "\n")
        return
    if not found:
        typer.echo("Nothing yet: no rejection or feedback names a skill your profile could answer.")
    for lesson in found:
        typer.echo(f"• {lesson.text}\n  → {lesson.suggestion}")


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
    app.command("export")(export_command)
    app.command("list")(list_command)
    app.command("lessons")(lessons_command)
