"""Per-seeker rules of the next-steps planner and the follow-up clocks (each knob validated)."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from django.db import transaction

from onward.accounts.models import User
from onward.errors import InvalidInput
from onward.playbook.followup import ClockRules
from onward.playbook.models_momentum import MomentumSettings
from onward.playbook.outreach import RuleConfig
from onward.taxonomy import STAGES


def rules_for(*, owner: User) -> dict[str, Any]:
    from onward.playbook.followup_service import clock_rules
    from onward.playbook.outreach_service import rule_config
    from onward.playbook.plan_service import pipeline_target

    return {"pipeline_target": pipeline_target(owner), "next_steps": asdict(rule_config(owner)), "clocks": asdict(clock_rules(owner))}


def _check(kind: str, defaults: object, values: dict[str, Any]) -> dict[str, Any]:
    types = {f.name: type(getattr(defaults, f.name)) for f in fields(defaults)}  # type: ignore[arg-type]
    errors: dict[str, str] = {}
    for name, value in values.items():
        expected = types.get(name)
        if expected is None:
            errors[f"{kind}.{name}"] = "not a rule"
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            errors[f"{kind}.{name}"] = f"must be {expected.__name__}"
        elif expected is int and not 0 <= value <= 730:
            errors[f"{kind}.{name}"] = "must be between 0 and 730"
        elif name.endswith("_stage") and value not in STAGES:
            errors[f"{kind}.{name}"] = f"unknown stage {value!r}"
    if errors:
        raise InvalidInput(errors)
    return values


@transaction.atomic
def set_rules(
    *, owner: User, pipeline_target: int | None = None, next_steps: dict[str, Any] | None = None,
    clocks: dict[str, Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    row, _ = MomentumSettings.objects.get_or_create(owner=owner)
    if pipeline_target is not None:
        if not 1 <= pipeline_target <= 100:
            raise InvalidInput({"pipeline_target": "must be between 1 and 100"})
        row.pipeline_target = pipeline_target
    if next_steps:
        row.rule_overrides = {**row.rule_overrides, **_check("next_steps", RuleConfig(), next_steps)}
    if clocks:
        checked = _check("clocks", ClockRules(), clocks)
        if checked.get("max_follow_ups", 1) < 1:
            raise InvalidInput({"clocks.max_follow_ups": "at least one follow-up"})
        row.clock_overrides = {**row.clock_overrides, **checked}
    row.save()
    return rules_for(owner=owner)
