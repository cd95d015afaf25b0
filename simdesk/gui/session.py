"""Who uses the window: signing in, the role, Lock and Switch user, "stay signed in".

The window asks nobody to sign in while the database has no user (the first-admin dialog
comes before the window) or exactly one active user (it acts as that user).  With more, a
user signs in with the same password check and login throttle as the API
(``users.authenticate``); "stay signed in on this computer" keeps a login token (never the
password) in this OS user's profile, so the next start does not ask; Lock and Switch user
revoke it.  The signed-in user's name is the actor of every change the window makes.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QSettings, Signal

from simdesk.domain import users
from simdesk.errors import AuthenticationError, SimdeskError, ValidationError
from simdesk.storage.models import ROLE_ADMIN, User

log = logging.getLogger("simdesk.gui")

REMEMBER_DAYS: Final = 30  # a remembered sign-in lasts this long (or until revoked)
NOBODY_ACTOR: Final = "gui"  # the actor of changes made while the database has no user


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment: still a profile of its own
        return "?"


class Session(QObject):
    """The window's user.  ``changed`` after a sign-in, a lock, or a change of the signed-in
    user's role or state."""

    changed = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None, *,
                 profile_path: Path | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # Where "stay signed in" keeps its token: this OS user's profile (tests: a file).
        self.profile_path = profile_path
        self.user_id: int | None = None
        self.username: str | None = None
        self.role: str = ROLE_ADMIN
        self.required = False  # more than one active user: the window needs a sign-in
        self.locked = False

    # -------------------------------------------------------------- state

    @property
    def actor(self) -> str:
        """The name written into the log for the window's changes."""
        return self.username or NOBODY_ACTOR

    def allows(self, needed: str) -> bool:
        """May the window's user now do what needs the role ``needed``?"""
        return not self.locked and users.role_allows(self.role, needed)

    def begin(self) -> None:
        """At the window's start: nobody to ask (no user, or one), the remembered sign-in of
        this OS user, or locked until someone signs in."""
        self.locked = False
        if not users.has_users():
            self._set(None)
            return
        sole = users.sole_active_user()
        if sole is not None:
            self.required = False
            self._set(sole)
            return
        self.required = True
        remembered = self._remembered_user()
        if remembered is not None:
            self._set(remembered)
            return
        self._set(None)
        self.locked = True
        self.changed.emit()

    def sign_in(self, name: str, password: str, *, remember: bool = False,
                only: str | None = None, new_password: str | None = None) -> User:
        """Check the password (and count the try) exactly as the API's login does; then this
        user works in the window.  ``only``: the locked window's user — nobody else.  A user
        whose password an administrator set must choose ``new_password`` first (as the API
        asks): without one, ``ValidationError`` ``password_change_required``."""
        if only is not None and users.throttle_name(name) != users.throttle_name(only):
            raise AuthenticationError(
                f"the window is locked by {only}; sign in as {only}, or use Switch user.",
                code="locked_by_other")
        user = users.authenticate(name, password)
        if user.must_change_password:
            if new_password is None:
                raise ValidationError(
                    "An administrator set this password; choose a new one to go on.",
                    # A field's name and the reason shown on it, not a password.
                    fields={"new_password": "choose a new password"},  # nosec B105
                    code="password_change_required")
            user = users.change_password(user.id, password, new_password)
        self.forget()
        if remember:
            self._remember(user)
        self.locked = False
        self._set(user)
        return user

    def lock(self) -> bool:
        """Hide the data until the same user (or, after Switch user, another) signs in.
        Forgets the remembered sign-in.  Nothing to lock without a user."""
        if self.user_id is None:
            return False
        self.forget()
        self.locked = True
        self.changed.emit()
        return True

    def refresh(self) -> None:
        """The database changed: the signed-in user may have been disabled, deleted, or
        given another role (the Users page, the CLI, the API)."""
        if self.user_id is None or self.locked:
            return
        try:
            user = users.get_user(self.user_id)
        except SimdeskError:
            user = None
        if user is None or not user.is_active:
            log.info("user %s is gone or disabled: the window is locked", self.username)
            self.forget()
            self.required = True
            self.locked = True
            self.user_id, self.username = None, None  # someone else must sign in
            self.changed.emit()
            return
        if user.role != self.role or user.username != self.username:
            self._set(user)

    def _set(self, user: User | None) -> None:
        self.user_id = user.id if user is not None else None
        self.username = user.username if user is not None else None
        self.role = str(user.role) if user is not None else ROLE_ADMIN
        self.changed.emit()

    # -------------------------------------------------------------- stay signed in

    def _store(self) -> QSettings:
        if self.profile_path is not None:
            return QSettings(str(self.profile_path), QSettings.Format.IniFormat)
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "simdesk",
                         "signin")

    def _key(self) -> str:
        digest = hashlib.sha256(str(self.data_dir.resolve()).encode("utf-8")).hexdigest()
        return f"signin/{digest[:16]}"

    def _remember(self, user: User) -> None:
        issued = users.issue_token(user, client=f"simdesk window, {os_user()}"[:200],
                                   hours=REMEMBER_DAYS * 24)
        store = self._store()
        store.setValue(self._key(), issued.token)
        store.sync()

    def remembered(self) -> bool:
        return bool(self._store().value(self._key()))

    def _remembered_user(self) -> User | None:
        token = self._store().value(self._key())
        if not isinstance(token, str) or not token:
            return None
        try:
            return users.resolve_token_expiry(token).user
        except SimdeskError as exc:  # expired, revoked, disabled: ask again
            log.info("the remembered sign-in is no longer valid: %s", exc.message)
            self._drop()
            return None

    def forget(self) -> None:
        """Revoke and drop this OS user's remembered sign-in (if any)."""
        token = self._store().value(self._key())
        if isinstance(token, str) and token:
            try:
                users.revoke_token(token)
            except SimdeskError as exc:
                log.warning("cannot revoke the remembered sign-in: %s", exc.message)
        self._drop()

    def _drop(self) -> None:
        store = self._store()
        store.remove(self._key())
        store.sync()
