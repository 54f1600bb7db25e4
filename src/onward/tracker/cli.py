"""``onward add|list|show|move|reject|withdraw|reopen|contact|log|export|import|demo|serve``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from onward import taxonomy
from onward.dates import parse_date, parse_datetime
from onward.runtime import current_owner

out = Console()
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def add(
    company: Annotated[str, typer.Argument(help="Company name")],
    role: Annotated[str, typer.Argument(help="Role title")],
    stage: Annotated[str, typer.Option(help=f"One of: {', '.join(taxonomy.STAGES)}")] = "applied",
    channel: Annotated[str, typer.Option(help=f"One of: {', '.join(taxonomy.CHANNELS)}")] = "job_board",
    applied_on: Annotated[str | None, typer.Option(help="YYYY-MM-DD (default: today)")] = None,
    location: str = "",
    url: Annotated[str, typer.Option(help="Posting URL")] = "",
    notes: str = "",
    tag: Annotated[list[str] | None, typer.Option(help="A tag (repeatable)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record an application."""
    owner = current_owner()
    from onward.tracker import present, services

    app = services.add_application(
        owner=owner, company=company, role_title=role, stage=stage, channel=channel,
        applied_on=parse_date(applied_on, "applied_on"), location=location, posting_url=url,
        notes=notes, tags=list(tag or []),
    )  # fmt: skip
    if as_json:
        _print_json(present.application_dict(app))
    else:
        out.print(f"Added [bold]#{app.pk}[/bold] {app.role_title} at {app.company.name} ({app.stage}).")


