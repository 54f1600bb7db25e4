"""``onward mail import`` and ``onward mail review …``: the commands that use the database.

Django starts inside each command (``current_owner``), never when ``onward`` starts.
"""

from __future__ import annotations

import json
import os
import ssl
import time
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from onward.mail.owner import ME_HELP

console = Console()
review = typer.Typer(help="Review proposals made from mail: accept, edit or dismiss.")


def _owner() -> Any:
    from onward.runtime import current_owner

    return current_owner()


def _ssl_context(cafile: Path | None) -> ssl.SSLContext | None:
    return ssl.create_default_context(cafile=str(cafile)) if cafile else None


def _summary_table(summary: Any) -> Table:
    table = Table(title=f"Imported {summary.source}", show_header=False)
    rows = [
        ("Messages read", summary.read),
        ("Recruiting mail kept", summary.recruiting),
        ("Proposals made", summary.proposals),
        ("Duplicates skipped", summary.duplicates),
        ("Other mail counted and forgotten", summary.forgotten),
        ("Accepted automatically", summary.auto_accepted),
        ("Errors", len(summary.errors)),
    ]
    if summary.resumed_from:
        rows.insert(0, ("Resumed after message", summary.resumed_from))
    for label, value in rows:
        table.add_row(label, str(value))
    return table


class _TimeLeft(TimeRemainingColumn):
    """"ETA 0:01:23", once the source has said how many messages it will hand over (IMAP)
    and a few have been read to tell the speed by."""

    def render(self, task: Task) -> Text:
        if task.total is None or task.finished or task.time_remaining is None:
            return Text("")
        return Text.assemble("ETA ", super().render(task))


