"""Hand-over of cards to a shop and back (simdesk/domain/handover.py) on a real database:
each scan checked with a stable problem code, ranges, the oldest N, and the commit that
assigns every card and records the act in one transaction."""

from __future__ import annotations

import pytest

from simdesk.domain import handover, settings, shops, simcards
from simdesk.errors import ConflictError, NotFoundError, ValidationError
from simdesk.storage.models import HandoverAct, HandoverActCard, SimCard, StatusCheck
from tests.helpers import iccid, pack


@pytest.fixture
def office(db):
    """Two shops; cards 0-9 in stock (0 oldest), 10-11 in shop B, 12 sold by B."""
    a = shops.create_shop({"name": "Chorsu Mobile", "owner_name": "Akmal Karimov",
                           "owner_phone": "+998901234567", "region": "Toshkent shahri"})
    b = shops.create_shop({"name": "Baraka", "region": "Navoiy viloyati"})
    codes = pack(13)
    entries = simcards.entries_from_codes(codes)
    created = simcards.bulk_add(entries, source="cli").created_ids
    for n, code in enumerate(codes[:10]):  # a phone on each card in stock
        simcards.update_card(created[code], {"phone": f"+99890{n:07d}"}, source="cli")
    simcards.assign_cards(b.id, codes=codes[10:13], source="cli")
    simcards.mark_sold([created[codes[12]]], source="cli")
    return a, b, codes


def problem(result: handover.ScanResult) -> str | None:
    return result.problem.code if result.problem is not None else None


def test_each_scan_is_checked_with_a_stable_problem_code(office):
    a, b, codes = office
    check = handover.check_scan
    ok = check(codes[0], shop_id=a.id, direction=handover.TO_SHOP)
    assert ok.ok and ok.card is not None and ok.card.code == codes[0]
    assert ok.card.phone == "+998900000000"
    # typed with spaces and dashes: the same card
    spaced = f"{codes[1][:4]} {codes[1][4:10]}-{codes[1][10:]}"
    assert check(spaced, shop_id=a.id, direction=handover.TO_SHOP).code == codes[1]
    assert problem(check(codes[0], shop_id=a.id, direction=handover.TO_SHOP,
                         taken={codes[0]})) == "duplicate"
    assert problem(check(codes[10], shop_id=a.id, direction=handover.TO_SHOP)) == \
        "in_other_shop"
    other = check(codes[10], shop_id=a.id, direction=handover.TO_SHOP).problem
    assert other is not None and other.shop_name == "Baraka"
    assert problem(check(codes[10], shop_id=b.id, direction=handover.TO_SHOP)) == \
        "already_in_shop"
    assert problem(check(codes[12], shop_id=a.id, direction=handover.TO_SHOP)) == "sold"
    assert problem(check(iccid(500), shop_id=a.id, direction=handover.TO_SHOP)) == \
        "not_found"
    bad_digit = codes[0][:-1] + str((int(codes[0][-1]) + 1) % 10)
    invalid = check(bad_digit, shop_id=a.id, direction=handover.TO_SHOP)
    assert problem(invalid) == "invalid_code"
    assert invalid.problem is not None and "check digit" in invalid.problem.message
    assert invalid.problem.reason == "check_digit"
    for raw, reason in (("hello", "not_digits"), ("8999", "length"),
                        ("1" * 19, "prefix"), ("", "empty")):
        refused = check(raw, shop_id=a.id, direction=handover.TO_SHOP).problem
        assert refused is not None and (refused.code, refused.reason) == (
            "invalid_code", reason), raw
    assert problem(check("  ", shop_id=a.id, direction=handover.TO_SHOP)) == "invalid_code"
    # taking back from B: its unsold cards only
    assert check(codes[10], shop_id=b.id, direction=handover.FROM_SHOP).ok
    assert problem(check(codes[0], shop_id=b.id, direction=handover.FROM_SHOP)) == "in_stock"
    assert problem(check(codes[10], shop_id=a.id, direction=handover.FROM_SHOP)) == \
        "in_other_shop"
    assert problem(check(codes[12], shop_id=b.id, direction=handover.FROM_SHOP)) == "sold"


def test_a_list_of_codes_repeats_a_code_as_a_duplicate(office):
    a, _b, codes = office
    results = handover.check_codes([codes[0], codes[1], codes[0]], shop_id=a.id,
                                   direction=handover.TO_SHOP)
    assert [problem(r) for r in results] == [None, None, "duplicate"]


def test_archived_or_unknown_shop_and_bad_direction_are_refused(office):
    a, _b, codes = office
    shops.archive_shop(a.id)
    with pytest.raises(ConflictError) as err:
        handover.check_scan(codes[0], shop_id=a.id, direction=handover.TO_SHOP)
    assert err.value.code == "shop_archived"
    with pytest.raises(NotFoundError):
        handover.check_scan(codes[0], shop_id=9999, direction=handover.TO_SHOP)
    with pytest.raises(ValidationError) as bad:
        handover.check_scan(codes[0], shop_id=a.id, direction="sideways")
    assert bad.value.fields == {"direction": "must be one of: to_shop, from_shop"}


