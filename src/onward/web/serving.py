"""``onward serve``: migrate, then serve with waitress on 127.0.0.1 by default."""

from __future__ import annotations

import threading
import webbrowser

from onward.config import get_settings
from onward.errors import NotAllowed
from onward.runtime import ensure_database

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(*, host: str | None = None, port: int | None = None, open_browser: bool = False) -> None:
    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    if settings.local_mode and host not in LOOPBACK:
        raise NotAllowed(
            f"local mode serves only this machine (127.0.0.1), not {host}; "
            "set ONWARD_LOCAL_MODE=false with a secret key and allowed hosts to host Onward"
        )
    ensure_database()
    from waitress import serve as waitress_serve

    from onward.web.wsgi import application

    url = f"http://{host}:{port}/"
    print(f"Onward is running at {url}  (data: {settings.home}; Ctrl+C to stop)", flush=True)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    waitress_serve(application, host=host, port=port, threads=8, ident="onward")
