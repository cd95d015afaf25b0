"""Request bodies (checked with pydantic, strict types) and response shapes (used for the
OpenAPI document; the routes build their JSON with the functions in ``serialize``).

Field names are camelCase, as the office's web app sends and reads them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

MAX_CODES = 100_000
CardStatus = Literal["available", "assigned", "sold"]
ShopStatus = Literal["active", "inactive"]
Role = Literal["admin", "operator", "viewer"]
Id = str | int  # the web app sends string ids; integers are accepted too


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class Lenient(BaseModel):
    """For bodies the web app fills with whole objects: unknown fields are ignored."""

    model_config = ConfigDict(strict=True, extra="ignore")


# ------------------------------------------------------------------ requests


class LoginBody(Strict):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)


class ChangePasswordBody(Strict):
    oldPassword: str = Field(max_length=1024)
    newPassword: str = Field(max_length=1024)


class ShopCreate(Strict):
    name: str = Field(max_length=200)
    ownerName: str | None = Field(default=None, max_length=200)
    ownerPhone: str | None = Field(default=None, max_length=40)
    address: str | None = Field(default=None, max_length=500)
    region: str | None = Field(default=None, max_length=100)
    status: ShopStatus | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    notes: str | None = Field(default=None, max_length=4000)


class ShopUpdate(Strict):
    name: str | None = Field(default=None, max_length=200)
    ownerName: str | None = Field(default=None, max_length=200)
    ownerPhone: str | None = Field(default=None, max_length=40)
    address: str | None = Field(default=None, max_length=500)
    region: str | None = Field(default=None, max_length=100)
    status: ShopStatus | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    notes: str | None = Field(default=None, max_length=4000)
    # Read-only fields a client may send back with the whole object; ignored.
    id: Id | None = None
    assignedSimCards: list[Id] | None = None
    addedDate: str | None = None
    updatedAt: str | None = None
    archived: bool | None = None
    archivedAt: str | None = None


class CardCreate(Strict):
    code: str = Field(max_length=64)
    phone: str | None = Field(default=None, max_length=40)
    operator: str | None = Field(default=None, max_length=32)
    notes: str | None = Field(default=None, max_length=4000)


class CardUpdate(Strict):
    code: str | None = Field(default=None, max_length=64)
    status: CardStatus | None = None
    assignedTo: Id | None = None
    phone: str | None = Field(default=None, max_length=40)
    operator: str | None = Field(default=None, max_length=32)
    notes: str | None = Field(default=None, max_length=4000)
    # Read-only fields a client may send back with the whole object; ignored.
    id: Id | None = None
    assignedShopName: str | None = None
    addedDate: str | None = None
    saleDate: str | None = None
    lastChecked: str | None = None
    externalStatus: str | None = None
    assignedAt: str | None = None
    updatedAt: str | None = None


class RangeBody(Strict):
    first: str = Field(max_length=64)
    count: int | None = Field(default=None, ge=1, le=MAX_CODES)
    last: str | None = Field(default=None, max_length=64)


class BulkEntry(Strict):
    code: str = Field(max_length=64)
    phone: str | None = Field(default=None, max_length=40)


class BulkBody(Strict):
    codes: list[str] | None = Field(default=None, max_length=MAX_CODES)
    entries: list[BulkEntry] | None = Field(default=None, max_length=MAX_CODES)
    range: RangeBody | None = None
    shopId: Id | None = None


class AssignBody(Strict):
    shopId: Id | None
    count: int | None = Field(default=None, ge=1, le=MAX_CODES)
    codes: list[str] | None = Field(default=None, max_length=MAX_CODES)
    ids: list[Id] | None = Field(default=None, max_length=MAX_CODES)
    range: RangeBody | None = None
    strict: bool = True


class CardRefBody(Lenient):
    id: Id


class AutoCheckBody(Lenient):
    simCards: list[CardRefBody] | None = Field(default=None, max_length=MAX_CODES)


class SettingsBody(RootModel[dict[str, Any]]):
    pass


class UserCreate(Strict):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)
    role: Role


class UserUpdate(Strict):
    role: Role | None = None
    active: bool | None = None


class PasswordBody(Strict):
    password: str = Field(max_length=1024)


class CodeBody(Lenient):
    code: str = Field(max_length=64)


class CodesBody(Strict):
    codes: list[str] = Field(min_length=1, max_length=1000)


class FunctionsCheckBody(Lenient):
    simCardCode: str = Field(max_length=64)


# ------------------------------------------------------------------ responses


class Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class SuccessOut(Out):
    success: bool


class ApiInfoOut(Out):
    name: str
    version: str
    docs: str
    status: str
    startedAt: str


class HealthOut(Out):
    status: Literal["healthy", "unhealthy"]
    database: str  # "ok" or "error: …"
    database_kind: str
    simcard_count: int | None
    external_api: Literal["configured", "not configured"]
    auto_check_running: bool
    auto_check_elsewhere: str | None  # the other simdesk running it
    timestamp: str
    version: str


class MeOut(Out):
    username: str
    role: Role
    via: Literal["token", "trusted-origin"]
    mustChangePassword: bool


class ShopOut(Out):
    id: str
    name: str
    ownerName: str
    ownerPhone: str
    address: str
    region: str
    status: ShopStatus
    latitude: float | None
    longitude: float | None
    assignedSimCards: list[str]
    addedDate: str
    updatedAt: str | None
    notes: str
    archived: bool
    archivedAt: str | None


class CardOut(Out):
    id: str
    code: str
    status: CardStatus
    assignedTo: str | None
    assignedShopName: str | None
    addedDate: str
    saleDate: str | None
    lastChecked: str | None
    externalStatus: str | None
    phone: str | None
    operator: str | None
    assignedAt: str | None
    notes: str


class UserOut(Out):
    id: str
    username: str
    role: Role
    active: bool
    mustChangePassword: bool
    lastLoginAt: str | None


class LoginOut(Out):
    success: bool
    token: str
    user: UserOut
    expiresAt: str


class ShopStatsOut(Out):
    shopId: str
    shopName: str
    assigned: int
    sold: int
    total: int
    sellThrough: float
    sold7d: int
    sold30d: int
    lastSale: str | None


class StatisticsOut(Out):
    totalShops: int
    activeShops: int
    archivedShops: int
    totalSimCards: int
    availableSimCards: int
    assignedSimCards: int
    soldSimCards: int
    regionStats: dict[str, int]
    salesByDate: dict[str, int]
    soldToday: int
    sold7d: int
    sold30d: int


class ShopTally(Out):
    sold: int
    available: int  # held by the shop, unsold
    total: int
    shopName: str
    sellThrough: float
    sold7d: int
    sold30d: int


class RegionOut(Out):
    region: str
    shops: int
    activeShops: int
    assigned: int
    sold: int
    total: int


class StatusChangeOut(Out):
    id: str
    simcard_id: str | None
    simcard_code: str
    old_status: str | None
    new_status: str | None
    source: str
    timestamp: str
    details: str | None


class CheckLogOut(Out):
    id: str
    checkedAt: str
    simcardId: str | None
    simcardCode: str
    shopId: str | None
    source: str
    kind: str
    oldStatus: str | None
    newStatus: str | None
    changed: bool
    externalStatus: str | None
    durationMs: int | None
    error: str | None
    actor: str | None
    runId: str | None
    details: str | None


class BulkLineOut(Out):
    line: int
    code: str
    result: Literal["created", "duplicate", "invalid"]
    reason: str


class IdRangeOut(Out):
    """Ids from ``first`` to ``last``, every one between them included."""

    first: str
    last: str


class BulkOut(Out):
    success: bool
    created: int
    failed: int  # duplicates + invalid
    duplicates: int
    invalid: int
    createdIds: IdRangeOut | list[str] = Field(description=(
        "the new cards' ids in input order: a range when they run one after another, "
        "else the list (empty when nothing was created)"))
    created_cards: list[dict[str, str]] = Field(description="id and code of each new card")
    failed_cards: list[dict[str, str]] = Field(description=(
        "code (as sent) and reason of each duplicate or invalid line"))
    problems: list[BulkLineOut] = Field(description=(
        "every line that was refused (duplicate, invalid) or created with a warning "
        "(its phone was left out), in input order"))
    results: list[BulkLineOut] = Field(default_factory=list, description=(
        "every line's result, in input order: only with ?details=1"))


class AssignedCardOut(Out):
    """A card an assignment moved, as it is now (not the whole card)."""

    id: str
    code: str
    status: CardStatus
    assignedTo: str | None
    assignedShopName: str | None


class SkippedOut(Out):
    code: str
    reason: str


class AssignOut(Out):
    success: bool
    assignedCards: list[AssignedCardOut]
    skipped: list[SkippedOut]


class ExternalDataOut(Out):
    """What the status source answered (``skipped``: a sold card is not asked again)."""

    status: str
    is_sold: bool
    sale_date: str | None
    message: str
    durationMs: int | None = None


class CheckedCardOut(CardOut):
    externalData: ExternalDataOut
    statusChanged: bool


class CheckResultOut(Out):
    simCardId: str
    code: str
    status: CardStatus
    isSold: bool
    saleDate: str | None
    lastChecked: str | None
    externalStatus: str | None
    statusChanged: bool
    error: str | None


class NewlySoldOut(Out):
    id: str
    code: str
    shopId: str | None
    shopName: str | None
    saleDate: str | None


class RunOut(Out):
    runId: str
    kind: str
    state: str
    reason: str | None
    startedAt: str
    finishedAt: str | None
    total: int
    checked: int
    changed: int
    errors: int
    newlySold: list[NewlySoldOut]


class AutoCheckOut(RunOut):
    success: bool
    results: list[CheckResultOut]
    totalChecked: int
    timestamp: str
    inProgress: bool  # the run goes on: results are the stored statuses; poll the run
    runningElsewhere: bool  # the run is another simdesk's on this database
    notFound: list[str]  # ids sent that are no card here (left out of results)


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, Any]
    requestId: str | None = None


class ErrorOut(BaseModel):
    error: ErrorBody


class SourceStatusOut(Out):
    status: str
    is_sold: bool
    sale_date: str | None
    message: str


class CodeStatusOut(SourceStatusOut):
    code: str


class BulkStatusOut(Out):
    results: list[CodeStatusOut]
    count: int


class StatusApiInfoOut(Out):
    name: str
    version: str
    docs: str
    endpoints: list[str]


class StatusHealthOut(Out):
    status: Literal["healthy", "unhealthy"]
    database: str
    simcard_count: int | None
    timestamp: str
    version: str


class BulkSourceStatusOut(Out):
    status: str
    is_sold: bool
    sale_date: str | None


class FunctionsCheckOut(Out):
    success: bool
    simCardCode: str | None = None
    status: str | None = None
    isSold: bool | None = None
    saleDate: str | None = None
    message: str | None = None
    error: str | None = None
