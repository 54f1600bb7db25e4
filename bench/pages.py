"""Page render time on the demo search (issue 2): board, application page, contacts, API list.

Builds a fresh SQLite database in a temporary ONWARD_HOME, loads the demo data through the
services, then requests each page through Django's test client (full middleware and template
rendering, no network) and prints latency percentiles. Never fails on time.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

RUNS = int(os.environ.get("BENCH_RUNS", "60"))


def main() -> None:
    os.environ["ONWARD_HOME"] = tempfile.mkdtemp(prefix="onward-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.web.settings")
    from onward.runtime import ensure_database

    started = time.perf_counter()
    ensure_database()
    migrate_s = time.perf_counter() - started
    from django.test import Client

    from onward.accounts.local import local_user
    from onward.demo import load_demo
    from onward.tracker.models import Application

    owner = local_user()
    started = time.perf_counter()
    n = load_demo(owner=owner)
    demo_s = time.perf_counter() - started
    app = Application.objects.filter(owner=owner, ending="rejected").order_by("-furthest_stage").first()
    client = Client(REMOTE_ADDR="127.0.0.1")
    pages = {
        "board": "/board/",
        "application": f"/applications/{app.pk}/" if app else "/board/",
        "contacts": "/contacts/",
        "api applications": "/api/v1/applications",
        "home (/ → today)": "/",
        "debrief": f"/debrief/{app.pk}/" if app else "/board/",
        "perspective": "/perspective/",
        "learning": "/learn/",
        "follow-ups": "/followups/",
        "plan": "/plan/",
        "inbox review": "/mail/",
        "profile": "/profile/",
    }
    print(f"Onward page render on the demo search ({n} applications), {RUNS} requests each")
    print(f"  create + migrate a fresh SQLite database: {migrate_s * 1000:.0f} ms; load demo: {demo_s * 1000:.0f} ms")
    print(f"  {'page':<22}{'status':>7}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'KB':>8}")
    for name, url in pages.items():
        times = []
        status, size = 0, 0
        for _ in range(RUNS):
            t = time.perf_counter()
            r = client.get(url, follow=True)
            times.append((time.perf_counter() - t) * 1000)
            status, size = r.status_code, len(r.content)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"  {name:<22}{status:>7}{statistics.median(times):>9.1f}{p95:>9.1f}{times[-1]:>9.1f}{size / 1024:>8.1f}")
    print("  baseline: none yet (first measurement); target from issue 2: none stated — a page under 100 ms feels instant")


if __name__ == "__main__":
    sys.exit(main())
