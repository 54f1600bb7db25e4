"""The lifecycle's rules, exhaustively and by property (pure; no database)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onward.taxonomy import ENDINGS, STAGES
from onward.tracker import stages
from onward.tracker.stages import AppState, StageError

stage_st = st.sampled_from(STAGES)
ending_st = st.sampled_from((None, *ENDINGS))
source_st = st.sampled_from(stages.SOURCES)


@st.composite
def states(draw: st.DrawFn) -> AppState:
    stage = draw(stage_st)
    furthest = draw(st.sampled_from(STAGES[STAGES.index(stage):]))
    ending = draw(ending_st)
    if ending == "accepted":
        stage = furthest = "offer"
    return AppState(stage=stage, furthest=furthest, ending=ending)


def step(state: AppState, action: tuple[str, str, str]) -> AppState:
    kind, arg, source = action
    try:
        if kind == "move":
            return stages.move(state, arg, source=source).state
        if kind == "end":
            return stages.end(state, arg, source=source).state
        return stages.reopen(state).state
    except StageError:
        return state


actions = st.tuples(st.sampled_from(["move", "end", "reopen"]), st.sampled_from(STAGES + ENDINGS), source_st).filter(
    lambda a: (a[0] == "move") == (a[1] in STAGES) or a[0] == "reopen"
)


@given(states(), st.lists(actions, max_size=25))
def test_furthest_stage_never_goes_down(state: AppState, seq: list[tuple[str, str, str]]) -> None:
    for action in seq:
        new = step(state, action)
        assert stages.rank(new.furthest) >= stages.rank(state.furthest)
        assert stages.rank(new.furthest) >= stages.rank(new.stage)
        state = new


@given(states(), stage_st, st.sampled_from(["mail", "rule"]))
def test_a_weaker_signal_never_moves_an_application_backwards(state: AppState, to: str, source: str) -> None:
    outcome = stages.move(state, to, source=source)
    if state.ending is None or state.ending == "ghosted":
        assert stages.rank(outcome.state.stage) >= stages.rank(state.stage)
    else:
        assert outcome.state == state and not outcome.changed


@given(states(), st.sampled_from(["mail", "rule"]))
def test_a_rejection_signal_never_overwrites_an_offer(state: AppState, source: str) -> None:
    if state.stage == "offer" and state.ending in (None, "ghosted"):
        outcome = stages.end(state, "rejected", source=source)
        assert outcome.state.ending != "rejected"


def test_application_received_after_an_interview_changes_nothing() -> None:
    state = AppState(stage="interviewing", furthest="interviewing")
    outcome = stages.move(state, "applied", source="mail")
    assert not outcome.changed and outcome.state == state
    assert "never moves back" in outcome.why


def test_the_seeker_may_correct_a_stage_backwards_but_furthest_stays() -> None:
    state = AppState(stage="final_round", furthest="final_round")
    outcome = stages.move(state, "screening")
    assert outcome.state == AppState(stage="screening", furthest="final_round")


def test_a_closed_application_must_be_reopened_before_a_manual_move() -> None:
    with pytest.raises(StageError, match="reopen"):
        stages.move(AppState(ending="rejected"), "screening")


def test_mail_from_a_ghosted_employer_reopens_and_advances() -> None:
    state = AppState(stage="applied", furthest="applied", ending="ghosted")
    outcome = stages.move(state, "interviewing", source="mail")
    assert outcome.state == AppState(stage="interviewing", furthest="interviewing", ending=None)


def test_only_an_offer_can_be_accepted() -> None:
    with pytest.raises(StageError, match="only an offer"):
        stages.end(AppState(stage="interviewing", furthest="interviewing"), "accepted")
    assert stages.end(AppState(stage="offer", furthest="offer"), "accepted").state.ending == "accepted"


def test_endings_are_kept_apart_and_reopen_keeps_the_stage() -> None:
    rejected = stages.end(AppState(stage="interviewing", furthest="interviewing"), "rejected").state
    with pytest.raises(StageError):
        stages.end(rejected, "withdrawn")
    reopened = stages.reopen(rejected).state
    assert reopened == AppState(stage="interviewing", furthest="interviewing", ending=None)


@pytest.mark.parametrize("bad", ["", "hired", "Applied", "interview"])
def test_unknown_stages_are_refused_with_the_list_of_known_ones(bad: str) -> None:
    with pytest.raises(StageError, match="expected one of: saved, applied"):
        stages.move(AppState(), bad)


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("to", STAGES)
@pytest.mark.parametrize("source", stages.SOURCES)
def test_every_open_move_keeps_the_state_consistent(stage: str, to: str, source: str) -> None:
    state = AppState(stage=stage, furthest=stage)
    new = stages.move(state, to, source=source).state
    assert new.ending is None
    assert new.furthest == stages.furthest_of(stage, to)
    if source == "manual":
        assert new.stage == to
    else:
        assert new.stage == stages.furthest_of(stage, to)
