"""Real input is messy: no shape of JSON may crash review, match, render or the editor."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from onward.profile import editing
from onward.profile.match import match
from onward.profile.posting import posting_from_text
from onward.profile.render import render_html
from onward.profile.review import review
from onward.profile.schema import SECTIONS
from onward.profile.validate import validate

POSTING = posting_from_text("Data Engineer\nX\n\nRequirements\n- SQL, Python or Go\n- 3 years\n")
DATES = st.sampled_from(["2019", "2019-05", "2019-05-20", "05/2019", "May 2019", "Present", "",
                         "now", "1987-01-", "2030-13", "garbage"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.text(max_size=12), DATES)
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["name", "position", "startDate", "endDate", "date",
                                     "highlights", "keywords", "summary", "location", "url",
                                     "email", "profiles", "level", "x"]), inner, max_size=5)),
    max_leaves=12)
ENTRY = st.dictionaries(st.sampled_from(["name", "position", "company", "startDate", "endDate",
                                         "highlights", "summary", "keywords", "institution"]),
                        st.one_of(DATES, JSONISH), max_size=6)
DOCUMENT = st.dictionaries(st.sampled_from([*SECTIONS, "extra"]),
                           st.one_of(JSONISH, st.lists(st.one_of(ENTRY, JSONISH), max_size=4)),
                           max_size=6)


@settings(max_examples=150, deadline=None)
@given(DOCUMENT)
@example({"basics": {"name": None, "profiles": True}})  # found by CI: "profiles" that is no list
def test_nothing_crashes_on_messy_documents(document: dict[str, Any]) -> None:
    today = date(2026, 11, 30)
    result = review(document, today=today)
    assert result.total <= result.out_of
    match(document, POSTING, today=today)
    assert "<html" in render_html(document)
    assert all(p.path for p in validate(document))
    editing.normalise_dates(document)
    for section in editing.SECTION_FIELDS:
        editing.add_entry(document, section=section)
