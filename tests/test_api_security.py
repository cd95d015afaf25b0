"""The APIs' security rules one by one, over real HTTP against a real SQLite file: tokens,
expiry, logout, login throttling, roles, the trusted web-app origin (loopback only), CORS, the Host
check, 415, 413, body validation and 500s without tracebacks."""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import re
import socket
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from simdesk.api.servers import ApiServers, Binding
from simdesk.checking.engine import CheckEngine
from simdesk.domain import settings, users
from simdesk.storage.db import current_database
from simdesk.storage.models import AuthToken, LoginThrottle, Shop
from simdesk.timeutil import utcnow
from tests.conftest import WEBAPP_HEADERS, WEBAPP_ORIGIN

PASSWORD = "Str0ng-Passw0rd!x"
EVIL_ORIGIN = "http://evil.example"
JSON = {"Content-Type": "application/json"}
T = 30
SHOP = {"name": "Yunusobod Aloqa", "region": "Toshkent shahri"}


def login(base: str, username: str, password: str = PASSWORD) -> requests.Response:
    return requests.post(f"{base}/auth/login", json={"username": username,
                                                     "password": password}, timeout=T)


def token_for(base: str, username: str, role: str) -> str:
    users.add_user(username, PASSWORD, role)
    reply = login(base, username)
    assert reply.status_code == 200, reply.text
    return reply.json()["token"]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **JSON}


def error_of(reply: requests.Response) -> dict:
    assert reply.headers["Content-Type"].startswith("application/json"), reply.headers
    body = reply.json()["error"]
    assert set(body) >= {"code", "message", "details", "requestId"}
    assert body["requestId"] == reply.headers["X-Request-Id"]
    return body


def assert_webapp_cors(reply: requests.Response) -> None:
    assert reply.headers.get("Access-Control-Allow-Origin") == WEBAPP_ORIGIN, reply.headers
    assert "Origin" in [v.strip() for v in reply.headers.get("Vary", "").split(",")]


# ---------------------------------------------------------------- tokens


def test_login_returns_token_and_expiry(apis) -> None:
    users.add_user("kassa", PASSWORD, "operator")
    settings.set_value("auth.token_ttl_hours", 3)
    reply = login(apis.main, "kassa")
    assert reply.status_code == 200
    body = reply.json()
    assert body["success"] is True and len(body["token"]) >= 32
    expires = datetime.fromisoformat(body["expiresAt"])
    assert abs(expires - (datetime.now(UTC) + timedelta(hours=3))) < timedelta(minutes=1)
    assert (body["user"]["username"], body["user"]["role"]) == ("kassa", "operator")
    # Only a hash of the token is stored.
    stored = [t.token_hash for t in AuthToken.select()]
    assert len(stored) == 1 and body["token"] not in stored[0]
    second = login(apis.main, "kassa").json()["token"]
    assert second != body["token"]


def test_bearer_token_works_without_origin(apis) -> None:
    token = token_for(apis.main, "kassa", "viewer")
    reply = requests.get(f"{apis.main}/shops", headers={"Authorization": f"Bearer {token}"},
                         timeout=T)
    assert reply.status_code == 200 and reply.json() == []
    assert "Access-Control-Allow-Origin" not in reply.headers
    me = requests.get(f"{apis.main}/auth/me", headers=bearer(token), timeout=T).json()
    assert (me["username"], me["role"], me["via"]) == ("kassa", "viewer", "token")
    status = requests.post(f"{apis.status}/check-simcard-status", json={"code": "1"},
                           headers={"Authorization": f"Bearer {token}"}, timeout=T)
    assert status.status_code == 200


def test_malformed_and_unknown_tokens_are_401(apis) -> None:
    for header in ("Bearer nonsense-token", "Basic dXNlcjpwdw==", "Bearer "):
        reply = requests.get(f"{apis.main}/shops", headers={"Authorization": header}, timeout=T)
        assert reply.status_code == 401, header
        assert error_of(reply)["code"] == "token_invalid"
        assert reply.headers["WWW-Authenticate"].startswith("Bearer")


