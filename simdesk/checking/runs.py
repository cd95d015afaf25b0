"""What a check run reports: per-card results, newly sold cards, the run summary, events —
and the stored summaries (``CheckRun`` rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final

from simdesk.storage.db import write_tx
from simdesk.storage.models import CheckRun, Shop, StatusCheck
from simdesk.timeutil import to_local_iso

KIND_MANUAL: Final = "manual"
KIND_SELECTION: Final = "selection"
KIND_AUTO: Final = "auto"
RUN_KINDS: Final = (KIND_MANUAL, KIND_SELECTION, KIND_AUTO)

RUNNING: Final = "running"
DONE: Final = "done"
CANCELLED: Final = "cancelled"
STOPPED: Final = "stopped"
FAILED: Final = "failed"

INTERRUPTED_REASON: Final = "interrupted: the program ended during the run"


def _iso(value: datetime | None) -> str | None:
    return to_local_iso(value)


@dataclass(frozen=True)
class CardResult:
    simcard_id: int
    code: str
    shop_id: int | None
    shop_name: str | None
    old_status: str
    new_status: str
    external_status: str | None
    is_sold: bool
    sale_date: datetime | None
    last_checked: datetime  # when this check ran
    changed: bool
    error: str | None
    duration_ms: int
    skipped: str | None = None  # why the source was not asked (sold already, no such card)

    def to_dict(self) -> dict[str, Any]:
        return {
            "simCardId": str(self.simcard_id),
            "code": self.code,
            "shopId": None if self.shop_id is None else str(self.shop_id),
            "shopName": self.shop_name,
            "oldStatus": self.old_status,
            "status": self.new_status,
            "externalStatus": self.external_status,
            "isSold": self.is_sold,
            "saleDate": _iso(self.sale_date),
            "lastChecked": _iso(self.last_checked),
            "statusChanged": self.changed,
            "error": self.error,
            "durationMs": self.duration_ms,
            "skipped": self.skipped,
        }


@dataclass(frozen=True)
class NewlySold:
    simcard_id: int
    code: str
    shop_id: int | None
    shop_name: str | None
    sale_date: datetime

    def to_json(self) -> dict[str, Any]:
        """The stored form (naive UTC ISO text)."""
        return {"id": self.simcard_id, "code": self.code, "shopId": self.shop_id,
                "shopName": self.shop_name, "saleDate": self.sale_date.isoformat()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NewlySold:
        return cls(int(data["id"]), str(data["code"]), data.get("shopId"), data.get("shopName"),
                   datetime.fromisoformat(data["saleDate"]))

    def to_dict(self) -> dict[str, Any]:
        """The API form (camelCase, string ids, local time)."""
        return {"id": str(self.simcard_id), "code": self.code,
                "shopId": None if self.shop_id is None else str(self.shop_id),
                "shopName": self.shop_name, "saleDate": _iso(self.sale_date)}


@dataclass
class RunSummary:
    run_id: str
    kind: str
    state: str  # running | done | cancelled | stopped | failed
    reason: str | None
    started_at: datetime
    finished_at: datetime | None
    total: int
    checked: int
    changed: int
    errors: int
    results: list[CardResult] = field(default_factory=list)
    newly_sold: list[NewlySold] = field(default_factory=list)
    source: str = "check"
    actor: str | None = None

    @property
    def finished(self) -> bool:
        return self.state != RUNNING

    def copy(self, *, with_results: bool = True) -> RunSummary:
        return replace(self, results=list(self.results) if with_results else [],
                       newly_sold=list(self.newly_sold))

    def to_dict(self, *, with_results: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "runId": self.run_id,
            "kind": self.kind,
            "state": self.state,
            "reason": self.reason,
            "startedAt": _iso(self.started_at),
            "finishedAt": _iso(self.finished_at),
            "total": self.total,
            "checked": self.checked,
            "changed": self.changed,
            "errors": self.errors,
            "newlySold": [n.to_dict() for n in self.newly_sold],
            "source": self.source,
            "actor": self.actor,
        }
        if with_results:
            data["results"] = [r.to_dict() for r in self.results]
        return data


@dataclass(frozen=True)
class EngineEvent:
    """Sent to listeners from worker threads: ``started``, ``progress`` or ``finished``."""

    type: str
    run_id: str
    kind: str
    state: str
    total: int
    checked: int
    changed: int
    errors: int
    reason: str | None = None
    newly_sold: tuple[NewlySold, ...] = ()
    summary: RunSummary | None = None  # on ``finished``, without per-card results


# ------------------------------------------------------------------ storage


def store_run(summary: RunSummary) -> None:
    """Insert or update the run's stored summary."""
    values = {
        CheckRun.kind: summary.kind,
        CheckRun.state: summary.state,
        CheckRun.reason: summary.reason,
        CheckRun.started_at: summary.started_at,
        CheckRun.finished_at: summary.finished_at,
        CheckRun.total: summary.total,
        CheckRun.checked: summary.checked,
        CheckRun.changed: summary.changed,
        CheckRun.errors: summary.errors,
        CheckRun.newly_sold: json.dumps([n.to_json() for n in summary.newly_sold]),
        CheckRun.source: summary.source,
        CheckRun.actor: summary.actor,
    }
    with write_tx():
        updated = CheckRun.update(values).where(CheckRun.run_id == summary.run_id).execute()
        if not updated:
            CheckRun.insert({CheckRun.run_id: summary.run_id, **values}).execute()


