"""``onward today|plan|followups|draft|win|checkin``: steps 4–5 from the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from onward.dates import parse_date
from onward.errors import InvalidInput, NotFound
from onward.runtime import current_owner

out = Console()
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def _follow_up_dict(item: Any, state: str = "") -> dict[str, Any]:
    return {
        "id": item.pk, "uid": item.uid, "kind": item.kind, "action": item.action, "title": item.title,
        "due_on": item.due_on.isoformat(), "status": item.status, "state": state,
        "snoozed_until": item.snoozed_until.isoformat() if item.snoozed_until else None,
        "why": item.why, "find_whom": item.find_whom, "to_name": item.to_name, "to_email": item.to_email,
        "subject": item.draft_subject, "body": item.draft_body, "mailto": item.mailto,
        "application_id": item.application_id, "contact_id": item.contact_id,
    }  # fmt: skip


def today(as_json: JsonOpt = False) -> None:
    """What to do now: follow-ups due, the latest rejection's next steps, this week's plan, streak, pipeline."""
    owner = current_owner()
    from onward.playbook.today_service import today_for

    page = today_for(owner=owner)
    if as_json:
        _print_json({
            "today": page.today.isoformat(),
            "due": [_follow_up_dict(r.item, r.state) for r in page.due], "due_more": page.due_more,
            "latest_rejection": None if not page.latest else {
                "application_id": page.latest.rejection.application_id,
                "company": page.latest.rejection.application.company.name,
                "next_steps": [_follow_up_dict(s) for s in page.latest.steps],
                "did_not_say": page.latest.unsaid, "wins": [w.text for w in page.latest.wins],
            },
            "week": {"progress": [{"key": t.key, "done": t.done, "target": t.target} for t in page.week.progress],
                     "completion": page.week.completion, "met": page.week.met},
            "streak": {"weeks": page.streak.weeks, "rest_weeks": page.streak.rest_weeks, "message": page.streak.message},
            "pipeline": {"active": page.pipeline.active, "target": page.pipeline.target, "message": page.pipeline.message},
            "pacing": {"lighter_week": page.pacing.lighter_week, "message": page.pacing.message},
            "needs_checkin": page.needs_checkin,
        })  # fmt: skip
        return
    out.print(f"[bold]Today[/bold] · {page.today:%A %d %B}")
    if page.pacing.message:
        out.print(f"\n{page.pacing.message}\n[dim]{page.pacing.support_text}[/dim]")
    if page.latest:
        r = page.latest.rejection
        out.print(f"\n[bold]After the no from {r.application.company.name}[/bold] ({r.application.role_title})")
        for s in page.latest.steps:
            out.print(f"  #{s.pk} {s.due_on:%d %b}  {s.title}")
        for line in page.latest.unsaid[:2]:
            out.print(f"  [green]✓[/green] {line}")
    out.print("\n[bold]Follow-ups due[/bold]")
    for row in page.due:
        out.print(f"  #{row.item.pk} {row.item.title}")
    if not page.due:
        out.print("  Nothing due right now.")
    out.print("\n[bold]This week[/bold]")
    for t in page.week.progress:
        out.print(f"  {t.label}: {t.done:g} / {t.target:g}")
    out.print(f"  {page.praise}")
    if page.nudge:
        out.print(f"  {page.nudge.message}")
    out.print(f"\n[bold]Streak[/bold] {page.streak.message}")
    out.print(f"[bold]Pipeline[/bold] {page.pipeline.message}")
    if page.needs_checkin:
        out.print("\n[dim]Check in if you like: onward checkin MOOD ENERGY (1–5 each).[/dim]")


def plan(
    week: Annotated[str | None, typer.Option(help="Any day of the week, YYYY-MM-DD (default: this week)")] = None,
    applications: Annotated[int | None, typer.Option(help="Target: applications")] = None,
    outreach: Annotated[int | None, typer.Option(help="Target: outreach messages")] = None,
    practice_hours: Annotated[float | None, typer.Option(help="Target: practice hours")] = None,
    follow_ups: Annotated[int | None, typer.Option(help="Target: follow-ups")] = None,
    rest: Annotated[bool | None, typer.Option("--rest/--no-rest", help="Make it a rest week (pauses the streak)")] = None,
    log_practice: Annotated[float | None, typer.Option(help="Log hours of practice")] = None,
    done: Annotated[int | None, typer.Option(help="Mark a plan item done (its #)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show or adjust this week's plan: what, when, where-how, and targets on actions you control."""
    owner = current_owner()
    from django.utils import timezone

    from onward.playbook import plan_service

    start = parse_date(week, "week") or timezone.localdate()
    p = plan_service.plan_for_week(owner=owner, week_start=start)
    if any(v is not None for v in (applications, outreach, practice_hours, follow_ups, rest)):
        p = plan_service.update_plan(
            owner=owner, plan_id=p.pk, applications=applications, outreach=outreach,
            practice_hours=practice_hours, follow_ups=follow_ups, rest=rest,
        )  # fmt: skip
    if log_practice:
        p = plan_service.log_practice(owner=owner, plan_id=p.pk, hours=log_practice)
    if done is not None:
        plan_service.set_item_done(owner=owner, item_id=done, done=True)
    status = plan_service.week_status(owner=owner, plan=p)
    if as_json:
        _print_json({
            "id": p.pk, "week_start": p.week_start.isoformat(), "rest": p.rest, "lighter": p.lighter,
            "items": [{"id": i.pk, "kind": i.kind, "what": i.what, "day": i.day, "slot": i.slot,
                       "where_how": i.where_how, "done": i.done} for i in p.items.all()],
            "progress": [{"key": t.key, "label": t.label, "done": t.done, "target": t.target} for t in status.progress],
            "completion": round(status.completion, 3), "met": status.met,
        })  # fmt: skip
        return
    table = Table("#", "When", "What", "Where / how", "Done", title=f"Week of {p.week_start:%d %B %Y}")
    for i in p.items.all():
        table.add_row(str(i.pk), f"{i.get_day_display()} {i.slot}", i.what, i.where_how, "✓" if i.done else "")
    out.print(table)
    for t in status.progress:
        out.print(f"{t.label}: {t.done:g} / {t.target:g}")
    out.print(f"{status.completion:.0%} of the plan done{' — this week counts toward your streak' if status.met else ''}.")


