from __future__ import annotations

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

# (label, url name). A room's page appears in the navigation once its URL exists.
NAVIGATION = [
    ("Today", "playbook:today"),
    ("Plan", "playbook:plan"),
    ("Board", "tracker:board"),
    ("Inbox", "mail:review"),
    ("Perspective", "playbook:perspective"),
    ("Learning", "playbook:learn"),
    ("Follow-ups", "playbook:followups"),
    ("Contacts", "tracker:contacts"),
    ("Profile", "profile:home"),
]


def navigation(request: HttpRequest) -> dict[str, object]:
    items = []
    for label, name in NAVIGATION:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"label": label, "url": url, "active": request.path.startswith(url) and url != "/"})
    return {"nav_items": items}