@dataclass(frozen=True)
class StoredRun:
    """The head of a stored run: enough to place it in time."""

    run_id: str
    state: str
    started_at: datetime
    finished_at: datetime | None


def latest_run(*, kind: str, actor: str | None = None,
               finished: bool = False) -> StoredRun | None:
    """The stored run of ``kind`` (and ``actor``; only finished ones with ``finished``)
    that started last, any process."""
    query = CheckRun.select(CheckRun.run_id, CheckRun.state, CheckRun.started_at,
                            CheckRun.finished_at).where(CheckRun.kind == kind)
    if actor is not None:
        query = query.where(CheckRun.actor == actor)
    if finished:
        query = query.where(CheckRun.state != RUNNING)
    row = query.order_by(CheckRun.started_at.desc(), CheckRun.id.desc()).first()
    if row is None:
        return None
    return StoredRun(row.run_id, row.state, row.started_at, row.finished_at)


def load_run(run_id: str, *, with_results: bool = True,
             running: bool = False) -> RunSummary | None:
    """A stored summary.  A run stored as running is reported as failed, with the reason
    (the program ended during it), unless ``running`` says that its process still runs it
    (it holds the run lease)."""
    row = CheckRun.get_or_none(CheckRun.run_id == run_id)
    if row is None:
        return None
    state, reason = row.state, row.reason
    if state == RUNNING and not running:
        state, reason = FAILED, INTERRUPTED_REASON
    summary = RunSummary(
        run_id=row.run_id, kind=row.kind, state=state, reason=reason,
        started_at=row.started_at, finished_at=row.finished_at, total=row.total,
        checked=row.checked, changed=row.changed, errors=row.errors,
        newly_sold=[NewlySold.from_json(d) for d in json.loads(row.newly_sold or "[]")],
        source=row.source, actor=row.actor,
    )
    if with_results:
        summary.results = _stored_results(run_id)
    return summary


def _stored_results(run_id: str) -> list[CardResult]:
    rows = list(
        StatusCheck.select()
        .where(StatusCheck.run_id == run_id, StatusCheck.kind == "check")
        .order_by(StatusCheck.id)
    )
    shop_ids = {r.shop_id for r in rows if r.shop_id is not None}
    names = dict(Shop.select(Shop.id, Shop.name).where(Shop.id.in_(list(shop_ids))).tuples()) \
        if shop_ids else {}
    results = []
    for r in rows:
        sold = r.new_status == "sold"
        results.append(CardResult(
            simcard_id=r.simcard_id or 0, code=r.simcard_code, shop_id=r.shop_id,
            shop_name=names.get(r.shop_id), old_status=r.old_status or "",
            new_status=r.new_status or "", external_status=r.external_status,
            is_sold=sold and r.error is None, sale_date=None, last_checked=r.checked_at,
            changed=bool(r.changed), error=r.error, duration_ms=r.duration_ms or 0,
        ))
    return results
