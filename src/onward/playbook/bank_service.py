"""Confidence bank (wins) and story bank (STAR) use cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from onward import taxonomy
from onward.accounts.models import User
from onward.errors import InvalidInput, NotFound
from onward.owned import get_owned
from onward.playbook import bank
from onward.playbook.models_momentum import WIN_KINDS, Story, Win
from onward.tracker.models import Rejection

# Areas a round of this stage tends to test, for offering stories before the next interview.
STAGE_FOCUS = {
    "screening": ("motivation_values", "communication", "eligibility_logistics"),
    "assessment": ("role_skills", "problem_solving", "communication"),
    "interviewing": ("communication", "role_skills", "collaboration", "problem_solving", "adaptability"),
    "final_round": ("leadership", "motivation_values", "collaboration", "adaptability", "communication"),
}


def _check_areas(areas: list[str]) -> list[str]:
    unknown = [a for a in areas if a not in taxonomy.FOCUS_AREAS]
    if unknown:
        raise InvalidInput({"focus_areas": f"unknown focus area {unknown[0]!r}; expected one of: {', '.join(taxonomy.FOCUS_AREAS)}"})
    return list(dict.fromkeys(areas))


@transaction.atomic
def add_win(
    *, owner: User, text: str, kind: str = "other", on: dt.date | None = None,
    focus_areas: list[str] | None = None, application_id: int | None = None,
) -> Win:  # fmt: skip
    if not text.strip():
        raise InvalidInput({"text": "write the win in a few words"})
    if kind not in dict(WIN_KINDS):
        raise InvalidInput({"kind": f"unknown kind {kind!r}; expected one of: {', '.join(dict(WIN_KINDS))}"})
    return Win.objects.create(
        owner=owner, text=text.strip(), kind=kind, on=on or timezone.localdate(),
        focus_areas=_check_areas(focus_areas or []), application_id=application_id,
    )  # fmt: skip


def list_wins(*, owner: User) -> list[Win]:
    return list(Win.objects.filter(owner=owner))


def _pure_win(w: Win) -> bank.WinItem:
    return bank.WinItem(w.pk, w.kind, w.text, w.on, tuple(w.focus_areas))


def _stage_evidence(owner: User) -> list[bank.WinItem]:
    from onward.tracker.models import Application

    apps = Application.objects.filter(owner=owner, furthest_stage__in=(*STAGE_FOCUS, "offer")).select_related("company")
    return bank.stage_evidence([
        bank.StageReached(a.company.name, a.role_title, a.furthest_stage, timezone.localdate(a.updated_at)) for a in apps
    ])


def three_wins(*, owner: User) -> list[bank.WinItem]:
    """Three wins to show after a rejection: the seeker's own, topped up with stages their record proves."""
    return bank.wins_to_show([_pure_win(w) for w in list_wins(owner=owner)], _stage_evidence(owner))


@transaction.atomic
def delete_win(*, owner: User, win_id: int) -> None:
    deleted, _ = Win.objects.filter(owner=owner, pk=win_id).delete()
    if not deleted:
        raise NotFound("win", win_id)


def get_story(*, owner: User, story_id: int) -> Story:
    return get_owned(Story.objects.all(), "story", story_id, owner=owner)


@transaction.atomic
def save_story(
    *, owner: User, title: str, situation: str = "", task: str = "", action: str = "", result: str = "",
    focus_areas: list[str] | None = None, story_id: int | None = None, from_win_id: int | None = None,
) -> Story:  # fmt: skip
    if not title.strip():
        raise InvalidInput({"title": "give the story a short title"})
    story = get_story(owner=owner, story_id=story_id) if story_id else Story(owner=owner)
    story.title, story.situation, story.task = title.strip(), situation.strip(), task.strip()
    story.action, story.result = action.strip(), result.strip()
    story.focus_areas = _check_areas(focus_areas or [])
    if from_win_id:
        story.from_win = Win.objects.filter(owner=owner, pk=from_win_id).first()
    story.save()
    return story


def list_stories(*, owner: User) -> list[Story]:
    return list(Story.objects.filter(owner=owner))


def _pure_story(s: Story) -> bank.StoryItem:
    return bank.StoryItem(s.pk, s.title, s.situation, s.task, s.action, s.result, tuple(s.focus_areas))


def stories_for_stage(*, owner: User, stage: str, limit: int = 3) -> tuple[list[Story], list[str]]:
    """Stories to rehearse before a round at ``stage``, and the likely-tested areas without one."""
    stories = list_stories(owner=owner)
    areas = STAGE_FOCUS.get(stage, STAGE_FOCUS["interviewing"])
    by_id = {s.pk: s for s in stories}
    pure = [_pure_story(s) for s in stories]
    picked = [by_id[p.id] for p in bank.stories_for_interview(pure, focus_areas=areas, limit=limit)]
    return picked, bank.story_gaps(pure, focus_areas=areas)


def story_prompt_from_win(*, owner: User, win_id: int) -> bank.StoryPrompt:
    win = Win.objects.filter(owner=owner, pk=win_id).first()
    if win is None:
        raise NotFound("win", win_id)
    return bank.story_from_win(_pure_win(win))


def resilience_prompt(*, owner: User, today: dt.date | None = None) -> bank.StoryPrompt:
    from onward.tracker.models import Application, Rejection

    today = today or timezone.localdate()
    apps = Application.objects.filter(owner=owner).exclude(stage="saved")
    first = apps.order_by("applied_on").values_list("applied_on", flat=True).first() or today
    rejections = Rejection.objects.filter(application__owner=owner, reversed_at__isnull=True).count()
    return bank.resilience_story_prompt(
        rejections=rejections, applications=apps.count(), weeks_searching=max(1, (today - first).days // 7)
    )


@dataclass(frozen=True)
class Confidence:
    """Shown right after a rejection: three wins beside what the rejection did not say."""

    wins: list[bank.WinItem]
    unsaid: list[str]


def confidence_after(rejection: Rejection) -> Confidence:
    """For the debrief page: ``{% include "playbook/bank_confidence.html" with confidence=... %}``."""
    app = rejection.application
    unsaid = bank.what_it_did_not_say(reasons=tuple(rejection.reason_codes), furthest_stage=app.furthest_stage)
    return Confidence(three_wins(owner=app.owner), unsaid)
