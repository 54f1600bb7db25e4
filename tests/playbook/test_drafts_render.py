"""Drafts render from data templates, for every action, without gaps, braces or missing names."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onward.playbook.drafts import (
    DraftError,
    DraftFields,
    load_template,
    render_draft,
    specific_detail,
    template_actions,
)
from onward.playbook.outreach import ALL_ACTIONS, plan_next_steps
from onward.playbook.outreach_demo import DEMO_REJECTIONS

TODAY = date(2026, 11, 30)
ALL_STEPS = [(ctx, step) for ctx in DEMO_REJECTIONS for step in plan_next_steps(ctx, today=TODAY)]


def test_every_action_has_a_template_file_and_no_stray_ones() -> None:
    assert set(template_actions()) == set(ALL_ACTIONS)
    for action in ALL_ACTIONS:
        t = load_template(action)
        assert t.label and t.when and t.subject and t.body


def test_demo_data_exercises_every_rejection_action() -> None:
    from onward.playbook.outreach import ACTIONS

    assert {step.action for _, step in ALL_STEPS} == set(ACTIONS)


@pytest.mark.parametrize(("ctx", "step"), ALL_STEPS, ids=lambda v: getattr(v, "key", ""))
def test_demo_drafts_have_no_placeholder_left_and_name_the_person(ctx, step) -> None:  # type: ignore[no-untyped-def]
    text = step.draft.subject + "\n" + step.draft.body
    assert "{" not in text and "}" not in text
    assert "{{" not in text
    assert not re.search(r"\b(?:Hi|Dear)\s*,", text), "greeting without a name"
    assert "  " not in text and "None" not in text
    assert ctx.role in text or ctx.company in text
    if step.who:
        assert step.who.first_name in step.draft.body
    else:
        assert step.draft.body.startswith("Hello,")
    if ctx.seeker_name:
        assert step.draft.body.rstrip().endswith(ctx.seeker_name)


@pytest.mark.parametrize(("ctx", "step"), ALL_STEPS, ids=lambda v: getattr(v, "key", ""))
def test_demo_drafts_are_short_and_calm(ctx, step) -> None:  # type: ignore[no-untyped-def]
    words = len(step.draft.body.split())
    assert 25 <= words <= 120
    assert "!" not in step.draft.body + step.draft.subject


def test_clock_action_drafts_render_too() -> None:
    for action in ("follow_up", "keep_in_touch"):
        draft = render_draft(action, DraftFields(company="Contoso", role="Analyst", first_name="Jo", stage="applied", seeker_name="Sam"))
        assert "Hi Jo," in draft.body and "{" not in draft.body


def test_a_specific_detail_from_the_notes_makes_it_into_the_draft() -> None:
    northwind = DEMO_REJECTIONS[0]
    reply = next(s for s in plan_next_steps(northwind, today=TODAY) if s.action == "reply_thanks")
    assert "churn dashboard" in reply.draft.body


def test_unknown_field_in_a_template_is_an_error_not_a_gap() -> None:
    from onward.playbook import drafts

    with pytest.raises(DraftError):
        drafts._fill("Hi {nickname}", DraftFields(company="A", role="B").values(), "x")
    with pytest.raises(DraftError):
        render_draft("follow_up", DraftFields(company="", role="Analyst"))
    with pytest.raises(DraftError):
        load_template("no_such_action")


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("We talked about the churn dashboard they are rebuilding.", "the churn dashboard they are rebuilding"),
        ("Discussed their move from spreadsheets to dbt, and the rota.", "their move from spreadsheets to dbt"),
        ("She asked me about pricing experiments; went well", "pricing experiments"),
        ("Case study on churn; walked through my SQL.", "churn"),
        ("Technical deep-dive on experimentation and metrics design.", "experimentation and metrics design"),
        ("Team works on pricing analytics; uses dbt and Looker.", "pricing analytics"),
        ("Nothing to note.", ""),
        ("", ""),
    ],
)
def test_specific_detail(notes: str, expected: str) -> None:
    assert specific_detail(notes) == expected


@given(st.text(max_size=300))
def test_specific_detail_is_short_and_brace_free_for_any_notes(notes: str) -> None:
    detail = specific_detail(notes)
    assert len(detail.split()) <= 9
    assert "\n" not in detail
    assert "{" not in detail and "}" not in detail