def followups(
    all_: Annotated[bool, typer.Option("--all", help="Include done and dismissed ones")] = False,
    ics: Annotated[Path | None, typer.Option(help="Write open follow-ups as an ICS calendar file ('-' for stdout)")] = None,
    done: Annotated[int | None, typer.Option(help="Mark a follow-up done (sent)")] = None,
    snooze: Annotated[int | None, typer.Option(help="Snooze a follow-up")] = None,
    until: Annotated[str | None, typer.Option(help="Snooze until YYYY-MM-DD (default: 3 days)")] = None,
    dismiss: Annotated[int | None, typer.Option(help="Dismiss a follow-up")] = None,
    feed: Annotated[bool, typer.Option(help="Print the path of your subscribable ICS feed")] = False,
    as_json: JsonOpt = False,
) -> None:
    """The follow-up queue: due, overdue, upcoming, snoozed; export it to a calendar with --ics."""
    owner = current_owner()
    from onward.playbook import followup_service

    if done is not None:
        item = followup_service.mark_done(owner=owner, follow_up_id=done)
        out.print(f"Done: {item.title}.")
    if snooze is not None:
        item = followup_service.snooze(owner=owner, follow_up_id=snooze, until=parse_date(until, "until"), days=3)
        out.print(f"Snoozed until {item.snoozed_until:%a %d %b}: {item.title}.")
    if dismiss is not None:
        item = followup_service.dismiss(owner=owner, follow_up_id=dismiss)
        out.print(f"Dismissed: {item.title}.")
    followup_service.refresh_queue(owner=owner)
    if ics is not None:
        data = followup_service.calendar_ics(owner=owner)
        if str(ics) == "-":
            sys.stdout.write(data.decode("utf-8"))
        else:
            ics.write_bytes(data)
            out.print(f"Wrote {ics} ({data.count(b'BEGIN:VEVENT')} follow-ups).")
        return
    if feed:
        out.print(f"/feed/{followup_service.feed_token(owner=owner)}.ics  (append to your Onward address; keep it private)")
        return
    rows = followup_service.queue(owner=owner, include_closed=all_)
    if as_json:
        _print_json([_follow_up_dict(r.item, r.state) for r in rows])
        return
    table = Table("#", "State", "When", "What")
    for r in rows:
        when = r.item.snoozed_until if r.state == "snoozed" and r.item.snoozed_until else r.item.due_on
        table.add_row(str(r.item.pk), r.state, f"{when:%d %b}", r.item.title)
    out.print(table if rows else "The queue is empty.")


