"""CLI for steps 1–3: ``onward debrief``, ``onward perspective``, ``onward learn``, ``onward review``.

Django starts only inside commands that need the database; ``onward learn tag`` and
``onward learn eval`` are pure and never call ``django.setup``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

console = Console()
learn_app = typer.Typer(help="Step 3 — learn from the experience: focus areas, practice, feedback tagging.", no_args_is_help=False)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _owner() -> Any:
    from onward.runtime import current_owner

    return current_owner()


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ---- onward debrief APP ---------------------------------------------------------------------


def debrief(
    application_id: Annotated[int, typer.Argument(help="Application id (see `onward list`).")],
    feeling: Annotated[int | None, typer.Option(help="How it feels right now, 1 (very low) to 5 (fine).")] = None,
    word: Annotated[str, typer.Option(help="A word for the feeling.")] = "",
    stage: Annotated[str, typer.Option(help="after_application | after_screen | after_interview | after_final_round")] = "",
    went_well: Annotated[str, typer.Option(help="One thing that went well.")] = "",
    differently: Annotated[str, typer.Option(help="One thing to do differently next time.")] = "",
    feedback: Annotated[str | None, typer.Option(help="Feedback received, verbatim.")] = None,
    layoff: Annotated[bool, typer.Option(help="This follows a layoff or job loss.")] = False,
    ask: Annotated[bool, typer.Option("--ask", help="Ask each question in turn (Enter skips).")] = False,
    as_json: JsonOpt = False,
) -> None:
    """The two-minute debrief after a rejection. Every part is optional."""
    owner = _owner()
    from onward.playbook import debrief_service
    from onward.playbook.learn_present import debrief_dict

    given = any(v not in (None, "", False) for v in (feeling, word, stage, went_well, differently, feedback, layoff))
    if ask or (not given and not as_json and sys.stdin.isatty()):
        feeling, word, stage, went_well, differently, feedback = _ask()
        given = True
    if given:
        state = debrief_service.save_debrief(
            owner=owner, application_id=application_id, feeling=feeling, feeling_word=word, stage_reached=stage or None,
            went_well=went_well, do_differently=differently, feedback=feedback, layoff=layoff,
        )  # fmt: skip
    else:
        state = debrief_service.state(owner=owner, application_id=application_id)
    if as_json:
        _print_json(debrief_dict(state))
        return
    _show_debrief(debrief_dict(state))


def _ask() -> tuple[int | None, str, str, str, str, str | None]:
    console.print("[bold]A two-minute debrief.[/] Press Enter to skip any question.")
    raw = typer.prompt("How does it feel right now, 1 (very low) to 5 (fine)", default="", show_default=False)
    feeling = int(raw) if raw.strip().isdigit() else None
    word = typer.prompt("A word for it", default="", show_default=False)
    stage = typer.prompt("How far did you get (after_application/after_screen/after_interview/after_final_round)", default="", show_default=False)
    went_well = typer.prompt("One thing that went well", default="", show_default=False)
    differently = typer.prompt("One thing to do differently next time", default="", show_default=False)
    feedback = typer.prompt("Feedback you received, in their words", default="", show_default=False)
    return feeling, word, stage, went_well, differently, feedback or None


def _show_debrief(d: dict[str, Any]) -> None:
    console.print(f"[bold]{d['role_title']}[/] at {d['company']}")
    if d["debrief"] is None or not d["debrief"]["completed_at"]:
        console.print("No debrief yet. Run with --ask, or open it on the web.")
    else:
        console.print("[green]✓[/] The loop is closed: the card has left the active board; its history stays.")
    a = d["attribution"]
    if a:
        for side, title in (("within", "Within your control"), ("outside", "Outside your control"), ("unclear", "Unclear")):
            names = [r["label"] for r in a["reasons"] if r["side"] == side]
            if names:
                console.print(f"  {title}: {', '.join(names)}")
        console.print(f"[bold]One thing to take forward:[/] {a['lesson']['text']}")
    for o in d["offers"]:
        console.print(f"[dim]If you want to, later:[/] {o['title']} ({o['dose']}). {o['claim']}")
    steps = d["follow_ups"] or d["next_steps"]
    if steps:
        console.print("[bold]What comes next[/]")
        for s in steps:
            console.print(f"  • {s['title']}" + (f" ({s['due_on']})" if s.get("due_on") else ""))


# ---- onward perspective ---------------------------------------------------------------------


def perspective(as_json: JsonOpt = False) -> None:
    """Your funnel beside sourced market figures, reasons by control, and employer conduct."""
    owner = _owner()
    from onward.playbook import perspective_service
    from onward.playbook.learn_present import perspective_dict

    p = perspective_service.perspective(owner=owner)
    ledger = perspective_service.conduct_ledger(owner=owner)
    if as_json:
        _print_json(perspective_dict(p, ledger))
        return
    console.print(f"[bold]{p.attribution.sentence}[/]")
    console.print("[dim]From your own rejections only; no source measures a market-wide share.[/]")
    table = Table(title="Your rates vs the market", show_lines=False)
    for col in ("Step", "Yours (95% interval)", "Market", "In plain numbers"):
        table.add_column(col)
    for c in p.comparisons:
        table.add_row(c.label, c.yours_text, c.market_text, c.arithmetic)
    console.print(table)
    for c in p.comparisons:
        for r in c.sources:
            console.print(f"[dim]  {r.display} {r.label.lower()} — {r.population}, {r.year}. {r.source_title} ({r.strength}) {r.source_url}[/]")
    conduct = Table(title="How employers treated you")
    for col in ("Company", "Apps", "Reply", "Silent", "Feedback", "Furthest"):
        conduct.add_column(col)
    for line in ledger:
        reply = f"{line.median_days_to_reply:.0f} d" if line.median_days_to_reply is not None else "—"
        fb = f"{line.feedback_given}/{line.rejections}" if line.rejections else "—"
        conduct.add_row(line.company, str(line.applications), reply, str(line.ghosted or "—"), fb, line.furthest_stage or "—")
    console.print(conduct)


# ---- onward learn ---------------------------------------------------------------------------


@learn_app.callback(invoke_without_command=True)
def learn(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Focus areas ranked, this week's practice, and the feedback behind them."""
    if ctx.invoked_subcommand is not None:
        return
    owner = _owner()
    from onward.playbook import learn_service
    from onward.playbook.learn_present import learning_dict

    data = learn_service.learning(owner=owner)
    if as_json:
        _print_json(learning_dict(data))
        return
    p = data.practice
    console.print(f"[bold]This week[/] · skill ({p.area_label}): {p.skill_task}")
    console.print(f"           · motivation ({p.motivation_kind}): {p.motivation}")
    console.print(f"[dim]{p.evidence}[/]")
    table = Table(title="Focus areas, ranked")
    for col in ("#", "Area", "Score", "Items", "Latest"):
        table.add_column(col)
    for r in data.ranked:
        table.add_row(str(r.rank), r.label, f"{r.score:.2f}", str(r.weaknesses), r.last_seen.isoformat())
    console.print(table)


