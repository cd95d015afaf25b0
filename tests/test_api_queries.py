"""Query strings in the office's languages, odd Host headers and paging links."""

from __future__ import annotations

import http.client
import json

import requests

from simdesk.domain import settings, shops, simcards
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import pack

T = 10


def test_search_in_cyrillic_and_uzbek(apis):
    shops.create_shop({"name": "Чорсу бозор", "region": "Fargʻona viloyati"})
    shops.create_shop({"name": "Oʻzbek savdo"})
    for q, expected in (("Чорсу", ["Чорсу бозор"]), ("бозор", ["Чорсу бозор"]),
                        ("Oʻzbek", ["Oʻzbek savdo"])):
        reply = requests.get(f"{apis.main}/shops", params={"q": q, "limit": 10},
                             headers=WEBAPP_HEADERS, timeout=T)
        assert reply.status_code == 200
        assert [s["name"] for s in reply.json()] == expected
        assert "%D0%A7" in reply.headers["Link"] or q != "Чорсу"
    region = requests.get(f"{apis.main}/shops", params={"region": "Fargʻona viloyati"},
                          headers=WEBAPP_HEADERS, timeout=T)
    assert [s["name"] for s in region.json()] == ["Чорсу бозор"]


def test_malformed_host_is_refused_as_json(apis):
    port = int(apis.main.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=T)
    conn.putrequest("GET", "/health", skip_host=True)
    conn.putheader("Host", "[::1")
    conn.endheaders()
    reply = conn.getresponse()
    body = json.loads(reply.read())
    assert reply.status == 403
    assert body["error"]["code"] == "host_not_allowed"


def test_prev_link_past_the_end_points_at_the_last_page(apis):
    simcards.bulk_add(simcards.entries_from_codes(pack(31)), source="cli")
    reply = requests.get(f"{apis.main}/simcards?limit=10&offset=1000", headers=WEBAPP_HEADERS,
                         timeout=T)
    assert reply.json() == []
    links = reply.headers["Link"]
    assert 'offset=30>; rel="prev"' in links
    assert 'offset=30>; rel="last"' in links


def test_settings_refuse_values_that_would_break_later(db):
    from simdesk.errors import ValidationError

    for key, value, reason in (
        ("api.host", "not a host!", "must be an address of this computer"),
        ("api.host", "", "must be an address of this computer"),
        ("status_source.url", "http://x:99999", "port that is not a number"),
        ("status_source.headers", '{"Ключ": "v"}', "plain ASCII"),
    ):
        try:
            settings.set_value(key, value)
        except ValidationError as exc:
            assert reason in exc.message
        else:
            raise AssertionError(f"{key}={value!r} was accepted")
    assert settings.get("api.host") == "127.0.0.1"
