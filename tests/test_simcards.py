from __future__ import annotations

from datetime import datetime

import pytest

from simdesk.domain import settings, shops, simcards
from simdesk.domain.simcards import CardListRow, CardRef, CodeRange, NotEnoughCardsError, Skipped
from simdesk.errors import ConflictError, NotFoundError, ValidationError
from simdesk.storage.models import SimCard, StatusCheck
from tests.helpers import iccid, pack


@pytest.fixture
def shop(db):
    return shops.create_shop({"name": "Chorsu"})


@pytest.fixture
def shop2(db):
    return shops.create_shop({"name": "Yunusobod"})


def add(codes, **kw):
    return simcards.bulk_add(simcards.entries_from_codes(codes), source="gui", **kw)


def changes(**where):
    query = StatusCheck.select().where(StatusCheck.kind == "change")
    for key, value in where.items():
        query = query.where(getattr(StatusCheck, key) == value)
    return list(query.order_by(StatusCheck.id))


# ------------------------------------------------------------ single cards


def test_create_card_normalises_and_detects_operator(db):
    code = iccid(1)
    card = simcards.create_card(f" {code[:4]} {code[4:10]}-{code[10:]} ", phone="93 111 22 33")
    assert card.code == code
    assert card.status == "available"
    assert card.phone == "+998931112233"
    assert card.operator == "Ucell"
    assert card.shop_id is None


def test_create_duplicate_refused(db):
    first = simcards.create_card(iccid(1))
    with pytest.raises(ConflictError) as info:
        simcards.create_card(iccid(1))
    assert info.value.message == (
        f"Code {iccid(1)} is already stored (card {first.id}, available); each card is "
        "stored once.")
    assert info.value.details["fields"] == {"code": "already stored"}
    assert SimCard.select().count() == 1


def test_create_invalid_code_writes_nothing(db):
    with pytest.raises(ValidationError, match="has 5 digits; an ICCID has 19 or 20"):
        simcards.create_card("12345")
    with pytest.raises(ValidationError, match="is not an Uzbek phone number"):
        simcards.create_card(iccid(1), phone="555")
    assert SimCard.select().count() == 0


def test_luhn_setting_off_accepts_unchecked_codes(db):
    bad = iccid(1)[:-1] + str((int(iccid(1)[-1]) + 1) % 10)
    with pytest.raises(ValidationError, match="fails the check digit"):
        simcards.create_card(bad)
    settings.set_value("codes.verify_luhn", False)
    assert simcards.create_card(bad).code == bad


def test_update_fields(db):
    card = simcards.create_card(iccid(1))
    updated = simcards.update_card(card.id, {"phone": "+998 97 123 45 67", "notes": " box 3 "},
                                   source="gui")
    assert (updated.phone, updated.operator, updated.notes) == ("+998971234567", "Mobiuz", "box 3")
    other = simcards.create_card(iccid(2))
    with pytest.raises(ConflictError, match="is already stored"):
        simcards.update_card(other.id, {"code": iccid(1)}, source="gui")
    with pytest.raises(ValidationError, match="Unknown SIM card field"):
        simcards.update_card(card.id, {"colour": "red"}, source="gui")
    with pytest.raises(ValidationError, match="must be one of: available, assigned, sold"):
        simcards.update_card(card.id, {"status": "lost"}, source="gui")
    with pytest.raises(NotFoundError, match="SIM card 999 does not exist"):
        simcards.update_card(999, {"notes": "x"}, source="gui")


