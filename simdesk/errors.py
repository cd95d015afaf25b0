"""Errors raised by the domain and storage layers.

Every error carries a stable machine ``code`` (used by the API's JSON error body and by the
GUI to pick a translated text), an English ``message`` that says what is wrong and how to fix
it, and optional ``details``.  ``ValidationError`` also names the offending fields so that a
form can mark them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Problem(str):
    """Why one value or one input line is refused: the English reason (the text itself, so
    that every caller keeps using it as a string — the API, the CLI, reports) plus a stable
    ``code`` and the ``params`` a translation needs (the expected digit, the line …).  The
    window shows ``code`` through its translated texts (simdesk/gui/problems.py)."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, text: str, **params: Any) -> Problem:
        obj = super().__new__(cls, text)
        obj.code = code
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (_make_problem, (self.code, str(self), dict(self.params)))

    def prefixed(self, prefix: str) -> Problem:
        """The same problem with its English text after ``prefix`` (``"phone "``)."""
        return Problem(self.code, prefix + str(self), **self.params)


def _make_problem(code: str, text: str, params: dict[str, Any]) -> Problem:
    return Problem(code, text, **params)


class SimdeskError(Exception):
    """Base of every error the services raise on purpose."""

    status = 400
    default_code = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.details: dict[str, Any] = details or {}
        # What a translation of ``code`` needs besides ``details`` (never sent by the API:
        # its answers keep their shape).
        self.params: dict[str, Any] = params or {}

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details}


class ValidationError(SimdeskError):
    """Input is malformed.  ``fields`` maps a field name to the reason it was refused."""

    status = 422
    default_code = "validation_error"

    def __init__(
        self,
        message: str,
        *,
        fields: dict[str, str] | None = None,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        merged = dict(details or {})
        self.fields: dict[str, str] = dict(fields or {})
        if self.fields:
            merged["fields"] = self.fields
        super().__init__(message, code=code, details=merged, params=params)

    @classmethod
    def for_field(cls, field: str, reason: str, *, code: str | None = None) -> ValidationError:
        return cls(f"{field}: {reason}", fields={field: reason}, code=code)


class NotFoundError(SimdeskError):
    status = 404
    default_code = "not_found"


class ConflictError(SimdeskError):
    """The request is well formed but the current state forbids it."""

    status = 409
    default_code = "conflict"


class AuthenticationError(SimdeskError):
    status = 401
    default_code = "unauthorized"


class PermissionDeniedError(SimdeskError):
    status = 403
    default_code = "forbidden"


class ConfigurationError(SimdeskError):
    """The program cannot start or continue with the configuration it was given."""

    status = 500
    default_code = "configuration_error"


class BusyError(SimdeskError):
    """The program cannot take this on right now (for example the database is held by
    another writer); the same request later will work.  ``retry_after`` is in seconds."""

    status = 503
    default_code = "busy"

    def __init__(self, message: str, *, retry_after: int = 5, code: str | None = None,
                 details: dict[str, Any] | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(message, code=code, details=details, params=params)
        self.retry_after = retry_after


class DiskFullError(SimdeskError):
    """A write failed because the disk (or the user's quota) is full.  Nothing was saved;
    the same action works again once there is free space."""

    status = 507
    default_code = "disk_full"


class ReadOnlyError(SimdeskError):
    """The data folder or the database file cannot be written (permissions, a read-only
    disk).  Nothing can be saved until that is fixed."""

    status = 503
    default_code = "read_only"
