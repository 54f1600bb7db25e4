"""Next steps after a rejection: pure rules that turn a closed door into the next conversation.

Each rule is small, configurable (``RuleConfig``) and explains itself in ``NextStep.why``; every
step carries a ready draft rendered from the templates in ``data/templates/``. No Django here:
``plan_next_steps`` takes a ``RejectionContext`` (plain values) and a date, and returns steps.

The conventions used (domain.md §5, research/domain-facts.md §3) are etiquette, not evidence, and
the explanations say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from onward.taxonomy import STAGES

from .drafts import Draft, DraftFields, mailto_link, render_draft, specific_detail
from .followup import add_business_days

ACTIONS: tuple[str, ...] = (
    "reply_thanks",
    "ask_feedback",
    "informational_interview",
    "connect_interviewer",
    "ask_referral",
    "silver_medalist",
)
# Actions that come from the follow-up clocks rather than a rejection; they share the drafts.
CLOCK_ACTIONS: tuple[str, ...] = ("follow_up", "keep_in_touch", "thank_you")
ALL_ACTIONS: tuple[str, ...] = ACTIONS + CLOCK_ACTIONS


@dataclass(frozen=True)
class Person:
    """Someone the seeker knows or met; ``role`` is a taxonomy contact-role code."""

    name: str
    role: str = "other"
    email: str = ""
    company: str = ""
    department: str = ""
    contact_id: int | None = None

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""


@dataclass(frozen=True)
class RejectionContext:
    """What the planner needs to know about one rejection (built by the debrief's service)."""

    company: str
    role: str
    furthest_stage: str
    received_on: date
    rejection_stage: str = "unknown"
    reasons: tuple[str, ...] = ()
    interview_rounds: int = 0
    notes: str = ""
    contacts: tuple[Person, ...] = ()  # people linked to this application
    network: tuple[Person, ...] = ()  # other contacts, for a referral elsewhere
    seeker_name: str = ""
    application_id: int | None = None
    rejection_id: int | None = None


@dataclass(frozen=True)
class RuleConfig:
    """Every knob of the planner; defaults follow the conventions in domain.md §5."""

    reply_within_days: int = 2
    feedback_enabled: bool = True
    feedback_from_stage: str = "interviewing"
    feedback_within_days: int = 2
    informational_enabled: bool = True
    informational_after_days: int = 7
    connect_enabled: bool = True
    connect_within_business_days: int = 3
    max_interviewers: int = 3
    referral_enabled: bool = True
    referral_after_days: int = 10
    silver_medalist_enabled: bool = True
    silver_medalist_from_stage: str = "final_round"
    silver_medalist_min_rounds: int = 2
    silver_medalist_after_days: int = 90  # ~3 months; the convention is 3–6 months


@dataclass(frozen=True)
class NextStep:
    action: str
    due_on: date
    why: str
    draft: Draft
    who: Person | None = None
    find_whom: str = ""  # when nobody is known: whom to look for, and where
    rule: str = ""
    key: str = ""  # stable per application + action + person, for de-duplication and UIDs

    @property
    def mailto(self) -> str:
        return mailto_link(self.who.email if self.who else "", self.draft)

    @property
    def label(self) -> str:
        return self.draft.label


@dataclass(frozen=True)
class _Plan:
    ctx: RejectionContext
    today: date
    rules: RuleConfig
    steps: list[NextStep] = field(default_factory=list)


def stage_at_least(stage: str, floor: str) -> bool:
    """True when ``stage`` is at or past ``floor`` in the stage order (unknown codes are not)."""
    if stage not in STAGES or floor not in STAGES:
        return False
    return STAGES.index(stage) >= STAGES.index(floor)


def _people(ctx: RejectionContext, *roles: str) -> list[Person]:
    return [p for p in ctx.contacts if p.role in roles and p.name.strip()]


def _fields(ctx: RejectionContext, who: Person | None) -> DraftFields:
    return DraftFields(
        first_name=who.first_name if who else "",
        company=ctx.company,
        role=ctx.role,
        stage=ctx.furthest_stage,
        rounds=ctx.interview_rounds,
        detail=specific_detail(ctx.notes),
        seeker_name=ctx.seeker_name,
        their_company=(who.company or ctx.company) if who else ctx.company,
    )


def _step(p: _Plan, action: str, due: date, why: str, who: Person | None, find_whom: str = "") -> NextStep:
    draft = render_draft(action, _fields(p.ctx, who))
    person_key = str(who.contact_id) if who and who.contact_id else (who.name if who else "-")
    key = f"{p.ctx.application_id or p.ctx.company}:{action}:{person_key}"
    return NextStep(action, due, why, draft, who, find_whom, rule=action, key=key)


def _first_reachable(people: list[Person]) -> Person | None:
    with_mail = [p for p in people if p.email]
    candidates = with_mail or people
    return candidates[0] if candidates else None


def rule_reply_thanks(p: _Plan) -> list[NextStep]:
    who = _first_reachable(_people(p.ctx, "recruiter", "hiring_manager", "referrer"))
    due = max(p.today, p.ctx.received_on + timedelta(days=p.rules.reply_within_days))
    why = (
        f"A short, gracious reply within {p.rules.reply_within_days} days keeps the door open for "
        "future roles. This is common etiquette rather than measured evidence."
    )
    return [_step(p, "reply_thanks", due, why, who, "" if who else "Reply to the message that told you.")]


def rule_ask_feedback(p: _Plan) -> list[NextStep]:
    if not p.rules.feedback_enabled or not stage_at_least(p.ctx.furthest_stage, p.rules.feedback_from_stage):
        return []
    who = _first_reachable(_people(p.ctx, "recruiter", "hiring_manager"))
    due = max(p.today, p.ctx.received_on + timedelta(days=p.rules.feedback_within_days))
    why = (
        "Ask once, looking forward: what would make you a stronger candidate next time. It is worth "
        "asking after an interview stage, but most employers will not answer or will answer "
        "generically; many are advised by counsel to say little, so silence is not about you."
    )
    return [_step(p, "ask_feedback", due, why, who, "" if who else "Send it to your recruiter contact.")]


def rule_informational(p: _Plan) -> list[NextStep]:
    if not p.rules.informational_enabled:
        return []
    due = p.today + timedelta(days=p.rules.informational_after_days)
    managers = _people(p.ctx, "hiring_manager")
    others = [c for c in p.ctx.contacts if c.role == "other" and c.name.strip()]
    base = (
        "A 20–30 minute conversation to learn, not to ask for a job (US BLS guidance on "
        "informational interviews). Track your own acceptance rate; there is no reliable market figure."
    )
    if managers:
        return [_step(p, "informational_interview", due, f"You met the hiring manager. {base}", managers[0])]
    if others:
        who = others[0]
        return [_step(p, "informational_interview", due, f"{who.name} works in another part of {p.ctx.company}. {base}", who)]
    find = (
        f"Someone in a neighbouring team at {p.ctx.company} (search the company's people page or "
        f"LinkedIn for the team that works closest to {p.ctx.role}), or the hiring manager."
    )
    return [_step(p, "informational_interview", due, f"Nobody at {p.ctx.company} is linked yet. {base}", None, find)]


def rule_connect_interviewers(p: _Plan) -> list[NextStep]:
    if not p.rules.connect_enabled or not stage_at_least(p.ctx.furthest_stage, "screening"):
        return []
    due = max(p.today, add_business_days(p.ctx.received_on, p.rules.connect_within_business_days))
    why = (
        "You met them in the process; a short note to stay connected costs little and keeps a "
        "warm contact at the company for later roles."
    )
    people = _people(p.ctx, "interviewer")[: p.rules.max_interviewers]
    return [_step(p, "connect_interviewer", due, why, who) for who in people]


def rule_ask_referral(p: _Plan) -> list[NextStep]:
    if not p.rules.referral_enabled:
        return []
    elsewhere = [c for c in p.ctx.network if c.name.strip() and c.company != p.ctx.company]
    due = p.today + timedelta(days=p.rules.referral_after_days)
    why = (
        "Referred applicants reach a first screen far more often than direct applicants (Lever SMB "
        "study, ~600 companies, 2017: 57% vs 13%). Ask one person you know for a referral to a "
        "similar role elsewhere."
    )
    if elsewhere:
        return [_step(p, "ask_referral", due, why, _first_reachable(elsewhere))]
    find = f"Someone you know at a company with {p.ctx.role} roles: a former colleague, classmate or friend."
    return [_step(p, "ask_referral", due, why, None, find)]


def _is_late_stage(ctx: RejectionContext, rules: RuleConfig) -> bool:
    return (
        stage_at_least(ctx.furthest_stage, rules.silver_medalist_from_stage)
        or ctx.rejection_stage == "after_final_round"
        or ctx.interview_rounds >= rules.silver_medalist_min_rounds
    )


def rule_silver_medalist(p: _Plan) -> list[NextStep]:
    if not p.rules.silver_medalist_enabled or not _is_late_stage(p.ctx, p.rules):
        return []
    who = _first_reachable(_people(p.ctx, "recruiter", "hiring_manager"))
    due = p.ctx.received_on + timedelta(days=p.rules.silver_medalist_after_days)
    why = (
        "You reached a late stage, so they know your work. Re-engage in about 3–6 months or when "
        "a similar role opens; employers do revisit past finalists. The interval is a convention, "
        "not a measured figure."
    )
    return [_step(p, "silver_medalist", due, why, who, "" if who else "Your recruiter contact there.")]


RULES = (
    rule_reply_thanks,
    rule_ask_feedback,
    rule_connect_interviewers,
    rule_informational,
    rule_ask_referral,
    rule_silver_medalist,
)


def plan_next_steps(record: RejectionContext, *, today: date, rules: RuleConfig | None = None) -> list[NextStep]:
    """The next conversations after one rejection, soonest first.

    1. Each rule in ``RULES`` looks at the record and proposes zero or more steps.
    2. Due dates never fall before ``today``, except re-engaging months later.
    3. Steps are sorted by due date, then by the order of the rules (the usual sequence).
    """
    plan = _Plan(record, today, rules or RuleConfig())
    steps: list[NextStep] = []
    for rule in RULES:
        steps.extend(rule(plan))
    order = {a: i for i, a in enumerate(ACTIONS)}
    return sorted(steps, key=lambda s: (s.due_on, order.get(s.action, 99)))


def with_due(step: NextStep, due_on: date) -> NextStep:
    return replace(step, due_on=due_on)
