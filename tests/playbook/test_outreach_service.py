"""Next steps from real tracker rows: every action's draft rendered from the demo search."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from onward.playbook.outreach import ACTIONS

TODAY = dt.date(2026, 11, 30)
pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(owner: Any) -> Any:
    from onward.tracker.demo import load_demo

    load_demo(owner=owner, today=TODAY)
    return owner


def all_steps(owner: Any) -> list[Any]:
    from onward.playbook.outreach_service import next_steps_for
    from onward.tracker.models import Rejection

    steps = []
    for rejection in Rejection.objects.filter(application__owner=owner):
        steps.extend(next_steps_for(rejection, today=TODAY))
    return steps


def test_demo_rejections_produce_every_action_with_complete_drafts(demo: Any) -> None:
    steps = all_steps(demo)
    assert {s.action for s in steps} == set(ACTIONS)
    for s in steps:
        text = s.draft_subject + "\n" + s.draft_body
        assert "{" not in text and "}" not in text, (s.action, text)
        assert not re.search(r"\b(?:Hi|Dear)\s*,", text), (s.action, text)
        assert s.application.role_title in text or s.application.company.name in text
        if s.to_name:
            assert s.to_name.split()[0] in s.draft_body, (s.action, s.to_name, s.draft_body)
        else:
            assert s.draft_body.startswith("Hello,") and s.find_whom, s.action
        assert s.uid.endswith("@onward") and s.why


def test_next_steps_are_stable_and_never_duplicated(demo: Any) -> None:
    from onward.playbook.models_momentum import FollowUp

    first = all_steps(demo)
    again = all_steps(demo)
    assert [s.pk for s in first] == [s.pk for s in again]
    assert FollowUp.objects.filter(owner=demo, kind="next_step").count() == len(first)


def test_late_stage_demo_rejection_names_the_people_met(demo: Any) -> None:
    from onward.playbook.outreach_service import next_steps_for
    from onward.tracker.models import Rejection

    rejection = Rejection.objects.filter(application__owner=demo, application__furthest_stage="final_round").first()
    steps = next_steps_for(rejection, today=TODAY)
    by_action = {s.action: s for s in steps}
    assert {"silver_medalist", "connect_interviewer", "informational_interview", "ask_feedback"} <= set(by_action)
    manager = rejection.application.people.get(role="hiring_manager").contact
    assert by_action["informational_interview"].to_name == manager.name
    assert (by_action["silver_medalist"].due_on - rejection.received_on).days >= 90


def test_a_stranger_cannot_see_or_act_on_my_next_steps(demo: Any, other_owner: Any) -> None:
    from onward.errors import NotFound
    from onward.playbook import followup_service, outreach_service

    step = all_steps(demo)[0]
    with pytest.raises(NotFound):
        outreach_service.get_rejection(owner=other_owner, rejection_id=step.rejection_id)
    with pytest.raises(NotFound):
        followup_service.mark_done(owner=other_owner, follow_up_id=step.pk)


def test_confidence_after_a_rejection_for_the_debrief(demo: Any) -> None:
    from django.template.loader import render_to_string

    from onward.playbook.bank_service import confidence_after
    from onward.tracker.models import Rejection

    rejection = Rejection.objects.filter(application__owner=demo, application__furthest_stage="final_round").first()
    confidence = confidence_after(rejection)
    assert len(confidence.wins) == 3 and all(w.from_record for w in confidence.wins)
    assert "final round" in confidence.unsaid[0]
    html = render_to_string("playbook/bank_confidence.html", {"confidence": confidence})
    assert "From your record" in html and "What it did not say" in html


def test_one_referral_request_at_a_time_and_never_the_same_person_twice(demo: Any) -> None:
    from onward.playbook.followup_service import mark_done
    from onward.playbook.outreach_service import next_steps_for
    from onward.tracker.models import Rejection

    rejections = list(Rejection.objects.filter(application__owner=demo).order_by("received_on"))
    first = [s for s in next_steps_for(rejections[0], today=TODAY) if s.action == "ask_referral"]
    assert len(first) == 1
    # While that ask is open, other rejections do not pile up more of them.
    assert not [s for s in next_steps_for(rejections[1], today=TODAY) if s.action == "ask_referral"]
    mark_done(owner=demo, follow_up_id=first[0].pk, today=TODAY)
    third = [s for s in next_steps_for(rejections[2], today=TODAY) if s.action == "ask_referral"]
    assert len(third) == 1 and third[0].contact_id != first[0].contact_id