def draft(
    action: Annotated[str, typer.Argument(help="reply_thanks, ask_feedback, informational_interview, connect_interviewer, ask_referral, silver_medalist, follow_up, keep_in_touch or thank_you")],
    application: Annotated[int | None, typer.Option(help="Application # (default: the latest rejection, or the first due)")] = None,
    contact: Annotated[int | None, typer.Option(help="Contact # (keep_in_touch)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Print a ready draft for one action, filled from your record, with a mailto: link."""
    owner = current_owner()
    from onward.playbook import followup_service, outreach_service
    from onward.playbook.models_momentum import FollowUp
    from onward.playbook.outreach import ACTIONS, ALL_ACTIONS
    from onward.tracker import services

    if action not in ALL_ACTIONS:
        raise InvalidInput({"action": f"unknown action {action!r}; expected one of: {', '.join(ALL_ACTIONS)}"})
    followup_service.refresh_queue(owner=owner)
    items = FollowUp.objects.filter(owner=owner, action=action).exclude(status="dismissed").order_by("status", "due_on", "-id")
    if action in ACTIONS:
        if application is not None:
            rejection = services.current_rejection(services.get_application(owner=owner, application_id=application))
        else:
            rejection = outreach_service.latest_rejection(owner=owner, within_days=3650)
        if rejection is None:
            raise NotFound("rejection", application if application is not None else "(latest)")
        outreach_service.next_steps_for(rejection)
        items = items.filter(rejection=rejection)
    elif application is not None:
        items = items.filter(application_id=application)
    if contact is not None:
        items = items.filter(contact_id=contact)
    item = items.first()
    if item is None:
        raise NotFound(f"{action} draft", application or contact or "(none due)")
    if as_json:
        _print_json(_follow_up_dict(item))
        return
    out.print(f"[bold]{item.title}[/bold]  (follow-up #{item.pk}, due {item.due_on:%d %b})")
    if item.to_email:
        out.print(f"To: {item.to_name} <{item.to_email}>")
    out.print(f"Subject: {item.draft_subject}\n")
    out.print(item.draft_body, markup=False, highlight=False)
    out.print(f"\n[dim]Why: {item.why}[/dim]")
    out.print(f"[dim]Open in your mail app: {item.mailto}[/dim]", markup=True, highlight=False)
    out.print(f"[dim]Sent it? onward followups --done {item.pk}[/dim]")


def win(
    text: Annotated[str | None, typer.Argument(help="The win, in a few words")] = None,
    kind: Annotated[str, typer.Option(help="praise, result, stage_reached, feedback_strength or other")] = "other",
    on: Annotated[str | None, typer.Option(help="YYYY-MM-DD (default: today)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a win to your confidence bank, or list the bank when no text is given."""
    owner = current_owner()
    from onward.playbook import bank_service

    if text:
        w = bank_service.add_win(owner=owner, text=text, kind=kind, on=parse_date(on, "on"))
        if as_json:
            _print_json({"id": w.pk, "kind": w.kind, "text": w.text, "on": w.on.isoformat()})
        else:
            out.print(f"Added to your confidence bank: {w.text}")
        return
    wins = bank_service.list_wins(owner=owner)
    if as_json:
        _print_json([{"id": w.pk, "kind": w.kind, "text": w.text, "on": w.on.isoformat()} for w in wins])
        return
    for w in wins:
        out.print(f"  {w.on:%d %b %Y}  [green]{w.get_kind_display()}[/green]  {w.text}")
    if not wins:
        out.print("No wins yet. Add one: onward win \"Praised for my clear report\" --kind praise")


def checkin(
    mood: Annotated[int, typer.Argument(help="Mood, 1 (very low) to 5 (very good)")],
    energy: Annotated[int, typer.Argument(help="Energy, 1 (very low) to 5 (very good)")],
    note: Annotated[str, typer.Option(help="Anything on your mind (private)")] = "",
    as_json: JsonOpt = False,
) -> None:
    """An optional check-in; Onward uses it only to suggest a lighter week when things are heavy."""
    owner = current_owner()
    from onward.playbook import checkin_service

    row = checkin_service.record_checkin(owner=owner, mood=mood, energy=energy, note=note)
    pacing = checkin_service.pacing_for(owner=owner)
    if as_json:
        _print_json({"on": row.on.isoformat(), "mood": row.mood, "energy": row.energy,
                     "lighter_week": pacing.lighter_week, "message": pacing.message, "support": pacing.support_text})  # fmt: skip
        return
    out.print("Thanks for checking in.")
    if pacing.message:
        out.print(pacing.message)
        out.print(pacing.support_text)


def register(app: typer.Typer) -> None:
    """Top-level playbook commands (momentum)."""
    app.command("today")(today)
    app.command("plan")(plan)
    app.command("followups")(followups)
    app.command("draft")(draft)
    app.command("win")(win)
    app.command("checkin")(checkin)


