"""``argmap serve``: a live preview of a map while you edit it.

    argmap serve MAP [--port N] [--no-browser]

Serves the map's explorer page (docs/explorer.md) on http://127.0.0.1:N/ (8000 by default;
0 picks a free port) and reloads it whenever MAP is saved: the page asks the server once a
second whether the file changed (polling; nothing else is sent). A mistake in the map is
shown in the page, with its line, instead of the map, until the file is fixed. The server
listens on 127.0.0.1 only (this computer), uses Python's standard library, and stops with
Ctrl-C. Unless --no-browser, the page opens in the default browser.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import sys
import threading
import webbrowser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from argmap.cli._common import UsageError, add_command
from argmap.errors import ArgmapError

__all__ = ["MapWatcher", "add_parser", "make_server", "run"]

#: How often the page asks whether the map changed, in milliseconds.
POLL_MS = 1000

_SCRIPT = """
(function () {
  var frame = document.getElementById("map");
  var problem = document.getElementById("problem");
  var shown = null;
  function check() {
    fetch("/version", {cache: "no-store"}).then(function (response) {
      return response.json();
    }).then(function (state) {
      if (state.version !== shown) {
        shown = state.version;
        frame.src = "/map.html?v=" + encodeURIComponent(state.version);
        document.body.setAttribute("data-version", state.version);
      }
      problem.textContent = state.error || "";
      problem.hidden = !state.error;
    }).catch(function () {
      problem.textContent = "The argmap server has stopped.";
      problem.hidden = false;
    }).then(function () { setTimeout(check, POLL); });
  }
  check();
})();
""".replace("POLL", str(POLL_MS))

_STYLE = """
html, body { margin: 0; height: 100%; font-family: sans-serif; }
#problem { margin: 0; padding: 0.6em 1em; background: #fde8e8; color: #611;
           white-space: pre-wrap; border-bottom: 2px solid #a33; }
#map { border: 0; width: 100%; height: 100%; display: block; }
body { display: flex; flex-direction: column; }
#map { flex: 1; }
"""


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def wrapper_page(title: str) -> str:
    """The page at ``/``: the explorer in a frame, reloaded when the map changes, and a
    banner for the map's mistakes. Its policy allows its own script and style (by hash),
    requests to this server, and the frame from this server; nothing else."""
    policy = (
        f"default-src 'none'; script-src '{_digest(_SCRIPT)}'; style-src '{_digest(_STYLE)}'; "
        "connect-src 'self'; frame-src 'self'"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f"<title>{html.escape(title)} (live)</title><style>{_STYLE}</style></head>"
        '<body><pre id="problem" role="alert" hidden></pre>'
        f'<iframe id="map" title="{html.escape(title, quote=True)}"></iframe>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def _problem_page(message: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
        "<title>map problem</title></head><body><h1>The map has a mistake</h1>"
        f"<pre>{html.escape(message)}</pre><p>Fix it and save: this page reloads.</p>"
        "</body></html>\n"
    )


class MapWatcher:
    """The map file and the page built from it; :meth:`state` re-reads the file when its
    bytes changed since the last look (so a save is seen by the next request)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._digest: str | None = None
        self.version = 0
        self.page = ""
        self.error: str | None = None

    def state(self) -> tuple[int, str | None]:
        """The current version number and the map's mistake (None when it reads well)."""
        with self._lock:
            try:
                data = self.path.read_bytes()
            except OSError as exc:
                data = f"unreadable: {exc}".encode()
            digest = hashlib.sha256(data).hexdigest()
            if digest != self._digest:
                self._digest = digest
                self.version += 1
                self._build()
            return self.version, self.error

    def _build(self) -> None:
        from argmap.cli._inputs import read_input
        from argmap.debate import Debate
        from argmap.render.html import explorer_html

        try:
            debate = read_input(str(self.path))
            if not isinstance(debate, Debate):
                raise UsageError(f"{self.path} is a framework file; serve takes a map")
            self.page = explorer_html(debate)
            self.error = None
        except (ArgmapError, UsageError) as exc:
            self.error = str(exc)
            self.page = _problem_page(self.error)


def make_server(path: Path, port: int) -> ThreadingHTTPServer:
    """The server for one map, bound to 127.0.0.1 (``port`` 0: a free port)."""
    watcher = MapWatcher(path)
    watcher.state()
    title = path.name

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = self.path.split("?", 1)[0]
            if route == "/":
                self._send(200, "text/html; charset=utf-8", wrapper_page(title))
            elif route == "/map.html":
                watcher.state()
                self._send(200, "text/html; charset=utf-8", watcher.page)
            elif route == "/version":
                version, error = watcher.state()
                body = json.dumps({"version": version, "error": error})
                self._send(200, "application/json", body)
            else:
                self._send(404, "text/plain; charset=utf-8", "not found\n")

        def _send(self, status: int, kind: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the terminal shows only what the user needs

    try:
        return ThreadingHTTPServer(("127.0.0.1", port), Handler)
    except OSError as exc:
        raise UsageError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``serve`` and its options."""
    summary = "preview a map live in the browser while you edit it"
    parser = add_command(subparsers, "serve", summary, __doc__)
    parser.add_argument("input", metavar="MAP", help="a map file")
    parser.add_argument(
        "--port", type=int, default=8000, metavar="N", help="port (default 8000; 0: any free)"
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="do not open the page in a browser"
    )
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Serve until interrupted."""
    path = Path(options.input)
    if not path.is_file():
        raise UsageError(f"{options.input}: no such file")
    if not 0 <= options.port <= 65535:
        raise UsageError("--port must be from 0 to 65535")
    server = make_server(path, options.port)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"serving {options.input} at {url} (Ctrl-C stops)", flush=True)
    if not options.no_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0
