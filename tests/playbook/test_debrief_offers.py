"""Debrief offers: expressive writing and self-compassion only after a painful late-stage no or a layoff."""

from __future__ import annotations

import pytest

from onward.playbook.debrief import STEPS, DebriefContext, offers, validate_feeling


def codes(ctx: DebriefContext) -> list[str]:
    return [o.code for o in offers(ctx)]


def test_every_part_is_listed_in_order() -> None:
    assert STEPS == ("feeling", "stage", "went_well", "do_differently", "feedback")


@pytest.mark.parametrize(
    ("ctx", "offered"),
    [
        (DebriefContext("after_final_round", "final_round", feeling=1), True),
        (DebriefContext("after_interview", "interviewing", feeling=2), True),
        (DebriefContext("after_interview", "interviewing", feeling=4), False),  # late but fine
        (DebriefContext("after_application", "applied", feeling=1), False),  # routine résumé no
        (DebriefContext("after_screen", "screening", feeling=1), False),
        (DebriefContext("after_final_round", "final_round", feeling=None), True),  # skipped: a final-round no
        (DebriefContext("after_interview", "interviewing", feeling=None), False),
        (DebriefContext("after_application", "applied", feeling=5, layoff=True), True),
    ],
)
def test_offers(ctx: DebriefContext, offered: bool) -> None:
    assert codes(ctx) == (["expressive_writing", "self_compassion"] if offered else [])


def test_offers_carry_their_dose_and_source() -> None:
    writing, compassion = offers(DebriefContext(layoff=True))
    assert "20 minutes" in writing.dose and "5 days" in writing.dose
    assert "Spera" in writing.evidence and "1994" in writing.evidence
    assert "10 minutes" in compassion.dose and "Kreemers" in compassion.evidence
    assert "not a promise" in compassion.claim


def test_feeling_scale() -> None:
    assert validate_feeling(None) is None
    assert validate_feeling(3) == 3
    with pytest.raises(ValueError):
        validate_feeling(6)
