"""``onward mail …``: classify, import, review, eval.

This module is imported whenever ``onward`` starts, so it imports no Django at module level;
``classify`` and ``eval`` never start Django at all (they write nothing).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from onward.mail.owner import ME_HELP
from onward.mail.sources import SourceError


def classify(
    paths: Annotated[
        list[Path],
        typer.Argument(help="An .eml file, a folder of .eml files, an mbox or a Maildir."),
    ],
    me: Annotated[
        list[str] | None,
        typer.Option(
            "--me", envvar="ONWARD_MAIL_ME", help=ME_HELP, show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", envvar="ONWARD_MAIL_JOBS", min=0,
            help="Worker processes for a large mailbox (0, the default: one per CPU core). The output "
            "is the same, in the same order.",
        ),
    ] = 0,
) -> None:
    """Print one JSON object per message (JSON Lines). Reads only; writes nothing."""
    from onward.mail.pipeline import CLASSIFY_KEYS, WorkerStopped, classify_path

    out = sys.stdout
    workers = jobs or os.cpu_count() or 1
    for path in paths:
        try:
            for line in classify_path(path, me=me or (), jobs=workers):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        except (OSError, SourceError, WorkerStopped) as exc:
            record: dict[str, object] = dict.fromkeys(CLASSIFY_KEYS)
            record.update(source=str(path), error=str(exc))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def evaluate(
    corpus: Annotated[Path, typer.Argument(help="A labelled corpus folder or file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Precision, recall and F1 per category, and the accuracy of each detail."""
    from onward.mail.evaluate import evaluate_corpus

    report = evaluate_corpus(corpus)
    typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.render())


def register(app: typer.Typer) -> None:
    """Add the ``onward mail …`` commands."""
    mail = typer.Typer(
        help="Read recruiting mail offline and propose updates.", no_args_is_help=True
    )
    mail.command("classify")(classify)
    mail.command("eval")(evaluate)
    from onward.mail import cli_review  # imports no Django either; its commands start it

    cli_review.register(mail)
    app.add_typer(mail, name="mail")
