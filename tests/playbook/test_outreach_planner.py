"""The next-steps planner: which conversations follow a rejection, when, with whom, and why."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward.playbook.outreach import ACTIONS, Person, RejectionContext, RuleConfig, plan_next_steps
from onward.taxonomy import CONTACT_ROLES, REASONS, REJECTION_STAGES, STAGES

TODAY = date(2026, 11, 30)

LATE = RejectionContext(
    company="Northwind Traders",
    role="Data Analyst",
    furthest_stage="final_round",
    rejection_stage="after_final_round",
    received_on=date(2026, 11, 27),
    reasons=("other_candidate_stronger",),
    interview_rounds=3,
    notes="We talked about the churn dashboard they are rebuilding.",
    contacts=(
        Person("Priya Shah", "recruiter", "priya@northwind.example", contact_id=1),
        Person("Tom Berg", "hiring_manager", "tom@northwind.example", contact_id=2),
        Person("Ana Li", "interviewer", "ana@northwind.example", contact_id=3),
        Person("Raj Patel", "interviewer", "", contact_id=4),
    ),
    network=(Person("Jo King", "other", "jo@contoso.example", company="Contoso", contact_id=9),),
    seeker_name="Sam Rivera",
    application_id=7,
)

EARLY = RejectionContext(
    company="Fabrikam",
    role="Junior Analyst",
    furthest_stage="applied",
    rejection_stage="after_application",
    received_on=date(2026, 11, 29),
    reasons=("no_reason_given",),
)


def actions(steps: list) -> list[str]:
    return [s.action for s in steps]


def test_late_stage_rejection_offers_every_kind_of_next_conversation() -> None:
    steps = plan_next_steps(LATE, today=TODAY)
    assert set(actions(steps)) == set(ACTIONS)
    # one connection note per interviewer met
    assert sorted(s.who.name for s in steps if s.action == "connect_interviewer") == ["Ana Li", "Raj Patel"]


def test_steps_are_ordered_by_due_date_and_never_due_in_the_past() -> None:
    steps = plan_next_steps(LATE, today=TODAY)
    dues = [s.due_on for s in steps]
    assert dues == sorted(dues)
    assert all(d >= TODAY for d in dues)


def test_reply_and_thank_goes_to_the_recruiter_within_two_days() -> None:
    ctx = replace(LATE, received_on=TODAY)
    reply = next(s for s in plan_next_steps(ctx, today=TODAY) if s.action == "reply_thanks")
    assert reply.who and reply.who.name == "Priya Shah"
    assert reply.due_on == date(2026, 12, 2)
    assert "etiquette" in reply.why


def test_feedback_is_asked_only_after_an_interview_stage_and_says_most_wont_answer() -> None:
    late = next(s for s in plan_next_steps(LATE, today=TODAY) if s.action == "ask_feedback")
    assert "most employers will not answer" in late.why
    assert "ask_feedback" not in actions(plan_next_steps(EARLY, today=TODAY))
    screened = replace(EARLY, furthest_stage="screening")
    assert "ask_feedback" not in actions(plan_next_steps(screened, today=TODAY))
    relaxed = RuleConfig(feedback_from_stage="screening")
    assert "ask_feedback" in actions(plan_next_steps(screened, today=TODAY, rules=relaxed))


def test_informational_interview_prefers_the_hiring_manager_then_another_department() -> None:
    info = next(s for s in plan_next_steps(LATE, today=TODAY) if s.action == "informational_interview")
    assert info.who and info.who.role == "hiring_manager"
    assert "20–30 minute" in info.why

    other_dept = replace(LATE, contacts=(Person("Lee Wong", "other", "lee@northwind.example", department="Finance"),))
    info = next(s for s in plan_next_steps(other_dept, today=TODAY) if s.action == "informational_interview")
    assert info.who and info.who.name == "Lee Wong"
    assert "another part of Northwind Traders" in info.why


def test_without_contacts_the_planner_suggests_whom_to_find() -> None:
    steps = plan_next_steps(EARLY, today=TODAY)
    info = next(s for s in steps if s.action == "informational_interview")
    assert info.who is None
    assert "Fabrikam" in info.find_whom
    referral = next(s for s in steps if s.action == "ask_referral")
    assert referral.who is None and referral.find_whom


def test_silver_medalist_only_for_late_stages_three_months_on() -> None:
    steps = plan_next_steps(LATE, today=TODAY)
    silver = next(s for s in steps if s.action == "silver_medalist")
    assert 90 <= (silver.due_on - LATE.received_on).days <= 183
    assert "convention" in silver.why
    assert "silver_medalist" not in actions(plan_next_steps(EARLY, today=TODAY))
    two_rounds = replace(EARLY, furthest_stage="interviewing", interview_rounds=2)
    assert "silver_medalist" in actions(plan_next_steps(two_rounds, today=TODAY))


def test_referral_is_asked_of_someone_outside_the_rejecting_company() -> None:
    same_company = replace(LATE, network=(Person("Kim", "other", company="Northwind Traders"),))
    referral = next(s for s in plan_next_steps(same_company, today=TODAY) if s.action == "ask_referral")
    assert referral.who is None
    referral = next(s for s in plan_next_steps(LATE, today=TODAY) if s.action == "ask_referral")
    assert referral.who and referral.who.company == "Contoso"
    assert "Contoso" in referral.draft.body


@pytest.mark.parametrize(
    "switch",
    ["feedback_enabled", "informational_enabled", "connect_enabled", "referral_enabled", "silver_medalist_enabled"],
)
def test_each_rule_can_be_switched_off(switch: str) -> None:
    rules = replace(RuleConfig(), **{switch: False})
    assert len(plan_next_steps(LATE, today=TODAY, rules=rules)) < len(plan_next_steps(LATE, today=TODAY))


def test_every_step_explains_itself_and_has_a_stable_key() -> None:
    first = plan_next_steps(LATE, today=TODAY)
    again = plan_next_steps(LATE, today=date(2026, 12, 1))
    assert all(len(s.why) > 40 for s in first)
    assert {s.key for s in first} == {s.key for s in again}
    assert len({s.key for s in first}) == len(first)


def test_mailto_link_carries_address_subject_and_body() -> None:
    reply = next(s for s in plan_next_steps(LATE, today=TODAY) if s.action == "reply_thanks")
    assert reply.mailto.startswith("mailto:priya@northwind.example?subject=")
    assert "&body=Hi%20Priya" in reply.mailto


NAMES = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll"), max_codepoint=0x24F), min_size=1, max_size=12)
PEOPLE = st.builds(
    Person,
    name=st.builds(lambda a, b: f"{a} {b}", NAMES, NAMES),
    role=st.sampled_from(CONTACT_ROLES),
    email=st.sampled_from(["", "someone@example.org"]),
    company=st.sampled_from(["", "Contoso", "Northwind Traders"]),
    contact_id=st.integers(min_value=1, max_value=10_000),
)
CONTEXTS = st.builds(
    RejectionContext,
    company=st.sampled_from(["Northwind Traders", "Fabrikam", "A & B Ltd", "Ünïcode GmbH"]),
    role=st.sampled_from(["Data Analyst", "Product Manager", "Nurse (nights)", "Software Engineer II"]),
    furthest_stage=st.sampled_from(STAGES),
    received_on=st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 11, 30)),
    rejection_stage=st.sampled_from(REJECTION_STAGES),
    reasons=st.lists(st.sampled_from(REASONS), max_size=3).map(tuple),
    interview_rounds=st.integers(min_value=0, max_value=5),
    notes=st.text(max_size=200),
    contacts=st.lists(PEOPLE, max_size=5).map(tuple),
    network=st.lists(PEOPLE, max_size=3).map(tuple),
    seeker_name=st.sampled_from(["", "Sam Rivera", "Zoë O'Neill"]),
    application_id=st.integers(min_value=1, max_value=100),
)


@settings(max_examples=300, deadline=None)
@given(CONTEXTS)
def test_any_record_gives_complete_drafts_and_due_dates_from_today(ctx: RejectionContext) -> None:
    steps = plan_next_steps(ctx, today=TODAY)
    assert {"reply_thanks", "informational_interview", "ask_referral"} <= set(actions(steps))
    for s in steps:
        text = s.draft.subject + s.draft.body
        assert "{" not in text and "}" not in text
        assert not re.search(r"\b(?:Hi|Dear)\s*,", text)
        assert (s.who is None) == s.draft.body.startswith("Hello,")
        assert s.who is not None or s.find_whom
        assert s.due_on >= TODAY or s.action == "silver_medalist"
        assert "!" not in s.draft.body