def _read_texts(path: str) -> list[str]:
    text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                out.append(line)
                continue
            if isinstance(row, dict) and "text" in row:
                out.append(str(row["text"]))
                continue
        out.append(line)
    return out


@learn_app.command("tag")
def learn_tag(path: Annotated[str, typer.Argument(help="A file of feedback texts: one per line, or JSON Lines with a `text` key; `-` for stdin.")]) -> None:
    """Tag feedback texts with focus areas and polarity; prints JSON Lines. Touches no database."""
    from onward.playbook.tagging import tag

    for text in _read_texts(path):
        typer.echo(json.dumps(tag(text).as_json(), ensure_ascii=False))


@learn_app.command("eval")
def learn_eval(
    path: Annotated[Path, typer.Argument(help="Labeled JSON Lines: {text, areas, polarity}.")],
    as_json: JsonOpt = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also list the misses.")] = False,
) -> None:
    """Per-area precision and recall of the feedback tagger on a labeled file."""
    from onward.playbook.tagging_eval import evaluate, read_labeled

    result = evaluate(read_labeled(path))
    if as_json:
        data = result.as_json()
        if errors:
            data["errors"] = result.errors
        _print_json(data)
        return
    fmt = lambda x: "—" if x is None else f"{x:.2f}"  # noqa: E731
    table = Table(title=f"Tagging on {path.name} ({result.items} items)")
    for col in ("Area", "Precision", "Recall", "Support"):
        table.add_column(col)
    for area, s in result.areas.items():
        table.add_row(area, fmt(s.precision), fmt(s.recall), str(s.support))
    micro = result.micro()
    table.add_row("[bold]micro[/]", fmt(micro.precision), fmt(micro.recall), str(micro.support))
    console.print(table)
    console.print(f"Exact area sets: {result.exact_area_sets}/{result.items} · polarity accuracy: {fmt(result.polarity_correct / result.items if result.items else None)}")
    if errors:
        for e in result.errors:
            console.print(f"[dim]- {e['text'][:90]}[/] missed={e['missed']} extra={e['extra']} polarity={e['polarity']}")


