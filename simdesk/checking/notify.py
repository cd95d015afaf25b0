"""Tell a webhook about newly sold cards (a JSON POST with retries), so that the office can
forward sales to a chat.  The address is ``notify.webhook_url`` (a secret: it often holds a
bot token), so only its scheme://host:port is ever logged."""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any, Final

from simdesk.checking.http import CallError, call, make_session, safe_url
from simdesk.checking.runs import RunSummary
from simdesk.timeutil import to_local_iso

log = logging.getLogger(__name__)

ATTEMPTS: Final = 3
DEADLINE_SECONDS: Final = 15.0
PAUSE_SECONDS: Final = 1.0


def payload_for(summary: RunSummary) -> dict[str, Any]:
    cards = [n.to_dict() for n in summary.newly_sold]
    listed = ", ".join(
        f"{c['code']} ({c['shopName'] or 'no shop'})" for c in cards[:20]
    ) + (f" and {len(cards) - 20} more" if len(cards) > 20 else "")
    return {
        "event": "simcards.sold",
        "runId": summary.run_id,
        "kind": summary.kind,
        "finishedAt": to_local_iso(summary.finished_at),
        "count": len(cards),
        "cards": cards,
        "text": f"{len(cards)} SIM card(s) sold: {listed}",
    }


class WebhookNotifier:
    """Delivers in a background thread; a failed delivery is logged, never raised."""

    def __init__(self, *, attempts: int = ATTEMPTS, deadline_s: float = DEADLINE_SECONDS,
                 pause_s: float = PAUSE_SECONDS) -> None:
        self.attempts = attempts
        self.deadline_s = deadline_s
        self.pause_s = pause_s
        self.delivered = 0
        self.failed = 0
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()

    def notify(self, summary: RunSummary, url: str) -> threading.Thread | None:
        """Send the run's newly sold cards to ``url`` (nothing when there are none)."""
        if not url or not summary.newly_sold or self._closing.is_set():
            return None
        body = json.dumps(payload_for(summary)).encode()
        thread = threading.Thread(target=self.deliver, args=(url, body),
                                  name="simdesk-webhook", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()
        return thread

    def deliver(self, url: str, body: bytes) -> bool:
        where = safe_url(url)
        session = make_session(1)
        problem = ""
        try:
            for attempt in range(1, self.attempts + 1):
                try:
                    reply = call(session, "POST", url, body=body, deadline_s=self.deadline_s,
                                 headers={"Content-Type": "application/json"})
                except CallError as exc:
                    problem = exc.message
                else:
                    if 200 <= reply.status < 300:
                        with self._lock:
                            self.delivered += 1
                        log.info("webhook at %s told about newly sold cards", where)
                        return True
                    problem = f"HTTP {reply.status}"
                    if 400 <= reply.status < 500:
                        break  # the receiver refuses it; repeating will not help
                if attempt < self.attempts and self._closing.wait(self.pause_s * attempt):
                    break
        finally:
            session.close()
        with self._lock:
            self.failed += 1
        log.warning("webhook at %s was not told about newly sold cards: %s; check "
                    "notify.webhook_url", where, problem)
        return False

    def shutdown(self, timeout: float = 2.0) -> None:
        self._closing.set()
        end = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, end - time.monotonic()))