def test_a_range_gives_the_cards_that_may_go_and_the_refused_ones(office):
    a, _b, codes = office
    result = handover.check_range(codes[8], codes[12], shop_id=a.id,
                                  direction=handover.TO_SHOP, taken={codes[9]})
    assert [c.code for c in result.cards] == [codes[8]]
    assert [(r.code, problem(r)) for r in result.refused] == [
        (codes[9], "duplicate"), (codes[10], "in_other_shop"), (codes[11], "in_other_shop"),
        (codes[12], "sold")]
    with pytest.raises(ValidationError) as err:
        handover.check_range(codes[5], codes[2], shop_id=a.id, direction=handover.TO_SHOP)
    assert err.value.code == "range_reversed" and "last" in err.value.fields
    with pytest.raises(ValidationError) as empty:
        handover.check_range(codes[5], " ", shop_id=a.id, direction=handover.TO_SHOP)
    assert "last" in empty.value.fields


def test_oldest_in_stock_skips_the_list_and_says_when_there_are_too_few(office):
    _a, _b, codes = office
    chosen = handover.oldest_in_stock(3, taken={codes[0], codes[2]})
    assert [c.code for c in chosen] == [codes[1], codes[3], codes[4]]
    with pytest.raises(simcards.NotEnoughCardsError) as err:
        handover.oldest_in_stock(9, taken={codes[0], codes[2]})
    assert err.value.details == {"available": 8, "requested": 9}
    with pytest.raises(ValidationError):
        handover.oldest_in_stock(0)


def test_commit_assigns_every_card_and_records_the_act(office):
    a, _b, codes = office
    settings.set_value("office.dealer_name", "Ucell diler — Sirdaryo")
    act = handover.commit_handover(a.id, [codes[3], codes[1], codes[2]],
                                   direction=handover.TO_SHOP, source="gui", actor="gui")
    assert act.number == act.id and act.count == 3
    assert [c.code for c in act.cards] == [codes[3], codes[1], codes[2]]  # as scanned
    assert act.cards[0].phone == "+998900000003"
    assert (act.shop_name, act.owner_name, act.owner_phone) == (
        "Chorsu Mobile", "Akmal Karimov", "+998901234567")
    assert act.dealer_name == "Ucell diler — Sirdaryo"
    assert act.direction == "to_shop" and act.actor == "gui"
    cards = SimCard.select().where(SimCard.code.in_(codes[1:4]))
    assert {(c.status, c.shop_id) for c in cards} == {("assigned", a.id)}
    log = StatusCheck.select().where(StatusCheck.simcard_code.in_(codes[1:4]),
                                     StatusCheck.new_status == "assigned")
    assert {(r.source, r.actor) for r in log} == {("gui", "gui")}
    # the act reads back the same, and is listed for the shop
    assert handover.get_act(act.id) == act
    assert [(r.id, r.card_count, r.direction) for r in handover.list_acts(a.id)] == [
        (act.id, 3, "to_shop")]
    # a later rename of the shop does not change the act
    shops.update_shop(a.id, {"name": "Chorsu Mobile 2"})
    assert handover.get_act(act.id).shop_name == "Chorsu Mobile"

    back = handover.commit_handover(a.id, [codes[1]], direction=handover.FROM_SHOP,
                                    source="gui", actor="gui")
    assert back.id > act.id and back.direction == "from_shop"
    card = SimCard.get(SimCard.code == codes[1])
    assert (card.status, card.shop_id) == ("available", None)
    assert [r.id for r in handover.list_acts(a.id)] == [back.id, act.id]
    assert [r.id for r in handover.list_acts()] == [back.id, act.id]


def test_commit_is_all_or_nothing(office):
    a, b, codes = office
    # a card moved to another shop after it was scanned refuses the whole hand-over
    simcards.assign_cards(b.id, codes=[codes[2]], source="api")
    with pytest.raises(ConflictError) as err:
        handover.commit_handover(a.id, [codes[0], codes[1], codes[2]],
                                 direction=handover.TO_SHOP, source="gui", actor="gui")
    assert err.value.code == "handover_refused"
    assert err.value.details == {"problems": [{"code": codes[2], "problem": "in_other_shop",
                                               "shopName": "Baraka"}]}
    assert SimCard.get(SimCard.code == codes[0]).status == "available"
    assert HandoverAct.select().count() == 0 and HandoverActCard.select().count() == 0
    with pytest.raises(ValidationError) as empty:
        handover.commit_handover(a.id, [], direction=handover.TO_SHOP, source="gui")
    assert empty.value.code == "handover_empty"


def test_dealer_name_setting_is_one_line(db):
    assert settings.get("office.dealer_name") == ""
    with pytest.raises(ValidationError) as err:
        settings.set_value("office.dealer_name", "a\nb")
    assert "office.dealer_name" in err.value.fields
    assert settings.set_value("office.dealer_name", "  Diler MChJ ") == "Diler MChJ"
