"""The run lease: at most one auto-check at a time across every process on one database
(two ``simdesk serve`` on one data folder, the window beside a ``serve``, or two offices on
one PostgreSQL database).

A process that starts an auto-check writes its owner id into the ``run_lease`` row with an
expiry, renews it while the run goes on (every third of the lease time) and deletes it when
the run ends.  Another process that finds an unexpired row starts nothing and reports the
run in progress elsewhere.  If the owner crashes, its row expires after ``lease_seconds``
and the next asker takes it over.  Every read-and-write happens inside ``write_tx()``, which
is serialised on both databases (SQLite's write lock, PostgreSQL's advisory lock), so two
processes asking at the same moment cannot both win.

Expiry times are the writing process's clock (naive UTC): machines sharing a database should
keep their clocks in sync (a difference of a few seconds does not matter against a lease of
a minute).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from simdesk.errors import ConflictError
from simdesk.storage.db import write_tx
from simdesk.storage.models import RunLease
from simdesk.timeutil import to_local_iso, utcnow

AUTO_CHECK: Final = "auto-check"


def new_owner_id() -> str:
    """Who we are, readable in a message: host, process id and a random part."""
    host = socket.gethostname()[:80] or "localhost"
    return f"{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class LeaseHolder:
    owner: str
    run_id: str | None
    expires_at: datetime


class RunElsewhereError(ConflictError):
    """An auto-check is running in another process on this database."""

    def __init__(self, holder: LeaseHolder) -> None:
        run = f" (run {holder.run_id})" if holder.run_id else ""
        super().__init__(
            f"An auto-check is already running in another simdesk on this database "
            f"({holder.owner}){run}, so none was started here. Its progress is at "
            f"GET /auto-check/runs/{holder.run_id or '…'}. If that program has stopped, "
            f"its claim ends at {to_local_iso(holder.expires_at)} and the next check can run.",
            code="run_in_progress_elsewhere",
            details={"runId": holder.run_id, "owner": holder.owner,
                     "expiresAt": to_local_iso(holder.expires_at)},
        )
        self.holder = holder


def acquire(name: str, owner: str, run_id: str, seconds: float, *,
            guard: Callable[[], None] | None = None) -> LeaseHolder | None:
    """Take the lease for ``run_id``; None when taken, else who holds it.  ``guard`` runs
    inside the same transaction once the lease is free; it may raise to refuse."""
    now = utcnow()
    with write_tx():
        row = RunLease.get_or_none(RunLease.name == name)
        if row is not None and row.owner != owner and row.expires_at > now:
            return LeaseHolder(row.owner, row.run_id, row.expires_at)
        if guard is not None:
            guard()
        values = {RunLease.owner: owner, RunLease.run_id: run_id, RunLease.acquired_at: now,
                  RunLease.expires_at: now + timedelta(seconds=seconds)}
        if row is None:
            RunLease.insert({RunLease.name: name, **values}).execute()
        else:
            RunLease.update(values).where(RunLease.name == name).execute()
    return None


def renew(name: str, owner: str, seconds: float) -> bool:
    """Push the expiry on; False when the lease is no longer ours (it expired and another
    process took it over)."""
    with write_tx():
        updated = (RunLease.update({RunLease.expires_at: utcnow() + timedelta(seconds=seconds)})
                   .where(RunLease.name == name, RunLease.owner == owner).execute())
    return bool(updated)


def release(name: str, owner: str) -> None:
    with write_tx():
        RunLease.delete().where(RunLease.name == name, RunLease.owner == owner).execute()


def holder(name: str) -> LeaseHolder | None:
    """Who holds the lease now (None when free or expired)."""
    row = RunLease.get_or_none(RunLease.name == name)
    if row is None or row.expires_at <= utcnow():
        return None
    return LeaseHolder(row.owner, row.run_id, row.expires_at)
