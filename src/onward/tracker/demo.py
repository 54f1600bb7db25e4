"""A believable demo job search: a data analyst's ten weeks, ~40 applications.

Built through the same services a seeker's actions go through, so its history, rejections and
conversations look exactly like real use. Deterministic for a given end date.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.errors import NotAllowed
from onward.tracker import people, services
from onward.tracker.models import Application, Contact

COMPANIES = [
    ("Northwind Analytics", "northwind.example"), ("Brightline Health", "brightline.example"),
    ("Cobalt Logistics", "cobalt-logistics.example"), ("Fernhill Bank", "fernhill.example"),
    ("Juniper Learning", "juniper.example"), ("Marlow & Finch", "marlowfinch.example"),
    ("Orbital Retail", "orbital.example"), ("Pinecrest Energy", "pinecrest.example"),
    ("Quayside Media", "quayside.example"), ("Redwood Insurance", "redwood.example"),
    ("Saltmarsh Foods", "saltmarsh.example"), ("Tidewater Labs", "tidewater.example"),
    ("Umber Travel", "umber.example"), ("Vantage Mobility", "vantage.example"),
    ("Willow Care", "willowcare.example"), ("Yarrow Software", "yarrow.example"),
    ("Zephyr Games", "zephyr.example"), ("Alder Civic Trust", "aldertrust.example"),
    ("Beacon Payments", "beaconpay.example"), ("Cinder Robotics", "cinder.example"),
    ("Driftwood Hotels", "driftwood.example"), ("Ember Climate", "ember.example"),
    ("Foxglove Pharma", "foxglove.example"), ("Granite Telecom", "granite.example"),
    ("Harbor City Council", "harborcity.example"), ("Ironbark Construction", "ironbark.example"),
    ("Kestrel Insights", "kestrel.example"), ("Lumen Public Radio", "lumen.example"),
    ("Meridian Grocers", "meridian.example"), ("Nimbus Cloudworks", "nimbus.example"),
    ("Oakridge University", "oakridge.example"), ("Prism Fashion", "prism.example"),
    ("Quill Legal", "quill.example"), ("Riverbend Water", "riverbend.example"),
    ("Sable Security", "sable.example"), ("Thistle Foundation", "thistle.example"),
    ("Upland Outdoors", "upland.example"), ("Verdant Farms", "verdant.example"),
    ("Wren Studio", "wren.example"), ("Xylo Music", "xylo.example"),
]  # fmt: skip
ROLES = [
    "Data Analyst", "Senior Data Analyst", "Business Intelligence Analyst", "Analytics Engineer",
    "Product Analyst", "Marketing Data Analyst", "Insights Analyst", "Reporting Analyst",
    "Data Analyst II", "Operations Analyst", "People Analytics Specialist", "BI Developer",
]  # fmt: skip
CHANNEL_WEIGHTS = [
    ("job_board", 14), ("company_site", 10), ("referral", 5), ("recruiter_outreach", 4),
    ("agency", 3), ("network", 3), ("other", 1),
]  # fmt: skip
FIRST = ["Priya", "Tom", "Aisha", "Marco", "Hannah", "Kenji", "Sofia", "Daniel", "Leila", "Ben",
         "Grace", "Omar", "Ines", "Ravi", "Chloe", "Jonas", "Maya", "Felix", "Nadia", "Sam"]
LAST = ["Shah", "Okafor", "Lindqvist", "Rossi", "Brennan", "Tanaka", "Alvarez", "Kowalski",
        "Haddad", "Murphy", "Chen", "Nguyen", "Fischer", "Mensah", "Dubois", "Patel"]


@dataclass(frozen=True)
class Plan:
    """How far one demo application gets and how it ends."""

    furthest: str
    ending: str | None
    reasons: tuple[str, ...] = ()
    feedback: str = ""


PLANS = [
    *[Plan("applied", None)] * 7,
    *[Plan("applied", "rejected", ("no_reason_given",))] * 6,
    Plan("applied", "rejected", ("experience_gap",),
         "We were looking for someone with more hands-on Python and SQL depth for this role."),
    Plan("applied", "rejected", ("location_or_authorization",)),
    Plan("applied", "rejected", ("position_filled",)),
    *[Plan("applied", "ghosted")] * 4,
    Plan("screening", None), Plan("screening", None),
    Plan("screening", "rejected", ("compensation",)),
    Plan("screening", "rejected", ("skills_mismatch",), "They were looking for more hands-on dbt experience."),
    Plan("screening", "rejected", ("internal_candidate",)),
    Plan("assessment", None),
    Plan("assessment", "rejected", ("assessment_performance",),
         "Your SQL was correct, but the write-up didn't explain the trade-offs in your approach."),
    Plan("interviewing", None), Plan("interviewing", None),
    Plan("interviewing", "rejected", ("other_candidate_stronger",)),
    Plan("interviewing", "rejected", ("interview_performance",),
         "The panel liked your analysis but wanted more concrete examples of stakeholder impact."),
    Plan("interviewing", "rejected", ("role_closed_or_frozen",)),
    Plan("interviewing", "withdrawn"),
    Plan("final_round", None),
    Plan("final_round", "rejected", ("other_candidate_stronger",),
         "It was very close; the other finalist had more experience with experimentation platforms."),
    Plan("final_round", "rejected", ("culture_or_preference",)),
    Plan("offer", None),
    Plan("saved", None), Plan("saved", None),
]  # fmt: skip
POSTINGS = [
    """Data Analyst — Product Insights

