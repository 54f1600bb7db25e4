"""Word lists for the strength review (kept apart so the checks read plainly)."""

from __future__ import annotations

WEAK_OPENINGS = (
    "responsible for", "responsibilities included", "duties included", "duties:", "worked on",
    "worked with", "helped", "assisted", "involved in", "tasked with", "participated in",
    "in charge of", "handled", "was responsible", "my role", "i was", "various", "tried to",
)

RESULT_WORDS = (
    "increas", "reduc", "cut ", "cutting", "sav", "grew", "grow", "improv", "decreas", "boost",
    "doubl", "tripl", "halv", "accelerat", "shorten", "raised", "generat", "won", "award",
    "achiev", "exceed", "surpass", "eliminat", "prevent", "resulting", "resulted",
    "leading to", "so that", "adopted by", "used by",
)

BUZZWORDS = (
    "synergy", "synergies", "results-driven", "results driven", "detail-oriented",
    "detail oriented", "team player", "go-getter", "self-starter", "self starter", "dynamic",
    "passionate", "hard-working", "hardworking", "think outside the box", "rockstar", "rock star",
    "ninja", "guru", "best-of-breed", "best of breed", "proactive", "highly motivated",
    "motivated", "innovative", "strategic thinker", "value-add", "thought leader",
    "world-class", "cutting-edge", "cutting edge", "out-of-the-box", "game changer",
    "game-changer", "seasoned", "visionary", "disruptive", "leverage", "leveraging",
    "track record", "excellent communication", "fast-paced",
)

_PAST_IRREGULAR = (
    "led built ran wrote grew made drove won began took set cut sold taught brought kept met "
    "spent chose found gave held saw spoke thought understood oversaw undertook rebuilt rewrote "
    "overcame became sent paid spun shot stood told went did got put lent bought"
)
PAST_IRREGULAR = frozenset(_PAST_IRREGULAR.split())

_PRESENT_VERBS = (
    "lead build run write grow make drive win begin take set sell teach bring keep meet "
    "spend choose find give hold oversee manage develop design create implement maintain "
    "coordinate support own deliver analyse analyze improve reduce increase mentor train "
    "work collaborate partner plan prepare review test deploy monitor research conduct "
    "ensure provide organise organize handle assist help write draft negotiate present "
    "architect automate optimise optimize migrate launch ship define drive establish "
    "streamline oversee supervise recruit advise serve respond resolve process track "
    "report document communicate facilitate operate administer configure install produce "
    "generate sell close prospect teach care treat assess nurse schedule audit reconcile budget "
    "forecast model analyse coach lead co-ordinate answer write update refactor"
)
PRESENT_VERBS = frozenset(_PRESENT_VERBS.split())