def list_(
    stage: Annotated[str | None, typer.Option(help="Only this stage")] = None,
    ending: Annotated[str | None, typer.Option(help="Only this ending, or 'open'")] = None,
    company: Annotated[str | None, typer.Option(help="Company name contains")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List applications."""
    owner = current_owner()
    from onward.tracker import present, services

    apps = list(services.list_applications(owner=owner, stage=stage, ending=ending, company=company))
    if as_json:
        _print_json([present.application_dict(a) for a in apps])
        return
    table = Table("#", "Company", "Role", "Stage", "Furthest", "Ending", "Applied", "Channel")
    for a in apps:
        table.add_row(
            str(a.pk), a.company.name, a.role_title, taxonomy.label("stages", a.stage),
            taxonomy.label("stages", a.furthest_stage),
            taxonomy.label("endings", a.ending) if a.ending else "",
            a.applied_on.isoformat() if a.applied_on else "", taxonomy.label("channels", a.channel),
        )  # fmt: skip
    out.print(table if apps else "No applications yet. Add one with [bold]onward add COMPANY ROLE[/bold] or try [bold]onward demo[/bold].")


def show(application_id: int, as_json: JsonOpt = False) -> None:
    """Show one application with its timeline."""
    owner = current_owner()
    from onward.tracker import present, services
    from onward.tracker.timeline import timeline

    app = services.get_application(owner=owner, application_id=application_id)
    if as_json:
        _print_json(present.application_detail(app))
        return
    ending = f" · {taxonomy.label('endings', app.ending)}" if app.ending else ""
    out.print(f"[bold]{app.role_title}[/bold] at [bold]{app.company.name}[/bold]  #{app.pk}")
    out.print(f"{taxonomy.label('stages', app.stage)}{ending} · furthest: {taxonomy.label('stages', app.furthest_stage)}")
    table = Table("When", "What", "Detail", "Source")
    for e in timeline(app):
        table.add_row(e.at.strftime("%Y-%m-%d %H:%M"), e.title, e.detail, e.source)
    out.print(table)


def move(application_id: int, stage: str, note: str = "") -> None:
    """Move an application to another stage."""
    owner = current_owner()
    from onward.tracker import services

    change = services.move(owner=owner, application_id=application_id, to_stage=stage, note=note)
    out.print(f"#{application_id}: {change.why}.")


def reject(
    application_id: int,
    reason: Annotated[list[str] | None, typer.Option(help=f"Reason code (repeatable): {', '.join(taxonomy.REASONS)}")] = None,
    stage_reached: Annotated[str | None, typer.Option(help="after_application|after_screen|after_interview|after_final_round|unknown")] = None,
    on: Annotated[str | None, typer.Option(help="Date received, YYYY-MM-DD (default: today)")] = None,
    feedback: Annotated[str, typer.Option(help="Feedback, verbatim")] = "",
    as_json: JsonOpt = False,
) -> None:
    """Record a rejection (then try `onward debrief ID`)."""
    owner = current_owner()
    from onward.tracker import present, services

    rej = services.reject(
        owner=owner, application_id=application_id, received_on=parse_date(on, "on"),
        stage_reached=stage_reached, reasons=list(reason or []), feedback_text=feedback,
    )  # fmt: skip
    if as_json:
        _print_json(present.rejection_dict(rej))
    else:
        out.print(f"Recorded. #{application_id} is closed; its history stays. When you're ready: [bold]onward debrief {application_id}[/bold].")


def withdraw(application_id: int, note: str = "") -> None:
    """Withdraw from an application (your decision)."""
    owner = current_owner()
    from onward.tracker import services

    change = services.withdraw(owner=owner, application_id=application_id, note=note)
    out.print(f"#{application_id}: {change.why}.")


def reopen(application_id: int, note: str = "") -> None:
    """Reopen a closed application (a rejection reversed in error, or they wrote again)."""
    owner = current_owner()
    from onward.tracker import services

    change = services.reopen(owner=owner, application_id=application_id, note=note)
    out.print(f"#{application_id}: {change.why}.")


contact_app = typer.Typer(help="People: recruiters, hiring managers, interviewers, referrers.", no_args_is_help=True)


@contact_app.command("add")
def contact_add(
    name: str,
    email: str = "",
    phone: str = "",
    linkedin: str = "",
    company: str = "",
    title: str = "",
    how: Annotated[str, typer.Option(help="How you know each other")] = "",
    cadence: Annotated[int | None, typer.Option(help="Keep in touch every N days")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a contact."""
    owner = current_owner()
    from onward.tracker import people, present

    c = people.add_contact(
        owner=owner, name=name, email=email, phone=phone, linkedin_url=linkedin,
        company=company, title=title, how_we_know=how, cadence_days=cadence,
    )  # fmt: skip
    if as_json:
        _print_json(present.contact_dict(c))
    else:
        out.print(f"Added contact [bold]#{c.pk}[/bold] {c.name}.")


@contact_app.command("list")
def contact_list(company: str | None = None, as_json: JsonOpt = False) -> None:
    """List contacts."""
    owner = current_owner()
    from onward.tracker import people, present

    contacts = list(people.list_contacts(owner=owner, company=company))
    if as_json:
        _print_json([present.contact_dict(c) for c in contacts])
        return
    table = Table("#", "Name", "Title", "Company", "Email")
    for c in contacts:
        table.add_row(str(c.pk), c.name, c.title, c.company.name if c.company else "", c.email)
    out.print(table if contacts else "No contacts yet.")


@contact_app.command("link")
def contact_link(
    contact_id: int,
    application_id: int,
    role: Annotated[str, typer.Option(help=f"One of: {', '.join(taxonomy.CONTACT_ROLES)}")] = "other",
) -> None:
    """Link a contact to an application with a role."""
    owner = current_owner()
    from onward.tracker import people

    link = people.link_contact(owner=owner, application_id=application_id, contact_id=contact_id, role=role)
    out.print(f"{link.contact.name} is now {taxonomy.label('contact_roles', role).lower()} on #{application_id}.")


def log(
    contact: Annotated[int | None, typer.Option(help="Contact id")] = None,
    application: Annotated[int | None, typer.Option(help="Application id")] = None,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(taxonomy.INTERACTION_KINDS)}")] = "email",
    summary: str = "",
    at: Annotated[str | None, typer.Option(help="When, YYYY-MM-DDTHH:MM (default: now)")] = None,
    inbound: Annotated[bool, typer.Option("--inbound", help="They reached out to you")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Log an interaction (resets the keep-in-touch clock)."""
    owner = current_owner()
    from onward.tracker import people, present

    it = people.log_interaction(
        owner=owner, kind=kind, occurred_at=parse_datetime(at, "at"), summary=summary,
        contact_id=contact, application_id=application, direction="in" if inbound else "out",
    )  # fmt: skip
    if as_json:
        _print_json(present.interaction_dict(it))
    else:
        out.print(f"Logged {taxonomy.label('interaction_kinds', it.kind).lower()} #{it.pk}.")


def export(path: Annotated[Path | None, typer.Argument(help="File to write (default: stdout)")] = None) -> None:
    """Export everything you own as one JSON document."""
    owner = current_owner()
    from onward import portability

    document = json.dumps(portability.export_all(owner=owner), indent=2, ensure_ascii=False)
    if path is None:
        sys.stdout.write(document + "\n")
    else:
        path.write_text(document + "\n", "utf-8")
        out.print(f"Wrote {path}.", highlight=False)


def import_(path: Annotated[Path, typer.Argument(help="A file written by `onward export`")]) -> None:
    """Restore an export into this (empty) database."""
    owner = current_owner()
    from onward import portability

    summary = portability.import_file(owner=owner, path=path)
    out.print("Imported " + ", ".join(f"{n} {k}" for k, n in summary.items()) + ".")


def demo(force: Annotated[bool, typer.Option(help="Load even if you already have data")] = False) -> None:
    """Load a realistic demo job search (about 40 applications over 10 weeks)."""
    owner = current_owner()
    from onward import demo as demo_data

    n = demo_data.load_demo(owner=owner, force=force)
    out.print(f"Loaded a demo search with {n} applications.")


def serve(
    host: Annotated[str | None, typer.Option(envvar="ONWARD_HOST", help="Address to bind (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(envvar="ONWARD_PORT", help="Port (default 8000)")] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the browser")] = False,
) -> None:
    """Serve the web app (creates or migrates the database first)."""
    from onward.web import serving

    serving.serve(host=host, port=port, open_browser=open_browser)


def worker(
    interval: Annotated[float, typer.Option(envvar="ONWARD_WORKER_INTERVAL", help="Seconds between passes")] = 900,
    once: Annotated[bool, typer.Option("--once", help="Run one pass and stop")] = False,
) -> None:
    """Run periodic work: follow-up clocks, quiet applications, keep-in-touch reminders."""
    from onward.runtime import ensure_database
    from onward.worker import run_forever

    ensure_database()
    run_forever(interval=interval, once=once, report=out.print)


def register(app: typer.Typer) -> None:
    app.command()(add)
    app.command("list")(list_)
    app.command()(show)
    app.command()(move)
    app.command()(reject)
    app.command()(withdraw)
    app.command()(reopen)
    app.add_typer(contact_app, name="contact")
    app.command()(log)
    app.command()(export)
    app.command("import")(import_)
    app.command()(demo)
    app.command()(serve)
    app.command()(worker)
