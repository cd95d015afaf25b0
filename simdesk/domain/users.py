"""Users, roles, passwords, login with throttling of failed tries, and login tokens.

Usernames are unique case-insensitively and keep the spelling they were created with.
Passwords are stored as argon2id hashes; tokens only as the SHA-256 of the token.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final, NamedTuple

import peewee

from simdesk.domain import settings
from simdesk.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    Problem,
    ValidationError,
)
from simdesk.passwords import hash_password, needs_rehash, verify_password
from simdesk.storage.db import write_tx
from simdesk.storage.models import (
    ROLE_ADMIN,
    ROLE_OPERATOR,
    ROLE_VIEWER,
    ROLES,
    AuthToken,
    LoginThrottle,
    User,
)
from simdesk.timeutil import to_local, utcnow

USERNAME_MIN: Final = 3
USERNAME_MAX: Final = 64
PASSWORD_MIN: Final = 8
PASSWORD_MAX: Final = 1024
CLIENT_MAX: Final = 200
LAST_USED_RESOLUTION: Final = timedelta(minutes=1)
LOCAL_ADDRESS: Final = "local"  # the client address of callers that have none (the window)

# ASCII only: SQLite's LOWER() folds ASCII letters only, and uniqueness is checked with it.
_USERNAME_RE: Final = re.compile(r"[A-Za-z0-9._@-]+")

INVALID_CREDENTIALS: Final = "wrong username or password"

# viewer reads, operator works, admin manages users and settings (the APIs and the window)
ROLE_RANK: Final = {ROLE_VIEWER: 0, ROLE_OPERATOR: 1, ROLE_ADMIN: 2}


def role_allows(role: str, needed: str) -> bool:
    """True when ``role`` may do what needs ``needed`` (an unknown role may do nothing)."""
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[needed]


# --------------------------------------------------------------------------- validation


def _clean_username(username: str) -> str:
    name = username.strip() if isinstance(username, str) else ""
    if not (USERNAME_MIN <= len(name) <= USERNAME_MAX) or not _USERNAME_RE.fullmatch(name):
        reason = Problem(
            "username_rule",
            f"must be {USERNAME_MIN}–{USERNAME_MAX} characters of Latin letters, digits "
            "and . _ - @", min=USERNAME_MIN, max=USERNAME_MAX,
        )
        raise ValidationError(
            f"username {reason} (got {name!r}); choose another name.",
            fields={"username": reason},
            code="invalid_username", params={"name": name, "problem": reason},
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        reason = Problem("role_choice", f"must be one of: {', '.join(ROLES)}",
                         choices=", ".join(ROLES))
        raise ValidationError(
            f"role {reason} (got {role!r}).", fields={"role": reason}, code="invalid_role",
            params={"problem": reason},
        )
    return role


def _check_password(password: str, username: str, field: str = "password") -> None:
    reason: Problem | None = None
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        reason = Problem("password_too_short",
                         f"must be at least {PASSWORD_MIN} characters long", min=PASSWORD_MIN)
    elif len(password) > PASSWORD_MAX:
        reason = Problem("password_too_long",
                         f"must be at most {PASSWORD_MAX} characters long", max=PASSWORD_MAX)
    elif password.casefold() == username.casefold():
        reason = Problem("password_is_username", "must not be the same as the username")
    elif len(set(password)) == 1:
        reason = Problem("password_one_char", "must not be one character repeated")
    if reason is not None:
        raise ValidationError(
            f"The password {reason}; choose a longer, less predictable one.",
            fields={field: reason},
            code="weak_password", params={"problem": reason},
        )


# --------------------------------------------------------------------------- lookups


def _not_found(user_id: int) -> NotFoundError:
    return NotFoundError(
        f"user {user_id} not found; it may have been deleted — refresh the list of users.",
        code="user_not_found",
    )


def list_users() -> list[User]:
    return list(User.select().order_by(peewee.fn.LOWER(User.username), User.id))


def get_user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise _not_found(user_id)
    return user


def get_by_username(name: str) -> User | None:
    """The user called ``name`` (case-insensitive, surrounding spaces ignored), or None."""
    if not isinstance(name, str):
        return None
    wanted = name.strip()
    if not wanted:
        return None
    exact = User.get_or_none(User.username == wanted)
    if exact is not None:
        return exact
    return (
        User.select()
        .where(peewee.fn.LOWER(User.username) == wanted.lower())
        .order_by(User.id)
        .first()
    )


def has_users() -> bool:
    return bool(User.select().exists())


def sole_active_user() -> User | None:
    """The only active user when there is exactly one (the window then asks nobody to sign
    in and acts as that user), else None."""
    found = list(User.select().where(User.is_active == True).limit(2))  # noqa: E712
    return found[0] if len(found) == 1 else None


def has_active_admin() -> bool:
    return bool(
        User.select().where((User.role == ROLE_ADMIN) & (User.is_active == True)).exists()  # noqa: E712
    )


def _other_active_admins(user_id: int) -> int:
    return int(
        User.select()
        .where((User.role == ROLE_ADMIN) & (User.is_active == True) & (User.id != user_id))  # noqa: E712
        .count()
    )


def _guard_last_admin(user: User, action: str) -> None:
    if user.role == ROLE_ADMIN and user.is_active and _other_active_admins(user.id) == 0:
        raise ConflictError(
            f"user {user.username!r} is the last active admin and cannot be {action}; "
            "make another user an active admin first.",
            code="last_admin",
            params={"name": user.username},
        )


def _revoke_user_tokens(user_id: int, now: datetime) -> int:
    return int(
        AuthToken.update(revoked_at=now)
        .where((AuthToken.user == user_id) & (AuthToken.revoked_at.is_null()))
        .execute()
    )


# --------------------------------------------------------------------------- changes


def add_user(username: str, password: str, role: str) -> User:
    name = _clean_username(username)
    _check_role(role)
    _check_password(password, name)
    password_hash = hash_password(password)  # slow: outside the write lock
    conflict = ConflictError(
        f"user {name!r} already exists; choose another name", code="username_taken",
        params={"name": name},
    )
    try:
        with write_tx():
            if get_by_username(name) is not None:
                raise conflict
            now = utcnow()
            user: User = User.create(
                username=name,
                password_hash=password_hash,
                role=role,
                created_at=now,
                updated_at=now,
            )
    except peewee.IntegrityError:
        raise conflict from None
    return user


def set_active(user_id: int, active: bool) -> User:
    with write_tx():
        user = get_user(user_id)
        if not active:
            _guard_last_admin(user, "disabled")
        now = utcnow()
        user.is_active = bool(active)
        user.updated_at = now
        user.save()
        if active:
            unlock(user.username)  # enabled: failed logins counted so far are forgotten
        else:
            _revoke_user_tokens(user.id, now)
    _bump()
    return user


def set_role(user_id: int, role: str) -> User:
    _check_role(role)
    with write_tx():
        user = get_user(user_id)
        if role != ROLE_ADMIN:
            _guard_last_admin(user, "demoted")
        user.role = role
        user.updated_at = utcnow()
        user.save()
    _bump()
    return user


def reset_password(user_id: int, new_password: str) -> User:
    """An administrator sets a new password; the user must change it at the next login."""
    user = get_user(user_id)
    _check_password(new_password, user.username)
    password_hash = hash_password(new_password)
    with write_tx():
        user = get_user(user_id)
        now = utcnow()
        user.password_hash = password_hash
        user.must_change_password = True
        user.updated_at = now
        user.save()
        _revoke_user_tokens(user.id, now)
        unlock(user.username)  # the new password may be tried at once, from anywhere
    _bump()
    return user


def change_password(user_id: int, old_password: str, new_password: str, *,
                    address: str = LOCAL_ADDRESS) -> User:
    """The user changes their own password.  Existing tokens stay valid.

    The old password is a password guess like a login's: each try is counted in the login
    throttle of the user's name and ``address`` before it is checked (a right one clears
    it), so a stolen token cannot be used to guess its owner's password — past
    ``auth.lockout_attempts`` wrong ones each try waits (``LoginThrottledError``, 429), and
    logins of the name from that address wait with it."""
    user = get_user(user_id)
    key = throttle_name(user.username)
    address = _address(address)
    delay = _count_attempt(key, address, user.username)
    if not isinstance(old_password, str) or not verify_password(user.password_hash, old_password):
        reason = Problem("password_not_current", "is not the current password")
        if delay is not None:
            now = utcnow()
            raise _throttled(user.username, address, now + delay, now, wrong=True,
                             wrong_text=f"the old password {reason}")
        raise ValidationError(
            f"The old password {reason}; type your current password again.",
            fields={"old_password": reason},
            code="wrong_password", params={"problem": reason},
        )
    with write_tx():
        _clear_attempts(key, address)
    _check_password(new_password, user.username, field="new_password")
    if new_password == old_password:
        reason = Problem("password_unchanged", "must differ from the current password")
        raise ValidationError(
            f"The new password {reason}; choose another one.",
            fields={"new_password": reason},
            code="weak_password", params={"problem": reason},
        )
    password_hash = hash_password(new_password)
    with write_tx():
        fresh = get_user(user_id)
        if fresh.password_hash != user.password_hash:
            raise ConflictError(
                "The password was changed by someone else meanwhile; log in again and retry.",
                code="password_changed",
            )
        fresh.password_hash = password_hash
        fresh.must_change_password = False
        fresh.updated_at = utcnow()
        fresh.save()
    _bump()
    return fresh


def delete_user(user_id: int) -> None:
    with write_tx():
        user = get_user(user_id)
        _guard_last_admin(user, "deleted")
        AuthToken.delete().where(AuthToken.user == user.id).execute()
        user.delete_instance()
    _bump()


# --------------------------------------------------------------------------- login
#
# Failed logins are counted per (user name as typed, client address), never per account:
# someone at another address cannot lock the office's own login out, and a name that does
# not exist is counted, delayed and answered exactly like one that does (a 429 tells nothing
# about which names exist).  After ``auth.lockout_attempts`` failures in a row each further
# try must wait 1 s, 2 s, 4 s … up to ``auth.lockout_minutes``.  Every try is counted as a
# failure *before* its password is checked (one write transaction), so parallel guesses
# cannot slip past the count; a right password then deletes the row.

ADDRESS_MAX: Final = 64
THROTTLE_NAME_MAX: Final = 200
FORGET_AFTER: Final = timedelta(days=1)  # >= the longest wait (auth.lockout_minutes ≤ 1 day)

_dummy_hash: str | None = None


class LoginThrottledError(AuthenticationError):
    """Too many failed logins of one user name from one address; ``retry_after`` is the
    seconds until the next try is possible."""

    status = 429
    default_code = "login_throttled"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, details={"retry_after": retry_after})
        self.retry_after = retry_after


def _get_dummy_hash() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password(secrets.token_urlsafe(16))
    return _dummy_hash


def _invalid_credentials() -> AuthenticationError:
    return AuthenticationError(INVALID_CREDENTIALS, code="invalid_credentials")


def _disabled(user: User) -> AuthenticationError:
    return AuthenticationError(
        f"account {user.username!r} is disabled; ask an administrator to enable it.",
        code="account_disabled",
    )


def throttle_name(username: str) -> str:
    """The key failed logins of ``username`` are counted under: the name as typed, surrounding
    spaces dropped, in lower case (as ``get_by_username`` compares names)."""
    name = username.strip() if isinstance(username, str) else ""
    return name.lower()[:THROTTLE_NAME_MAX]


def _address(address: str) -> str:
    text = address.strip() if isinstance(address, str) else ""
    return (text or LOCAL_ADDRESS)[:ADDRESS_MAX]


def _wait_text(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _throttled(name: str, address: str, until: datetime, now: datetime, *,
               wrong: bool, wrong_text: str = INVALID_CREDENTIALS) -> LoginThrottledError:
    """The 429 for a try of ``name`` from ``address`` before ``until``.  The text depends on
    the name as typed and the address only — never on whether the user exists."""
    seconds = max(1, math.ceil((until - now).total_seconds()))
    at = to_local(until).strftime("%H:%M:%S")
    why = (f"{wrong_text}; after too many failed logins in a row"
           if wrong else "too many failed logins in a row")
    return LoginThrottledError(
        f"{why} for user name {name!r} from {address}, the next try is possible in "
        f"{_wait_text(seconds)} (at {at}); an administrator can clear this with "
        f"'simdesk users unlock {name}' or Unlock on the Users page.",
        retry_after=seconds,
    )


def _delay(failures: int) -> timedelta | None:
    """How long the next try must wait after ``failures`` failures in a row, or None."""
    allowed = int(settings.get("auth.lockout_attempts"))
    if failures < allowed:
        return None
    longest = timedelta(minutes=int(settings.get("auth.lockout_minutes")))
    return min(longest, timedelta(seconds=2 ** min(failures - allowed, 30)))


def _count_attempt(key: str, address: str, name: str) -> timedelta | None:
    """Count a login try as a failure (undone by a right password); refuse it while the
    name is throttled from this address.  Returns the wait set for the next try, if any."""
    with write_tx():
        now = utcnow()
        LoginThrottle.delete().where(LoginThrottle.last_failure_at < now - FORGET_AFTER).execute()
        row = LoginThrottle.get_or_none(
            (LoginThrottle.username == key) & (LoginThrottle.address == address))
        if row is not None and row.blocked_until is not None and row.blocked_until > now:
            raise _throttled(name, address, row.blocked_until, now, wrong=False)
        failures = (row.failures if row is not None else 0) + 1
        delay = _delay(failures)
        blocked_until = now + delay if delay is not None else None
        if row is None:
            LoginThrottle.create(username=key, address=address, failures=failures,
                                 last_failure_at=now, blocked_until=blocked_until)
        else:
            (LoginThrottle.update(failures=failures, last_failure_at=now,
                                  blocked_until=blocked_until)
             .where(LoginThrottle.id == row.id).execute())
    return delay


def _clear_attempts(key: str, address: str) -> None:
    (LoginThrottle.delete()
     .where((LoginThrottle.username == key) & (LoginThrottle.address == address))
     .execute())


def authenticate(username: str, password: str, *, address: str = LOCAL_ADDRESS) -> User:
    """The user whose name and password these are.  ``address`` is the client's (the API
    passes the peer's network address); failures are counted per name and address and
    throttled with growing waits (``LoginThrottledError``, 429)."""
    if not isinstance(password, str):  # a wrong type counts as a wrong password
        password = ""  # nosec B105
    name = username.strip() if isinstance(username, str) else ""
    key = throttle_name(name)
    address = _address(address)
    delay = _count_attempt(key, address, name)
    user = get_by_username(name)
    if user is None:
        verify_password(_get_dummy_hash(), password)  # same cost as a real check
        ok = False
    else:
        ok = verify_password(user.password_hash, password)
    if not ok:
        if delay is not None:
            now = utcnow()
            raise _throttled(name, address, now + delay, now, wrong=True)
        raise _invalid_credentials()
    assert user is not None
    new_hash = hash_password(password) if needs_rehash(user.password_hash) else None

    error: AuthenticationError | None = None
    with write_tx():
        fresh = User.get_or_none(User.id == user.id)
        if fresh is None:
            raise _invalid_credentials()
        if fresh.password_hash != user.password_hash:  # changed meanwhile: check the new one
            if not verify_password(fresh.password_hash, password):
                raise _invalid_credentials()
            new_hash = None
        _clear_attempts(key, address)
        if not fresh.is_active:
            error = _disabled(fresh)
        else:
            fresh.last_login_at = utcnow()
            fields = [User.last_login_at]
            if new_hash is not None:
                fresh.password_hash = new_hash
                fields.append(User.password_hash)
            fresh.save(only=fields)
    if error is not None:
        raise error
    return fresh


def unlock(username: str) -> int:
    """Forget every failed login of ``username`` (from every address), whether or not such a
    user exists; returns how many addresses were throttled or counting."""
    key = throttle_name(username)
    if not key:
        return 0
    with write_tx():
        count = int(LoginThrottle.delete().where(LoginThrottle.username == key).execute())
    return count


def throttled_names(names: Iterable[str]) -> set[str]:
    """Those of ``names`` (user names) with failed logins counted from some address in the
    last day — what Unlock would clear.  Keys as ``throttle_name`` gives them."""
    keys = {throttle_name(n) for n in names} - {""}
    if not keys:
        return set()
    cutoff = utcnow() - FORGET_AFTER
    query = (LoginThrottle.select(LoginThrottle.username).distinct()
             .where(LoginThrottle.username.in_(sorted(keys))
                    & (LoginThrottle.last_failure_at >= cutoff)))
    return {row.username for row in query}


# --------------------------------------------------------------------------- tokens


class IssuedToken(NamedTuple):
    token: str  # give it to the client; only its hash is stored
    expires_at: datetime  # naive UTC


class TokenOwner(NamedTuple):
    user: User
    expires_at: datetime  # the token's expiry, naive UTC


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(user: User, client: str = "", *, hours: int | None = None) -> IssuedToken:
    """A new login token for ``user`` and its expiry (naive UTC).  Only its hash is stored.
    Tokens expired for over a week are cleared out at the same time, so the table does not
    grow with every login (a recently expired one still answers "expired").  ``hours``:
    its lifetime (default ``auth.token_ttl_hours``; the window's "stay signed in" asks for
    longer)."""
    token = secrets.token_urlsafe(32)
    if hours is None:
        hours = int(settings.get("auth.token_ttl_hours"))
    with write_tx():
        purge_expired_tokens(grace=PURGE_AFTER)
        fresh = get_user(user.id)
        if not fresh.is_active:
            raise _disabled(fresh)
        now = utcnow()
        expires_at = now + timedelta(hours=hours)
        AuthToken.create(
            user=fresh.id,
            token_hash=_token_hash(token),
            created_at=now,
            expires_at=expires_at,
            client=(client or "")[:CLIENT_MAX],
        )
    return IssuedToken(token=token, expires_at=expires_at)


PURGE_AFTER: Final = timedelta(days=7)


def _token_error(code: str, what: str) -> AuthenticationError:
    return AuthenticationError(f"The login token {what}; log in again.", code=code)


_generation = itertools.count(1)
_current_generation = 0


def generation() -> int:
    """A number that changes whenever this process revokes a token or changes a user's
    role, state or password: caches of resolved tokens compare it."""
    return _current_generation


def _bump() -> None:
    global _current_generation
    _current_generation = next(_generation)


def resolve_token_expiry(token: str) -> TokenOwner:
    """The user a valid token belongs to and the token's expiry (naive UTC); refuses
    unknown, expired, revoked and disabled."""
    if not isinstance(token, str) or not token:
        raise _token_error("token_invalid", "is missing or not valid")
    row = (
        AuthToken.select(AuthToken, User)
        .join(User)
        .where(AuthToken.token_hash == _token_hash(token))
        .first()
    )
    if row is None:
        raise _token_error("token_invalid", "is not valid")
    now = utcnow()
    if row.revoked_at is not None:
        raise _token_error("token_revoked", "was revoked (logged out)")
    if row.expires_at <= now:
        raise _token_error("token_expired", "has expired")
    user: User = row.user
    if not user.is_active:
        raise _disabled(user)
    if row.last_used_at is None or now - row.last_used_at >= LAST_USED_RESOLUTION:
        # One conditional statement: no read-then-write, no write lock held for long.
        (
            AuthToken.update(last_used_at=now)
            .where(
                (AuthToken.id == row.id)
                & (
                    AuthToken.last_used_at.is_null()
                    | (AuthToken.last_used_at <= now - LAST_USED_RESOLUTION)
                )
            )
            .execute()
        )
    return TokenOwner(user=user, expires_at=row.expires_at)


def revoke_token(token: str) -> bool:
    """Log a token out.  False when it is unknown or was already revoked."""
    if not isinstance(token, str) or not token:
        return False
    count = (
        AuthToken.update(revoked_at=utcnow())
        .where((AuthToken.token_hash == _token_hash(token)) & AuthToken.revoked_at.is_null())
        .execute()
    )
    _bump()
    return bool(count)


def purge_expired_tokens(grace: timedelta = timedelta(0)) -> int:
    """Delete tokens expired more than ``grace`` ago; returns how many."""
    cutoff = utcnow() - grace
    return int(AuthToken.delete().where(AuthToken.expires_at <= cutoff).execute())