def test_update_status_goes_through_transitions(shop):
    card = simcards.create_card(iccid(1))
    with pytest.raises(ValidationError, match="needs the shop it is assigned to"):
        simcards.update_card(card.id, {"status": "assigned"}, source="api")
    c = simcards.update_card(card.id, {"status": "assigned", "shop_id": shop.id}, source="api")
    assert (c.status, c.shop_id) == ("assigned", shop.id)
    assert c.assigned_at is not None
    c = simcards.update_card(card.id, {"status": "sold"}, source="api")
    assert c.status == "sold"
    assert c.sale_date is not None
    assert c.shop_id == shop.id
    with pytest.raises(ConflictError, match="sold; a sold card stays with its shop"):
        simcards.update_card(card.id, {"status": "available"}, source="api")
    with pytest.raises(ConflictError, match="a sold card cannot be reassigned"):
        simcards.update_card(card.id, {"status": "assigned", "shop_id": shop.id}, source="api")
    log = changes(simcard=card.id)
    assert [(r.old_status, r.new_status, r.source) for r in log] == [
        ("available", "assigned", "api"), ("assigned", "sold", "api")]


def test_sold_keeps_given_sale_date(shop):
    card = simcards.create_card(iccid(1))
    when = datetime(2026, 5, 1, 9, 30)
    simcards.mark_sold([card.id], sale_date=when, source="report")
    got = SimCard.get_by_id(card.id)
    assert got.status == "sold"
    assert got.sale_date == when
    assert got.shop_id is None  # sold straight from the office
    with pytest.raises(ConflictError, match="already sold"):
        simcards.mark_sold([card.id], source="gui")


def test_delete_card(shop):
    a, b = (simcards.create_card(iccid(n)) for n in (1, 2))
    simcards.assign_cards(shop.id, ids=[b.id], source="gui")
    simcards.delete_card(a.id, source="gui")
    simcards.mark_sold([b.id], source="gui")
    with pytest.raises(ConflictError, match="sold cards are sales history"):
        simcards.delete_card(b.id, source="gui")
    assert [c.id for c in SimCard.select()] == [b.id]
    deleted = changes(simcard_code=iccid(1))
    assert [(r.old_status, r.new_status, r.details) for r in deleted] == [
        ("available", None, "deleted")]


# ------------------------------------------------------------ bulk add


def test_bulk_add_per_line_results(db):
    good = pack(3)
    stored = simcards.create_card(iccid(50))
    entries = [
        (1, good[0], None),
        (2, "8999 8010 " + good[1][8:], None),  # spaces dropped → still a good code
        (3, good[0], None),  # twice in input
        (4, stored.code, None),  # already stored
        (5, "12345", None),
        (6, good[2], "not a phone"),
        (7, good[2][:-1] + str((int(good[2][-1]) + 1) % 10), None),
    ]
    result = simcards.bulk_add(entries, source="import")
    assert [(r.line, r.outcome) for r in result.lines()] == [
        (1, "created"), (2, "created"), (3, "duplicate"), (4, "duplicate"), (5, "invalid"),
        (6, "created"), (7, "invalid")]
    # A good code with a bad phone is created without the phone, with a warning.
    assert [(r.line, r.outcome) for r in result.warnings] == [(6, "created")]
    assert [r.line for r in result.reported()] == [3, 4, 5, 6, 7]
    reasons = {r.line: r.reason for r in result.reported()}
    assert reasons[3] == "appears twice in the input (first on line 1)"
    assert reasons[4] == "already stored"
    assert reasons[5] == "has 5 digits; an ICCID has 19 or 20"
    assert reasons[6].startswith("phone is not an Uzbek phone number")
    assert reasons[7].startswith("fails the check digit")
    assert SimCard.select().count() == 4  # stored + 3 created
    assert {c.code for c in SimCard.select()} == {stored.code, good[0], good[1], good[2]}
    assert SimCard.get(SimCard.code == good[2]).phone is None


def test_bulk_add_with_phone_and_to_shop(shop):
    codes = pack(2)
    result = simcards.bulk_add([(1, codes[0], "90 000 00 01"), (2, codes[1], None)],
                               shop_id=shop.id, source="import", actor="cli")
    assert len(result.created) == 2
    cards = {c.code: c for c in SimCard.select()}
    assert cards[codes[0]].phone == "+998900000001"
    assert cards[codes[0]].operator == "Beeline"
    assert all(c.status == "assigned" and c.shop_id == shop.id for c in cards.values())
    assert all(c.assigned_at is not None for c in cards.values())
    log = changes()
    assert len(log) == 2
    assert {(r.source, r.actor, r.new_status) for r in log} == {("import", "cli", "assigned")}
    assert result.created_ids == {c.code: c.id for c in cards.values()}


