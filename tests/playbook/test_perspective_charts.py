"""Charts: the numbers are in the accessible description, names are escaped, funnels are monotone."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onward.playbook.focus import FocusSignal, rank
from onward.playbook.funnel import ApplicationHistory, StageEvent, funnel
from onward.playbook.perspective import comparisons_for
from onward.playbook.perspective_charts import buckets_chart, focus_chart, funnel_chart, rates_chart
from onward.taxonomy import CHANNELS, ENDINGS, STAGES

D0 = date(2026, 9, 1)
codes = st.sampled_from(STAGES + ENDINGS)
histories = st.lists(
    st.tuples(st.sampled_from(CHANNELS), st.lists(codes, max_size=8), st.booleans()), max_size=25
).map(
    lambda rows: [
        ApplicationHistory(i, ch, tuple(StageEvent(D0 + timedelta(days=j), c) for j, c in enumerate(cs)), replied)
        for i, (ch, cs, replied) in enumerate(rows)
    ]
)


@given(histories)
def test_funnel_never_grows_down_the_steps(hs: list[ApplicationHistory]) -> None:
    f = funnel(hs)
    assert f.counts["applied"] >= f.counts["response"] >= f.counts["interview"] >= f.counts["offer"]
    assert all(0 <= r.low <= r.high <= 1 for r in f.conversions.values())
    assert list(f.by_stage.values()) == sorted(f.by_stage.values(), reverse=True)


def test_charts_carry_their_numbers_as_text() -> None:
    hs = [
        ApplicationHistory(1, "referral", (StageEvent(D0, "applied"), StageEvent(D0, "interviewing"))),
        ApplicationHistory(2, "job_board", (StageEvent(D0, "applied"),)),
    ]
    f = funnel(hs)
    svg = funnel_chart(f)
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "Applied: 2" in svg and "Interview: 1" in svg
    rates = rates_chart(comparisons_for(f))
    assert "yours 1 of 2" in rates and "market 3–13%" in rates
    assert "Nov 26" in buckets_chart({"2026-11": {"comparative": 2}})


def test_labels_are_escaped() -> None:
    ranked = rank([FocusSignal("<x>", "communication", "weakness", D0, text="<script>alert(1)</script>")], D0)
    svg = focus_chart(ranked)
    assert "<script>" not in svg and "Communication &amp; storytelling" in svg
