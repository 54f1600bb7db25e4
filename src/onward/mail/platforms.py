"""Which senders are platforms that carry mail for employers (job boards, applicant-tracking
systems, assessment, scheduling and e-signature tools, public job portals), never employers.

Pure and dependency-free, so both the company reader (``understand_company``) and the
application matcher (``matching``) can ask it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["PLATFORMS", "SCHEDULING_TOOLS", "fold", "is_platform", "squash", "squash_text"]

# Platforms that carry mail for employers (job boards, applicant-tracking systems, assessment,
# scheduling and e-signature tools, public job portals): never the employer themselves.
PLATFORMS = frozenset(
    ["linkedin", "indeed", "glassdoor", "ziprecruiter", "monster", "dice", "reed", "totaljobs",
     "adzuna", "wellfound", "angellist", "otta", "welcometothejungle", "handshake", "seek",
     "stepstone", "xing", "jobvite", "workday", "myworkday", "myworkdayjobs", "greenhouse", "lever",
     "ashby", "ashbyhq", "icims", "taleo", "oracle", "oraclecloud", "oraclerecruiting",
     "oraclerecruitingcloud", "smartrecruiters", "workable", "workablemail", "bamboohr", "jazzhr",
     "breezy", "breezyhr", "breezy-mail", "teamtailor", "teamtailor-mail", "recruitee", "personio",
     "ukg", "successfactors", "sapsuccessfactors", "interfolio", "pinpoint", "pinpointhq",
     "rippling", "dover", "comeet", "hibob", "usajobs", "usastaffing", "neogov", "governmentjobs",
     "nhsjobs", "trac", "hackerrank", "hackerrankforwork", "codility", "codesignal", "coderbyte",
     "hirevue", "testgorilla", "shl", "pymetrics", "vervoe", "karat", "calendly", "goodtime",
     "modernloop", "docusign", "adobesign", "hellosign", "zoom", "googlecalendar", "googlemeet",
     "microsoftteams", "outlook", "gmail", "noreply", "applytojob", "greenhouse-mail",
     "smartrecruiters-mail", "myworkdaysite", "paradox", "phenom", "avature", "beamery",
     "applitrack", "schoolspring", "jobsgopublic", "civilservicejobs", "csjobs", "jobtrain",
     "eteach", "tes", "jobs.ac", "jobsac", "academicjobsonline", "higheredjobs", "mailchimp", "sendgrid", "mailgun", "amazonses",
     # boards and marketplaces in more countries
     "naukri", "internshala", "foundit", "instahyre", "infojobs", "computrabajo", "bumeran",
     "jobstreet", "jobsdb", "bayt", "pracuj", "jobindex", "jobserve", "cvlibrary", "cv-library",
     "employmenthero", "upwork", "fiverr", "join", "joincom", "hired",
     # calendar, meeting and e-signature tools beside those above
     "microsoftoutlook", "zoomcommunications", "zoomvideocommunications", "googlecalendar",
     "slack",
     # more boards, public portals and applicant-tracking systems
     "gupy", "publicjobs", "publicjobsie", "reedcouk", "joinhandshake", "rezoomo", "kalibrr",
     "tesapply", "jobylon", "jobadder", "bullhorn", "pageup", "peopleadmin", "cornerstone",
     # assessment, video-interview, background-check, payroll and employer-of-record vendors
     "mettl", "criteriacorp", "hackerearth", "vidcruiter", "sparkhire", "willo", "harver",
     "hireright", "checkr", "firstadvantage", "goodhire", "paylocity", "paycom", "paycomonline",
     "dayforce", "dayforcehcm", "ultipro", "brightpay", "deel", "remotecom", "oysterhr",
     # more applicant-tracking systems and hiring tools (small and regional ones included)
     "softgarden", "keka", "zohorecruit", "zoho", "freshteam", "manatal", "recruiterbox",
     "jobscore", "clearcompany", "hireology", "fountain", "workstream", "apploi", "harri",
     "snagajob", "talentlyft", "homerun", "recruitcrm", "loxo", "crelate", "gem", "seekout",
     "hackajob", "talentclue", "jobdiva", "ceipal", "greenhouseio", "dvinci", "rexx",
     "umantis", "haufe", "concludis", "prescreen", "hrworks", "factorial", "kenjo", "flatchr",
     "welcomekit", "talentsoft", "beetween", "digitalrecruiters", "gupyio",
     # assessment, interview-recording, test-centre and background-check vendors
     "testdome", "imocha", "talogy", "hogan", "hoganassessments", "thomasinternational",
     "saville", "savilleassessment", "cute", "clevry", "pearsonvue", "prometric", "wonderlic",
     "plum", "traitify", "arcticshores", "sova", "sovaassessment", "cappfinity", "amcat",
     "hirepro", "qualified", "devskiller", "woven", "byteboard", "interviewingio",
     "brighthire", "metaview", "myinterview", "hireflix", "yardstik", "certn", "sterling",
     "sterlingcheck", "accurate", "accuratebackground", "cisive", "verifile", "uchecks", "onfido",
     "yoti", "trulioo", "workpro", "zinc", "zincwork"]
)
# Tools that send invitations, reminders and documents for someone: their subjects name the
# people who meet ("New Event: Jane Roe - 30 Minute Interview"), not only the employer.
SCHEDULING_TOOLS = frozenset(["calendly", "googlecalendar", "goodtime", "modernloop", "zoom",
                              "microsoftteams", "teams", "outlook", "microsoftoutlook", "docusign",
                              "adobesign", "hellosign", "calendar"])
# Platform names that are also ordinary words or surnames ("Reed Hale", "Lever Brothers"):
# only the bare name is the platform.
_AMBIGUOUS = frozenset(["reed", "lever", "dice", "seek", "monster", "oracle", "dover", "zoom",
                        "trac", "karat", "otta", "ukg", "shl", "xing", "ashby", "breezy",
                        "handshake", "pinpoint", "outlook", "tes", "paradox", "phenom", "hired", "join",
                        "slack", "willo", "deel", "cornerstone", "harver", "zoho", "fountain",
                        "gem", "harri", "homerun", "hogan", "saville", "cute", "plum", "sova",
                        "qualified", "woven", "sterling", "accurate", "zinc", "yoti", "keka",
                        "loxo", "factorial", "prescreen", "haufe", "workstream"])


# Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                               "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss",
                               "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h"})


def fold(text: str) -> str:
    """Accents off: "Renée Lefèvre" → "Renee Lefevre", "Łukasz Søndergaard" → "Lukasz
    Sondergaard". Letters of other scripts have no ASCII form and are dropped."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return text.encode("ascii", "ignore").decode()


def squash_text(text: str) -> str:
    """Letters and digits only, lower case, accents off ("Müller & Söhne" → "mullersohne").

    ``fold`` leaves only ASCII, so the other characters are dropped as bytes, in one C pass.
    """
    return fold(text).lower().encode("ascii").translate(None, _NOT_ALNUM).decode("ascii")


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """``squash_text`` of a name or a word, which recur from message to message (a message's
    whole text goes to ``squash_text``: caching it would only flatter repeated mail)."""
    return squash_text(text)


_NOT_ALNUM = bytes(sorted(set(range(128)) - set(b"abcdefghijklmnopqrstuvwxyz0123456789")))


_PLATFORM_PREFIXES = tuple(p for p in PLATFORMS if len(p) >= 6 and p not in _AMBIGUOUS)


@lru_cache(maxsize=4096)
def is_platform(name: str) -> bool:
    """Whether ``name`` is a job board or hiring tool ("LinkedIn", "HackerRank for Work")."""
    squashed = squash(name)
    if squashed in PLATFORMS:
        return True
    first = squash(name.split()[0]) if name.split() else ""
    return (first in PLATFORMS and first not in _AMBIGUOUS) or squashed.startswith(
        _PLATFORM_PREFIXES)