def test_expired_token_is_refused(apis) -> None:
    token = token_for(apis.main, "kassa", "operator")
    AuthToken.update(expires_at=utcnow() - timedelta(seconds=1)).execute()
    reply = requests.get(f"{apis.main}/shops", headers=bearer(token), timeout=T)
    assert reply.status_code == 401
    assert error_of(reply)["code"] == "token_expired"
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")


def test_logout_revokes_the_token(apis) -> None:
    token = token_for(apis.main, "kassa", "operator")
    assert requests.get(f"{apis.main}/shops", headers=bearer(token), timeout=T).ok
    out = requests.post(f"{apis.main}/auth/logout", headers=bearer(token), timeout=T)
    assert out.status_code == 200 and out.json() == {"success": True}
    again = requests.get(f"{apis.main}/shops", headers=bearer(token), timeout=T)
    assert again.status_code == 401
    assert error_of(again)["code"] == "token_revoked"
    assert AuthToken.get().revoked_at is not None
    # A new login works.
    assert login(apis.main, "kassa").status_code == 200


ATTACKER_IP = "127.0.0.2"  # another loopback address: a second client of the same API


def login_from(base: str, source: str, username: str, password: str = PASSWORD,
               headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], dict]:
    """POST /auth/login over a connection made from the address ``source``."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=T, source_address=(source, 0))
    try:
        conn.request("POST", "/auth/login", headers={**JSON, **(headers or {})},
                     body=json.dumps({"username": username, "password": password}))
        reply = conn.getresponse()
        return reply.status, dict(reply.getheaders()), json.loads(reply.read())
    finally:
        conn.close()


@pytest.fixture
def attacker_ip() -> str:
    try:
        with socket.socket() as sock:
            sock.bind((ATTACKER_IP, 0))
    except OSError:
        pytest.skip(f"{ATTACKER_IP} cannot be bound here (only Linux routes all of 127/8 to "
                    "loopback), so no second client address is at hand")
    return ATTACKER_IP


def test_failed_logins_elsewhere_never_lock_the_office_out(apis, attacker_ip) -> None:
    users.add_user("boss", PASSWORD, "admin")  # the only admin
    settings.set_many({"auth.lockout_attempts": 3, "auth.lockout_minutes": 2})
    for _ in range(2):
        status, _, body = login_from(apis.main, attacker_ip, "boss", "wrong-password")
        assert (status, body["error"]["code"]) == (401, "invalid_credentials")
    status, headers, body = login_from(apis.main, attacker_ip, "boss", "wrong-password")
    assert status == 429 and headers["Retry-After"] == "1"
    assert body["error"]["code"] == "login_throttled"
    assert "the next try is possible in 1 second" in body["error"]["message"]
    assert "simdesk users unlock boss" in body["error"]["message"]
    # The attacker keeps trying: refused while waiting, even with the right password …
    for _ in range(5):
        status, headers, _ = login_from(apis.main, attacker_ip, "boss", "wrong-password")
        assert status == 429 and int(headers["Retry-After"]) >= 1
    status, _, _ = login_from(apis.main, attacker_ip, "boss")
    assert status == 429
    # … while the office (127.0.0.1) logs in as always, as often as it likes.
    for _ in range(3):
        assert login(apis.main, "boss").status_code == 200
    assert login(apis.main, "boss", "typo-password").status_code == 401
    assert login(apis.main, "boss").status_code == 200
    # `simdesk users unlock` (users.unlock) lets the other address in again at once.
    users.unlock("boss")
    assert login_from(apis.main, attacker_ip, "boss")[0] == 200


def change_password(base: str, token: str, old: str,
                    new: str = "An0ther-Passw0rd!") -> requests.Response:
    return requests.post(f"{base}/auth/change-password", headers=bearer(token), timeout=T,
                         json={"oldPassword": old, "newPassword": new})


def test_wrong_old_passwords_are_throttled_like_failed_logins(apis) -> None:
    """A stolen token cannot guess its owner's password through /auth/change-password:
    wrong old passwords count in the login throttle of that name and address (the default
    five), then each try waits, answered 429 with Retry-After like a login."""
    token = token_for(apis.main, "kassa", "operator")
    answers = [change_password(apis.main, token, f"guess-{n}") for n in range(12)]
    assert [r.status_code for r in answers] == [422] * 4 + [429] * 8
    assert error_of(answers[0])["code"] == "wrong_password"
    for reply in answers[4:]:
        assert int(reply.headers["Retry-After"]) >= 1
        error = error_of(reply)
        assert error["code"] == "login_throttled" and error["details"]["retry_after"] >= 1
        assert "the next try is possible in" in error["message"]
        assert "simdesk users unlock kassa" in error["message"]
    # Refused while waiting even with the right password; logins of the name from this
    # address wait too (one count) …
    assert change_password(apis.main, token, PASSWORD).status_code == 429
    assert login(apis.main, "kassa").status_code == 429
    # … until an administrator unlocks the name; the right old password then clears it.
    users.unlock("kassa")
    assert change_password(apis.main, token, "guess-again").status_code == 422
    assert change_password(apis.main, token, PASSWORD).status_code == 200
    assert LoginThrottle.select().count() == 0
    assert login(apis.main, "kassa", "An0ther-Passw0rd!").status_code == 200


def test_unknown_names_get_the_same_answers_as_known_ones(apis, attacker_ip) -> None:
    users.add_user("kassa", PASSWORD, "operator")
    settings.set_many({"auth.lockout_attempts": 2, "auth.lockout_minutes": 2})

    def answers(name: str) -> list[tuple[object, ...]]:
        seen = []
        for _ in range(4):
            status, headers, body = login_from(apis.main, attacker_ip, name, "wrong-password")
            error = body["error"]
            message = re.sub(r"\(at [0-9:]+\)", "(at …)", error["message"])
            seen.append((status, headers.get("Retry-After"), error["code"],
                         message.replace(name, "NAME"), error["details"]))
        return seen

    known, unknown = answers("kassa"), answers("nobody-here")
    assert known == unknown
    assert [(a[0], a[1]) for a in known] == [(401, None), (429, "1"), (429, "1"), (429, "1")]


def test_forwarded_for_headers_do_not_change_the_address(apis) -> None:
    """A client cannot escape its count by naming another address in X-Forwarded-For."""
    users.add_user("kassa", PASSWORD, "operator")
    settings.set_many({"auth.lockout_attempts": 1, "auth.lockout_minutes": 2})
    status, _, _ = login_from(apis.main, "127.0.0.1", "kassa", "wrong-password")
    assert status == 429
    for fake in ("10.1.2.3", "10.1.2.4"):
        status, _, body = login_from(apis.main, "127.0.0.1", "kassa",
                                     headers={"X-Forwarded-For": fake, "X-Real-IP": fake})
        assert status == 429, body
        assert "from 127.0.0.1" in body["error"]["message"]
    assert [(t.username, t.address) for t in LoginThrottle.select()] == [
        ("kassa", "127.0.0.1")]


# ---------------------------------------------------------------- roles


def test_roles(apis) -> None:
    viewer = bearer(token_for(apis.main, "korish", "viewer"))
    operator = bearer(token_for(apis.main, "ishchi", "operator"))
    admin = bearer(token_for(apis.main, "boshliq", "admin"))
    main = apis.main

    assert requests.get(f"{main}/shops", headers=viewer, timeout=T).status_code == 200
    assert requests.get(f"{main}/statistics", headers=viewer, timeout=T).status_code == 200
    refused = requests.post(f"{main}/shops", json=SHOP, headers=viewer, timeout=T)
    assert refused.status_code == 403 and error_of(refused)["code"] == "forbidden"
    assert Shop.select().count() == 0

    assert requests.post(f"{main}/shops", json=SHOP, headers=operator,
                         timeout=T).status_code == 201
    put = requests.put(f"{main}/settings", json={"auth.lockout_attempts": 9}, headers=operator,
                       timeout=T)
    assert put.status_code == 403
    assert requests.get(f"{main}/users", headers=operator, timeout=T).status_code == 403
    assert settings.get("auth.lockout_attempts") == 5

    assert requests.put(f"{main}/settings", json={"auth.lockout_attempts": 9}, headers=admin,
                        timeout=T).status_code == 200
    assert settings.get("auth.lockout_attempts") == 9
    listed = requests.get(f"{main}/users", headers=admin, timeout=T)
    assert listed.status_code == 200 and len(listed.json()) == 3
    assert requests.post(f"{main}/shops", json={"name": "Boshqa"}, headers=admin,
                         timeout=T).status_code == 201


def test_no_token_and_no_origin_is_401(apis) -> None:
    for method, path in (("GET", "/shops"), ("GET", "/simcards"), ("POST", "/shops"),
                         ("GET", "/statistics")):
        reply = requests.request(method, apis.main + path, json=SHOP, timeout=T)
        assert reply.status_code == 401, (method, path)
        assert reply.headers["WWW-Authenticate"] == 'Bearer realm="simdesk"'
        assert error_of(reply)["code"] == "authentication_required"
    status = requests.post(f"{apis.status}/check-simcard-status", json={"code": "1"}, timeout=T)
    assert status.status_code == 401
    # Public routes answer anyone.
    assert requests.get(f"{apis.main}/health", timeout=T).status_code == 200
    assert requests.get(f"{apis.status}/health", timeout=T).status_code == 200
    assert Shop.select().count() == 0


def test_trusted_origin_from_loopback_acts_as_operator(apis) -> None:
    for origin in (WEBAPP_ORIGIN, "http://127.0.0.1:8080"):
        headers = {"Origin": origin, **JSON}
        created = requests.post(f"{apis.main}/shops", json={"name": f"Shop {origin[-9:]}"},
                                headers=headers, timeout=T)
        assert created.status_code == 201, created.text
        assert created.headers["Access-Control-Allow-Origin"] == origin
        refused = requests.put(f"{apis.main}/settings", json={"auth.lockout_attempts": 2},
                               headers=headers, timeout=T)
        assert refused.status_code == 403
        assert refused.headers["Access-Control-Allow-Origin"] == origin
        users_list = requests.get(f"{apis.main}/users", headers=headers, timeout=T)
        assert users_list.status_code == 403
    assert Shop.select().count() == 2


def test_untrusted_origin_is_401_without_cors(apis) -> None:
    headers = {"Origin": EVIL_ORIGIN, **JSON}
    for method, path in (("GET", "/shops"), ("POST", "/shops")):
        reply = requests.request(method, apis.main + path, json=SHOP, headers=headers,
                                 timeout=T)
        assert reply.status_code == 401
        assert "Access-Control-Allow-Origin" not in reply.headers
        assert "Origin" in reply.headers["Vary"]
    # A page of another origin that somehow holds a token still gets no CORS grant.
    token = token_for(apis.main, "kassa", "viewer")
    reply = requests.get(f"{apis.main}/shops", headers={**headers, **bearer(token)}, timeout=T)
    assert reply.status_code == 200
    assert "Access-Control-Allow-Origin" not in reply.headers
    # A look-alike of the trusted origin is not trusted.
    for origin in ("http://localhost:8081", "https://localhost:8080", "http://localhost:8080.evil",
                   "null"):
        r = requests.get(f"{apis.main}/shops", headers={"Origin": origin}, timeout=T)
        assert r.status_code == 401, origin
        assert "Access-Control-Allow-Origin" not in r.headers
    assert Shop.select().count() == 0


def test_trusted_origin_setting_is_honoured(apis) -> None:
    admin = bearer(token_for(apis.main, "boshliq", "admin"))
    new_origin = "http://192.168.7.7:3000"
    reply = requests.put(f"{apis.main}/settings", json={
        "api.trusted_origins": [WEBAPP_ORIGIN, new_origin]}, headers=admin, timeout=T)
    assert reply.status_code == 200
    ok = requests.get(f"{apis.main}/shops", headers={"Origin": new_origin}, timeout=T)
    assert ok.status_code == 200
    assert ok.headers["Access-Control-Allow-Origin"] == new_origin
    requests.put(f"{apis.main}/settings", json={"api.trusted_origins": [WEBAPP_ORIGIN]},
                 headers=admin, timeout=T)
    gone = requests.get(f"{apis.main}/shops", headers={"Origin": new_origin}, timeout=T)
    assert gone.status_code == 401


# ---------------------------------------------------------------- not loopback


def lan_address() -> str | None:
    """An IPv4 address of this machine that is not loopback, or None."""
    candidates: list[str] = []
    with contextlib.suppress(OSError):
        candidates.append(socket.gethostbyname(socket.gethostname()))
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.255", 9))  # no packet is sent; picks the outgoing address
            candidates.append(probe.getsockname()[0])
    except OSError:
        pass
    try:
        out = subprocess.run(["ip", "-4", "-o", "addr"], capture_output=True, text=True,
                             timeout=5).stdout
        candidates += [part.split()[3].split("/")[0] for part in out.splitlines()
                       if len(part.split()) > 3]
    except (OSError, subprocess.SubprocessError):
        pass
    for address in candidates:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            continue
        if ip.version == 4 and not ip.is_loopback and not ip.is_unspecified:
            try:  # it must be bindable here
                with socket.socket() as s:
                    s.bind((address, 0))
            except OSError:
                continue
            return address
    return None


def raw_get(host: str, port: int, path: str, headers: dict[str, str],
            source: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(host, port, timeout=T, source_address=(source, 0))
    try:
        conn.request("GET", path, headers=headers)
        reply = conn.getresponse()
        return reply.status, dict(reply.getheaders()), reply.read()
    finally:
        conn.close()


@pytest.fixture
def lan_runtime(db) -> Iterator[tuple[ApiServers, str]]:
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to bind the API to, so "
                    "the rule 'a trusted origin is never trusted from another peer' cannot be "
                    "exercised over a real network address")
    engine = CheckEngine()
    runtime = ApiServers(engine, Binding(address, 0, 0))
    runtime.start()
    try:
        yield runtime, address
    finally:
        runtime.stop()
        engine.shutdown()


def test_trusted_origin_is_not_trusted_from_another_peer(lan_runtime) -> None:
    runtime, address = lan_runtime
    port = runtime.main.port
    status, _, body = raw_get(address, port, "/shops", {"Origin": WEBAPP_ORIGIN, **JSON},
                                    source=address)
    assert status == 401, body
    assert json.loads(body)["error"]["code"] == "authentication_required"
    # With a token the same peer is served.
    users.add_user("uzoq", PASSWORD, "viewer")
    conn = http.client.HTTPConnection(address, port, timeout=T, source_address=(address, 0))
    conn.request("POST", "/auth/login", body=json.dumps({"username": "uzoq",
                                                         "password": PASSWORD}), headers=JSON)
    token = json.loads(conn.getresponse().read())["token"]
    conn.close()
    status, _, body = raw_get(address, port, "/shops",
                              {"Authorization": f"Bearer {token}"}, source=address)
    assert status == 200 and json.loads(body) == []
    status, _, _ = raw_get(address, runtime.status.port, "/bulk-check-simcards/123",
                           {"Origin": WEBAPP_ORIGIN}, source=address)
    assert status == 401


# ---------------------------------------------------------------- CORS


def test_preflights(apis) -> None:
    ok = requests.options(f"{apis.main}/simcards/assign", headers={
        "Origin": WEBAPP_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,authorization"}, timeout=T)
    assert ok.status_code == 204
    assert_webapp_cors(ok)
    assert "POST" in ok.headers["Access-Control-Allow-Methods"]
    assert "*" not in ok.headers["Access-Control-Allow-Origin"]
    assert "Access-Control-Allow-Credentials" not in ok.headers

    evil = requests.options(f"{apis.main}/shops", headers={
        "Origin": EVIL_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, timeout=T)
    assert evil.status_code == 403
    assert "Access-Control-Allow-Origin" not in evil.headers
    assert error_of(evil)["code"] == "origin_not_allowed"

    odd_header = requests.options(f"{apis.main}/shops", headers={
        "Origin": WEBAPP_ORIGIN, "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "content-type, x-evil"}, timeout=T)
    assert odd_header.status_code == 403
    assert "x-evil" in error_of(odd_header)["message"]

    status_api = requests.options(f"{apis.status}/check-simcard-status", headers={
        "Origin": WEBAPP_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, timeout=T)
    assert status_api.status_code == 204
    assert_webapp_cors(status_api)


def test_cors_headers_on_errors(apis) -> None:
    h = WEBAPP_HEADERS
    missing = requests.get(f"{apis.main}/no/such/path", headers=h, timeout=T)
    assert missing.status_code == 404 and error_of(missing)["code"] == "not_found"
    assert_webapp_cors(missing)
    wrong_method = requests.patch(f"{apis.main}/statistics", data="{}", headers=h, timeout=T)
    assert wrong_method.status_code == 405
    assert error_of(wrong_method)["code"] == "method_not_allowed"
    assert_webapp_cors(wrong_method)
    invalid = requests.post(f"{apis.main}/shops", data=json.dumps({"name": 5}), headers=h,
                            timeout=T)
    assert invalid.status_code == 422
    assert_webapp_cors(invalid)
    unknown_shop = requests.get(f"{apis.main}/shops/999", headers=h, timeout=T)
    assert unknown_shop.status_code == 404
    assert_webapp_cors(unknown_shop)
    status_404 = requests.get(f"{apis.status}/nothing", headers=h, timeout=T)
    assert status_404.status_code == 404
    assert_webapp_cors(status_404)


def test_internal_error_is_json_with_cors_and_request_id_but_no_traceback(apis) -> None:
    # Break the real database under the running server: the card table disappears.
    current_database().execute_sql('ALTER TABLE "simcard" RENAME TO "simcard_gone"')
    reply = requests.get(f"{apis.main}/statistics",
                         headers={**WEBAPP_HEADERS, "X-Request-Id": "office-req-42"}, timeout=T)
    assert reply.status_code == 500
    assert_webapp_cors(reply)
    assert reply.headers["X-Request-Id"] == "office-req-42"
    err = error_of(reply)
    assert err["code"] == "internal_error"
    assert err["requestId"] == "office-req-42" and "office-req-42" in err["message"]
    for leak in ("Traceback", "simcard_gone", "OperationalError", "File \""):
        assert leak not in reply.text

    generated = requests.get(f"{apis.main}/simcards?limit=5", headers=WEBAPP_HEADERS, timeout=T)
    assert generated.status_code == 500
    assert_webapp_cors(generated)
    assert "Traceback" not in generated.text
    rid = generated.headers["X-Request-Id"]
    assert rid and error_of(generated)["requestId"] == rid
    status_500 = requests.post(f"{apis.status}/check-simcard-status", json={"code": "1"},
                               headers={"Origin": WEBAPP_ORIGIN}, timeout=T)
    assert status_500.status_code == 500 and "Traceback" not in status_500.text
    assert_webapp_cors(status_500)
    # Health answers (unhealthy) instead of failing.
    health = requests.get(f"{apis.main}/health", timeout=T)
    assert health.status_code == 200 and health.json()["status"] == "unhealthy"
    current_database().execute_sql('ALTER TABLE "simcard_gone" RENAME TO "simcard"')


# ---------------------------------------------------------------- Host, media type, size


def test_host_header_must_be_local_when_bound_to_loopback(apis) -> None:
    port = apis.main.rsplit(":", 1)[1]
    for host in ("evil.example", f"evil.example:{port}", "192.168.1.5", "localhost.evil.com"):
        reply = requests.get(f"{apis.main}/health", headers={**WEBAPP_HEADERS, "Host": host},
                             timeout=T)
        assert reply.status_code == 403, host
        assert error_of(reply)["code"] == "host_not_allowed"
    status_host = requests.post(f"{apis.status}/check-simcard-status", json={"code": "1"},
                                headers={**WEBAPP_HEADERS, "Host": "evil.example"}, timeout=T)
    assert status_host.status_code == 403
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        reply = requests.get(f"{apis.main}/shops", headers={**WEBAPP_HEADERS, "Host": host},
                             timeout=T)
        assert reply.status_code == 200, host


def test_writes_need_json_content_type(apis) -> None:
    body = json.dumps(SHOP)
    for ctype in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                  None):
        headers = {"Origin": WEBAPP_ORIGIN}
        if ctype:
            headers["Content-Type"] = ctype
        reply = requests.post(f"{apis.main}/shops", data=body, headers=headers, timeout=T)
        assert reply.status_code == 415, ctype
        assert error_of(reply)["code"] == "unsupported_media_type"
        assert_webapp_cors(reply)
    assert Shop.select().count() == 0
    ok = requests.post(f"{apis.main}/shops", data=body,
                       headers={"Origin": WEBAPP_ORIGIN,
                                "Content-Type": "application/json; charset=utf-8"}, timeout=T)
    assert ok.status_code == 201


def send_oversized(port: int, length: int) -> tuple[int, dict[str, str], bytes]:
    """Announce a body of ``length`` bytes and send only its start, as a client that does not
    know better would; the server must refuse without waiting for the rest."""
    with socket.create_connection(("127.0.0.1", port), timeout=T) as sock:
        sock.sendall(
            b"POST /simcards/bulk HTTP/1.1\r\nHost: localhost\r\n"
            b"Origin: " + WEBAPP_ORIGIN.encode() + b"\r\n"
            b"Content-Type: application/json\r\n"
            b"Content-Length: " + str(length).encode() + b"\r\n\r\n"
            b'{"codes": [')
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines[1:])}
        size = int(headers.get("content-length", "0"))
        while len(rest) < size:
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
    return int(lines[0].split()[1]), headers, rest


OVER_LIMIT = 16 * 1024 * 1024 + 1


def test_oversized_body_is_413(apis) -> None:
    port = int(apis.main.rsplit(":", 1)[1])
    status, _, _ = send_oversized(port, OVER_LIMIT)
    assert status == 413
    assert Shop.select().count() == 0
    # The server is still fine afterwards.
    assert requests.get(f"{apis.main}/health", timeout=T).status_code == 200


def test_oversized_body_error_is_json_with_cors(apis) -> None:
    port = int(apis.main.rsplit(":", 1)[1])
    status, headers, body = send_oversized(port, OVER_LIMIT)
    assert status == 413
    assert headers["content-type"].startswith("application/json"), headers
    error = json.loads(body)["error"]
    assert error["code"] == "body_too_large"
    assert headers.get("access-control-allow-origin") == WEBAPP_ORIGIN
    # Refused by Waitress before the app: still a request id, in the reply and the log.
    assert error["requestId"] and headers.get("x-request-id") == error["requestId"]


def test_malformed_json_is_400(apis) -> None:
    for raw in ('{"name": "x"', "[1, 2", "not json at all", '{"name": "x"}}'):
        reply = requests.post(f"{apis.main}/shops", data=raw, headers=WEBAPP_HEADERS, timeout=T)
        assert reply.status_code == 400, raw
        assert error_of(reply)["code"] == "invalid_json"
        assert_webapp_cors(reply)
    empty = requests.post(f"{apis.main}/shops", data="", headers=WEBAPP_HEADERS, timeout=T)
    assert empty.status_code == 422
    assert Shop.select().count() == 0


def test_wrong_types_and_unknown_fields_are_422_naming_them(apis) -> None:
    reply = requests.post(f"{apis.main}/shops", headers=WEBAPP_HEADERS, timeout=T, data=json.dumps(
        {"name": 5, "latitude": "north", "colour": "red"}))
    assert reply.status_code == 422
    err = error_of(reply)
    assert set(err["details"]["fields"]) == {"name", "latitude", "colour"}
    assert "not a known field" in err["details"]["fields"]["colour"]
    assert_webapp_cors(reply)

    assign = requests.post(f"{apis.main}/simcards/assign", headers=WEBAPP_HEADERS, timeout=T,
                           data=json.dumps({"shopId": "1", "count": "3"}))
    assert assign.status_code == 422
    assert set(error_of(assign)["details"]["fields"]) == {"count"}
    login_reply = requests.post(f"{apis.main}/auth/login", headers=WEBAPP_HEADERS, timeout=T,
                                data=json.dumps({"username": ["a"], "extra": 1}))
    assert login_reply.status_code == 422
    assert set(error_of(login_reply)["details"]["fields"]) == {"username", "password", "extra"}
    bulk = requests.post(f"{apis.status}/check-simcard-status/bulk", headers=WEBAPP_HEADERS,
                         timeout=T, data=json.dumps({"codes": "123"}))
    assert bulk.status_code == 422
    assert "codes" in error_of(bulk)["details"]["fields"]
    assert Shop.select().count() == 0


def test_live_status_needs_operator(apis) -> None:
    viewer = token_for(apis.main, "korish", "viewer")
    reply = requests.post(f"{apis.status}/check-simcard-status?live=1", json={"code": "1"},
                          headers={"Authorization": f"Bearer {viewer}"}, timeout=T)
    assert reply.status_code == 403
    stored = requests.post(f"{apis.status}/check-simcard-status", json={"code": "1"},
                           headers={"Authorization": f"Bearer {viewer}"}, timeout=T)
    assert stored.status_code == 200 and stored.json()["status"] == "not_found"


@pytest.mark.parametrize("body", [
    {"simCards": [{"id": 2**70}]},
    {"shopId": 2**70, "count": 1},
    {"shopId": None, "ids": [2**70]},
    {"codes": ["8999801000000000014"], "shopId": 2**70},
], ids=["auto-check", "assign-shop", "assign-ids", "bulk-shop"])
def test_integer_ids_beyond_64_bits_are_refused_not_500(apis, body) -> None:
    path = {"simCards": "/simcards/auto-check", "count": "/simcards/assign",
            "ids": "/simcards/assign", "codes": "/simcards/bulk"}[next(k for k in body if k in (
                "simCards", "count", "ids", "codes"))]
    reply = requests.post(apis.main + path, data=json.dumps(body), headers=WEBAPP_HEADERS,
                          timeout=T)
    if path == "/simcards/auto-check":
        # An id that is no card here is skipped, as the web app's own made-up ids are.
        assert reply.status_code == 200, reply.text
        assert reply.json()["notFound"] == [str(2**70)]
    else:
        assert reply.status_code in (404, 422), reply.text


def test_malformed_http_is_refused_as_json_with_a_request_id(apis) -> None:
    port = int(apis.main.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=T) as raw:
        raw.sendall(b"GET /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n")
        reply = b""
        while chunk := raw.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"x-request-id:" in head.lower()
    error = json.loads(body)["error"]
    assert error["code"] == "bad_request" and error["requestId"]
    assert "Traceback" not in body.decode()
