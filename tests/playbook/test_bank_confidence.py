"""Confidence bank and STAR story bank."""

from __future__ import annotations

from datetime import date

from onward.playbook.bank import (
    StoryItem,
    WinItem,
    resilience_story_prompt,
    stories_for_interview,
    story_from_win,
    story_gaps,
    three_wins,
    what_it_did_not_say,
)
from onward.taxonomy import REASONS, STAGES

WINS = [
    WinItem(1, "praise", "My manager called my Q3 report the clearest she'd read", date(2026, 9, 1)),
    WinItem(2, "praise", "A recruiter said my portfolio stood out", date(2026, 11, 20)),
    WinItem(3, "stage_reached", "Final round at Northwind", date(2026, 11, 18)),
    WinItem(4, "result", "Cut report run time from 2 hours to 10 minutes", date(2026, 6, 1)),
    WinItem(5, "praise", "Thank-you note from a mentee", date(2026, 11, 25)),
]


def test_three_wins_are_recent_and_varied() -> None:
    picked = three_wins(WINS)
    assert [w.id for w in picked] == [5, 3, 4]
    assert len({w.kind for w in picked}) == 3
    assert three_wins(WINS[:2]) == [WINS[1], WINS[0]]
    assert three_wins([]) == []


def test_what_the_rejection_did_not_say_for_every_reason_and_stage() -> None:
    for code in REASONS:
        for stage in STAGES:
            lines = what_it_did_not_say(reasons=(code,), furthest_stage=stage)
            assert 3 <= len(lines) <= 4
            assert all(line.startswith("It ") and "!" not in line for line in lines)
    final = what_it_did_not_say(reasons=("other_candidate_stronger",), furthest_stage="final_round")
    assert "final round" in final[0]
    assert "another candidate" in final[1]
    silent = what_it_did_not_say(reasons=(), furthest_stage="applied")
    assert "Talent Board 2022" in silent[0] and "71%" in silent[0]


STORIES = [
    StoryItem(1, "Dashboard rescue", "s", "t", "a", "r", ("role_skills", "leadership")),
    StoryItem(2, "Team conflict", "s", "t", "a", "", ("collaboration",)),
    StoryItem(3, "Handled rejections", "s", "t", "a", "r", ("adaptability", "communication")),
]


def test_stories_offered_for_the_next_interview_match_its_focus_areas() -> None:
    picked = stories_for_interview(STORIES, focus_areas=("communication", "adaptability", "collaboration"))
    assert [s.id for s in picked] == [3, 2]
    assert story_gaps(STORIES, focus_areas=("leadership", "problem_solving", "outside_control")) == ["problem_solving"]


def test_wins_and_this_search_become_star_prompts() -> None:
    prompt = story_from_win(WINS[3])
    assert "Cut report run time" in prompt.situation and prompt.action and prompt.result
    resilience = resilience_story_prompt(rejections=9, applications=40, weeks_searching=10)
    assert resilience.focus_areas == ("adaptability",)
    assert "40 applications" in resilience.situation


def test_the_record_tops_up_the_bank_with_stages_reached() -> None:
    from onward.playbook.bank import StageReached, stage_evidence, wins_to_show

    reached = [
        StageReached("Fabrikam", "Analyst", "screening", date(2026, 10, 1)),
        StageReached("Northwind", "Data Analyst", "final_round", date(2026, 11, 18)),
        StageReached("Contoso", "BI Developer", "applied", date(2026, 11, 1)),
    ]
    evidence = stage_evidence(reached)
    assert [w.text for w in evidence] == [
        "Reached the final round at Northwind (Data Analyst)",
        "Got a screening call at Fabrikam (Analyst)",
    ]
    assert all(w.from_record and w.label == "Stage reached" for w in evidence)
    shown = wins_to_show(WINS[:1], evidence)
    assert [w.id for w in shown] == [1, -1, -2]
    assert wins_to_show(WINS, evidence) == three_wins(WINS)
