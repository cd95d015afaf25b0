"""Both HTTP APIs as one pair: built over one check engine, started and stopped together by
the runtime (:mod:`simdesk.runtime`) for ``simdesk serve`` and the desktop window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from simdesk.api.core import TrustedOrigins
from simdesk.api.main_app import build_main_api
from simdesk.api.server import ApiServer
from simdesk.api.status_app import build_status_api
from simdesk.domain import settings

if TYPE_CHECKING:
    from simdesk.checking.engine import CheckEngine

log = logging.getLogger("simdesk.api")


@dataclass(frozen=True)
class Binding:
    """Where the two APIs listen."""

    host: str
    main_port: int
    status_port: int

    @classmethod
    def from_settings(cls, host: str | None = None, main_port: int | None = None,
                      status_port: int | None = None) -> Binding:
        """The settings (``api.*``), each overridden by an argument that is not None."""
        return cls(
            host if host is not None else str(settings.get("api.host")),
            main_port if main_port is not None else int(settings.get("api.main_port")),
            status_port if status_port is not None else int(settings.get("api.status_port")),
        )


class ApiServers:
    """The main API and the status API, each in its own Waitress thread."""

    def __init__(self, engine: CheckEngine, binding: Binding, *, threads: int = 8) -> None:
        self.engine = engine
        self.binding = binding
        self.origins = TrustedOrigins()
        self.main_api = build_main_api(engine, bound_host=binding.host, origins=self.origins)
        self.status_api = build_status_api(engine, bound_host=binding.host,
                                           origins=self.origins)
        self.main = ApiServer("main", self.main_api.wsgi(), binding.host, binding.main_port,
                              threads=threads, origins=self.origins)
        self.status = ApiServer("status", self.status_api.wsgi(), binding.host,
                                binding.status_port, threads=threads, origins=self.origins)

    def by_name(self) -> dict[str, ApiServer]:
        return {"main": self.main, "status": self.status}

    def start(self) -> None:
        """Start both, or neither: if the second cannot listen, the first is stopped."""
        self.main.start()
        try:
            self.status.start()
        except BaseException:
            self.main.stop()
            raise

    def stop(self) -> None:
        self.status.stop()
        self.main.stop()
