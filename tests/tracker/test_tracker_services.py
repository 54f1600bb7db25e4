"""Tracker use cases against the real database."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.errors import InvalidInput, NotAllowed, NotFound
from onward.tracker import people, services
from onward.tracker.models import Application, StageChange

pytestmark = pytest.mark.django_db


def test_adding_an_application_writes_the_first_history_entry(owner) -> None:
    app = services.add_application(owner=owner, company="Acme, Inc.", role_title="Data Analyst", applied_on=dt.date(2026, 11, 2))
    assert app.company.normalized_name == "acme"
    assert [(h.from_stage, h.to_stage) for h in app.history.all()] == [("", "applied")]
    again = services.add_application(owner=owner, company="ACME Inc", role_title="BI Analyst")
    assert again.company == app.company


def test_bad_input_names_the_field_and_writes_nothing(owner) -> None:
    with pytest.raises(InvalidInput) as err:
        services.add_application(owner=owner, company="Acme", role_title="Analyst", stage="hired")
    assert "stage" in err.value.errors
    with pytest.raises(InvalidInput) as err:
        services.add_application(owner=owner, company="Acme", role_title=" ", salary_min=60000, salary_max=50000)
    assert set(err.value.errors) == {"role_title", "salary_max"}
    assert Application.objects.count() == 0


def test_rejection_after_interviews_keeps_the_furthest_stage_and_history(owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    services.move(owner=owner, application_id=app.pk, to_stage="screening")
    services.move(owner=owner, application_id=app.pk, to_stage="interviewing")
    rej = services.reject(owner=owner, application_id=app.pk, reasons=["other_candidate_stronger"], feedback_text="Close call.")
    app.refresh_from_db()
    assert (app.stage, app.furthest_stage, app.ending) == ("interviewing", "interviewing", "rejected")
    assert rej.stage_reached == "after_interview"
    assert rej.reasons == [{"code": "other_candidate_stronger", "source": "seeker", "evidence": ""}]
    assert rej.feedback_offered is True
    assert StageChange.objects.filter(application=app).count() == 4


def test_a_rejection_without_reasons_records_no_reason_given(owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    rej = services.reject(owner=owner, application_id=app.pk)
    assert rej.reason_codes == ["no_reason_given"]


def test_reversal_restores_the_application_and_keeps_history(owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    services.reject(owner=owner, application_id=app.pk, reasons=["position_filled"])
    services.reverse_rejection(owner=owner, application_id=app.pk, note="Sent in error")
    app.refresh_from_db()
    assert app.ending == "" and app.ended_on is None
    rej = app.rejections.get()
    assert rej.reversed_at is not None
    assert services.current_rejection(app) is None
    assert [h.to_ending for h in app.history.all()] == ["", "rejected", ""]


def test_a_mail_rejection_never_overwrites_an_offer(owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst", stage="offer")
    with pytest.raises(NotAllowed, match="offer"):
        services.reject(owner=owner, application_id=app.pk, source="mail")
    app.refresh_from_db()
    assert app.ending == ""


def test_an_inbound_message_reopens_a_ghosted_application(owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    services.end(owner=owner, application_id=app.pk, ending="ghosted", source="rule")
    people.log_interaction(owner=owner, application_id=app.pk, kind="email", direction="in", summary="Sorry for the delay")
    app.refresh_from_db()
    assert app.ending == ""


def test_rows_are_scoped_to_their_owner(owner, other_owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    with pytest.raises(NotFound):
        services.get_application(owner=other_owner, application_id=app.pk)
    with pytest.raises(NotFound):
        services.move(owner=other_owner, application_id=app.pk, to_stage="offer")
    assert list(services.list_applications(owner=other_owner)) == []


def test_list_filters(owner) -> None:
    a = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    b = services.add_application(owner=owner, company="Globex", role_title="Engineer", stage="screening")
    services.withdraw(owner=owner, application_id=a.pk)
    assert list(services.list_applications(owner=owner, ending="open")) == [b]
    assert list(services.list_applications(owner=owner, ending="withdrawn")) == [a]
    assert list(services.list_applications(owner=owner, company="glob")) == [b]
    with pytest.raises(InvalidInput):
        list(services.list_applications(owner=owner, stage="nowhere"))


def test_contacts_validate_and_link_with_a_role(owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    with pytest.raises(InvalidInput) as err:
        people.add_contact(owner=owner, name="Dana", email="not-an-email")
    assert "email" in err.value.errors
    dana = people.add_contact(owner=owner, name="Dana Reyes", email="dana@acme.example", company="Acme", title="Recruiter")
    link = people.link_contact(owner=owner, application_id=app.pk, contact_id=dana.pk, role="recruiter")
    assert link.contact.company == app.company
    with pytest.raises(InvalidInput):
        people.link_contact(owner=owner, application_id=app.pk, contact_id=dana.pk, role="boss")


def test_demo_is_a_believable_search(demo_owner) -> None:
    apps = list(services.list_applications(owner=demo_owner))
    assert 35 <= len(apps) <= 45
    endings = {a.ending for a in apps}
    assert {"", "rejected", "withdrawn", "ghosted"} <= endings
    rejected_at = {a.rejections.get().stage_reached for a in apps if a.ending == "rejected"}
    assert rejected_at == {"after_application", "after_screen", "after_interview", "after_final_round"}
    assert len({a.channel for a in apps}) >= 5
    span = max(a.applied_on for a in apps if a.applied_on) - min(a.applied_on for a in apps if a.applied_on)
    assert dt.timedelta(weeks=8) <= span <= dt.timedelta(weeks=10)
    assert demo_owner.contacts.count() >= 10 and demo_owner.interactions.count() >= 10
