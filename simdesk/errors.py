"""Errors raised by the domain and storage layers.

Every error carries a stable machine ``code`` (used by the API's JSON error body and by the
GUI to pick a translated text), an English ``message`` that says what is wrong and how to fix
it, and optional ``details``.  ``ValidationError`` also names the offending fields so that a
form can mark them.
"""

from __future__ import annotations

from typing import Any


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
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.details: dict[str, Any] = details or {}

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
    ) -> None:
        merged = dict(details or {})
        self.fields: dict[str, str] = dict(fields or {})
        if self.fields:
            merged["fields"] = self.fields
        super().__init__(message, code=code, details=merged)

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
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(message, code=code, details=details)
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
