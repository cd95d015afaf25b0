"""``POST /simcards/bulk``'s answer over real HTTP (issue 12): compact by default — counts,
the new ids as a range or a list, the web app's ``created_cards`` and ``failed_cards``, and
every line with a problem in full — and with ``?details=1`` every line's result as well,
exactly as the answer was before (recorded in tests/data/bulk_answers_before_issue12.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from simdesk.domain import simcards
from simdesk.storage.models import SimCard
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import iccid, pack

RECORDED = Path(__file__).parent / "data" / "bulk_answers_before_issue12.json"
T = 60


def post(base: str, body: Any, query: str = "", expect: int = 200) -> Any:
    reply = requests.post(f"{base}/simcards/bulk{query}", data=json.dumps(body),
                          headers=WEBAPP_HEADERS, timeout=T)
    assert reply.status_code == expect, reply.text
    return reply.json()


def scenario(base: str, query: str = "") -> list[Any]:
    """A card stored, a shop, then two bulk adds: codes with every kind of line, and
    entries with phones into the shop.  Its answers before issue 12 are recorded."""
    for path, body in (("/simcards", {"code": iccid(1)}),
                       ("/shops", {"name": "Chorsu", "region": "Toshkent shahri"})):
        reply = requests.post(base + path, json=body, headers=WEBAPP_HEADERS, timeout=T)
        assert reply.status_code == 201, reply.text
    bad = iccid(5)[:-1] + str((int(iccid(5)[-1]) + 1) % 10)
    spaced = iccid(6)[:4] + " " + iccid(6)[4:10] + "-" + iccid(6)[10:]
    codes = [iccid(2), iccid(1), "12345", iccid(3), iccid(2), bad, spaced, "", "89ab",
             iccid(4)]
    entries = [{"code": iccid(7), "phone": "90 123 45 67"}, {"code": iccid(8), "phone": "12"},
               {"code": iccid(7)}]
    return [post(base, {"codes": codes}, query),
            post(base, {"entries": entries, "shopId": "1"}, query)]


def stored_ids() -> dict[str, str]:
    return {code: str(card_id)
            for code, card_id in SimCard.select(SimCard.code, SimCard.id).tuples()}


def test_details_equal_the_answer_before_issue_12(apis):
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))["answers"]
    answers = scenario(apis.main, "?details=1")
    for answer, before in zip(answers, recorded, strict=True):
        new = {key: answer.pop(key) for key in ("createdIds", "problems")}
        assert answer == before
        # The problems are the details' lines that are not plainly created.
        assert new["problems"] == [r for r in before["results"]
                                   if r["result"] != "created" or r["reason"]]


def test_compact_answer_by_default(apis):
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))["answers"]
    answers = scenario(apis.main)
    ids = stored_ids()
    for answer, before in zip(answers, recorded, strict=True):
        assert set(answer) == {"success", "created", "failed", "duplicates", "invalid",
                               "createdIds", "created_cards", "failed_cards", "problems"}
        # Every field the web app reads is as it was (docs/webapp.md).
        for key in ("success", "created", "failed", "created_cards", "failed_cards"):
            assert answer[key] == before[key], key
        new = [card["code"] for card in answer["created_cards"]]
        assert answer["createdIds"] == {"first": ids[new[0]], "last": ids[new[-1]]}
        assert [str(n) for n in range(int(ids[new[0]]), int(ids[new[-1]]) + 1)] == [
            ids[code] for code in new]
    codes_answer, entries_answer = answers
    expected = [(2, "duplicate", "already stored"), (3, "invalid", "has 5 digits"),
                (5, "duplicate", "appears twice in the input (first on line 1)"),
                (6, "invalid", "fails the check digit"), (8, "invalid", "the code is empty"),
                (9, "invalid", "contains characters other than digits")]
    problems = codes_answer["problems"]
    assert [(p["line"], p["result"]) for p in problems] == [e[:2] for e in expected]
    assert all(p["reason"].startswith(e[2]) for p, e in zip(problems, expected, strict=True))
    assert [p["code"] for p in codes_answer["problems"]] == [
        iccid(1), "12345", iccid(2), codes_answer["problems"][3]["code"], "", "89ab"]
    # A card created without its phone is a problem line too (result "created").
    assert [(p["line"], p["result"]) for p in entries_answer["problems"]] == [
        (2, "created"), (3, "duplicate")]
    assert entries_answer["problems"][0]["reason"].startswith("phone ")


def test_a_large_add_answers_in_a_range_and_its_problem_lines(apis):
    base = apis.main
    stored = pack(3)
    post(base, {"codes": stored})
    codes = [*pack(1200, 100), stored[1], "123", pack(1, 100)[0]]
    answer = post(base, {"codes": codes})
    ids = stored_ids()
    assert (answer["created"], answer["duplicates"], answer["invalid"]) == (1200, 2, 1)
    assert answer["createdIds"] == {"first": ids[codes[0]], "last": ids[codes[1199]]}
    assert [card["id"] for card in answer["created_cards"]] == [ids[c] for c in codes[:1200]]
    assert [(p["line"], p["code"], p["result"]) for p in answer["problems"]] == [
        (1201, stored[1], "duplicate"), (1202, "123", "invalid"),
        (1203, codes[0], "duplicate")]
    assert "results" not in answer
    # Nothing created: no ids at all.
    again = post(base, {"codes": stored})
    assert (again["created"], again["createdIds"], again["created_cards"]) == (0, [], [])


def test_created_ids_as_a_list_when_they_do_not_run_one_after_another(db):
    """Ids that skip (PostgreSQL's sequence shared with another writer, say) are listed."""
    from simdesk.api.main_app import bulk_answer

    result = simcards.bulk_add(simcards.entries_from_codes(pack(3)), source="api")
    result.created_id_list = [7, 9, 10]
    assert bulk_answer(result)["createdIds"] == ["7", "9", "10"]
    result.created_id_list = [7, 8, 9]
    assert bulk_answer(result)["createdIds"] == {"first": "7", "last": "9"}
    result.created_id_list = [9, 8, 7]  # all there, but not in input order
    assert bulk_answer(result)["createdIds"] == ["9", "8", "7"]


@pytest.mark.parametrize("value", ["2", "maybe", "on"])
def test_details_must_be_a_yes_or_no(apis, value):
    answer = post(apis.main, {"codes": pack(1)}, f"?details={value}", expect=422)
    assert "details" in answer["error"]["message"]
    assert SimCard.select().count() == 0  # refused before anything was written