def test_bulk_add_unknown_or_archived_shop_writes_nothing(shop):
    with pytest.raises(NotFoundError):
        add(pack(2), shop_id=999)
    shops.archive_shop(shop.id)
    with pytest.raises(ConflictError, match="is archived"):
        add(pack(2), shop_id=shop.id)
    assert SimCard.select().count() == 0


def test_bulk_add_gives_the_new_ids(db):
    result = add(pack(3))
    assert set(result.created_ids) == set(pack(3))
    assert sorted(result.created_ids.values()) == sorted(c.id for c in SimCard.select())


def stored_ids() -> dict[str, int]:
    return {code: card_id for code, card_id in SimCard.select(SimCard.code, SimCard.id)
            .tuples()}


def messy_input(count: int, stored: list[str]) -> tuple[list[simcards.BulkEntry], list[str]]:
    """``count`` new codes across several INSERT statements, mixed with copies of earlier
    lines, stored codes and invalid lines: (the entries, the codes that should be
    created, in input order)."""
    new = pack(count, 1000)
    entries: list[simcards.BulkEntry] = []
    for n, code in enumerate(new):
        entries.append((len(entries) + 1, code, None))
        if n % 97 == 0:
            entries.append((len(entries) + 1, new[n // 2], None))  # twice in the input
        if n % 113 == 0:
            entries.append((len(entries) + 1, stored[n % len(stored)], None))
        if n % 251 == 0:
            entries.append((len(entries) + 1, code[:-1], None))  # invalid
    return entries, new


@pytest.mark.parametrize("into_shop", [False, True])
def test_bulk_add_ids_are_the_ids_stored(db, into_shop):
    """The ids a bulk add reports (from each INSERT's rowids, not read back) are those of
    the stored cards, in input order — with duplicates in the input and against the
    database skipped, invalid lines among them, and after deleted cards."""
    from simdesk.storage.rows import INSERT_CHUNK

    before = pack(30)
    add(before)
    simcards.delete_card(stored_ids()[before[-1]], source="gui")  # the largest id is free
    simcards.delete_card(stored_ids()[before[3]], source="gui")  # a gap
    shop = shops.create_shop({"name": "Chorsu"}) if into_shop else None
    entries, new = messy_input(2 * INSERT_CHUNK + 37, before[:20])
    result = simcards.bulk_add(entries, shop_id=shop.id if shop else None, source="import",
                               actor="boss")
    ids = stored_ids()
    assert result.created_codes == new
    assert result.created_id_list == [ids[code] for code in new]
    assert result.created_ids == {code: ids[code] for code in new}
    assert [r.code for r in result.created] == new
    assert len(result.duplicates) > 10 and len(result.invalid) > 2
    if shop is not None:
        logged = changes(shop=shop.id)
        assert [(r.simcard_id, r.simcard_code) for r in logged] == [(ids[c], c) for c in new]
        assert {c.shop_id for c in SimCard.select().where(SimCard.code.in_(new))} == {shop.id}


def test_bulk_add_ids_when_sqlite_picks_rowids_at_random(db):
    """Once the largest rowid is taken SQLite gives new rows random rowids: the ranges from
    each INSERT's last rowid are then wrong, the check sees it, and the ids are read back."""
    from simdesk.storage.db import current_database

    current_database().execute_sql(
        "INSERT INTO simcard (id, code, status, added_date, updated_at, notes) "
        "VALUES (9223372036854775807, ?, 'available', '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00', '')", (iccid(99_999),))
    codes = pack(1200)
    result = add(codes)
    ids = stored_ids()
    assert result.created_id_list == [ids[code] for code in codes]
    assert len(set(result.created_id_list)) == 1200
    assert result.created_id_list != sorted(result.created_id_list)  # at random indeed


def test_bulk_add_created_lines_as_before(db):
    """The created lines (built only when read) are the LineResults bulk add always gave,
    warnings included, and every line comes back in input order."""
    codes = pack(4)
    entries = [(1, codes[0], None), (2, codes[1], "12"), (3, "x", None), (4, codes[2], None),
               (5, codes[1], None), (6, codes[3], "90 000 00 01")]
    result = simcards.bulk_add(entries, source="import")
    assert result.created == [
        simcards.LineResult(1, codes[0], codes[0], "created", ""),
        simcards.LineResult(2, codes[1], codes[1], "created", result.created[1].reason),
        simcards.LineResult(4, codes[2], codes[2], "created", ""),
        simcards.LineResult(6, codes[3], codes[3], "created", ""),
    ]
    assert result.created[1].reason.startswith("phone ")
    assert result.created_count == 4
    assert [(r.line, r.outcome) for r in result.lines()] == [
        (1, "created"), (2, "created"), (3, "invalid"), (4, "created"), (5, "duplicate"),
        (6, "created")]
    assert [r.line for r in result.warnings] == [2]
    assert SimCard.get(SimCard.code == codes[3]).phone == "+998900000001"


def test_bulk_add_lines_that_are_not_text(db):
    codes = pack(2)
    result = simcards.bulk_add([(1, codes[0], None), (2, 12345, None), (3, codes[1], None)],
                               source="import")  # type: ignore[list-item]
    assert [r.code for r in result.created] == [codes[0], codes[1]]
    assert [(r.line, r.raw, r.code, r.reason) for r in result.invalid] == [
        (2, "12345", "", "not text")]
    assert result.invalid[0].reason.code == "line_not_text"


def test_bulk_add_large_batch_is_one_transaction(db):
    codes = pack(5000)
    result = add([*codes, "bad"])
    assert len(result.created) == 5000
    assert len(result.invalid) == 1
    assert SimCard.select().count() == 5000


# ------------------------------------------------------------ assign


def test_assign_by_count_takes_oldest_first(shop):
    add(pack(5))
    result = simcards.assign_cards(shop.id, count=3, source="api")
    assert [c.code for c in result.changed] == pack(5)[:3]
    assert all(c.status == "assigned" and c.shop_id == shop.id for c in result.changed)


def test_assign_too_many_says_how_many_are_available(shop):
    add(pack(2))
    with pytest.raises(NotEnoughCardsError) as info:
        simcards.assign_cards(shop.id, count=5, source="api")
    assert info.value.message.startswith("Only 2 card(s) are available in stock; 5 were asked")
    assert info.value.status == 400
    assert info.value.details == {"available": 2, "requested": 5}
    assert SimCard.select().where(SimCard.status == "assigned").count() == 0


@pytest.mark.parametrize("count", [0, -1, True, 2.5])
def test_assign_count_must_be_positive_int(shop, count):
    with pytest.raises(ValidationError, match="must be a whole number of at least 1"):
        simcards.assign_cards(shop.id, count=count, source="api")


def test_assign_unknown_shop(db):
    with pytest.raises(NotFoundError, match="Shop 42 does not exist"):
        simcards.assign_cards(42, count=1, source="api")


def test_assign_by_codes_range_and_move(shop, shop2):
    codes = pack(6)
    add(codes)
    simcards.assign_cards(shop.id, codes=[codes[0], codes[1]], source="gui")
    simcards.assign_cards(shop.id, code_range=CodeRange(codes[2], last=codes[3]), source="gui")
    moved = simcards.assign_cards(shop2.id, codes=[codes[1]], source="gui")
    assert [c.code for c in moved.changed] == [codes[1]]
    in_shop = {c.code for c in SimCard.select().where(SimCard.shop == shop.id)}
    assert in_shop == {codes[0], codes[2], codes[3]}
    log = changes(simcard_code=codes[1])
    assert [(r.old_status, r.new_status, r.shop_id) for r in log] == [
        ("available", "assigned", shop.id), ("assigned", "assigned", shop2.id)]
    assert log[1].details == f"moved from shop {shop.id}"


def test_assign_strict_refuses_whole_request(shop, shop2):
    codes = pack(3)
    add(codes)
    simcards.assign_cards(shop.id, codes=[codes[0]], source="gui")
    simcards.mark_sold([SimCard.get(SimCard.code == codes[0]).id], source="gui")
    with pytest.raises(ConflictError) as info:
        simcards.assign_cards(shop2.id, codes=[codes[0], codes[1]], source="gui")
    assert "Nothing was assigned" in info.value.message
    assert f"{codes[0]}: sold; a sold card cannot be reassigned" in info.value.message
    assert SimCard.get(SimCard.code == codes[1]).status == "available"
    with pytest.raises(NotFoundError, match="card\\(s\\) not found"):
        simcards.assign_cards(shop2.id, codes=[iccid(999)], source="gui")


def test_assign_lenient_skips_with_reasons(shop):
    codes = pack(3)
    add(codes)
    simcards.assign_cards(shop.id, codes=[codes[0]], source="gui")
    result = simcards.assign_cards(shop.id, codes=[codes[0], codes[1], iccid(999)],
                                   strict=False, source="api")
    assert [c.code for c in result.changed] == [codes[1]]
    assert sorted(result.skipped) == sorted(
        [Skipped(ref=codes[0], reason="already in this shop"),
         Skipped(ref=iccid(999), reason="not stored")])
    assert all(isinstance(s, Skipped) for s in result.skipped)


def test_return_to_stock(shop):
    codes = pack(3)
    add(codes)
    simcards.assign_cards(shop.id, codes=codes, source="gui")
    ids = [SimCard.get(SimCard.code == c).id for c in codes]
    simcards.mark_sold([ids[0]], source="gui")
    with pytest.raises(ConflictError, match="sold; a sold card stays with its shop"):
        simcards.return_to_stock(ids=ids, source="gui")
    result = simcards.return_to_stock(ids=ids[1:], source="gui")
    assert [c.id for c in result.changed] == ids[1:]
    for card in SimCard.select().where(SimCard.id.in_(ids[1:])):
        assert (card.status, card.shop_id, card.assigned_at) == ("available", None, None)
    again = simcards.return_to_stock(ids=ids[1:], strict=False, source="gui")
    assert again.changed == []
    assert {s.reason for s in again.skipped} == {"already in stock"}


def test_selection_must_be_one_way(shop):
    with pytest.raises(ValidationError, match="by ids, by codes or by a range"):
        simcards.return_to_stock(ids=[1], codes=["x"], source="gui")


# ------------------------------------------------------------ listing


def test_card_query_filters_and_search(shop):
    codes = pack(4)
    simcards.bulk_add([(1, codes[0], "93 555 66 77"), (2, codes[1], None), (3, codes[2], None),
                       (4, codes[3], None)], source="gui")
    simcards.assign_cards(shop.id, codes=codes[:2], source="gui")
    q = simcards.card_query
    assert {c.code for c in q(simcards.CardFilter(status="assigned"))} == set(codes[:2])
    assert {c.code for c in q(simcards.CardFilter(shop_id=shop.id))} == set(codes[:2])
    assert [c.code for c in q(simcards.CardFilter(q="935556677"))] == [codes[0]]
    assert [c.code for c in q(simcards.CardFilter(q=codes[3][-6:]))] == [codes[3]]
    assert [c.code for c in q(simcards.CardFilter(operator="Ucell"))] == [codes[0]]
    assert [c.code for c in q(sort="code")] == codes
    with pytest.raises(ValidationError, match="must be one of: available, assigned, sold"):
        q(simcards.CardFilter(status="lost"))


def test_search_by_code_start_uses_the_prefix(db):
    codes = pack(3)
    simcards.bulk_add([(1, codes[0], "90 555 89 99"), (2, codes[1], None), (3, codes[2], None)],
                      source="gui")
    q = simcards.card_query
    # Digits starting with 89: the beginning of a code, not digits inside a phone number.
    assert {c.code for c in q(simcards.CardFilter(q=codes[1][:12]))} == set(codes)
    assert [c.code for c in q(simcards.CardFilter(q=codes[2]))] == [codes[2]]
    assert [c.code for c in q(simcards.CardFilter(q="8999"))] != []
    assert list(q(simcards.CardFilter(q="89999"))) == []
    # Other digits: anywhere in the code or the phone.
    assert [c.code for c in q(simcards.CardFilter(q="5558999"))] == [codes[0]]
    assert simcards.code_prefix("8999 801-") == "8999801"
    assert simcards.code_prefix("90 123") is None
    assert simcards.code_prefix("") is None


def test_update_sold_with_a_shop_credits_that_shop(shop, shop2):
    stock = simcards.create_card(iccid(1))
    sold = simcards.update_card(stock.id, {"status": "sold", "shop_id": shop.id}, source="api")
    assert (sold.status, sold.shop_id) == ("sold", shop.id)
    held = simcards.create_card(iccid(2))
    simcards.assign_cards(shop.id, ids=[held.id], source="gui")
    moved = simcards.update_card(held.id, {"status": "sold", "shop_id": shop2.id}, source="api")
    assert (moved.status, moved.shop_id) == ("sold", shop2.id)
    office = simcards.create_card(iccid(3))
    simcards.assign_cards(shop.id, ids=[office.id], source="gui")
    direct = simcards.update_card(office.id, {"status": "sold", "shop_id": None}, source="api")
    assert (direct.status, direct.shop_id) == ("sold", None)
    log = changes(simcard=office.id)
    assert [(r.old_status, r.new_status) for r in log] == [
        ("available", "assigned"), ("assigned", "available"), ("available", "sold")]


def test_update_refuses_contradictions(shop):
    card = simcards.create_card(iccid(1))
    with pytest.raises(ValidationError, match="a card in stock belongs to no shop"):
        simcards.update_card(card.id, {"status": "available", "shop_id": shop.id}, source="api")
    shops.archive_shop(shop.id)
    with pytest.raises(ConflictError, match="is archived"):
        simcards.update_card(card.id, {"status": "sold", "shop_id": shop.id}, source="api")
    assert SimCard.get_by_id(card.id).status == "available"


def test_selection_must_not_be_empty_and_invalid_codes_say_so(shop):
    with pytest.raises(ValidationError, match="choose at least one card"):
        simcards.assign_cards(shop.id, ids=[], source="api")
    with pytest.raises(ValidationError, match="choose at least one card"):
        simcards.return_to_stock(codes=["  "], source="api")
    with pytest.raises(ValidationError) as info:
        simcards.assign_cards(shop.id, codes=["abc"], source="api")
    assert "abc: not a valid code" in info.value.message
    lenient = simcards.assign_cards(shop.id, codes=["abc", iccid(5)], strict=False,
                                    source="api")
    reasons = {s.ref: s.reason for s in lenient.skipped}
    assert reasons[iccid(5)] == "not stored"
    assert reasons["abc"].startswith("not a valid code")


def test_cards_by_codes_brings_the_shop_in_one_query(db, shop):
    codes = pack(30)
    simcards.bulk_add(simcards.entries_from_codes(codes), shop_id=shop.id, source="cli")
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        found = simcards.cards_by_codes(codes)
        names = {card.shop.name for card in found.values()}
    finally:
        db.connection().set_trace_callback(None)
    assert names == {"Chorsu"} and len(found) == 30
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


# ------------------------------------------------------------ named rows


def test_assign_by_count_gives_card_refs_by_name(shop):
    add(pack(4))
    result = simcards.assign_cards(shop.id, count=2, source="api")
    first = SimCard.get(SimCard.code == pack(4)[0])
    assert result.changed[0] == CardRef(id=first.id, code=first.code, status="assigned",
                                        shop_id=shop.id)
    assert all(isinstance(c, CardRef) for c in result.changed)


def test_card_refs_keep_the_query_order_and_paging(shop):
    add(pack(5))
    simcards.assign_cards(shop.id, codes=pack(5)[1:3], source="gui")
    query = simcards.card_query(None, sort="code").offset(1).limit(3)
    refs = simcards.card_refs(query)
    by_code = {c.code: c for c in SimCard.select()}
    assert [r.code for r in refs] == pack(5)[1:4]
    assert [(r.id, r.status, r.shop_id) for r in refs] == [
        (by_code[pack(5)[1]].id, "assigned", shop.id),
        (by_code[pack(5)[2]].id, "assigned", shop.id),
        (by_code[pack(5)[3]].id, "available", None),
    ]


def test_list_cards_gives_named_rows_with_every_field(shop):
    codes = pack(3)
    simcards.bulk_add([(1, codes[0], "90 123 45 67"), (2, codes[1], None), (3, codes[2], None)],
                      source="cli")
    first = SimCard.get(SimCard.code == codes[0])
    simcards.update_card(first.id, {"notes": "box 7"}, source="gui")
    simcards.assign_cards(shop.id, ids=[first.id], source="gui")
    simcards.mark_sold([first.id], sale_date=datetime(2026, 3, 1, 8, 30), source="gui")
    SimCard.update(last_checked=datetime(2026, 3, 2, 9, 0), external_status="active").where(
        SimCard.id == first.id).execute()
    stored = SimCard.get_by_id(first.id)

    rows = simcards.list_cards(None, sort="code")
    assert all(type(r) is CardListRow for r in rows)
    assert [r.code for r in rows] == codes
    row = rows[0]
    assert row.id == first.id
    assert row.code == codes[0]
    assert row.status == "sold"
    assert row.shop_id == shop.id
    assert row.shop_name == "Chorsu"
    assert row.added_date == stored.added_date and isinstance(row.added_date, datetime)
    assert row.sale_date == datetime(2026, 3, 1, 8, 30)
    assert row.last_checked == datetime(2026, 3, 2, 9, 0)
    assert row.external_status == "active"
    assert row.phone == "+998901234567"
    assert row.operator == "Beeline"
    assert row.assigned_at == stored.assigned_at and isinstance(row.assigned_at, datetime)
    assert row.notes == "box 7"
    other = rows[1]
    assert (other.status, other.shop_id, other.shop_name, other.sale_date, other.last_checked,
            other.external_status, other.phone, other.operator, other.assigned_at,
            other.notes) == ("available", None, None, None, None, None, None, None, None, "")


def test_card_list_rows_read_a_refined_listing_like_peewee_does(shop):
    """The fast reader gives exactly the values (and types) Peewee's own conversion gives,
    whatever the query is narrowed or paged by."""
    codes = pack(12)
    add(codes)
    simcards.assign_cards(shop.id, codes=codes[:6], source="gui")
    simcards.mark_sold([SimCard.get(SimCard.code == codes[0]).id], source="gui")
    SimCard.update(last_checked=datetime(2026, 1, 2, 3, 4, 5, 6)).execute()
    query = simcards.listing_query(simcards.CardFilter(status="assigned"), sort="-code")
    refined = query.where(SimCard.code != codes[3]).limit(3).offset(1)
    rows = list(simcards.card_list_rows(refined))
    assert rows == list(refined.tuples())  # a NamedTuple equals its plain tuple
    assert [r.code for r in rows] == [codes[4], codes[2], codes[1]]
    for row, plain in zip(rows, refined.tuples(), strict=True):
        assert [type(v) for v in row] == [type(v) for v in plain]
    assert simcards.list_cards(simcards.CardFilter(shop_id=shop.id), sort="code", limit=2,
                               offset=4) == list(simcards.card_list_rows(
        simcards.listing_query(simcards.CardFilter(shop_id=shop.id), sort="code")
        .limit(2).offset(4)))
    assert [r.code for r in simcards.list_cards(None, sort="code", offset=10)] == codes[10:]


def test_bulk_rows_and_their_log_are_stored_as_peewee_stores_them(shop):
    """Bulk add writes cards and status-log rows with plain multi-row INSERTs (1,201 rows:
    three statements of 500 and one of 201): every value reads back as the same row written
    through Peewee would."""
    codes = pack(1201)
    when = datetime(2026, 3, 4, 5, 6, 7, 890123)
    result = simcards.bulk_add(simcards.entries_from_codes(codes), shop_id=shop.id,
                               source="import", actor="boss")
    assert len(result.created) == 1201
    stored = list(SimCard.select().order_by(SimCard.id))
    assert [c.code for c in stored] == codes
    assert {(c.status, c.shop_id, c.phone, c.notes) for c in stored} == {
        ("assigned", shop.id, None, "")}
    assert all(isinstance(c.added_date, datetime) and c.assigned_at == c.added_date
               for c in stored)
    rows = changes(shop=shop.id)
    assert [(r.simcard_id, r.simcard_code) for r in rows] == [
        (result.created_ids[c], c) for c in codes]
    assert {(r.old_status, r.new_status, r.changed, r.source, r.actor, r.details)
            for r in rows} == {("available", "assigned", True, "import", "boss",
                                "added to the shop")}

    # One row through the same path and one through Peewee, side by side.
    from simdesk.domain.history import Change, log_changes
    from simdesk.storage.db import current_database

    def db_rows(sql: str) -> list[tuple[object, ...]]:
        return [tuple(row) for row in current_database().execute_sql(sql).fetchall()]

    card = stored[0]
    log_changes([Change(card.id, card.code, shop.id, "assigned", "assigned", "same")],
                source="gui", actor=None, at=when, run_id="r-1")
    StatusCheck.insert(checked_at=when, simcard=card.id, simcard_code=card.code,
                       shop=shop.id, source="gui", kind="change", old_status="assigned",
                       new_status="assigned", changed=False, details="same", actor=None,
                       run_id="r-1").execute()
    ours, peewees = (StatusCheck.select().where(StatusCheck.run_id == "r-1")
                     .order_by(StatusCheck.id).dicts())
    assert ours.pop("id") < peewees.pop("id")
    assert ours == peewees
    assert ours["checked_at"] == when and ours["changed"] is False
    raw = db_rows("SELECT checked_at, typeof(checked_at), changed, typeof(changed) "
                  "FROM status_check WHERE run_id = 'r-1'")
    assert raw[0] == raw[1] == ("2026-03-04 05:06:07.890123", "text", 0, "integer")
    # The bulk add's log rows (written by column) are typed the same way.
    assert set(db_rows("SELECT typeof(checked_at), changed, typeof(changed), typeof(simcard_id),"
                       " typeof(shop_id), typeof(run_id) FROM status_check WHERE details = "
                       "'added to the shop'")) == {("text", 1, "integer", "integer",
                                                    "integer", "null")}


def test_bulk_add_tells_the_cards_written_a_batch_at_a_time(db, shop):
    from simdesk.storage.rows import INSERT_CHUNK

    codes = [iccid(n) for n in range(2 * INSERT_CHUNK + 7)]
    seen: list[tuple[int, int]] = []
    # One line stored already and one invalid: only the new cards are counted.
    add(codes[:1])
    result = add([*codes, "123"], shop_id=shop.id,
                 progress=lambda d, t: seen.append((d, t)))
    total = len(codes) - 1
    assert len(result.created) == total
    assert seen == [(0, total), (INSERT_CHUNK, total), (2 * INSERT_CHUNK, total),
                    (total, total)]
