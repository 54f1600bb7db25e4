"""Steps 1–3 services against a real database: debrief, feedback, focus, perspective, privacy."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.errors import InvalidInput, NotAllowed, NotFound
from onward.playbook import debrief_service, learn_service, perspective_service
from onward.playbook.models_learning import FeedbackItem, WritingEntry
from onward.tracker import services as tracker

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 30)


def rejected_app(owner, company="Acme", stage="final_round", reasons=("other_candidate_stronger",), feedback=""):
    app = tracker.add_application(owner=owner, company=company, role_title="Data Analyst", applied_on=dt.date(2026, 10, 1))
    for s in ("screening", "interviewing", "final_round")[: ("screening", "interviewing", "final_round").index(stage) + 1]:
        tracker.move(owner=owner, application_id=app.pk, to_stage=s)
    tracker.reject(owner=owner, application_id=app.pk, received_on=dt.date(2026, 11, 20), reasons=list(reasons), feedback_text=feedback)
    return app


def test_debrief_saves_skipped_parts_and_offers_after_painful_final_round(owner) -> None:
    app = rejected_app(owner)
    state = debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=1, feeling_word="gutted")
    d = state.debrief
    assert d is not None and d.completed_at is not None
    assert set(d.skipped) == {"stage", "went_well", "do_differently", "feedback"}
    assert [o.code for o in state.offers] == ["expressive_writing", "self_compassion"]
    assert state.application.ending == "rejected"  # the loop is closed; the card left the board
    assert state.next_steps or state.follow_ups


def test_routine_rejection_offers_nothing(owner) -> None:
    app = tracker.add_application(owner=owner, company="Beta", role_title="Analyst")
    tracker.reject(owner=owner, application_id=app.pk, reasons=["no_reason_given"])
    state = debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=1)
    assert state.offers == ()


def test_debrief_feedback_becomes_one_tagged_item_and_the_lesson_is_the_seekers(owner) -> None:
    app = rejected_app(owner, feedback="Strong SQL, but your stakeholder stories were thin.")
    state = debrief_service.save_debrief(
        owner=owner, application_id=app.pk, do_differently="Prepare two stakeholder stories with numbers",
    )
    items = FeedbackItem.objects.filter(owner=owner, application=app)
    assert items.count() == 1
    item = items.get()
    assert item.source == "rejection" and item.text.startswith("Strong SQL")
    assert "role_skills" in item.areas and item.evidence["role_skills"]["polarity"] == "strength"
    assert state.attribution is not None
    assert state.attribution.lesson.text == "Prepare two stakeholder stories with numbers"
    # Saving again does not duplicate it.
    debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=3)
    assert FeedbackItem.objects.filter(owner=owner, application=app).count() == 1


def test_no_debrief_without_a_rejection(owner) -> None:
    app = tracker.add_application(owner=owner, company="Gamma", role_title="Analyst")
    with pytest.raises(NotAllowed):
        debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=2)


def test_feeling_out_of_range_is_refused(owner) -> None:
    app = rejected_app(owner)
    with pytest.raises(InvalidInput):
        debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=9)


def test_private_writing_is_never_tagged_or_scored(owner) -> None:
    app = rejected_app(owner)
    state = debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=1)
    text = "I feel my communication was terrible and I lack leadership. Unfortunately I struggled."
    for _ in range(5):
        debrief_service.add_writing(owner=owner, kind="expressive_writing", text=text, debrief_id=state.debrief.pk)
    with pytest.raises(NotAllowed):
        debrief_service.add_writing(owner=owner, kind="expressive_writing", text=text, debrief_id=state.debrief.pk)
    assert WritingEntry.objects.filter(owner=owner).count() == 5
    assert not FeedbackItem.objects.filter(owner=owner, text__contains="terrible").exists()
    assert learn_service.ranked_focus(owner=owner, today=TODAY) == []


def test_feedback_suggested_then_corrected(owner) -> None:
    item = learn_service.add_feedback(owner=owner, text="Your STAR answers were vague and too long.", source="mock")
    assert item.areas == ["communication"] and item.polarity == "weakness" and not item.edited
    item = learn_service.update_feedback(owner=owner, item_id=item.pk, areas=["communication", "leadership"], polarity="mixed")
    assert item.edited and item.areas == ["communication", "leadership"] and item.polarity == "mixed"
    with pytest.raises(InvalidInput):
        learn_service.update_feedback(owner=owner, item_id=item.pk, areas=["charisma"])


def test_rejection_feedback_is_imported_once_and_stays_removed(owner) -> None:
    rejected_app(owner, feedback="They wanted more hands-on dbt experience.")
    learn_service.learning(owner=owner, today=TODAY)
    learn_service.learning(owner=owner, today=TODAY)
    [item] = learn_service.list_feedback(owner=owner)
    learn_service.delete_feedback(owner=owner, item_id=item.pk)
    learn_service.learning(owner=owner, today=TODAY)
    assert learn_service.list_feedback(owner=owner) == []


def test_self_review_feeds_the_ranking_and_the_plan(owner) -> None:
    app = rejected_app(owner)
    learn_service.add_self_review(
        owner=owner, application_id=app.pk, ratings={"problem_solving": "not_shown", "communication": "strong"},
        on=TODAY, round_label="System design",
    )  # fmt: skip
    ranked = learn_service.ranked_focus(owner=owner, today=TODAY)
    assert [r.area for r in ranked] == ["problem_solving"]
    assert learn_service.ranked_focus_codes(owner=owner, today=TODAY) == ("problem_solving",)
    plan = learn_service.practice_plan(owner=owner, today=TODAY)
    assert plan.area == "problem_solving" and plan.skill_task and plan.motivation
    with pytest.raises(InvalidInput):
        learn_service.add_self_review(owner=owner, application_id=app.pk, ratings={"communication": "amazing"})


def test_perspective_counts_furthest_stage_and_ignores_a_reversed_rejection(owner) -> None:
    a = rejected_app(owner, "Acme", "final_round")
    b = tracker.add_application(owner=owner, company="Beta", role_title="Analyst")
    tracker.reject(owner=owner, application_id=b.pk, reasons=["role_closed_or_frozen"])
    c = tracker.add_application(owner=owner, company="Gamma", role_title="Analyst")
    tracker.reject(owner=owner, application_id=c.pk, reasons=["compensation"])
    tracker.reverse_rejection(owner=owner, application_id=c.pk, note="they wrote back")
    p = perspective_service.perspective(owner=owner)
    assert p.funnel.counts == {"applied": 3, "response": 2, "interview": 1, "offer": 0}
    assert p.attribution.considered == 2 and p.attribution.outside == 2
    assert p.attribution.sentence.startswith("2 of your last 2 rejections had causes outside your control")
    assert perspective_service.attribution_for(owner=owner, application_id=a.pk).side("outside")
    assert perspective_service.attribution_for(owner=owner, application_id=c.pk) is None


def test_everything_is_scoped_by_owner(owner, other_owner) -> None:
    app = rejected_app(owner)
    learn_service.add_feedback(owner=owner, text="Great SQL.", application_id=app.pk)
    with pytest.raises(NotFound):
        debrief_service.save_debrief(owner=other_owner, application_id=app.pk, feeling=2)
    assert learn_service.list_feedback(owner=other_owner) == []
    assert perspective_service.perspective(owner=other_owner).funnel.counts["applied"] == 0
