"""What was applied for: a job, or a place, a scholarship, a flat, a loan?

Rejections from schools, choirs, foundations, landlords and banks are written like job ones
("we are unable to offer you a place this season", "your application was not among those
selected"). Counting words of each kind over the whole message misjudges them: admissions
interviews and "position 17 on the waiting list" sound like jobs, a job no may name a
"property management system". Instead this reads the *thing applied for or offered* where the
mail names it — "your application to/for X", "thank you for applying to X", "auditioning for
X", "offer you a X", "Jan's X application" — and sorts each X:

- a **job** when X names one (role, position, vacancy, post, internship, a job title such as
  "staff nurse" or "data analyst");
- **job-like** when it names only a scheme, programme or team: graduate and trainee jobs are
  those, but so are scholars' programmes;
- **not a job** when X names another kind of thing people apply for (a place at a school or
  in a choir, a scholarship, a grant, a membership, a course, a flat, a loan, a permit…) and no
  job — a bare "place" is not enough, graduate schemes offer places too;
- unknown otherwise ("your application to Acme", "your interest in us").

A message whose every named object is not a job, and none is a job or job-like, is about
another kind of application; one with no object named says nothing here (most job mail names
none). A message naming a job as the thing applied for is about a job, whatever other words
it uses ("your proposal for this virtual assistant job" on a freelance platform).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.mail.prefilter import Patterns

# The object of an application, an interest or an audition, up to the end of its phrase;
# what is offered; and "Jan's X application". Three patterns, each tried only where one of its
# start strings occurs (``prefilter``): as one alternation Python's regex engine tried every
# position of every message.
_APPLIED_FOR = re.compile(
    r"\b(?:application|applications|applying|applied|candidacy|candidature|apply|auditioning|"
    r"auditioned|audition|interest|proposal|bid) (?:to|for|in) (?:the |our |a |an |your |this |"
    r"my |his |her |their )?(?P<object>[^.,;:!?\n()]{2,70})")
_OFFERED = re.compile(
    r"\b(?:offer|give|award|grant) (?:you|him|her|them) (?:a |an |the )?"
    r"(?P<offered>[^.,;:!?\n()]{2,70})")
_NAMED = re.compile(r"\b(?:your|his|her|their|[a-z]+'s) (?P<named>[a-z]+(?: [a-z]+)?) application\b")
_PATTERNS = Patterns(_APPLIED_FOR, _OFFERED)  # _NAMED is tried by ``_named`` (its start is open)
_NAMED_END = " application"
_RUN_BACKWARDS = re.compile(r"[a-z']*(?: [a-z']*){0,2}")  # (never fails: it may be empty)
_WORD_GAP = re.compile(r"[ ']")  # a word of the run may begin after one

# Words that make the object a job: job nouns and the heads of job titles.
_JOB = re.compile(
    r"\b(?:roles?|positions?|jobs?|vacanc\w*|posts?|openings?|internships?|traineeships?|"
    r"apprenticeships?|contract|shifts?|placements?|requisitions?|req|fellowships?|postdoc\w*|"
    r"careers?|employment|engineer\w*|manager|analyst|developer|designer|nurse|assistant|"
    r"officer|lead|director|specialist|coordinator|consultant|scientist|associate|intern|"
    r"graduate|technician|teacher|lecturer|professor|researcher|clerk|administrator|"
    r"supervisor|representative|agent|advis[eo]r|accountant|executive|head|chef|driver|"
    r"operator|worker|staff|hire(?! purchase)|hiring|recruitment|trainee)\b"
)
# Other things people apply for (checked after _JOB: "the Awards Coordinator role" is a job).
_NOT_A_JOB = re.compile(
    # a bare "place" is as often one on a graduate scheme: only a place somewhere else counts
    r"\b(?:places? (?:at|in|on|for) (?:[\w'-]+ ){0,3}?(?:school|nursery|college|university|"
    r"course|class|section|choir|chorale|orchestra|squad|league|waiting list)|scholarships?|"
    r"bursar(?:y|ies)|(?<!& )(?<!and )grants?|awards?|prize|membership|admissions?|courses?|degree|diploma|doctoral|phd|studentships?|flat|apartment|house|tenancy|lease|"
    r"rental|room|loan|mortgage|hire purchase|overdraft|refund|card|visa|"
    r"permit|allotment|plot|squad|choir|chorale|league|"
    # papers, money and time off people apply for, and a flat given by its address
    r"passports?|(?:annual|sick|parental|study|unpaid) leave|tax (?:credit|refund|rebate|return|"
    r"compliance|clearance|relief)|adoption|citizenship|parking|"
    r"\d+\w? [A-Za-z' -]{1,30}? (?:street|st|road|avenue|lane|drive|crescent)|"
    r"auditions?)\b"
)
# Words that make a job of an object named by nothing else ("the Future Leaders Programme").
_JOB_LIKE = re.compile(r"\b(?:scheme|program|programme|team|opportunit(?:y|ies)|work)\b")


def _may_name(text: str) -> bool:
    """Whether ``text`` holds a string one of the three patterns needs. Most mail holds none
    (60% of the bench), and a few substring tests are five times cheaper than the scan."""
    return ("appl" in text or "offer " in text or "give " in text or "interest" in text
            or "candida" in text or "audition" in text or "proposal" in text or "bid " in text
            or "award " in text or "grant " in text)


def _named(text: str) -> list[re.Match[str]]:
    """``_NAMED.finditer(text)``, the pattern tried only where a match can begin.

    A match ends in " application"; before it come the owner ("your", "jan's") and one or two
    words: letters and apostrophes with one or two spaces between. So it begins at the start of
    the run of such characters (at most two spaces) that ends at an " application", or after a
    space or apostrophe inside it. Matching at each of those places in order, stepping on from
    each match's end, finds what ``finditer`` finds (``match`` reads the character before the
    place for ``\b``, as ``search`` does). Searched, the open start ``[a-z]+'s`` is tried at
    every letter of the text: this is 40% cheaper on the bench's mail that names one.
    """
    places: list[int] = []
    backwards = ""
    end = text.find(_NAMED_END)
    while end >= 0:
        backwards = backwards or text[::-1]  # the run is read from its end: in reverse
        run = _RUN_BACKWARDS.match(backwards, len(text) - end)
        begin = end - (run.end() - run.start()) if run else end
        places.append(begin)
        places.extend(gap.end() for gap in _WORD_GAP.finditer(text, begin, end))
        end = text.find(_NAMED_END, end + 1)
    found: list[re.Match[str]] = []
    position = 0
    for begin in sorted(set(places)):
        if begin < position:
            continue
        match = _NAMED.match(text, begin)
        if match is not None:
            found.append(match)
            position = match.end()
    return found


@dataclass(frozen=True)
class AppliedFor:
    kind: str  # "job", "job_like" (a scheme, a programme), "not_a_job" or "unknown"
    start: int
    end: int
    text: str


def applied_for(text: str) -> list[AppliedFor]:
    """Every object of an application or offer ``text`` (lower case) names, sorted."""
    found: list[AppliedFor] = []
    if not _may_name(text):
        return found
    scan = _PATTERNS.scan(text)
    matches = [(match, group) for pattern, group in ((_APPLIED_FOR, "object"),
                                                     (_OFFERED, "offered"))
               for match in scan.finditer(pattern)]
    matches.extend((match, "named") for match in _named(text))
    for match, group in sorted(matches, key=lambda m: m[0].start()):
        thing = match.group(group).strip()
        # "offer you a place this season", "offer you some feedback - ring the school": what
        # is offered is in the first words; a job named later still counts ("a place on our
        # reserve list for staff nurse")
        head = " ".join(thing.split()[:6]) if group == "offered" else thing
        if _JOB.search(thing):
            kind = "job"
        elif _NOT_A_JOB.search(head):
            kind = "not_a_job"
        elif _JOB_LIKE.search(thing):
            kind = "job_like"
        else:
            kind = "unknown"
        found.append(AppliedFor(kind, match.start(group), match.end(group), thing))
    return found


def names_a_job(objects: list[AppliedFor]) -> bool:
    """Whether a job (not merely a scheme or programme) is named as the thing applied for."""
    return any(o.kind == "job" for o in objects)


def not_about_a_job(objects: list[AppliedFor]) -> list[AppliedFor]:
    """The objects that show a message is about another kind of application: all it names
    that are not jobs, when it names at least one such and no job or job-like thing."""
    if any(o.kind in ("job", "job_like") for o in objects):
        return []
    return [o for o in objects if o.kind == "not_a_job"]
