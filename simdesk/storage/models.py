"""Peewee models.  Table and column names are snake_case; the API layer speaks camelCase.

Timestamps are naive UTC.  Ids are integers here and strings in the API; rows migrated from
the seed's database keep their old UUID in ``legacy_id`` so old ids still resolve.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

import peewee as pw

from simdesk.storage.db import database_proxy
from simdesk.timeutil import utcnow

CARD_AVAILABLE: Final = "available"
CARD_ASSIGNED: Final = "assigned"
CARD_SOLD: Final = "sold"
CARD_STATUSES: Final = (CARD_AVAILABLE, CARD_ASSIGNED, CARD_SOLD)

SHOP_ACTIVE: Final = "active"
SHOP_INACTIVE: Final = "inactive"
SHOP_STATUSES: Final = (SHOP_ACTIVE, SHOP_INACTIVE)

ROLE_ADMIN: Final = "admin"
ROLE_OPERATOR: Final = "operator"
ROLE_VIEWER: Final = "viewer"
ROLES: Final = (ROLE_ADMIN, ROLE_OPERATOR, ROLE_VIEWER)
MAX_ID: Final = 2**63  # ids are 64-bit signed integers in SQLite and PostgreSQL


class _FastDateTimeField(pw.DateTimeField):
    """Peewee's DateTimeField, read with ``datetime.fromisoformat`` (C) instead of
    ``strptime``: 20x faster when a list or an export reads 100,000 rows."""

    def python_value(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        return super().python_value(value)


# Typed as Any like every other Peewee field (Peewee ships no type hints), so that model
# attributes accept datetime values.
DateTimeField: Any = _FastDateTimeField


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per applied migration; the highest ``version`` is the schema's version."""

    version = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=200)
    applied_at = DateTimeField(default=utcnow)


class Setting(BaseModel):
    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()  # JSON
    updated_at = DateTimeField(default=utcnow)


