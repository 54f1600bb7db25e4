"""Server-side SVG charts for the Perspective and Learning pages. Pure: no Django.

Hand-made SVG (rather than a chart library) keeps the markup small, styleable by the page's
CSS, readable by screen readers (role="img" with a title and description), and stable for
snapshot tests. Every chart has its numbers also written as text on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from onward.taxonomy import label, terms

from .focus import RankedArea
from .funnel import STEP_LABELS, STEPS, Funnel
from .perspective import Comparison
from .stats import percent

INK, MUTED, LINE, ACCENT, BAND = "#1c2430", "#5b6472", "#e3e0d8", "#0f766e", "#d9e7f5"
BUCKET_COLOURS = {
    "fit": "#2563eb",
    "performance": "#0f766e",
    "comparative": "#b45309",
    "logistics": "#7c3aed",
    "vague_fit": "#94a3b8",
    "unknown": "#cbd5e1",
}
FONT = 'font-family="system-ui, sans-serif"'


def _svg(width: int, height: int, title: str, desc: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="chart" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>{body}</svg>"
    )


def _text(x: float, y: float, s: str, *, size: int = 13, fill: str = INK, anchor: str = "start", weight: str = "400") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}" text-anchor="{anchor}" '
        f'font-weight="{weight}" {FONT}>{escape(s)}</text>'
    )


def funnel_chart(f: Funnel) -> str:
    """Four bars, applied → any reply → interview → offer, each with its count and share."""
    width, left, bar_h, gap = 380, 80, 26, 12
    top = f.counts["applied"] or 1
    body = []
    for i, step in enumerate(STEPS):
        y = 10 + i * (bar_h + gap)
        n = f.counts[step]
        w = max(2.0, (width - left - 110) * n / top)
        shade = ACCENT if i == 0 else ["#0f766e", "#2a8a82", "#4aa39a", "#74bdb4"][i]
        body.append(_text(0, y + 18, STEP_LABELS[step], size=12, weight="600"))
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="5" fill="{shade}"/>')
        share = "" if i == 0 or not f.counts["applied"] else f" · {percent(n / f.counts['applied'])}"
        body.append(_text(left + w + 6, y + 18, f"{n}{share}", size=12, fill=MUTED))
    height = 10 + len(STEPS) * (bar_h + gap)
    desc = ", ".join(f"{STEP_LABELS[s]}: {f.counts[s]}" for s in STEPS)
    return _svg(width, height, "Your funnel by furthest stage reached", desc, "".join(body))


def rates_chart(comparisons: Sequence[Comparison]) -> str:
    """Each of your rates as a dot with its 95% interval, over the sourced market range."""
    width, left, right, row_h = 640, 190, 20, 54
    span = width - left - right
    body = []
    for tick in (0, 25, 50, 75, 100):
        x = left + span * tick / 100
        body.append(f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{len(comparisons) * row_h + 4}" stroke="{LINE}"/>')
        body.append(_text(x, len(comparisons) * row_h + 20, f"{tick}%", size=11, fill=MUTED, anchor="middle"))
    lines = []
    for i, c in enumerate(comparisons):
        y = 10 + i * row_h
        mid = y + 20
        body.append(_text(0, mid - 4, c.short or c.label, size=13, weight="600"))
        body.append(_text(0, mid + 12, f"n = {c.yours.trials}", size=11, fill=MUTED))
        if c.market:
            x0, x1 = left + span * c.market[0], left + span * c.market[1]
            body.append(f'<rect x="{x0:.1f}" y="{mid - 12}" width="{max(3.0, x1 - x0):.1f}" height="24" rx="3" fill="{BAND}"/>')
        if c.yours.known:
            xl, xh = left + span * c.yours.low, left + span * c.yours.high
            xv = left + span * (c.yours.value or 0)
            body.append(f'<line x1="{xl:.1f}" y1="{mid}" x2="{xh:.1f}" y2="{mid}" stroke="{INK}" stroke-width="2"/>')
            body.append(f'<line x1="{xl:.1f}" y1="{mid - 6}" x2="{xl:.1f}" y2="{mid + 6}" stroke="{INK}" stroke-width="2"/>')
            body.append(f'<line x1="{xh:.1f}" y1="{mid - 6}" x2="{xh:.1f}" y2="{mid + 6}" stroke="{INK}" stroke-width="2"/>')
            body.append(f'<circle cx="{xv:.1f}" cy="{mid}" r="6" fill="{ACCENT}" stroke="#fff" stroke-width="2"/>')
        lines.append(f"{c.label}: yours {c.yours_text}; market {c.market_text}")
    height = len(comparisons) * row_h + 28
    return _svg(width, height, "Your rates with 95% intervals beside sourced market ranges", "; ".join(lines), "".join(body))


def buckets_chart(by_month: dict[str, dict[str, int]]) -> str:
    """Stacked bars per month: how many rejection reasons fell in each bucket (legend in HTML)."""
    months = list(by_month)[-8:]
    width, bottom, left = 520, 150, 8
    top_n = max([sum(by_month[m].values()) for m in months] + [1])
    bar_w = min(48.0, (width - left) / max(1, len(months)) - 14)
    body = [f'<line x1="{left}" y1="{bottom}" x2="{width}" y2="{bottom}" stroke="{LINE}"/>']
    for i, month in enumerate(months):
        x = left + 10 + i * (bar_w + 14)
        y = float(bottom)
        for bucket in BUCKET_COLOURS:
            n = by_month[month].get(bucket, 0)
            if not n:
                continue
            h = (bottom - 24) * n / top_n
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{BUCKET_COLOURS[bucket]}">'
                f"<title>{escape(label('reason_buckets', bucket))}: {n}</title></rect>"
            )
        body.append(_text(x + bar_w / 2, bottom + 16, _month(month), size=11, fill=MUTED, anchor="middle"))
        body.append(_text(x + bar_w / 2, y - 5, str(sum(by_month[month].values())), size=11, fill=MUTED, anchor="middle"))
    desc = "; ".join(f"{m}: " + ", ".join(f"{label('reason_buckets', b)} {n}" for b, n in by_month[m].items()) for m in months)
    return _svg(width, bottom + 24, "Rejection reasons by bucket, per month", desc or "No rejections yet", "".join(body))


def bucket_legend() -> list[tuple[str, str]]:
    return [(term.label, BUCKET_COLOURS[term.code]) for term in terms("reason_buckets")]


def _month(key: str) -> str:
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    year, month = key.split("-")
    return f"{names[int(month) - 1]} {year[2:]}"


def focus_chart(ranked: Sequence[RankedArea], limit: int = 6) -> str:
    """Horizontal bars: the weight behind each focus area, most pressing first."""
    shown = list(ranked[:limit])
    width, left, bar_h, gap = 680, 270, 24, 12
    top = max([r.score for r in shown] + [1e-9])
    body = []
    for i, r in enumerate(shown):
        y = 6 + i * (bar_h + gap)
        w = max(3.0, (width - left - 110) * r.score / top)
        body.append(_text(0, y + 17, f"{r.rank}. {r.label}", size=12, weight="600"))
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="4" fill="{ACCENT if i == 0 else "#74bdb4"}"/>')
        body.append(_text(left + w + 8, y + 17, f"{r.weaknesses} item{'s' if r.weaknesses != 1 else ''}", size=12, fill=MUTED))
    height = max(40, 6 + len(shown) * (bar_h + gap))
    desc = "; ".join(f"{r.rank}. {r.label}: score {r.score}, {r.weaknesses} items" for r in shown)
    return _svg(width, height, "Focus areas, ranked", desc or "No focus areas yet", "".join(body))
