"""Mail that reads like a no but is not one for this candidacy (precision first, issue 3), and
closings that must still count. Written for these tests in several voices, not from a corpus."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _read(subject: str, body: str, sender: str = "people@northwind.example"):  # type: ignore[no-untyped-def]
    return understand(MailText(subject=subject, sender_name="Northwind Recruiting",
                               sender_address=sender, body=body))


@pytest.mark.parametrize(("subject", "body", "category"), [
    # acknowledgements that describe how others will be chosen
    ("Application received", "Thanks for applying for the Payroll Specialist role. Our team reviews "
     "every application and will contact selected applicants for interviews within three weeks.",
     "application_received"),
    ("We got your application", "Hi Sam, we've received your application. Only candidates whose "
     "experience most closely matches the role will be contacted for a first conversation.",
     "application_received"),
    ("Application status: Referred", "Your application was reviewed and you were found to be among "
     "the best qualified candidates. Your name has been referred to the selecting official for "
     "further consideration.", "advancing"),
    # a reschedule that says "no" about a time, not a person
    ("Moving our call", "Hi Sam, something urgent landed on my desk so I need to move our call to "
     "Friday at 11. If that's no good, pick any other slot in my calendar. Sorry!", "scheduling"),
    # other kinds of no
    ("Reception place outcome", "We regret to inform you that we are unable to offer your child a "
     "place at Hillside Primary for September. Your child has been placed on the waiting list.",
     "other"),
    ("Your card application", "Thank you for applying for the Everyday Rewards credit card. "
     "Unfortunately we cannot approve your application at this time under our credit policy.",
     "other"),
    ("Trial results", "Thanks for coming to the open trial on Saturday. Unfortunately you haven't "
     "made the first team squad this season, but the reserves league starts in March.", "other"),
    ("Saturday shift", "Thank you for volunteering! The Saturday packing shift at the food bank is "
     "full, so we've put you on the waiting list for the Sunday rota.", "other"),
    ("Grant decision", "We regret that your grant application to the Riverside Arts Fund was not "
     "funded in this round. The panel received 600 applications for 20 awards.", "other"),
    # a pause that says the role stays open
    ("Timeline update", "Because of a company-wide hiring freeze we can't continue the process "
     "for the time being. We have not closed the role and will pick your application up again "
     "when the freeze lifts.", "on_hold"),
    ("Re: onsite", "I'm not closing your application - we just have to wait for the budget "
     "sign-off before the technical round.", "on_hold"),
    # a reschedule that needs a new day for the onsite
    ("Your onsite", "Unfortunately we need to reschedule your onsite on Wednesday; two "
     "interviewers are out. Could you do Monday or Tuesday instead, same time?", "scheduling"),
    # acknowledgements that promise news either way
    ("Thanks for applying", "Thanks for applying for the QA Engineer role. We'll be in touch "
     "within two weeks, either to set up a first call or to let you know we won't be moving "
     "forward.", "application_received"),
    ("Application submitted", "Your application for Research Assistant has been submitted. "
     "Review of applications continues until the position is filled.", "application_received"),
    # somebody else's no
    ("Re: Friday", "Guess what, I wasn't selected either - they picked someone from Lyon. "
     "Drinks Friday to drown our sorrows?", "other"),
    ("Vendor decision", "Quick update: we've decided to move forward with Loglight for the pilot. "
     "The other vendor was not selected because of pricing.", "other"),
    # a meeting that won't go ahead, a finalist who withdrew, a revised offer
    ("Recruitment paused", "Recruitment to this post is paused until after the election, so the "
     "shortlisting panel on 13 November will not go ahead. No shortlisting decisions have been "
     "made; we will write to all applicants with new dates.", "on_hold"),
    ("You're through", "Some news: the other finalist for the Operations Lead role has "
     "withdrawn, so you're through to the last stage. I'll send times for a chat with our CEO.",
     "advancing"),
    ("Revised offer", "Unfortunately we couldn't match the base salary you asked for, but we've "
     "raised the bonus and added a sign-on payment. The revised offer letter is attached; let "
     "me know by Friday.", "offer"),
    # what employers in general do, what a board says about listings, a headline quotation
    ("Application submitted", "Your application has been sent to the employer. Not hearing "
     "back? Some employers decide not to move forward without telling applicants.",
     "application_received"),
    ('"Thanks, but we went another way" - what it means', "\"We've decided to move forward with "
     "other candidates.\" If you've read that line this month, you're not alone. This week we "
     "asked recruiters what it means. Unsubscribe any time.", "other"),
    # another kind of no, and the seeker's own withdrawal
    ("Your query", "Thank you for sending me your novel. I'm afraid it isn't the right fit for "
     "my list, and another literary agent may feel differently.", "other"),
    ("Re: contract", "No problem - I'll tell the client you're withdrawing since you've accepted "
     "a permanent role. Sorry it didn't work out on this one, and congratulations!", "other"),
    # negotiation and logistics with "couldn't"
    ("Revised offer", "I went back to the committee. We couldn't match the competing offer's base, "
     "but we've raised ours and added a signing bonus. The revised letter is attached.", "offer"),
    ("Before your interview", "All shortlisted candidates take a short numeracy test. "
     "Unfortunately we couldn't fit it into your interview day, so please complete the online "
     "test beforehand; the link is open until Friday.", "assessment_invite"),
    # the writer's own no, told as news
    ("well...", "So the panel rang this morning - I didn't get the fellowship. They went with "
     "someone who had already worked in the lab. Dinner Friday? I need cheering up.", "other"),
    # the writer is the candidate: their application, their interview, their hopes
    ("ugh", "Heard back from Corvid Labs today. They're going with an internal person, after I "
     "interviewed with them three times. Coffee tomorrow?", "other"),
    ("news", "My application to the museum went nowhere - they decided not to proceed with "
     "anyone from outside the council. How is your search going?", "other"),
    ("Fwd: so close", "Final round and then 'we have decided to move forward with another "
     "candidate'. I honestly thought I had the job. Anyway, how was your weekend?", "other"),
    # a job merely saved
    ("Saved job update", "The job you saved - Data Engineer at Brightwell - is no longer "
     "accepting applications; the employer may have filled or removed it.", "other"),
    # the reader on the hiring side: an interviewer, a panel member, an approver
    ("Interview moved: Priya Das", "An interview you're on has been moved.\nCandidate: Priya Das\n"
     "Role: Staff Data Engineer\nNew time: Tue 14:00-14:45", "other"),
    ("Feedback due", "Please submit your scorecard for Jonah Reyes (Product Designer) by end of "
     "day so the debrief can go ahead. The candidate was not moved forward by the other "
     "interviewers.", "other"),
    ("Lecturer in Geography - panel", "Thank you for agreeing to sit on the selection panel. "
     "Please score each applicant against the essential criteria before we meet to shortlist "
     "for interview on 3 June.", "other"),
    # someone else's no, typed in a hurry
    ("meh", "didnt get the warehouse job. they said theyve gone with someone local. footy "
     "sunday?", "other"),
    ("same here", "I also got the Harwood letter this morning, word for word. So both of us are "
     "out. Lunch?", "other"),
    # a job only saved, its closing told in a board's words
    ("A saved job has closed", "The job below, which you saved last month, is no longer "
     "accepting applications:\n\nWarehouse Supervisor - Dunmore Logistics, Leeds", "other"),
    # appointments that are not interviews, moved
    ("Your practical driving test", "Unfortunately we've had to cancel your driving test on 4 "
     "May because the examiner is unwell. Your new appointment is Thursday 14 May at 10:12 at "
     "the same test centre.", "other"),
    # a pause that says nobody has been ruled out
    ("Recruitment update", "This recruitment has been placed on hold until the budget is "
     "adopted. Applications will not be reviewed meanwhile, and no applicant has been "
     "eliminated from consideration.", "on_hold"),
    # a loan, not a job, though "hire" is in its name
    ("Your hire purchase application", "Thanks for applying for hire purchase on the Corsa through "
     "Millbrook Motors. Unfortunately we can't offer you credit on this occasion; the decision "
     "follows our affordability checks.", "other"),
    # the reader's own panel notes, and the reader sending the no's
    ("Panel scores", "Scores from Tuesday for the Stores Supervisor post:\nCandidate A (R. Nolan) - "
     "34/40, recommend offer.\nCandidate B (T. Hale) - 21/40, not moving forward.", "other"),
    ("decision", "We're going with Priya for the analyst role - she accepted this morning. I'll send "
     "the rejections to the other two tomorrow.", "other"),
    # a correction told in person
    ("Re: Buyer role", "Sorry - I told you on Monday that the team weren't taking your application "
     "further, but it turns out that was based on the wrong CV. You're still in the running.",
     "other"),
    # a son's news, told by his mother
    ("Tomek", "Tomek didn't get the internship. They sent him an email saying they chose someone "
     "with more experience. Call him this weekend?", "other"),
    # a board of trustees, a summer camp
    ("Trustee recruitment", "Thank you for your interest in joining our board of trustees. We had a "
     "strong field and will not be taking your application further this time.", "other"),
    # the seeker's own withdrawal, answered
    ("Re: Withdrawing my application - Office Manager", "Hi Sam, no problem at all, and good luck "
     "with the new job! I've closed your file on our side.", "other"),
])
def test_not_a_rejection(subject: str, body: str, category: str) -> None:
    found = _read(subject, body)
    assert found.category == category, found.evidence


@pytest.mark.parametrize(("subject", "body"), [
    ("Data Analyst (m/f/d)", "Thank you for your interest in the Data Analyst position. In the "
     "meantime the position has been filled, and we are closing the remaining applications."),
    ("Your application", "We have reviewed your application carefully. Alongside the requirements "
     "of this team, we have decided not to move forward with your application at this time."),
    ("Search update", "Dear Dr Lee, the committee has finished its review and you were not among "
     "the candidates invited to a campus visit."),
    # a portal's "My applications" link is not the writer telling their own news
    ("Outcome of your interview", "Thank you for attending interview for the above post. After "
     "careful consideration, the panel has decided not to offer you the post on this occasion."
     "\n\nMy applications: https://apps.example-ats.test/applicant"),
    # an agency relaying a client's no: "they" are the client, the candidate is the reader
    ("Update on Halcyon", "Hi Sam, I heard back from Halcyon this morning. They went with "
     "someone who had more payments experience, so they won't be taking your application "
     "further. I'll keep you in mind for the fintech roles I have coming up."),
    ("Visa sponsorship", "Unfortunately we are unable to sponsor visas for this role, so we cannot "
     "consider your application further."),
    # the post filled, the employer named between
    ("Interview next week", "I'm sorry to tell you that we won't hold next week's interview: "
     "the Night Manager position at Harbour Lights Hotel has been filled by a candidate who was "
     "further along in our process."),
    # the employer withdrawing every application is not the seeker withdrawing theirs
    ("Your application - Claims Handler", "Following our merger we have stopped external "
     "recruitment. The vacancy is closed and all applications have been withdrawn from "
     "consideration; we don't expect to reopen it."),
    # offers rescinded in the words of a union rule, a lost contract, a federal freeze
    ("Offer withdrawn", "The conditional offer I made to you on 2 May for posting 114, which you "
     "accepted, has to be withdrawn: an employee with redeployment rights has claimed the post."),
    ("Your start", "After losing our biggest client, all open and pending hires are cancelled, "
     "including the Payroll Officer position I offered you last week. I'm so sorry."),
    ("Rescission of tentative offer", "Because of the hiring freeze, your tentative job offer for "
     "the Budget Analyst position is hereby rescinded."),
    # an invitation to others, or to some other day, beside the no
    ("Search update", "The committee has selected the candidates it will invite for campus "
     "visits, and we will not be extending an invitation to you at this stage."),
    ("Final result", "We are very sorry that we could not bring good news to you in this final "
     "stage. We will be happy to meet you again in another opportunity."),
    # the role offered to another, after a silence
    ("Re: Buyer", "Hi Sam, sorry for the silence. We'll be offering the role to another candidate. "
     "Thanks for your time."),
    # the employer's decision to withdraw a vacancy is not the seeker's withdrawal
    ("Planner vacancy", "Following the restructure we have taken the decision to withdraw the "
     "Planner vacancy, so we will not be progressing applications."),
    # an apology for a misleading advert is not a reversal of the no beside it
    ("Your application to Tidewater", "The advert said the role was fully remote, but we can only "
     "employ people in Ireland. As you are based in Spain, we won't be moving forward with your "
     "application. Sorry for the confusion in the listing; we have corrected it."),
])
def test_still_a_rejection(subject: str, body: str) -> None:
    found = _read(subject, body)
    assert found.category == "rejection", found.evidence
