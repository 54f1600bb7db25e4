"""Phrasings written apart from any corpus: status fields, board mail, agency notes, conditionals.

Each case is a family of real-world wording (not a corpus sentence); the category is the one
issue 3 defines.
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand

CASES = [
 ("rejection","Application update","Status: Not Referred. You were not referred to the selecting official."),
 ("rejection","Your application","Your application status: Not Selected. Thank you for your interest."),
 ("rejection","Update on Data Analyst","Hi Sam, the hiring team has decided not to move forward with your candidacy. We wish you the best."),
 ("rejection","Your application to Acme","Thank you for applying. After reviewing your application, we've decided to move forward with other candidates for this role."),
 ("advancing","Your application to Acme","Good news: we've decided to move forward with your application and the team will be in touch about next steps."),
 ("rejection","Requisition update","Dear Candidate, you are no longer under consideration for requisition R-1234 Analyst. Unsubscribe | Privacy Policy | Equal Opportunity Employer. Please do not reply to this email."),
 ("rejection","Notice of results","Based on your responses you were rated ineligible for this position because you do not meet the minimum qualifications."),
 ("rejection","Eligible list","Thank you for participating. The selections for the current vacancies have been made. Your name has been placed on the eligible list for Clerk II; placement does not guarantee employment."),
 ("other","Eligible list","Thank you for sitting the exam for Clerk II. Your name has been placed on the eligible list; departments contact candidates from the list as vacancies occur."),
 ("scheduling","Interview moved","Unfortunately your interview on Monday at 2pm has been cancelled due to a calendar conflict; we have rebooked it for Tuesday at 3pm."),
 ("rejection","Interview cancelled","We have cancelled your interview scheduled for Monday because the position has been filled."),
 ("other","Reference","Hi, Alex Kim named you as a referee for a nurse position with us. Could you spare 10 minutes for a call?"),
 ("recruiter_outreach","Opportunity","Hi Sam, an employer viewed your profile and invited you to apply for Senior Accountant at a confidential company."),
 ("job_alert","New jobs for you","3 new jobs have been posted that match your saved search: Analyst - Acme - Remote; Data Analyst - Globex - NYC; BI Analyst - Initech - Austin"),
 ("other","Our newsletter","Read our latest blog post about workplace culture. Unsubscribe here."),
 ("rejection","Update","Hey, the client passed on you for the PM role, sorry. I'll keep an eye out for others."),
 ("advancing","Update","Hey, I passed your CV on to the hiring manager at Globex, will let you know."),
 ("rejection","Update","Hi Sam, we've now got all the people we need for the summer so won't be hiring anyone else this year."),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_category(expected: str, subject: str, body: str) -> None:
    mail = MailText(subject=subject, sender_name="Acme Careers",
                    sender_address="careers@acme.example", body=body)
    assert understand(mail).category == expected


# The footer an ATS or job board puts under every message: it must not outvote the decision.
FOOTER = ("Acme is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status. "
       "If you need a reasonable accommodation during the application process, please contact us. This is an automated message; please do not reply. "
       "Privacy Policy | Unsubscribe | Manage your job alerts | View similar jobs | Terms. You are receiving this email because you applied for a position. © 2026 Acme Inc. All rights reserved.")
FOOTERED = [
 ("rejection", "Your application for Data Analyst", "Dear Sam,\nThank you for your interest in the Data Analyst role. After careful review, we have decided not to proceed with your application at this time.\n\n" + FOOTER),
 ("application_received", "Thank you for applying", "Dear Sam,\nWe have received your application for the Data Analyst role. Our team will review it and contact you if your background matches.\n\n" + FOOTER),
 ("rejection", "Update on your candidacy", "Hi Sam, thanks for your time. The team has chosen to pursue other applicants whose experience is more aligned with the role.\n\n" + FOOTER),
 ("other", "Your application status has changed", "Hi Sam, there is an update on your application. Please sign in to the candidate portal to view it.\n\n" + FOOTER),
 ("interview_invite", "Interview invitation", "Hi Sam, we'd like to invite you to a video interview for the Data Analyst role. Please book a time using the link below.\n\n" + FOOTER),
 ("on_hold", "Data Analyst requisition", "Hi Sam, the Data Analyst requisition has been placed on hold while we review headcount. No decision has been made on your application.\n\n" + FOOTER),
 ("rejection", "Application update", "Dear Applicant, the position you applied for has been cancelled and will not be filled.\n\n" + FOOTER),
 ("advancing", "Next steps", "Hi Sam, great news: we'd like to move your application forward to the hiring manager review stage. We'll be in touch with details.\n\n" + FOOTER),
 ("other", "We're still reviewing", "Hi Sam, we're still reviewing applications for the Data Analyst role and apologise for the delay. We expect to make decisions next week.\n\n" + FOOTER),
 ("rejection", "LinkedIn: your application to Acme", "Your update from Acme\nData Analyst · Acme · Remote\nUnfortunately, Acme decided not to move forward with your application.\n\n" + FOOTER),
 ("scheduling", "Interview reminder", "Hi Sam, a reminder that your interview with Jo is tomorrow at 10:00. The Zoom link is below.\n\n" + FOOTER),
]


@pytest.mark.parametrize(("expected", "subject", "body"), FOOTERED)
def test_footer_boilerplate_does_not_decide(expected: str, subject: str, body: str) -> None:
    mail = MailText(subject=subject, sender_name="Acme Careers",
                    sender_address="no-reply@acme.example", body=body)
    assert understand(mail).category == expected