You will turn product and customer data into decisions. You'll partner with product managers,
design and engineering to size opportunities and measure what we ship.

Requirements:
- 3+ years of experience in a data or analytics role
- Strong SQL (window functions, CTEs) and experience with a BI tool such as Looker or Tableau
- Python or R for analysis
- Experience designing and reading A/B tests
- Clear written communication for non-technical stakeholders

Nice to have:
- dbt, Snowflake or BigQuery
- Experience in a subscription business""",
    """Senior Data Analyst (Finance & Operations)

Join a small analytics team supporting finance and operations with forecasting and reporting.

What we're looking for:
- 5+ years in analytics, FP&A or business intelligence
- Advanced Excel and SQL; Power BI dashboards
- Forecasting and statistical modelling
- Stakeholder management with senior leaders

Preferred:
- Python (pandas)
- Experience with ERP data (SAP or Oracle)""",
    """Analytics Engineer

Build the models that the whole company's reporting runs on.

Must have:
- 2+ years building data pipelines or models with SQL
- dbt and version control with Git
- A cloud data warehouse (Snowflake, BigQuery or Redshift)
- Data quality testing and documentation habits

Nice to have:
- Airflow or another orchestrator
- Looker / LookML""",
]
STAGE_PATH = ["applied", "screening", "assessment", "interviewing", "final_round", "offer"]


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=dt.UTC)


@transaction.atomic
def load_demo(*, owner: User, force: bool = False, today: dt.date | None = None) -> int:
    if Application.objects.filter(owner=owner).exists() and not force:
        raise NotAllowed("you already have applications; use --force to add the demo anyway")
    today = today or timezone.localdate()
    rng = random.Random(20261130)
    start = today - dt.timedelta(weeks=10)
    channels = [c for c, w in CHANNEL_WEIGHTS for _ in range(w)]
    for i, plan in enumerate(PLANS):
        _one(owner, i, plan, rng, start, today, rng.choice(channels))
    return len(PLANS)


def _one(owner: User, i: int, plan: Plan, rng: random.Random, start: dt.date, today: dt.date, channel: str) -> None:
    company, domain = COMPANIES[i % len(COMPANIES)]
    role = ROLES[rng.randrange(len(ROLES))]
    depth = 0 if plan.furthest == "saved" else STAGE_PATH.index(plan.furthest)
    # Deeper processes started earlier, so there was time for them to unfold.
    latest = (today - start).days - 3 - depth * 9 - (21 if plan.ending == "ghosted" else 0)
    applied = start + dt.timedelta(days=rng.randrange(0, max(latest, 2)))
    notes = rng.choice([
        "Team works on pricing analytics; uses dbt and Looker.",
        "Hiring manager mentioned they are rebuilding the KPI dashboards.",
        "Role is hybrid, two days in the office.",
        "Found through a former colleague.", "", "",
    ])  # fmt: skip
    app = services.add_application(
        owner=owner, company=company, company_domain=domain, role_title=role,
        stage="saved" if plan.furthest == "saved" else "applied", channel=channel,
        applied_on=None if plan.furthest == "saved" else applied, at=_at(applied, 9),
        location=rng.choice(["Remote", "London", "Manchester", "Hybrid · Leeds", "Bristol"]),
        notes=notes, salary_min=rng.choice([None, 42000, 48000, 55000]), salary_max=None,
        salary_currency="GBP", posting_url=f"https://careers.{domain}/jobs/{1000 + i}",
        posting_text=POSTINGS[i % len(POSTINGS)] if i % 3 == 0 else "",
    )  # fmt: skip
    if app.salary_min:
        services.update_application(owner=owner, application_id=app.pk, salary_max=app.salary_min + 8000)
    day = applied
    recruiter = None
    for stage in STAGE_PATH[1 : depth + 1]:
        day = min(day + dt.timedelta(days=rng.randint(4, 9)), today - dt.timedelta(days=1))
        services.move(owner=owner, application_id=app.pk, to_stage=stage, at=_at(day, 11))
        if stage == "screening":
            recruiter = _person(owner, rng, company, "Talent Partner", app.pk, "recruiter")
            people.log_interaction(
                owner=owner, kind="call", contact_id=recruiter.pk, application_id=app.pk,
                occurred_at=_at(day, 14), summary="30-minute screen: background, salary range, notice period.",
                direction="in",
            )  # fmt: skip
        if stage in {"interviewing", "final_round"}:
            hm = _person(owner, rng, company, "Head of Analytics" if stage == "final_round" else "Analytics Lead",
                         app.pk, "hiring_manager" if stage == "interviewing" else "interviewer")  # fmt: skip
            people.log_interaction(
                owner=owner, kind="video_call", contact_id=hm.pk, application_id=app.pk,
                occurred_at=_at(day, 15), summary=rng.choice([
                    "Case study on churn; walked through my SQL and a dashboard.",
                    "Behavioural round: stakeholder conflict, a project I'm proud of.",
                    "Technical deep-dive on experimentation and metrics design.",
                ]),
            )  # fmt: skip
    end_day = min(day + dt.timedelta(days=rng.randint(3, 8)), today)
    if plan.ending == "rejected":
        services.reject(
            owner=owner, application_id=app.pk, received_on=end_day,
            reasons=[{"code": c, "source": "mail" if plan.feedback or c != "no_reason_given" else "inferred",
                      "evidence": ""} for c in plan.reasons],
            templated=not plan.feedback, invites_reapply=rng.random() < 0.4,
            feedback_text=plan.feedback, at=_at(end_day, 10),
        )  # fmt: skip
    elif plan.ending == "withdrawn":
        services.withdraw(owner=owner, application_id=app.pk, note="Took myself out: the role was mostly reporting.", at=_at(end_day, 18))
    elif plan.ending == "ghosted":
        ghost_day = min(applied + dt.timedelta(days=24), today)
        services.end(owner=owner, application_id=app.pk, ending="ghosted", source="rule",
                     note="no reply after two follow-ups", at=_at(ghost_day, 8))  # fmt: skip
    if recruiter is None and channel in {"referral", "network"}:
        _person(owner, rng, company, "Senior Analyst", app.pk, "referrer")


def _person(owner: User, rng: random.Random, company: str, title: str, application_id: int, role: str) -> Contact:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain = company.lower().split()[0].replace("&", "") + ".example"
    contact = people.add_contact(
        owner=owner, name=f"{first} {last}", email=f"{first.lower()}.{last.lower()}@{domain}",
        company=company, title=title, how_we_know=f"Met during the {company} process.",
    )  # fmt: skip
    people.link_contact(owner=owner, application_id=application_id, contact_id=contact.pk, role=role)
    return contact
