"""Secrets inside settings are never shown outside the window: the user info of an address
(user and password) and its secret parameters (query, ``;``-separated, path) as ``***``, the
string values of secret-named keys of the POST body template, the headers and the webhook as
a whole — in the domain and over real HTTP (a viewer's token, the trusted web app); a
``GET`` → ``PUT /settings`` round trip keeps every stored secret, but never carries a hidden
one to another host.  And no secret of the status source comes back from a check (errors,
raw answers, messages, the log)."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
import requests

from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import settings, users
from simdesk.errors import ValidationError
from simdesk.storage.models import StatusCheck
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import add_cards

T = 30
PASSWORD = "Str0ng-Passw0rd!x"

SECRETS = ("pw-Se1", "K-api-2", "T-tok-3", "A-acc-4", "S-sec-5", "P-pas-6", "KK-key-7",
           "hdr-8", "hook-9", "tpl-10", "tplpw-11", "body-12", "bodyusr-13", "usr-14",
           "botusr-15", "bodypw-16")
STORED: dict[str, Any] = {
    "status_source.url": "http://usr-14:pw-Se1@10.0.0.5:9020/check?api_key=K-api-2&lang=uz"
                         "&token=T-tok-3&Access_Token=A-acc-4&secret=S-sec-5"
                         "&password=P-pas-6&key=KK-key-7#top",
    "status_source.url_template": "https://botusr-15:tplpw-11@api.operator.uz/v1/sims/{iccid}"
                                  "?apiKey=tpl-10&code={code}&format=json",
    "status_source.body_template": '{"iccid": "{iccid}", "apiKey": "body-12", "auth": '
                                   '{"login": "bodyusr-13", "pwd": "bodypw-16"}, "lang": "uz"}',
    "status_source.headers": {"X-Api-Key": "hdr-8"},
    "notify.webhook_url": "https://hooks.example/hook-9",
}
SHOWN = {
    "status_source.url": "http://***:***@10.0.0.5:9020/check?api_key=***&lang=uz"
                         "&token=***&Access_Token=***&secret=***&password=***&key=***#top",
    "status_source.url_template": "https://***:***@api.operator.uz/v1/sims/{iccid}"
                                  "?apiKey=***&code={code}&format=json",
    "status_source.body_template": '{"iccid": "{iccid}", "apiKey": "***", "auth": '
                                   '{"login": "***", "pwd": "***"}, "lang": "uz"}',
    "status_source.headers": "***",
    "notify.webhook_url": "***",
}


@pytest.fixture
def stored(db) -> dict[str, Any]:
    settings.set_many(STORED)
    return STORED


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


# ---------------------------------------------------------------- the domain


def test_secrets_in_addresses_are_shown_masked(stored) -> None:
    shown = settings.get_all(include_secrets=False)
    for key, value in SHOWN.items():
        assert shown[key] == value, key
    assert_no_secret(json.dumps(shown))
    # The window shows the person at the desk the real values.
    real = settings.get_all()
    for key, value in STORED.items():
        assert real[key] == value
    # Addresses without secrets are shown as they are.
    settings.set_value("status_source.url", "http://10.0.0.5:9020/x?iccid={iccid}&k=1")
    assert settings.get_all(include_secrets=False)["status_source.url"] == (
        "http://10.0.0.5:9020/x?iccid={iccid}&k=1")
    assert settings.mask_url("https://u:p%40ss@h.uz/?X-API-KEY=a&client_secret=b&q=") == (
        "https://***:***@h.uz/?X-API-KEY=***&client_secret=***&q=")


@pytest.mark.parametrize(("url", "shown"), [
    # A token as the user name, with or without an empty password.
    ("https://sk_live_SECRETTOKEN:@api.example.com/v1/{iccid}",
     "https://***:@api.example.com/v1/{iccid}"),
    ("https://ghp_SECRETTOKEN@api.example.com/v1/{iccid}",
     "https://***@api.example.com/v1/{iccid}"),
    ("https://user:SECRETTOKEN@api.example.com/v1/{iccid}",
     "https://***:***@api.example.com/v1/{iccid}"),
    # Parameters separated by ";" (in the query and in the path).
    ("https://api.example.com/v1/{iccid}?lang=uz;api_key=SECRETTOKEN",
     "https://api.example.com/v1/{iccid}?lang=uz;api_key=***"),
    ("https://api.example.com/v1;token=SECRETTOKEN/sims/{iccid}",
     "https://api.example.com/v1;token=***/sims/{iccid}"),
    ("https://api.example.com/v1/{iccid}?a=1&sig=SECRETTOKEN;lang=uz#x",
     "https://api.example.com/v1/{iccid}?a=1&sig=***;lang=uz#x"),
])
def test_user_info_and_every_kind_of_parameter_is_masked(db, url: str, shown: str) -> None:
    settings.set_value("status_source.url_template", url)
    assert settings.get_all(include_secrets=False)["status_source.url_template"] == shown
    with pytest.raises(ValidationError) as info:  # a refused value is echoed masked too
        settings.coerce("status_source.url_template", url.replace("https:", "ftp:"))
    assert "SECRETTOKEN" not in json.dumps(info.value.to_dict())
    # The shown form put back keeps the secret.
    settings.set_many({"status_source.url_template": shown}, keep_hidden=True)
    assert settings.get("status_source.url_template") == url


def test_a_refused_address_is_never_echoed_with_its_secret(db) -> None:
    with pytest.raises(ValidationError) as info:
        settings.coerce("status_source.url", "ftp://usr-14:pw-Se1@host/?token=T-tok-3")
    assert "ftp://***:***@host/?token=***" in info.value.message
    assert_no_secret(json.dumps(info.value.to_dict()))


def test_shown_values_put_back_keep_every_secret(stored) -> None:
    settings.set_many(settings.get_all(include_secrets=False), keep_hidden=True)
    real = settings.get_all()
    for key, value in STORED.items():
        assert real[key] == value, key


def test_changing_the_readable_parts_keeps_the_secrets(stored) -> None:
    shown = SHOWN["status_source.url"]
    settings.set_many({"status_source.url": shown.replace("lang=uz", "lang=ru"),
                       "status_source.url_template": SHOWN["status_source.url_template"]
                       .replace("format=json", "format=xml"),
                       "status_source.body_template": SHOWN["status_source.body_template"]
                       .replace('"uz"', '"ru"')}, keep_hidden=True)
    assert settings.get("status_source.url") == STORED["status_source.url"].replace(
        "lang=uz", "lang=ru")
    assert settings.get("status_source.url_template") == STORED[
        "status_source.url_template"].replace("format=json", "format=xml")
    assert settings.get("status_source.body_template") == STORED[
        "status_source.body_template"].replace('"uz"', '"ru"')
    # A secret typed anew replaces the stored one; the others are kept.
    settings.set_many({"status_source.url": shown.replace("token=***", "token=NEW")},
                      keep_hidden=True)
    assert settings.get("status_source.url") == STORED["status_source.url"].replace(
        "T-tok-3", "NEW")


@pytest.mark.parametrize(("key", "value", "reason"), [
    # *** where the stored value has no hidden value: nothing to keep.
    ("status_source.url", SHOWN["status_source.url"].replace("#top", "&sig=***#top"),
     "has *** as the value of sig, but the stored address has no hidden value there"),
    ("status_source.url_template", SHOWN["status_source.url_template"].replace(
        "***:***@", "***@").replace("code={code}", "code={code}&token=***"),
     "has *** as the value of token"),
    ("status_source.body_template", SHOWN["status_source.body_template"].replace(
        '"lang": "uz"', '"token": "***"'), "has *** as the value of token"),
    # The stored secret goes to its own address only.
    ("status_source.url", SHOWN["status_source.url"].replace("10.0.0.5", "evil.example"),
     "kept only for the same address"),
    ("status_source.url", SHOWN["status_source.url"].replace("***:***@", "other:***@"),
     "kept only for the same address"),
])
def test_a_hidden_value_with_nothing_to_keep_is_refused(stored, key, value, reason) -> None:
    with pytest.raises(ValidationError) as info:
        settings.set_many({key: value, "checks.concurrency": 3}, keep_hidden=True)
    assert reason in info.value.fields[key]
    assert "type" in info.value.fields[key]  # … and how to fix it
    assert_no_secret(json.dumps(info.value.to_dict()))
    assert settings.get_all()[key] == STORED[key]  # all or nothing
    assert settings.get("checks.concurrency") == 16


def test_hidden_headers_or_webhook_with_nothing_stored_are_refused(db) -> None:
    for key in ("status_source.headers", "notify.webhook_url"):
        with pytest.raises(ValidationError) as info:
            settings.set_many({key: "***"}, keep_hidden=True)
        assert "nothing is stored to keep" in info.value.fields[key]


TEMPLATE = "status_source.url_template"
HEADERS = "status_source.headers"
BODY = "status_source.body_template"


@pytest.mark.parametrize("moved", [
    "http://other-host/v1/sims/{iccid}",  # another host
    "http://api.operator.uz/v1/sims/{iccid}",  # another scheme (and so port)
    "https://api.operator.uz:8443/v1/sims/{iccid}",  # another port
])
def test_hidden_secrets_never_follow_the_source_to_another_place(stored, moved) -> None:
    before = settings.get_all()
    shown = settings.get_all(include_secrets=False)
    for values in ({TEMPLATE: moved},  # the headers and the body left out: kept hidden
                   {**shown, TEMPLATE: moved},  # sent back as *** from GET
                   {TEMPLATE: moved, HEADERS: "***", BODY: SHOWN[BODY]}):
        with pytest.raises(ValidationError) as info:
            settings.set_many(values, keep_hidden=True)
        fields = info.value.fields
        assert set(fields) >= {HEADERS, BODY}, fields
        for key in (HEADERS, BODY):
            assert "moves from https://api.operator.uz to " in fields[key]
            assert "give" in fields[key] and "again" in fields[key]  # how to fix it
        assert_no_secret(json.dumps(info.value.to_dict()))
        assert settings.get_all() == before  # all or nothing
    # Given anew, they go with it.
    new_body = '{"iccid": "{iccid}", "apiKey": "new-body-key"}'
    settings.set_many({TEMPLATE: moved, HEADERS: {"X-Api-Key": "new-key"}, BODY: new_body},
                      keep_hidden=True)
    assert settings.get(HEADERS) == {"X-Api-Key": "new-key"}
    assert settings.get(BODY) == new_body


def test_hidden_secrets_stay_while_the_source_stays_at_its_place(stored) -> None:
    shown = settings.get_all(include_secrets=False)
    same_place = SHOWN[TEMPLATE].replace("/v1/sims/", "/v2/cards/")
    settings.set_many({**shown, TEMPLATE: same_place}, keep_hidden=True)
    assert settings.get(HEADERS) == STORED[HEADERS]
    assert settings.get(BODY) == STORED[BODY]
    assert settings.get(TEMPLATE) == STORED[TEMPLATE].replace("/v1/sims/", "/v2/cards/")
    # Emptying the template moves the generic source to status_source.url (another host).
    with pytest.raises(ValidationError) as info:
        settings.set_many({TEMPLATE: ""}, keep_hidden=True)
    assert set(info.value.fields) == {HEADERS, BODY}
    # The window (the desk, shown the real values) moves it freely.
    settings.set_many({TEMPLATE: "http://other-host/{iccid}"})
    assert settings.get(HEADERS) == STORED[HEADERS]


# ---------------------------------------------------------------- over HTTP


def token_headers(base: str, role: str) -> dict[str, str]:
    users.add_user(f"u-{role}", PASSWORD, role)
    reply = requests.post(f"{base}/auth/login", json={"username": f"u-{role}",
                                                      "password": PASSWORD}, timeout=T)
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['token']}",
            "Content-Type": "application/json"}


def test_viewers_and_the_web_app_see_no_secret(apis, stored) -> None:
    viewer = token_headers(apis.main, "viewer")
    for headers in (viewer, WEBAPP_HEADERS):
        reply = requests.get(f"{apis.main}/settings", headers=headers, timeout=T)
        assert reply.status_code == 200
        assert_no_secret(reply.text)
        body = reply.json()
        for key, value in SHOWN.items():
            assert body[key] == value, key


def test_get_then_put_settings_changes_nothing(apis, stored) -> None:
    admin = token_headers(apis.main, "admin")
    shown = requests.get(f"{apis.main}/settings", headers=admin, timeout=T).json()
    shown["checks.concurrency"] = 8
    reply = requests.put(f"{apis.main}/settings", json=shown, headers=admin, timeout=T)
    assert reply.status_code == 200, reply.text
    assert_no_secret(reply.text)
    assert reply.json()["checks.concurrency"] == 8
    real = settings.get_all()
    for key, value in STORED.items():
        assert real[key] == value, key
    # A *** where nothing is hidden is a 422 that says what to do, and changes nothing.
    shown["status_source.url"] = shown["status_source.url"].replace("#top", "&sig=***#top")
    shown["checks.concurrency"] = 4
    refused = requests.put(f"{apis.main}/settings", json=shown, headers=admin, timeout=T)
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert "type the real value" in error["details"]["fields"]["status_source.url"]
    assert_no_secret(refused.text)
    assert settings.get("checks.concurrency") == 8


def test_an_admin_token_cannot_send_the_stored_headers_to_another_host(apis, op) -> None:
    [card] = add_cards(1)
    settings.set_many({"status_source.kind": "http-json",
                       TEMPLATE: op.url + "/v1/sims/{iccid}",
                       HEADERS: {"X-Api-Key": "HEADERSECRET"}})
    admin = token_headers(apis.main, "admin")
    with FakeOperator(sold_share=0.0, hang_seconds=5) as other:  # another port: elsewhere
        moved = other.url + "/v1/sims/{iccid}"
        for body in ({TEMPLATE: moved}, {TEMPLATE: moved, HEADERS: "***"}):
            refused = requests.put(f"{apis.main}/settings", json=body, headers=admin,
                                   timeout=T)
            assert refused.status_code == 422, refused.text
            fields = refused.json()["error"]["details"]["fields"]
            assert "give" in fields[HEADERS] and "HEADERSECRET" not in refused.text
        checked = requests.get(f"{apis.main}/simcards/{card}/check-status", headers=admin,
                               timeout=T)
        assert checked.status_code == 200, checked.text
        assert other.requests == 0 and op.last_headers["X-Api-Key"] == "HEADERSECRET"
        # Given anew, the source moves with its new key.
        reply = requests.put(f"{apis.main}/settings", headers=admin, timeout=T, json={
            TEMPLATE: moved, HEADERS: {"X-Api-Key": "OTHERKEY"}})
        assert reply.status_code == 200, reply.text
        checked = requests.get(f"{apis.main}/simcards/{card}/check-status", headers=admin,
                               timeout=T)
        assert checked.status_code == 200, checked.text
        assert other.last_headers["X-Api-Key"] == "OTHERKEY"


# ---------------------------------------------------------------- what a source produces

ECHOED = ("TOPSECRETKEY", "SEMITOKEN1", "BODYSECRET1", "HEADERSECRET")


def test_no_secret_of_the_source_comes_back_from_a_check(apis, op, caplog) -> None:
    """A source answering 404 with the request's path (and body) echoed: the check's error,
    the API's message, the log rows a viewer reads, the stored raw answer and the program's
    log show each secret of the configuration as ***."""
    caplog.set_level(logging.INFO)
    get_card, post_card = add_cards(2)
    operator = token_headers(apis.main, "operator")
    viewer = token_headers(apis.main, "viewer")
    settings.set_many({"status_source.kind": "http-json",
                       TEMPLATE: op.url + "/fail?api_key=TOPSECRETKEY&i={iccid}",
                       HEADERS: {"X-Api-Key": "HEADERSECRET"}})
    caplog.clear()  # (peewee's own DEBUG log shows the values being saved)
    checked = requests.get(f"{apis.main}/simcards/{get_card}/check-status",
                           headers=operator, timeout=T)
    assert checked.status_code == 200, checked.text
    message = checked.json()["externalData"]["message"]
    assert "HTTP 404" in message and "api_key=***" in message, message
    settings.set_many({"status_source.method": "POST",
                       TEMPLATE: op.url + "/v2/sims?lang=uz;token=SEMITOKEN1",
                       BODY: '{"iccid": "{iccid}", "password": "BODYSECRET1"}'})
    caplog.clear()
    checked = requests.get(f"{apis.main}/simcards/{post_card}/check-status",
                           headers=operator, timeout=T)
    assert checked.status_code == 200, checked.text
    assert "token=***" in checked.json()["externalData"]["message"]
    log = requests.get(f"{apis.main}/logs/checks", headers=viewer, timeout=T)
    assert log.status_code == 200
    errors = [row["error"] for row in log.json() if row["error"]]
    assert len(errors) == 2 and all("HTTP 404" in e for e in errors), errors
    raw = [r.raw_response for r in StatusCheck.select() if r.raw_response]
    assert len(raw) == 2 and '"password\\": \\"***\\"' in raw[1], raw
    for text in (checked.text, log.text, caplog.text, *raw,
                 *(r.error or "" for r in StatusCheck.select())):
        for secret in ECHOED:
            assert secret not in text
