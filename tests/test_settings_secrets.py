"""Secrets inside settings are never shown outside the window: the password of an address's
``user:password@`` and its secret query parameters as ``***`` (like the headers and the
webhook), in the domain and over real HTTP (a viewer's token, the trusted web app); and a
``GET`` → ``PUT /settings`` round trip keeps every stored secret."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from simdesk.domain import settings, users
from simdesk.errors import ValidationError
from tests.conftest import WEBAPP_HEADERS

T = 30
PASSWORD = "Str0ng-Passw0rd!x"

SECRETS = ("pw-Se1", "K-api-2", "T-tok-3", "A-acc-4", "S-sec-5", "P-pas-6", "KK-key-7",
           "hdr-8", "hook-9", "tpl-10", "tplpw-11")
STORED: dict[str, Any] = {
    "status_source.url": "http://seed:pw-Se1@10.0.0.5:9020/check?api_key=K-api-2&lang=uz"
                         "&token=T-tok-3&Access_Token=A-acc-4&secret=S-sec-5"
                         "&password=P-pas-6&key=KK-key-7#top",
    "status_source.url_template": "https://bot:tplpw-11@api.operator.uz/v1/sims/{iccid}"
                                  "?apiKey=tpl-10&code={code}&format=json",
    "status_source.headers": {"X-Api-Key": "hdr-8"},
    "notify.webhook_url": "https://hooks.example/hook-9",
}
SHOWN = {
    "status_source.url": "http://seed:***@10.0.0.5:9020/check?api_key=***&lang=uz"
                         "&token=***&Access_Token=***&secret=***&password=***&key=***#top",
    "status_source.url_template": "https://bot:***@api.operator.uz/v1/sims/{iccid}"
                                  "?apiKey=***&code={code}&format=json",
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
    settings.set_value("status_source.url", "http://user@10.0.0.5:9020/x?iccid={iccid}&k=1")
    assert settings.get_all(include_secrets=False)["status_source.url"] == (
        "http://user@10.0.0.5:9020/x?iccid={iccid}&k=1")
    assert settings.mask_url("https://u:p%40ss@h.uz/?X-API-KEY=a&client_secret=b&q=") == (
        "https://u:***@h.uz/?X-API-KEY=***&client_secret=***&q=")


def test_a_refused_address_is_never_echoed_with_its_secret(db) -> None:
    with pytest.raises(ValidationError) as info:
        settings.coerce("status_source.url", "ftp://seed:pw-Se1@host/?token=T-tok-3")
    assert "ftp://seed:***@host/?token=***" in info.value.message
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
                       .replace("format=json", "format=xml")}, keep_hidden=True)
    assert settings.get("status_source.url") == STORED["status_source.url"].replace(
        "lang=uz", "lang=ru")
    assert settings.get("status_source.url_template") == STORED[
        "status_source.url_template"].replace("format=json", "format=xml")
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
        "bot:***@", "bot@").replace("code={code}", "code={code}&token=***"),
     "has *** as the value of token"),
    # The stored secret goes to its own address only.
    ("status_source.url", SHOWN["status_source.url"].replace("10.0.0.5", "evil.example"),
     "kept only for the same address"),
    ("status_source.url", SHOWN["status_source.url"].replace("seed:", "other:"),
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
