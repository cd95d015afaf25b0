"""Card selections in the domain: a filter, rows of a filter or ids, and the operations that
run on them in SQL batches (delete, assign, return, codes, export) with progress and Cancel."""

from __future__ import annotations

import csv

import pytest

from simdesk.domain import selection as sel_mod
from simdesk.domain import simcards
from simdesk.domain.export import export_table
from simdesk.domain.selection import (
    CardSelection,
    assign_selection,
    delete_selection,
    return_selection,
    selection_codes,
    selection_count,
    selection_ids,
    sold_in,
)
from simdesk.domain.simcards import CardFilter
from simdesk.errors import ConflictError
from simdesk.jobs import Cancelled
from simdesk.storage.models import SimCard, StatusCheck
from tests.helpers import make_shop, pack
from tests.helpers import stock_cards as add


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sel_mod, "BATCH", 7)  # many batches out of a few cards


def test_a_filter_selection_is_counted_and_listed_in_sql(db, small_batches):
    ids = add(30)
    shop = make_shop()
    simcards.assign_cards(shop, ids=ids[:12], source="cli")
    everything = CardSelection.matching(None)
    in_shop = CardSelection.matching(CardFilter(shop_id=shop))
    assert selection_count(everything) == 30
    assert selection_count(in_shop) == 12
    assert sorted(selection_ids(in_shop)) == sorted(ids[:12])
    assert sorted(selection_codes(in_shop)) == sorted(pack(30)[:12])
    # Rows 2…4 and 10 of the filter in the table's order (newest first, then id).
    table = [c.id for c in simcards.card_refs(simcards.card_query(None, sort="-addedDate"))]
    rows = CardSelection.rows(None, "-addedDate", [(2, 4), (10, 10)])
    assert selection_ids(rows) == [*table[2:5], table[10]]


def test_delete_by_filter_deletes_only_the_matching_cards_with_their_log(db, small_batches):
    ids = add(40)
    shop = make_shop()
    simcards.assign_cards(shop, ids=ids[:15], source="cli")
    seen: list[tuple[int, int]] = []
    deleted = delete_selection(CardSelection.matching(CardFilter(status="available")),
                               source="gui", actor="ali",
                               progress=lambda done, total: seen.append((done, total)))
    assert deleted == 25
    assert SimCard.select().count() == 15
    assert {c.status for c in SimCard.select()} == {"assigned"}
    rows = list(StatusCheck.select().where(StatusCheck.details == "deleted"))
    assert len(rows) == 25 and {r.actor for r in rows} == {"ali"}
    assert {r.simcard_code for r in rows} == set(pack(40)[15:])
    assert all(r.old_status == "available" and r.new_status is None and r.changed
               for r in rows)
    assert seen[-1] == (25, 25) and len(seen) >= 4  # progress per batch


def test_delete_with_a_sold_card_names_it_and_deletes_nothing(db, small_batches):
    ids = add(20)
    simcards.mark_sold(ids[3:6], source="cli")
    everything = CardSelection.matching(None)
    blockers = sold_in(everything, limit=2)
    assert blockers.total == 3 and blockers.codes == sorted(pack(20)[3:6])[:2]
    with pytest.raises(ConflictError) as caught:
        delete_selection(everything, source="gui")
    assert caught.value.code == "sold_card_final"
    assert "3 of the chosen cards are sold" in caught.value.message
    assert pack(20)[3] in caught.value.message
    assert SimCard.select().count() == 20
    assert not StatusCheck.select().where(StatusCheck.details == "deleted").exists()


def test_a_cancelled_delete_rolls_every_batch_back(db, small_batches):
    add(50)
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 4:  # after three batches were deleted
            raise Cancelled()

    with pytest.raises(Cancelled):
        delete_selection(CardSelection.matching(None), source="gui", check=check)
    assert SimCard.select().count() == 50
    assert not StatusCheck.select().where(StatusCheck.details == "deleted").exists()


def test_assign_and_return_by_selection_skip_what_may_not_move(db, small_batches):
    ids = add(30)
    shop = make_shop()
    other = make_shop("Yunusobod 2")
    simcards.assign_cards(other, ids=ids[:5], source="cli")
    simcards.mark_sold(ids[5:7], source="cli")
    outcome = assign_selection(shop, CardSelection.matching(None), source="gui")
    assert outcome.changed == 28 and outcome.skipped == 2 and outcome.shop_name == "Chilonzor 1"
    assert {s.ref for s in outcome.examples} == set(pack(30)[5:7])
    assert SimCard.select().where(SimCard.shop == shop,
                                  SimCard.status == "assigned").count() == 28
    moved = StatusCheck.select().where(StatusCheck.details == f"moved from shop {other}")
    assert moved.count() == 5
    back = return_selection(CardSelection.matching(CardFilter(shop_id=shop)), source="gui")
    assert back.changed == 28 and back.skipped == 0
    assert SimCard.select().where(SimCard.status == "available").count() == 28


def test_a_cancelled_assign_changes_nothing(db, small_batches):
    add(30)
    shop = make_shop()
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        assign_selection(shop, CardSelection.matching(None), source="gui", check=check)
    assert SimCard.select().where(SimCard.status == "assigned").count() == 0
    assert StatusCheck.select().count() == 0


def test_export_of_a_selection(db, tmp_path, small_batches):
    ids = add(20)
    shop = make_shop()
    simcards.assign_cards(shop, ids=ids[:9], source="cli")
    dest = tmp_path / "shop.csv"
    count = export_table("simcards", "csv", dest,
                         cards=CardSelection.matching(CardFilter(shop_id=shop)))
    assert count == 9
    with dest.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert {r[1] for r in rows[1:]} == set(pack(20)[:9])


def test_a_cancelled_export_leaves_no_file(db, tmp_path):
    add(2500)
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "all.csv"
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_table("simcards", "csv", dest, cards=CardSelection.matching(None), check=check)
    assert list(out.iterdir()) == []

