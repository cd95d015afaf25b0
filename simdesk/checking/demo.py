"""Demo data: sample shops in several regions and a few hundred cards, some assigned and a
few already sold, so that a new user sees the whole flow (with the fake operator as the
status source) at once.  ``simdesk --demo`` / ``serve --demo`` build it in a temporary folder.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path
from typing import Final

from simdesk.domain import settings, shops, simcards
from simdesk.domain.codes import expand_range, luhn_check_digit
from simdesk.storage import db as dbmod
from simdesk.storage.database import close_database, open_database
from simdesk.storage.models import Shop
from simdesk.timeutil import utcnow

DEMO_SHOPS: Final = (
    ("Chilonzor Aloqa", "Toshkent shahri", "Aziz Karimov", "+998901112233", 41.2856, 69.2034),
    ("Yunusobod Mobil", "Toshkent shahri", "Dilnoza Rahimova", "+998935554411", 41.3650, 69.2870),
    ("Samarqand Darvoza", "Samarqand viloyati", "Bekzod Aliyev", "+998977001122", 39.6542,
     66.9597),
    ("Registon SIM", "Samarqand viloyati", "Malika Yusupova", "+998991234567", 39.6548, 66.9757),
    ("Buxoro Markaz", "Buxoro viloyati", "Sardor Olimov", "+998906667788", 39.7747, 64.4286),
    ("Andijon Bozor", "Andijon viloyati", "Nodira Qodirova", "+998912223344", 40.7821, 72.3442),
    ("Fargʻona Telekom", "Fargʻona viloyati", "Jasur Tursunov", "+998944445566", 40.3864,
     71.7864),
    ("Nukus Aloqa", "Qoraqalpogʻiston Respublikasi", "Aybek Kalimbetov", "+998887776655",
     42.4531, 59.6103),
)
CARD_COUNT: Final = 300
ASSIGNED_PER_SHOP: Final = 25
SOLD_PER_SHOP: Final = 4


def demo_codes(count: int = CARD_COUNT) -> list[str]:
    body = "8999801" + "7" + "0" * 10
    return expand_range(body + luhn_check_digit(body), count=count)


def build_demo(data_dir: Path, *, status_url: str | None = None) -> None:
    """Fill the database of ``data_dir`` with demo shops and cards (once: a database that
    already has shops is left alone).  ``status_url`` (the fake operator) becomes the status
    source.  Uses the open database when there is one, else opens and closes ``data_dir``'s."""
    opened = dbmod.database_proxy.obj is None
    if opened:
        open_database(data_dir)
    try:
        if status_url:
            settings.set_value("status_source.url", status_url)
        if Shop.select().exists():
            return
        # Demo data, repeatable on purpose: not a secret.
        rng = random.Random(4)  # nosec B311
        shop_ids: list[int] = []
        for name, region, owner, phone, lat, lon in DEMO_SHOPS:
            shop = shops.create_shop({
                "name": name, "region": region, "owner_name": owner, "owner_phone": phone,
                "address": f"{region}, {name}", "latitude": lat, "longitude": lon,
            })
            shop_ids.append(shop.id)
        simcards.bulk_add(simcards.entries_from_codes(demo_codes()), source="seed",
                          actor="demo")
        now = utcnow()
        for shop_id in shop_ids:
            moved = simcards.assign_cards(shop_id, count=ASSIGNED_PER_SHOP, source="seed",
                                          actor="demo")
            for ref in moved.changed[:SOLD_PER_SHOP]:
                when = now - timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 10))
                simcards.mark_sold([ref.id], sale_date=when, source="seed", actor="demo")
    finally:
        if opened:
            close_database()
