from __future__ import annotations

import pytest

from simdesk.domain import shops, simcards
from simdesk.errors import ConflictError, NotFoundError, ValidationError
from simdesk.storage.models import Shop, SimCard, StatusCheck
from tests.helpers import pack


def make(name: str = "Chorsu", **extra):
    data = {"name": name, "owner_name": "Aziz", "owner_phone": "90 123 45 67",
            "address": "Chorsu bozori 1", "region": "toshkent shahri"}
    data.update(extra)
    return shops.create_shop(data)


def test_create_normalises(db):
    shop = make(latitude="41.3264", longitude=69.2290)
    assert shop.id > 0
    assert shop.owner_phone == "+998901234567"
    assert shop.region == "Toshkent shahri"
    assert shop.status == "active"
    assert shop.latitude == pytest.approx(41.3264)
    assert shop.archived_at is None
    assert Shop.get_by_id(shop.id).name == "Chorsu"


def test_every_bad_field_reported_at_once(db):
    with pytest.raises(ValidationError) as info:
        shops.create_shop({"name": "  ", "owner_phone": "12", "latitude": 123,
                           "longitude": "east", "status": "open", "colour": "red"})
    fields = info.value.fields
    assert fields["name"] == "is required"
    assert "write it like +998 90 123 45 67" in fields["owner_phone"]
    assert fields["latitude"] == "must be between -90 and 90"
    assert fields["longitude"] == "must be a number such as 41.3111"
    assert fields["status"] == "must be one of: active, inactive"
    assert fields["colour"].startswith("is not a shop field")
    assert info.value.message.startswith("The shop was not saved: ")
    assert Shop.select().count() == 0


def test_name_too_long(db):
    with pytest.raises(ValidationError, match="at most 200 are allowed"):
        make("x" * 201)


def test_duplicate_name_refused_case_insensitive(db):
    first = make("Chorsu")
    with pytest.raises(ConflictError) as info:
        make("CHORSU")
    assert f"(id {first.id})" in info.value.message
    assert info.value.code == "shop_name_taken"


def test_update_partial(db):
    shop = make()
    updated = shops.update_shop(shop.id, {"status": "inactive", "owner_phone": ""})
    assert updated.status == "inactive"
    assert updated.owner_phone == ""
    assert updated.name == "Chorsu"
    with pytest.raises(ValidationError, match="name is required"):
        shops.update_shop(shop.id, {"name": ""})
    with pytest.raises(NotFoundError, match="Shop 999 does not exist"):
        shops.update_shop(999, {"name": "x"})


def test_delete_empty_shop(db):
    shop = make()
    shops.delete_shop(shop.id)
    assert Shop.select().count() == 0
    with pytest.raises(NotFoundError):
        shops.delete_shop(shop.id)


def test_delete_refused_with_counts_and_advice(db):
    shop = make()
    simcards.bulk_add(simcards.entries_from_codes(pack(5)), source="gui")
    simcards.assign_cards(shop.id, count=5, source="gui")
    two = [c.id for c in SimCard.select().order_by(SimCard.id).limit(2)]
    simcards.mark_sold(two, source="gui")
    with pytest.raises(ConflictError) as info:
        shops.delete_shop(shop.id)
    msg = info.value.message
    assert "still holds 3 unsold card(s) and 2 sold card(s)" in msg
    assert "return the unsold cards to stock or move them to another shop" in msg
    assert "archive it instead" in msg
    assert info.value.details == {"assigned": 3, "sold": 2}
    # nothing changed: sold cards keep their shop
    assert SimCard.select().where(SimCard.shop == shop.id).count() == 5


def test_a_shop_that_ever_held_cards_is_archived_not_deleted(db):
    """Deleting a shop whose cards had gone back to stock blanked the shop in their history
    (ON DELETE SET NULL): the log no longer said where the cards had been."""
    shop = make()
    simcards.bulk_add(simcards.entries_from_codes(pack(3)), source="gui")
    simcards.assign_cards(shop.id, count=3, source="gui")
    ids = [c.id for c in SimCard.select()]
    simcards.return_to_stock(ids=ids, source="gui")
    before = StatusCheck.select().where(StatusCheck.shop == shop.id).count()
    assert before >= 3
    with pytest.raises(ConflictError) as info:
        shops.delete_shop(shop.id)
    assert info.value.code == "shop_has_history"
    assert f"{before} entries of the status log name it" in info.value.message
    assert "archive it instead" in info.value.message
    assert StatusCheck.select().where(StatusCheck.shop == shop.id).count() == before
    assert shops.archive_shop(shop.id).archived


def test_archive_rules(db):
    shop = make()
    simcards.bulk_add(simcards.entries_from_codes(pack(2)), source="gui")
    simcards.assign_cards(shop.id, count=2, source="gui")
    with pytest.raises(ConflictError, match="still holds 2 unsold card"):
        shops.archive_shop(shop.id)
    first, second = [c.id for c in SimCard.select().order_by(SimCard.id)]
    simcards.mark_sold([first], source="gui")
    simcards.return_to_stock(ids=[second], source="gui")
    archived = shops.archive_shop(shop.id)
    assert archived.archived_at is not None
    assert SimCard.get_by_id(first).shop_id == shop.id  # sold card keeps its shop
    # an archived shop takes no cards and frees its name
    with pytest.raises(ConflictError, match="is archived"):
        simcards.assign_cards(shop.id, ids=[second], source="gui")
    other = make("Chorsu")
    with pytest.raises(ConflictError, match="already exists"):
        shops.unarchive_shop(shop.id)
    shops.update_shop(other.id, {"name": "Chorsu 2"})
    assert shops.unarchive_shop(shop.id).archived_at is None


def test_query_filters(db):
    make("Alpha", region="Samarqand viloyati")
    make("Beta", owner_phone="+998 93 000 00 00")
    gamma = make("Gamma", status="inactive")
    shops.archive_shop(gamma.id)
    names = [s.name for s in shops.shop_query()]
    assert names == ["Alpha", "Beta"]
    assert [s.name for s in shops.shop_query(shops.ShopFilter(region="samarqand viloyati"))] == [
        "Alpha"]
    assert [s.name for s in shops.shop_query(shops.ShopFilter(q="930000"))] == ["Beta"]
    assert [s.name for s in shops.shop_query(shops.ShopFilter(include_archived=True),
                                             sort="-name")] == ["Gamma", "Beta", "Alpha"]
    assert [s.name for s in shops.shop_query(shops.ShopFilter(archived_only=True))] == ["Gamma"]
    with pytest.raises(ValidationError, match="must be one of: name"):
        list(shops.shop_query(sort="colour"))


def test_find_shop(db):
    shop = make("Chorsu")
    assert shops.find_shop(str(shop.id)).id == shop.id
    assert shops.find_shop("chorsu").id == shop.id
    with pytest.raises(NotFoundError, match="No shop with id or name 'Nowhere'"):
        shops.find_shop("Nowhere")
