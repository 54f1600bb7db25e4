"""Confidence bank and STAR story bank (pure selection and wording).

Right after a rejection Onward shows three wins beside what the rejection did *not* say about
the seeker. Wins and handled setbacks become STAR stories (situation, task, action, result;
DDI's Targeted Selection, 1974) tagged by focus area, offered when preparing the next interview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from onward.taxonomy import FOCUS_AREAS, reason

WIN_KINDS: tuple[str, ...] = ("praise", "result", "stage_reached", "feedback_strength", "other")
WIN_KIND_LABELS = {
    "praise": "Praise received",
    "result": "Result achieved",
    "stage_reached": "Stage reached",
    "feedback_strength": "Strength in feedback",
    "other": "Win",
}


@dataclass(frozen=True)
class WinItem:
    id: int
    kind: str
    text: str
    on: date
    focus_areas: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return WIN_KIND_LABELS.get(self.kind, "Win")

    @property
    def from_record(self) -> bool:
        """True for evidence read from the tracker rather than a win the seeker saved."""
        return self.id < 0


def three_wins(wins: list[WinItem], *, limit: int = 3) -> list[WinItem]:
    """Up to three wins, most recent first, preferring different kinds so they don't repeat one note."""
    ordered = sorted(wins, key=lambda w: (w.on, w.id), reverse=True)
    picked: list[WinItem] = []
    seen_kinds: set[str] = set()
    for win in ordered:
        if win.kind not in seen_kinds:
            picked.append(win)
            seen_kinds.add(win.kind)
        if len(picked) == limit:
            return picked
    for win in ordered:
        if win not in picked:
            picked.append(win)
        if len(picked) == limit:
            break
    return picked


_STAGE_WIN = {
    "screening": "Got a screening call at {company}",
    "assessment": "Reached the assessment at {company}",
    "interviewing": "Earned interviews at {company}",
    "final_round": "Reached the final round at {company}",
    "offer": "Received an offer from {company}",
}


@dataclass(frozen=True)
class StageReached:
    company: str
    role: str
    stage: str
    on: date


def stage_evidence(reached: list[StageReached]) -> list[WinItem]:
    """Wins the record already proves (each stage past "applied" was earned), furthest first.

    They fill the confidence bank until the seeker adds their own; ids are negative so they are
    never confused with saved wins.
    """
    order = tuple(_STAGE_WIN)
    ranked = sorted(
        (r for r in reached if r.stage in _STAGE_WIN),
        key=lambda r: (order.index(r.stage), r.on),
        reverse=True,
    )
    return [
        WinItem(-(i + 1), "stage_reached", f"{_STAGE_WIN[r.stage].format(company=r.company)} ({r.role})", r.on)
        for i, r in enumerate(ranked)
    ]


def wins_to_show(saved: list[WinItem], evidence: list[WinItem], *, limit: int = 3) -> list[WinItem]:
    """Three wins: the seeker's own first, topped up with what the record proves."""
    picked = three_wins(saved, limit=limit)
    for item in evidence:
        if len(picked) >= limit:
            break
        if all(item.text != p.text for p in picked):
            picked.append(item)
    return picked


_ALWAYS_UNSAID = (
    "It did not say you can't do this kind of work.",
    "It said nothing about how other employers will see you.",
    "It said nothing about your worth as a person.",
)

_UNSAID_BY_BUCKET = {
    "comparative": "It did not say you fell short: it was about another candidate or the role itself.",
    "logistics": "It did not question your ability: it was about terms such as pay, location or timing.",
    "unknown": "It gave no reason. Most employers don't (Talent Board 2022: about 71% of North American candidates got no feedback on why), so the silence is about their process.",
    "vague_fit": "It named only \"fit\", which is too vague to be a verdict on your skills; it did not name anything you lack.",
    "fit": "It was about this role's particular requirements, not your overall ability.",
    "performance": "It was about one round on one day, not the whole of what you can do.",
}

_UNSAID_BY_STAGE = {
    "interviewing": "It did not undo the interviews you earned: your application stood out enough to be invited.",
    "final_round": "It did not undo reaching the final round: they saw enough to take you to the end.",
    "screening": "It did not undo the screen you earned: your application got a person's attention.",
    "assessment": "It did not undo reaching the assessment: your application passed their first review.",
}


def what_it_did_not_say(*, reasons: tuple[str, ...], furthest_stage: str) -> list[str]:
    """Plain statements of what a rejection does not tell the seeker, given its reasons and stage."""
    lines: list[str] = []
    if furthest_stage in _UNSAID_BY_STAGE:
        lines.append(_UNSAID_BY_STAGE[furthest_stage])
    buckets = [reason(code).bucket for code in reasons] or ["unknown"]
    for bucket in dict.fromkeys(buckets):
        if bucket in _UNSAID_BY_BUCKET:
            lines.append(_UNSAID_BY_BUCKET[bucket])
    lines.extend(_ALWAYS_UNSAID)
    return lines[:4]


@dataclass(frozen=True)
class StoryItem:
    id: int
    title: str
    situation: str
    task: str
    action: str
    result: str
    focus_areas: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return all(part.strip() for part in (self.situation, self.task, self.action, self.result))


def stories_for_interview(stories: list[StoryItem], *, focus_areas: tuple[str, ...], limit: int = 3) -> list[StoryItem]:
    """Stories to rehearse before an interview: most overlap with the areas likely tested, complete ones first."""
    wanted = [f for f in focus_areas if f in FOCUS_AREAS]

    def score(story: StoryItem) -> tuple[int, int, int]:
        overlap = len(set(story.focus_areas) & set(wanted))
        return (overlap, 1 if story.complete else 0, story.id)

    ranked = sorted(stories, key=score, reverse=True)
    return [s for s in ranked if not wanted or set(s.focus_areas) & set(wanted)][:limit]


def story_gaps(stories: list[StoryItem], *, focus_areas: tuple[str, ...]) -> list[str]:
    """Focus areas (in the given order) that have no story yet."""
    covered = {f for s in stories for f in s.focus_areas}
    return [f for f in focus_areas if f in FOCUS_AREAS and f != "outside_control" and f not in covered]


@dataclass(frozen=True)
class StoryPrompt:
    title: str
    situation: str
    task: str
    action: str
    result: str
    focus_areas: tuple[str, ...]


def story_from_win(win: WinItem) -> StoryPrompt:
    """A STAR skeleton seeded from a win; the seeker fills in the parts in their own words."""
    return StoryPrompt(
        title=win.text[:80],
        situation=f"Where and when: {win.text}",
        task="What were you responsible for?",
        action="What did you do, step by step? Use \"I\", not \"we\".",
        result="What changed, with a number if you have one? What did you learn?",
        focus_areas=win.focus_areas or ("communication",),
    )


def resilience_story_prompt(*, rejections: int, applications: int, weeks_searching: int) -> StoryPrompt:
    """Employers ask how candidates handle setbacks; this search is real material for that answer."""
    return StoryPrompt(
        title="How I handled setbacks in my job search",
        situation=f"Over {weeks_searching} weeks I sent {applications} applications and heard no {rejections} times.",
        task="Keep improving and keep going without losing confidence.",
        action="What did you change after the rejections? A plan, feedback you asked for, a skill you practised.",
        result="What improved, and what would you do the same way next time?",
        focus_areas=("adaptability",),
    )
