"""A real headless Chromium proves CORS and preflights against the running main API.

Pages are served by small http.servers on other ports of 127.0.0.1 (other origins).  Their
script calls the API with ``fetch`` and ``Content-Type: application/json`` on every request,
as the office's web app does, so the browser sends real preflights (no ``page.route()``,
which would answer them itself).  A page from a trusted origin logs in and lists cards and
shops, with and without the token; a page from an untrusted origin gets CORS failures.

Skipped only when /usr/bin/chromium is missing or cannot start.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from simdesk.domain import settings, shops, simcards, users
from tests.helpers import pack

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
USERNAME = "kassir"
PASSWORD = "browser-Passw0rd"

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>simdesk CORS check</title></head>
<body><pre id="out"></pre>
<script>
const API = %(api)s;
const CREDENTIALS = %(credentials)s;

async function call(method, path, token, body) {
  const headers = {"Content-Type": "application/json"};
  if (token) headers["Authorization"] = "Bearer " + token;
  try {
    const response = await fetch(API + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    const data = await response.json();
    return {ok: response.ok, status: response.status, data,
            totalCount: response.headers.get("X-Total-Count")};
  } catch (err) {
    return {rejected: true, error: String(err)};
  }
}

(async () => {
  const results = {};
  results.login = await call("POST", "/auth/login", null, CREDENTIALS);
  const token = results.login.data && results.login.data.token;
  results.cardsWithoutToken = await call("GET", "/simcards", null);
  results.shopsWithoutToken = await call("GET", "/shops", null);
  results.cardsWithToken = await call("GET", "/simcards", token);
  results.shopsWithToken = await call("GET", "/shops", token);
  const out = document.getElementById("out");
  out.textContent = JSON.stringify(results);
  out.setAttribute("data-done", "1");
})();
</script></body></html>
"""


class _PageServer:
    """A tiny http.server on 127.0.0.1 (port picked by the system) serving one page."""

    def __init__(self, html: str) -> None:
        body = html.encode("utf-8")

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != "/":
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(2)


class _AccessLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package 'chromium')")
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        try:
            chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                          args=CHROMIUM_ARGS, timeout=15_000)
        except PlaywrightError as exc:
            pytest.skip(f"{CHROMIUM} cannot start: {str(exc).splitlines()[0]}")
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def access_log() -> Iterator[_AccessLog]:
    handler = _AccessLog()
    logger = logging.getLogger("simdesk.api.access")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _open(browser: Any, server: _PageServer) -> dict[str, Any]:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.origin + "/", timeout=10_000)
        page.wait_for_selector("#out[data-done]", state="attached", timeout=10_000)
        result: dict[str, Any] = json.loads(page.text_content("#out") or "{}")
        return result
    finally:
        context.close()


def _serve(html_api: str) -> _PageServer:
    return _PageServer(PAGE % {
        "api": json.dumps(html_api),
        "credentials": json.dumps({"username": USERNAME, "password": PASSWORD})})


def test_trusted_origin_logs_in_and_lists_cards_untrusted_origin_is_refused(
        apis, browser, access_log) -> None:
    shop = shops.create_shop({"name": "Chilonzor 1", "region": "Toshkent"})
    codes = pack(5)
    simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    simcards.assign_cards(shop.id, codes=codes[:2], source="cli")
    users.add_user(USERNAME, PASSWORD, "operator")

    trusted = _serve(apis.main)
    untrusted = _serve(apis.main)
    try:
        settings.set_value("api.trusted_origins", [trusted.origin])
        apis.runtime.settings_changed()
        good = _open(browser, trusted)
        bad = _open(browser, untrusted)
    finally:
        trusted.close()
        untrusted.close()

    # The trusted page: login, then both lists with and without the token.
    assert good["login"]["status"] == 200, good["login"]
    assert good["login"]["data"]["success"] is True
    assert good["login"]["data"]["token"]
    for key in ("cardsWithoutToken", "cardsWithToken"):
        reply = good[key]
        assert reply.get("rejected") is None, (key, reply)
        assert reply["status"] == 200, (key, reply)
        assert sorted(card["code"] for card in reply["data"]) == sorted(codes), key
        by_code = {card["code"]: card for card in reply["data"]}
        assert by_code[codes[0]]["assignedTo"] == str(shop.id)
        assert by_code[codes[0]]["assignedShopName"] == "Chilonzor 1"
        assert by_code[codes[4]]["status"] == "available"
        assert reply["totalCount"] == "5", "X-Total-Count must be exposed to the page"
    for key in ("shopsWithoutToken", "shopsWithToken"):
        reply = good[key]
        assert reply["status"] == 200, (key, reply)
        assert [s["name"] for s in reply["data"]] == ["Chilonzor 1"]
        assert len(reply["data"][0]["assignedSimCards"]) == 2

    # The browser really sent preflights (and nothing answered them but the API).
    preflights = [line for line in access_log.lines if " OPTIONS " in line]
    assert any(" /auth/login " in line and " 204 " in line for line in preflights), preflights
    assert any(" /simcards " in line and " 204 " in line for line in preflights), preflights

    # The untrusted page: every call fails in the browser as a CORS error.
    for key, reply in bad.items():
        assert reply.get("rejected") is True, (key, reply)
        assert "TypeError" in reply["error"], (key, reply)
    refused = [line for line in access_log.lines
               if " OPTIONS " in line and " 403 " in line]
    assert refused, "the untrusted page's preflights must be refused by the API"