class _ImportBar:
    """The import's Rich progress bar: messages read, and of how many when the source says.

    Files have no message count before they are read, so their bar counts up with no end;
    an IMAP source says how many it will fetch before fetching any, so its bar shows "12/40"
    and an ETA, or disappears when there is nothing new."""

    REDRAW_SECONDS = 0.1  # Rich redraws ten times a second; telling it more often is waste

    def __init__(self, *, quiet: bool) -> None:
        columns = (SpinnerColumn(), TextColumn("Reading mail"), BarColumn(), MofNCompleteColumn(),
                   _TimeLeft(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn())  # fmt: skip
        self.progress = Progress(*columns, console=console, disable=quiet, transient=False)
        self.task = self.progress.add_task("import", total=None, rate="")
        self.expected: int | None = None  # what the source said it would hand over
        self.position = 0
        self._drawn_at = 0.0

    def __enter__(self) -> _ImportBar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def total(self, count: int) -> None:
        self.expected = count
        if count:  # drawn at once, so "0/40" shows before the first message arrives
            self.progress.update(self.task, total=count, refresh=True)
        else:
            self.progress.update(self.task, visible=False)

    def advance(self, position: int) -> None:
        self.position = position
        now = time.monotonic()
        if now - self._drawn_at < self.REDRAW_SECONDS and position != self.expected:
            return
        self._drawn_at = now
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = f"{position / elapsed:,.0f} msg/s" if elapsed else ""
        self.progress.update(self.task, completed=position, rate=rate)

    def finish(self, summary: Any) -> None:
        # A message deleted between the search and the fetch: end full at what was read.
        done = self.position if self.expected is not None else summary.read
        self.progress.update(self.task, completed=done, total=done)

    def nothing_new(self, summary: Any) -> bool:
        return self.expected == 0 and not summary.read


def import_mail(
    source: Annotated[
        str, typer.Argument(help="A path (.eml, folder, mbox, Maildir) or imaps://user@host/Folder")
    ],
    since: Annotated[
        str | None, typer.Option(help="IMAP: only mail since this date (YYYY-MM-DD).")
    ] = None,
    cafile: Annotated[
        Path | None,
        typer.Option(envvar="ONWARD_IMAP_CAFILE", help="IMAP: trust this CA certificate file."),
    ] = None,
    auto_accept: Annotated[
        float | None,
        typer.Option(
            help="Accept proposals at or above this confidence (default: the ONWARD_AUTO_ACCEPT_CONFIDENCE setting, off)."
        ),
    ] = None,
    remember: Annotated[
        bool,
        typer.Option(
            "--remember-password",
            help="IMAP: keep the password you type in the OS keyring (never in Onward's files).",
        ),
    ] = False,
    batch: Annotated[
        int,
        typer.Option(
            min=1,
            help="Messages saved per transaction (an interrupted import resumes from the last one saved).",
        ),
    ] = 500,
    me: Annotated[
        list[str] | None,
        typer.Option("--me", envvar="ONWARD_MAIL_ME", help=ME_HELP, show_default=False),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read mail and turn recruiting messages into proposals to review. Safe to re-run."""
    from onward.errors import InvalidInput

    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        raise InvalidInput({"since": "not a date (use YYYY-MM-DD)"}) from None
    owner = _owner()
    from onward.mail import services
    from onward.mail.sources import SourceError

    typed: dict[str, str] = {}

    def ask(label: str) -> str:
        typed["password"] = str(typer.prompt(label, hide_input=True))
        return typed["password"]

    quiet = as_json or (not console.is_terminal and os.environ.get("ONWARD_PROGRESS") != "1")
    with _ImportBar(quiet=quiet) as bar:
        try:
            summary = services.import_source(
                owner=owner, spec=source, since=since_date, password_prompt=ask,
                ssl_context=_ssl_context(cafile), progress=bar.advance, on_total=bar.total,
                auto_accept_above=auto_accept, batch_size=batch, me=me or (),
            )  # fmt: skip
        except SourceError as exc:
            raise InvalidInput({"source": str(exc)}) from None
        bar.finish(summary)
    if remember and typed:
        from onward.mail.sources import parse_imap_url, remember_password

        stored = remember_password(parse_imap_url(source).account, typed["password"])
        console.print(
            "Password kept in the OS keyring."
            if stored
            else "No OS keyring here; the password was not kept."
        )
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        return
    if bar.nothing_new(summary):
        console.print(
            f"Nothing new in {source}: no mail that Onward has not read before.",
            markup=False, highlight=False,
        )  # fmt: skip
        return
    console.print(_summary_table(summary))
    if summary.errors:
        errors = Table("Message", "Why it could not be read", title="Errors")
        for error in summary.errors[:20]:
            errors.add_row(error["source"], error["reason"])
        console.print(errors)
    if summary.proposals:
        console.print("Review them with [bold]onward mail review[/bold] or on the Inbox page.")


@review.callback(invoke_without_command=True)
def list_pending(
    ctx: typer.Context,
    min_confidence: Annotated[
        float, typer.Option("--min", help="Only proposals at or above this confidence.")
    ] = 0.0,
    status: Annotated[
        str, typer.Option(help="pending, accepted, edited, dismissed or all.")
    ] = "pending",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List proposals (pending ones by default) with their evidence."""
    if ctx.invoked_subcommand is not None:
        return
    owner = _owner()
    from onward.mail import services

    rows = services.list_proposals(
        owner=owner, status=None if status == "all" else status, min_confidence=min_confidence
    )
    from onward.mail.present import proposal_dicts

    items = proposal_dicts(owner, rows)  # with where accepting each now would file it
    if as_json:
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if not items:
        console.print("Nothing to review.")
        return
    table = Table("ID", "Confidence", "Proposal", "Message", "Evidence", title="Proposals")
    for item in items:
        summary = item["summary"] + (
            f"\n[dim]accepting files it on {item['files_on']['label']}[/dim]"
            if item["files_on"] else "")
        table.add_row(str(item["id"]), f"{item['confidence']:.2f}", summary,
                      f"{item['message']['subject']}\n[dim]{item['message']['sender']}[/dim]",
                      "\n".join(item["evidence"][:3]))  # fmt: skip
    console.print(table)
    console.print("Accept with [bold]onward mail review accept ID[/bold]; dismiss with "
                  "[bold]onward mail review dismiss ID[/bold].")  # fmt: skip


@review.command("accept")
def accept_command(
    ids: Annotated[list[int], typer.Argument(help="Proposal IDs.")],
    stage_reached: Annotated[str | None, typer.Option(help="Edit: the rejection stage.")] = None,
    category: Annotated[str | None, typer.Option(help="Edit: what the message really is.")] = None,
    application: Annotated[
        int | None, typer.Option(help="Edit: the application it is about.")
    ] = None,
) -> None:
    """Accept proposals (optionally editing them first)."""
    owner = _owner()
    from onward.mail import services

    edits: dict[str, Any] = {}
    if stage_reached:
        edits["stage_reached"] = stage_reached
    if category:
        edits["category"] = category
    if application:
        edits["application_id"] = application
    for proposal_id in ids:
        done = services.accept(owner=owner, proposal_id=proposal_id, edits=edits or None)
        console.print(f"{proposal_id}: {done.outcome} — {done.summary}")


@review.command("dismiss")
def dismiss_command(
    ids: Annotated[list[int], typer.Argument(help="Proposal IDs.")],
    actually: Annotated[
        str | None, typer.Option("--as", help="What the message really is (teaches Onward).")
    ] = None,
) -> None:
    """Dismiss proposals; ``--as other`` also teaches Onward about similar mail."""
    owner = _owner()
    from onward.mail import services

    for proposal_id in ids:
        services.dismiss(owner=owner, proposal_id=proposal_id, actual_category=actually)
        console.print(f"{proposal_id}: dismissed")


@review.command("accept-all")
def accept_all_command(
    min_confidence: Annotated[
        float, typer.Option("--min", help="Accept those at or above this confidence.")
    ],
) -> None:
    """Accept every pending proposal at or above a confidence."""
    owner = _owner()
    from onward.mail import services

    result = services.accept_all(owner=owner, min_confidence=min_confidence)
    console.print(f"Accepted {result.accepted}.")
    for failed in result.failed:
        console.print(f"{failed['id']}: not applied — {failed['reason']}")


def register(mail: typer.Typer) -> None:
    mail.command("import")(import_mail)
    mail.add_typer(review, name="review")