class Shop(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(max_length=200, index=True)
    owner_name = pw.CharField(max_length=200, default="")
    owner_phone = pw.CharField(max_length=20, default="")
    address = pw.TextField(default="")
    region = pw.CharField(max_length=100, default="", index=True)
    status = pw.CharField(max_length=16, default=SHOP_ACTIVE)
    latitude = pw.FloatField(null=True)
    longitude = pw.FloatField(null=True)
    notes = pw.TextField(default="")
    archived_at = DateTimeField(null=True)
    added_date = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    legacy_id = pw.CharField(max_length=64, null=True, unique=True)

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


class SimCard(BaseModel):
    id = pw.AutoField()
    code = pw.CharField(max_length=32, unique=True)
    phone = pw.CharField(max_length=16, null=True, index=True)
    operator = pw.CharField(max_length=32, null=True)
    status = pw.CharField(max_length=16, default=CARD_AVAILABLE)
    external_status = pw.CharField(max_length=64, null=True)
    shop = pw.ForeignKeyField(
        Shop, null=True, backref="simcards", on_delete="RESTRICT", column_name="shop_id",
        index=False,
    )
    assigned_at = DateTimeField(null=True)
    sale_date = DateTimeField(null=True, index=True)
    last_checked = DateTimeField(null=True)
    added_date = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    notes = pw.TextField(default="")
    legacy_id = pw.CharField(max_length=64, null=True, unique=True)

    class Meta:
        table_name = "simcard"
        indexes = (
            (("status", "added_date"), False),
            # Added by migration 3: the default order of lists (newest first), overall and
            # per shop.  SQLite appends the rowid, so these also serve "added_date, id".
            (("added_date",), False),
            (("shop", "added_date"), False),
            # Added by migration 7 (replacing (shop, status)): they cover the statistics
            # (simdesk/domain/stats.py), so that no query reads the table row by row —
            # cards per shop and status, a shop's last sale and sales by date; sales in a
            # date window; cards held too long.
            (("shop", "status", "sale_date"), False),
            (("status", "sale_date", "shop"), False),
            (("status", "assigned_at", "added_date"), False),
            # Added by migration 8: the card list sorted by status or by last check (with
            # the rowid appended: "status, id" and "last_checked, id"), so that a page of
            # those sorts reads 50 index entries, not the whole table sorted.
            (("status",), False),
            (("last_checked",), False),
        )


class User(BaseModel):
    id = pw.AutoField()
    username = pw.CharField(max_length=64, unique=True)
    password_hash = pw.CharField(max_length=255)
    role = pw.CharField(max_length=16, default=ROLE_OPERATOR)
    is_active = pw.BooleanField(default=True)
    must_change_password = pw.BooleanField(default=False)
    # No longer read or written since migration 5 (failed logins are counted per user name
    # and client address in ``login_throttle``); kept because dropping a column rebuilds the
    # table on SQLite, and with it the tokens that reference it.
    failed_logins = pw.IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_login_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    legacy_id = pw.CharField(max_length=64, null=True, unique=True)

    class Meta:
        table_name = "app_user"


class AuthToken(BaseModel):
    """A login session.  Only the SHA-256 of the token is stored."""

    id = pw.AutoField()
    user = pw.ForeignKeyField(User, backref="tokens", on_delete="CASCADE")
    token_hash = pw.CharField(max_length=64, unique=True)
    created_at = DateTimeField(default=utcnow)
    expires_at = DateTimeField(index=True)
    revoked_at = DateTimeField(null=True)
    last_used_at = DateTimeField(null=True)
    client = pw.CharField(max_length=200, default="")


class StatusCheck(BaseModel):
    """One row per status check and per status change (the seed logged only changes).

    ``source`` says who acted: gui, api, import, check, report, cli, migration, seed …
    """

    id = pw.AutoField()
    checked_at = DateTimeField(default=utcnow, index=True)
    simcard = pw.ForeignKeyField(
        SimCard, null=True, backref="checks", on_delete="SET NULL", column_name="simcard_id",
        index=False,
    )
    simcard_code = pw.CharField(max_length=32)
    shop = pw.ForeignKeyField(
        Shop, null=True, backref="checks", on_delete="SET NULL", column_name="shop_id",
        index=False,
    )
    source = pw.CharField(max_length=32, index=True)
    kind = pw.CharField(max_length=16, default="change")  # "check" or "change"
    old_status = pw.CharField(max_length=16, null=True)
    new_status = pw.CharField(max_length=16, null=True)
    changed = pw.BooleanField(default=False)
    external_status = pw.CharField(max_length=64, null=True)
    raw_response = pw.TextField(null=True)
    duration_ms = pw.IntegerField(null=True)
    error = pw.TextField(null=True)
    details = pw.TextField(null=True)
    actor = pw.CharField(max_length=64, null=True)
    run_id = pw.CharField(max_length=64, null=True, index=True)
    legacy_id = pw.CharField(max_length=64, null=True, unique=True)

    class Meta:
        indexes = (
            (("simcard", "checked_at"), False),
            (("shop", "checked_at"), False),
            (("changed", "checked_at"), False),
        )


RUN_STATES: Final = ("running", "done", "cancelled", "stopped", "failed")


class CheckRun(BaseModel):
    """The stored summary of one status-check run (manual, selection or automatic).

    Per-card results are the run's ``StatusCheck`` rows (same ``run_id``); ``newly_sold`` is a
    JSON list of the cards this run found sold, with their shops.  Added by migration 2.
    """

    id = pw.AutoField()
    run_id = pw.CharField(max_length=64, unique=True)
    kind = pw.CharField(max_length=16)  # manual | selection | auto
    state = pw.CharField(max_length=16, default="running")
    reason = pw.TextField(null=True)
    started_at = DateTimeField(default=utcnow, index=True)
    finished_at = DateTimeField(null=True)
    total = pw.IntegerField(default=0)
    checked = pw.IntegerField(default=0)
    changed = pw.IntegerField(default=0)
    errors = pw.IntegerField(default=0)
    newly_sold = pw.TextField(default="[]")  # JSON
    source = pw.CharField(max_length=32)
    actor = pw.CharField(max_length=64, null=True)


class RunLease(BaseModel):
    """Who runs the auto-check now, across every process on this database.

    One row per lease name (``auto-check``).  The process whose ``owner`` is written here may
    run; it renews ``expires_at`` while its run goes on and deletes the row when the run ends.
    Another process finding a row that has not expired starts nothing and reports the run
    in progress elsewhere; a row past ``expires_at`` (its owner crashed) may be taken over.
    Added by migration 4.
    """

    name = pw.CharField(max_length=32, primary_key=True)
    owner = pw.CharField(max_length=200)
    run_id = pw.CharField(max_length=64, null=True)
    acquired_at = DateTimeField(default=utcnow)
    expires_at = DateTimeField()


class LoginThrottle(BaseModel):
    """Failed logins of one user name from one client address (the API passes the peer's).

    ``username`` is the name as typed, folded (surrounding spaces dropped, lower case), so
    names that exist and names that do not are counted alike.  Once ``failures`` reaches
    ``auth.lockout_attempts`` each further try must wait until ``blocked_until`` (1 s, 2 s,
    4 s … up to ``auth.lockout_minutes``).  A successful login deletes its row, ``simdesk
    users unlock NAME`` every row of the name; rows whose last failure is older than a day
    are pruned.  Added by migration 5.
    """

    id = pw.AutoField()
    username = pw.CharField(max_length=200)
    address = pw.CharField(max_length=64)
    failures = pw.IntegerField(default=0)
    last_failure_at = DateTimeField(index=True)
    blocked_until = DateTimeField(null=True)

    class Meta:
        indexes = ((("username", "address"), True),)


HANDOVER_TO_SHOP: Final = "to_shop"
HANDOVER_FROM_SHOP: Final = "from_shop"
HANDOVER_DIRECTIONS: Final = (HANDOVER_TO_SHOP, HANDOVER_FROM_SHOP)


class HandoverAct(BaseModel):
    """A hand-over act (topshirish-qabul qilish dalolatnomasi): cards handed to a shop
    (``to_shop``) or taken back from it (``from_shop``) in one confirmed hand-over.  Its id
    is the act's number.  The shop's name, owner and phone and the dealer's name are kept as
    they were that day, so a reprint shows the act as it was signed.  Added by migration 6.
    """

    id = pw.AutoField()
    direction = pw.CharField(max_length=16)
    shop = pw.ForeignKeyField(
        Shop, null=True, backref="acts", on_delete="SET NULL", column_name="shop_id",
        index=False,
    )
    shop_name = pw.CharField(max_length=200)
    owner_name = pw.CharField(max_length=200)
    owner_phone = pw.CharField(max_length=20)
    dealer_name = pw.CharField(max_length=200)
    created_at = DateTimeField(default=utcnow, index=True)
    actor = pw.CharField(max_length=64, null=True)
    card_count = pw.IntegerField()

    class Meta:
        table_name = "handover_act"
        indexes = ((("shop", "created_at"), False),)


class HandoverActCard(BaseModel):
    """One card of an act, with its code and phone number as they were at the hand-over.
    Added by migration 6."""

    id = pw.AutoField()
    act = pw.ForeignKeyField(HandoverAct, backref="cards", on_delete="CASCADE",
                             column_name="act_id")
    position = pw.IntegerField()
    simcard = pw.ForeignKeyField(
        SimCard, null=True, backref="acts", on_delete="SET NULL", column_name="simcard_id",
    )
    code = pw.CharField(max_length=32)
    phone = pw.CharField(max_length=16, null=True)

    class Meta:
        table_name = "handover_act_card"


ALL_MODELS: Final[tuple[type[BaseModel], ...]] = (
    SchemaVersion,
    Setting,
    Shop,
    SimCard,
    User,
    AuthToken,
    StatusCheck,
    CheckRun,  # created by migration 2 on databases made before it existed
    RunLease,  # created by migration 4
    LoginThrottle,  # created by migration 5
    HandoverAct,  # created by migration 6
    HandoverActCard,  # created by migration 6
)