@learn_app.command("add")
def learn_add(
    text: Annotated[str, typer.Argument(help="The feedback, verbatim.")],
    source: Annotated[str, typer.Option(help="rejection | interviewer | recruiter | mock | seeker")] = "seeker",
    application_id: Annotated[int | None, typer.Option("--app", help="Application id.")] = None,
    areas: Annotated[str | None, typer.Option(help="Comma-separated focus areas (default: suggested).")] = None,
    polarity: Annotated[str | None, typer.Option(help="strength | weakness | mixed (default: suggested).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Save a feedback item; areas and polarity are suggested from the text unless given."""
    owner = _owner()
    from onward.playbook import learn_service
    from onward.playbook.learn_present import feedback_dict

    item = learn_service.add_feedback(
        owner=owner, text=text, source=source, application_id=application_id,
        areas=[a.strip() for a in areas.split(",")] if areas else None, polarity=polarity,
    )  # fmt: skip
    if as_json:
        _print_json(feedback_dict(item))
        return
    console.print(f"Saved feedback #{item.pk}: areas {', '.join(item.areas) or '—'} · {item.polarity}")
    for area, e in item.evidence.items():
        console.print(f"[dim]  {area}: “{e['phrase']}”[/]")


# ---- onward review APP ----------------------------------------------------------------------


def review(
    application_id: Annotated[int, typer.Argument(help="Application id.")],
    rate: Annotated[list[str] | None, typer.Option("--rate", help="area=level (not_shown | partly | solid | strong); repeat.")] = None,
    round_label: Annotated[str, typer.Option("--round", help="Which round, e.g. 'technical'.")] = "",
    questions: Annotated[str, typer.Option(help="Questions you were asked.")] = "",
    notes: Annotated[str, typer.Option(help="Notes.")] = "",
    as_json: JsonOpt = False,
) -> None:
    """Post-interview self-review: rate the focus areas the round tested. Without --rate, list them."""
    owner = _owner()
    from onward.errors import InvalidInput
    from onward.playbook import learn_service
    from onward.playbook.learn_present import review_dict

    if rate:
        ratings: dict[str, str] = {}
        for pair in rate:
            if "=" not in pair:
                raise InvalidInput({"rate": f"use area=level, got {pair!r}"})
            area, level = pair.split("=", 1)
            ratings[area.strip()] = level.strip()
        learn_service.add_self_review(
            owner=owner, application_id=application_id, ratings=ratings, round_label=round_label, questions=questions, notes=notes
        )
    reviews = learn_service.list_self_reviews(owner=owner, application_id=application_id)
    if as_json:
        _print_json([review_dict(r) for r in reviews])
        return
    if not reviews:
        console.print("No self-reviews yet. Add one with --rate communication=partly --rate role_skills=solid")
    for r in reviews:
        ratings_text = ", ".join(f"{x.area}={x.level}" for x in r.ratings.all())
        console.print(f"{r.on} {r.round_label or 'round'}: {ratings_text}")


def register(app: typer.Typer) -> None:
    """Top-level playbook commands (learning)."""
    app.command("debrief")(debrief)
    app.command("perspective")(perspective)
    app.command("review")(review)
    app.add_typer(learn_app, name="learn")
