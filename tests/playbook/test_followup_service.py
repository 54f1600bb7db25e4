"""The follow-up queue over real rows, with time frozen: clocks, ghosting through the tracker, reopening."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db
MONDAY = dt.date(2026, 11, 2)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


@pytest.fixture
def app(owner: Any) -> Any:
    from onward.tracker import people, services

    application = services.add_application(
        owner=owner, company="Contoso", role_title="Data Analyst", applied_on=MONDAY, at=at(MONDAY)
    )
    recruiter = people.add_contact(owner=owner, name="Priya Shah", email="priya@contoso.example", company="Contoso")
    people.link_contact(owner=owner, application_id=application.pk, contact_id=recruiter.pk, role="recruiter")
    return application


def open_items(owner: Any, kind: str) -> list[Any]:
    from onward.playbook.models_momentum import FollowUp

    return list(FollowUp.objects.filter(owner=owner, kind=kind, status__in=("due", "snoozed")))


def test_walk_a_quiet_application_to_ghosted_and_back(owner: Any, app: Any) -> None:
    from onward.playbook import followup_service as fs
    from onward.tracker import people

    fs.refresh_queue(owner=owner, today=MONDAY)
    [first] = open_items(owner, "application")
    assert first.due_on == dt.date(2026, 11, 11) and first.to_name == "Priya Shah"
    assert "Hi Priya," in first.draft_body
    assert [r.state for r in fs.queue(owner=owner, today=dt.date(2026, 11, 10))] == ["upcoming"]
    assert [r.state for r in fs.queue(owner=owner, today=dt.date(2026, 11, 11))] == ["due"]

    # Week 2: the seeker sends it. A second follow-up is scheduled a week later.
    fs.mark_done(owner=owner, follow_up_id=first.pk, today=dt.date(2026, 11, 11))
    fs.refresh_queue(owner=owner, today=dt.date(2026, 11, 12))
    [second] = open_items(owner, "application")
    assert second.number == 2 and second.due_on == dt.date(2026, 11, 20)

    # Week 3: snoozed for a few days, then sent.
    fs.snooze(owner=owner, follow_up_id=second.pk, until=dt.date(2026, 11, 24), today=dt.date(2026, 11, 20))
    assert [r.state for r in fs.queue(owner=owner, today=dt.date(2026, 11, 23))] == ["snoozed"]
    assert [r.state for r in fs.queue(owner=owner, today=dt.date(2026, 11, 25))] == ["overdue"]
    fs.mark_done(owner=owner, follow_up_id=second.pk, today=dt.date(2026, 11, 25))

    # Weeks 4–5: silence after two follow-ups closes it as ghosted, through the tracker.
    summary = fs.refresh_queue(owner=owner, today=dt.date(2026, 12, 3))
    assert summary.ghosted == []
    summary = fs.refresh_queue(owner=owner, today=dt.date(2026, 12, 4))
    assert summary.ghosted == [app.pk]
    app.refresh_from_db()
    assert app.ending == "ghosted"
    assert app.history.last().source == "rule"

    # Week 6: they write. The application is open again and no follow-up nags.
    people.log_interaction(owner=owner, kind="email", application_id=app.pk, direction="in", occurred_at=at(dt.date(2026, 12, 9)), summary="Sorry for the delay")
    fs.refresh_queue(owner=owner, today=dt.date(2026, 12, 9))
    app.refresh_from_db()
    assert app.ending == ""
    assert open_items(owner, "application") == []


def test_contact_cadence_resets_when_an_interaction_is_logged(owner: Any) -> None:
    from onward.playbook import followup_service as fs
    from onward.tracker import people

    jo = people.add_contact(owner=owner, name="Jo King", email="jo@x.example", cadence_days=30)
    fs.refresh_queue(owner=owner, today=dt.date.today())
    [first] = open_items(owner, "contact")
    assert first.due_on == max(dt.date.today(), jo.created_at.date() + dt.timedelta(days=30))
    people.log_interaction(owner=owner, kind="call", contact_id=jo.pk, occurred_at=at(dt.date.today() + dt.timedelta(days=3)), summary="We talked about her new data team")
    fs.refresh_queue(owner=owner, today=dt.date.today() + dt.timedelta(days=3))
    [second] = open_items(owner, "contact")
    assert second.pk != first.pk
    assert second.due_on == dt.date.today() + dt.timedelta(days=33)
    assert "her new data team" in second.draft_body
    first.refresh_from_db()
    assert first.status == "dismissed"


def test_marking_a_contact_follow_up_done_restarts_the_clock(owner: Any) -> None:
    from onward.playbook import followup_service as fs
    from onward.tracker import people

    people.add_contact(owner=owner, name="Sam Lee", cadence_days=14)
    today = dt.date.today() + dt.timedelta(days=20)
    fs.refresh_queue(owner=owner, today=today)
    [item] = open_items(owner, "contact")
    fs.mark_done(owner=owner, follow_up_id=item.pk, today=today)
    fs.refresh_queue(owner=owner, today=today)
    [nxt] = open_items(owner, "contact")
    assert nxt.due_on == today + dt.timedelta(days=14)


def test_ics_export_and_feed_token(owner: Any, app: Any, other_owner: Any) -> None:
    from onward.errors import NotFound
    from onward.playbook import followup_service as fs

    fs.refresh_queue(owner=owner, today=MONDAY)
    cal = Calendar.from_ical(fs.calendar_ics(owner=owner, base_url="http://127.0.0.1:8000/"))
    [event] = cal.walk("VEVENT")
    [item] = open_items(owner, "application")
    assert str(event["UID"]) == item.uid
    assert str(event["URL"]) == f"http://127.0.0.1:8000/followups/{item.pk}/"
    assert Calendar.from_ical(fs.calendar_ics(owner=other_owner)).walk("VEVENT") == []
    token = fs.feed_token(owner=owner)
    assert fs.owner_for_feed(token) == owner
    new = fs.regenerate_feed_token(owner=owner)
    assert new != token
    with pytest.raises(NotFound):
        fs.owner_for_feed(token)


def test_own_informational_interview_rate(owner: Any) -> None:
    from onward.playbook import followup_service as fs
    from onward.playbook.outreach_service import next_steps_for
    from onward.tracker import people, services

    application = services.add_application(owner=owner, company="Contoso", role_title="Analyst", applied_on=MONDAY)
    services.move(owner=owner, application_id=application.pk, to_stage="interviewing")
    tom = people.add_contact(owner=owner, name="Tom Berg", email="tom@contoso.example", company="Contoso")
    people.link_contact(owner=owner, application_id=application.pk, contact_id=tom.pk, role="hiring_manager")
    rejection = services.reject(owner=owner, application_id=application.pk, received_on=dt.date(2026, 11, 20))
    info = next(s for s in next_steps_for(rejection, today=dt.date(2026, 11, 20)) if s.action == "informational_interview")
    assert fs.own_rate(owner=owner).sent == 0
    fs.mark_done(owner=owner, follow_up_id=info.pk, today=dt.date(2026, 11, 27))
    assert (fs.own_rate(owner=owner).sent, fs.own_rate(owner=owner).answered) == (1, 0)
    people.log_interaction(owner=owner, kind="email", contact_id=tom.pk, direction="in", occurred_at=at(dt.date(2026, 11, 30)), summary="Happy to chat")
    rate = fs.own_rate(owner=owner)
    assert (rate.sent, rate.answered) == (1, 1) and "1 sent, 1 led to" in rate.sentence


def test_an_interview_logged_today_brings_a_thank_you_draft(owner: Any, app: Any) -> None:
    from onward.playbook import followup_service as fs
    from onward.tracker import people, services

    services.move(owner=owner, application_id=app.pk, to_stage="interviewing")
    tom = people.add_contact(owner=owner, name="Tom Berg", email="tom@contoso.example", company="Contoso")
    today = dt.date.today()
    people.log_interaction(
        owner=owner, kind="video_call", contact_id=tom.pk, application_id=app.pk, occurred_at=at(today),
        summary="Technical deep-dive on experimentation and metrics design.",
    )  # fmt: skip
    fs.refresh_queue(owner=owner, today=today)
    fs.refresh_queue(owner=owner, today=today)
    [thanks] = open_items(owner, "thank_you")
    assert thanks.due_on == today + dt.timedelta(days=1)
    assert thanks.draft_body.startswith("Hi Tom,") and "experimentation and metrics design" in thanks.draft_body
    fs.mark_done(owner=owner, follow_up_id=thanks.pk, today=today)
    fs.refresh_queue(owner=owner, today=today + dt.timedelta(days=1))
    assert open_items(owner, "thank_you") == []
