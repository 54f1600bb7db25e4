"""Demo rejections for drafts, tests and screenshots: varied stages, reasons, contacts and notes."""

from __future__ import annotations

from datetime import date

from .outreach import Person, RejectionContext

SEEKER = "Sam Rivera"

DEMO_REJECTIONS: tuple[RejectionContext, ...] = (
    RejectionContext(
        company="Northwind Traders",
        role="Data Analyst",
        furthest_stage="final_round",
        rejection_stage="after_final_round",
        received_on=date(2026, 11, 27),
        reasons=("other_candidate_stronger",),
        interview_rounds=3,
        notes="Panel with Ana and Raj. We talked about the churn dashboard they are rebuilding. Tom asked about my SQL testing habits.",
        contacts=(
            Person("Priya Shah", "recruiter", "priya@northwind.example", "Northwind Traders", contact_id=1),
            Person("Tom Berg", "hiring_manager", "tom@northwind.example", "Northwind Traders", contact_id=2),
            Person("Ana Li", "interviewer", "ana@northwind.example", "Northwind Traders", contact_id=3),
            Person("Raj Patel", "interviewer", "", "Northwind Traders", contact_id=4),
        ),
        network=(Person("Jo King", "other", "jo@contoso.example", "Contoso", contact_id=9),),
        seeker_name=SEEKER,
        application_id=1,
        rejection_id=1,
    ),
    RejectionContext(
        company="Fabrikam",
        role="Junior Analyst",
        furthest_stage="applied",
        rejection_stage="after_application",
        received_on=date(2026, 11, 20),
        reasons=("no_reason_given",),
        seeker_name=SEEKER,
        application_id=2,
        rejection_id=2,
    ),
    RejectionContext(
        company="Tailspin Toys",
        role="BI Developer",
        furthest_stage="interviewing",
        rejection_stage="after_interview",
        received_on=date(2026, 11, 24),
        reasons=("skills_mismatch", "culture_or_preference"),
        interview_rounds=1,
        notes="Discussed their move from spreadsheets to dbt, and the on-call rota.",
        contacts=(
            Person("Mina Okafor", "recruiter", "mina@tailspin.example", "Tailspin Toys", contact_id=5),
            Person("Luis Ortega", "other", "luis@tailspin.example", "Tailspin Toys", department="Finance", contact_id=6),
            Person("Chen Wu", "interviewer", "chen@tailspin.example", "Tailspin Toys", contact_id=7),
        ),
        network=(Person("Dana Cole", "referrer", "dana@wingtip.example", "Wingtip", contact_id=10),),
        seeker_name=SEEKER,
        application_id=3,
        rejection_id=3,
    ),
    RejectionContext(
        company="Litware",
        role="Analytics Engineer",
        furthest_stage="screening",
        rejection_stage="after_screen",
        received_on=date(2026, 11, 28),
        reasons=("compensation",),
        notes="Recruiter screen; nice chat, budget lower than my range.",
        contacts=(Person("Noor Haddad", "recruiter", "noor@litware.example", "Litware", contact_id=8),),
        seeker_name="",
        application_id=4,
        rejection_id=4,
    ),
)
