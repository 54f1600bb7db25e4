"""The application lifecycle as a small pure state machine (domain.md §1).

States are a stage (``saved`` … ``offer``), the furthest stage ever reached, and an optional
ending (``accepted``, ``rejected``, ``withdrawn``, ``ghosted``). Rules:

1. The seeker may move an open application to any stage, backwards too (correcting mistakes);
   the furthest stage reached never goes down.
2. A signal from mail or a rule is weaker: it only ever moves an application forward, and it
   never changes an ended application, except that any word from an employer reopens a
   ``ghosted`` one.
3. Endings are kept apart. A rejection from mail never overwrites an offer (a rescinded offer
   must be confirmed by the seeker). Only an offer can be accepted.
4. Reopening clears the ending and keeps the stage; history is kept by the caller's log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from onward.taxonomy import ENDINGS, STAGES

MANUAL, MAIL, RULE = "manual", "mail", "rule"
SOURCES = (MANUAL, MAIL, RULE)


class StageError(ValueError):
    """A transition the lifecycle does not allow; the message says why in plain words."""


@dataclass(frozen=True)
class AppState:
    stage: str = "applied"
    furthest: str = "applied"
    ending: str | None = None

    @property
    def is_open(self) -> bool:
        return self.ending is None


@dataclass(frozen=True)
class Outcome:
    state: AppState
    changed: bool
    why: str


def rank(stage: str) -> int:
    if stage not in STAGES:
        raise StageError(f"unknown stage {stage!r}; expected one of: {', '.join(STAGES)}")
    return STAGES.index(stage)


def _check_ending(ending: str) -> None:
    if ending not in ENDINGS:
        raise StageError(f"unknown ending {ending!r}; expected one of: {', '.join(ENDINGS)}")


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise StageError(f"unknown source {source!r}; expected one of: {', '.join(SOURCES)}")


def furthest_of(a: str, b: str) -> str:
    return a if rank(a) >= rank(b) else b


def initial(stage: str = "applied") -> AppState:
    rank(stage)
    return AppState(stage=stage, furthest=stage, ending=None)


def move(state: AppState, to: str, *, source: str = MANUAL) -> Outcome:
    """Move to stage ``to``; see the module docstring for who may move where."""
    rank(to)
    _check_source(source)
    if source == MANUAL:
        if not state.is_open:
            raise StageError(
                f"this application is closed ({state.ending}); reopen it before moving it"
            )
        if to == state.stage:
            return Outcome(state, False, f"already at {to}")
        new = AppState(stage=to, furthest=furthest_of(state.furthest, to), ending=None)
        return Outcome(new, True, f"moved to {to}")
    # A weaker signal: mail or a rule.
    if state.ending == "ghosted":
        reopened = replace(state, ending=None)
        if rank(to) > rank(state.stage):
            reopened = AppState(stage=to, furthest=furthest_of(state.furthest, to), ending=None)
        return Outcome(reopened, True, "they wrote again, so the application is open again")
    if not state.is_open:
        return Outcome(state, False, f"closed ({state.ending}); a {source} signal changes nothing")
    if rank(to) <= rank(state.stage):
        return Outcome(state, False, f"already at {state.stage}; a {source} signal never moves back")
    new = AppState(stage=to, furthest=furthest_of(state.furthest, to), ending=None)
    return Outcome(new, True, f"moved forward to {to}")


def end(state: AppState, ending: str, *, source: str = MANUAL) -> Outcome:
    """Close the application with ``ending``."""
    _check_ending(ending)
    _check_source(source)
    if state.ending == ending:
        return Outcome(state, False, f"already {ending}")
    if ending == "accepted" and state.stage != "offer":
        raise StageError("only an offer can be accepted; move the application to offer first")
    if source != MANUAL:
        if state.ending is not None and state.ending != "ghosted":
            return Outcome(state, False, f"closed ({state.ending}); a {source} signal changes nothing")
        if ending == "rejected" and state.stage == "offer":
            return Outcome(
                state, False, "an offer is never overwritten by a rejection signal; confirm it by hand"
            )
        if ending == "ghosted" and state.ending is not None:
            return Outcome(state, False, "only an open application can go quiet")
    elif state.ending is not None and state.ending != "ghosted":
        raise StageError(f"this application is already closed ({state.ending}); reopen it first")
    return Outcome(replace(state, ending=ending), True, f"closed as {ending}")


def reopen(state: AppState) -> Outcome:
    if state.is_open:
        return Outcome(state, False, "already open")
    return Outcome(replace(state, ending=None), True, f"reopened (was {state.ending})")
