"""Users, passwords, login throttling and tokens against a real SQLite database."""

from __future__ import annotations

import hashlib
import re
import threading
from datetime import timedelta

import pytest

from simdesk.domain import settings, users
from simdesk.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from simdesk.passwords import hash_password
from simdesk.storage.db import current_database, thread_connection
from simdesk.storage.models import AuthToken, LoginThrottle, User
from simdesk.timeutil import utcnow

PW = "correct horse"


@pytest.fixture
def admin(db):
    return users.add_user("boss", PW, "admin")


@pytest.fixture
def operator(db):
    return users.add_user("alice", PW, "operator")


def reload(user: User) -> User:
    return User.get_by_id(user.id)


# --------------------------------------------------------------------------- add_user


def test_add_user_stores_argon2id_hash_and_trims_name(db):
    user = users.add_user("  Alice.B_c-d@x  ", PW, "operator")
    assert user.username == "Alice.B_c-d@x"
    stored = reload(user)
    assert stored.password_hash.startswith("$argon2id$")
    assert PW not in stored.password_hash
    assert stored.role == "operator"
    assert stored.is_active is True
    assert stored.must_change_password is False


@pytest.mark.parametrize("name", ["ab", "x" * 65, "bad name", "bad/name", "имя", "", "   "])
def test_add_user_refuses_bad_username(db, name):
    with pytest.raises(ValidationError) as info:
        users.add_user(name, PW, "operator")
    err = info.value
    assert err.code == "invalid_username"
    assert "username" in err.fields
    assert "3–64 characters" in err.message
    assert "choose another name" in err.message


def test_add_user_accepts_boundary_lengths(db):
    assert users.add_user("abc", PW, "viewer").username == "abc"
    assert users.add_user("y" * 64, PW, "viewer").username == "y" * 64


def test_add_user_name_unique_case_insensitively(db):
    users.add_user("Alice", PW, "operator")
    for name in ("alice", "ALICE", " Alice "):
        with pytest.raises(ConflictError) as info:
            users.add_user(name, PW, "viewer")
        assert info.value.code == "username_taken"
        assert info.value.message == f"user {name.strip()!r} already exists; choose another name"
    assert User.select().count() == 1


def test_add_user_refuses_unknown_role(db):
    with pytest.raises(ValidationError) as info:
        users.add_user("alice", PW, "superuser")
    err = info.value
    assert err.code == "invalid_role"
    assert set(err.fields) == {"role"}
    for role in ("admin", "operator", "viewer"):
        assert role in err.message
    assert not users.has_users()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short7!", "at least 8 characters"),
        ("", "at least 8 characters"),
        ("aliceBOB", "same as the username"),
        ("ALICEbob", "same as the username"),
        ("aaaaaaaaaa", "one character repeated"),
        ("x" * 1025 + "y", "at most 1024"),
    ],
)
def test_add_user_password_policy(db, password, reason):
    with pytest.raises(ValidationError) as info:
        users.add_user("aliceBob", password, "operator")
    err = info.value
    assert err.code == "weak_password"
    assert set(err.fields) == {"password"}
    assert reason in err.fields["password"]
    assert reason in err.message
    assert not users.has_users()


# --------------------------------------------------------------------------- lookups


def test_lookups(db):
    assert not users.has_users()
    assert not users.has_active_admin()
    op = users.add_user("zed", PW, "operator")
    assert users.has_users()
    assert not users.has_active_admin()
    adm = users.add_user("Amy", PW, "admin")
    assert users.has_active_admin()
    assert [u.username for u in users.list_users()] == ["Amy", "zed"]
    assert users.get_user(op.id).username == "zed"
    assert users.get_by_username("amy").id == adm.id
    assert users.get_by_username("  ZED ").id == op.id
    assert users.get_by_username("nobody") is None
    assert users.get_by_username("") is None


def test_get_user_not_found(db):
    with pytest.raises(NotFoundError) as info:
        users.get_user(999)
    assert info.value.code == "user_not_found"
    assert "999" in info.value.message
    assert "refresh" in info.value.message


def test_has_active_admin_ignores_disabled_admins(admin):
    second = users.add_user("second", PW, "admin")
    users.set_active(admin.id, False)
    assert users.has_active_admin()
    assert reload(second).is_active


# --------------------------------------------------------------------------- changes


def test_set_role(admin, operator):
    assert users.set_role(operator.id, "viewer").role == "viewer"
    assert reload(operator).role == "viewer"
    with pytest.raises(ValidationError) as info:
        users.set_role(operator.id, "root")
    assert info.value.code == "invalid_role"
    assert "role" in info.value.fields
    with pytest.raises(NotFoundError):
        users.set_role(12345, "viewer")


def test_set_active_disable_revokes_tokens(admin, operator):
    token, _ = users.issue_token(operator)
    users.set_active(operator.id, False)
    assert not reload(operator).is_active
    assert AuthToken.get(AuthToken.user == operator.id).revoked_at is not None
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "token_revoked"
    assert users.set_active(operator.id, True).is_active


def test_disabled_user_cannot_log_in_or_get_tokens(admin, operator):
    users.set_active(operator.id, False)
    with pytest.raises(AuthenticationError) as info:
        users.authenticate("alice", PW)
    assert info.value.code == "account_disabled"
    assert "disabled" in info.value.message and "administrator" in info.value.message
    with pytest.raises(AuthenticationError) as info:
        users.issue_token(operator)
    assert info.value.code == "account_disabled"
    # A wrong password on a disabled account still says only "wrong username or password".
    with pytest.raises(AuthenticationError) as info:
        users.authenticate("alice", "wrong password")
    assert info.value.code == "invalid_credentials"


def test_disabled_user_token_refused_even_if_not_revoked(admin, operator):
    token, _ = users.issue_token(operator)
    User.update(is_active=False).where(User.id == operator.id).execute()
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "account_disabled"
    assert info.value.status == 401


def test_reset_password(admin, operator):
    token, _ = users.issue_token(operator)
    settings.set_value("auth.lockout_attempts", 1)
    with pytest.raises(users.LoginThrottledError):
        users.authenticate("alice", "wrong password", address=ATTACKER)
    user = users.reset_password(operator.id, "brand new pw")
    assert user.must_change_password is True
    stored = reload(operator)
    assert stored.must_change_password is True
    assert LoginThrottle.select().count() == 0  # the new password may be tried at once
    assert stored.password_hash.startswith("$argon2id$")
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "token_revoked"
    assert users.authenticate("alice", "brand new pw").id == operator.id
    with pytest.raises(AuthenticationError):
        users.authenticate("alice", PW)


def test_reset_password_policy_and_not_found(db):
    user = users.add_user("alice.long", PW, "operator")
    with pytest.raises(ValidationError) as info:
        users.reset_password(user.id, "short")
    assert info.value.code == "weak_password"
    assert "at least 8 characters" in info.value.fields["password"]
    with pytest.raises(ValidationError) as info:
        users.reset_password(user.id, "ALICE.LONG")
    assert info.value.code == "weak_password"
    assert "same as the username" in info.value.fields["password"]
    assert reload(user).must_change_password is False
    with pytest.raises(NotFoundError):
        users.reset_password(4242, "brand new pw")


def test_change_password(operator):
    users.reset_password(operator.id, "temporary pw")
    user = users.change_password(operator.id, "temporary pw", "my own secret")
    assert user.must_change_password is False
    assert reload(operator).must_change_password is False
    assert users.authenticate("alice", "my own secret").id == operator.id


def test_change_password_refuses_wrong_old_and_weak_new(operator):
    with pytest.raises(ValidationError) as info:
        users.change_password(operator.id, "not the password", "my own secret")
    assert info.value.code == "wrong_password"
    assert set(info.value.fields) == {"old_password"}
    assert "current password" in info.value.message
    with pytest.raises(ValidationError) as info:
        users.change_password(operator.id, PW, "short")
    assert info.value.code == "weak_password"
    assert set(info.value.fields) == {"new_password"}
    with pytest.raises(ValidationError) as info:
        users.change_password(operator.id, PW, PW)
    assert info.value.code == "weak_password"
    assert "differ" in info.value.message
    assert users.authenticate("alice", PW).id == operator.id


def test_delete_user_removes_tokens(admin, operator):
    users.issue_token(operator)
    users.delete_user(operator.id)
    assert User.get_or_none(User.id == operator.id) is None
    assert AuthToken.select().where(AuthToken.user == operator.id).count() == 0
    with pytest.raises(NotFoundError):
        users.delete_user(operator.id)


# --------------------------------------------------------------------------- last admin


def _assert_last_admin(exc_info: pytest.ExceptionInfo[ConflictError]) -> None:
    err = exc_info.value
    assert err.code == "last_admin"
    assert err.status == 409
    assert "last active admin" in err.message
    assert "make another user an active admin first" in err.message


def test_last_admin_cannot_be_disabled_demoted_or_deleted(admin, operator):
    with pytest.raises(ConflictError) as info:
        users.set_active(admin.id, False)
    _assert_last_admin(info)
    with pytest.raises(ConflictError) as info:
        users.set_role(admin.id, "operator")
    _assert_last_admin(info)
    with pytest.raises(ConflictError) as info:
        users.delete_user(admin.id)
    _assert_last_admin(info)
    stored = reload(admin)
    assert stored.is_active and stored.role == "admin"
    # Setting the same role again is fine.
    assert users.set_role(admin.id, "admin").role == "admin"


def test_admin_can_go_once_another_admin_exists(admin, operator):
    users.set_role(operator.id, "admin")
    users.set_role(admin.id, "viewer")
    # Now alice is the last one.
    with pytest.raises(ConflictError) as info:
        users.set_active(operator.id, False)
    _assert_last_admin(info)
    users.set_role(admin.id, "admin")
    users.set_active(operator.id, False)
    # A disabled admin does not count: boss is the last active one again.
    with pytest.raises(ConflictError) as info:
        users.delete_user(admin.id)
    _assert_last_admin(info)
    users.delete_user(operator.id)  # deleting a disabled admin is fine
    assert users.has_active_admin()


# --------------------------------------------------------------------------- authenticate


def test_authenticate_success_updates_login_time(operator):
    with pytest.raises(AuthenticationError):
        users.authenticate("alice", "wrong password")
    assert throttle_rows() == [("alice", "local", 1)]
    user = users.authenticate(" ALICE ", PW)
    assert user.id == operator.id
    stored = reload(operator)
    assert throttle_rows() == []
    assert stored.last_login_at is not None
    assert abs(stored.last_login_at - utcnow()) < timedelta(minutes=1)


def test_authenticate_same_error_for_unknown_user_and_wrong_password(operator):
    with pytest.raises(AuthenticationError) as unknown:
        users.authenticate("nobody", PW)
    with pytest.raises(AuthenticationError) as wrong:
        users.authenticate("alice", "wrong password")
    for info in (unknown, wrong):
        assert info.value.code == "invalid_credentials"
        assert info.value.message == "wrong username or password"
        assert info.value.status == 401
        assert not isinstance(info.value, users.LoginThrottledError)
    assert unknown.value.to_dict() == wrong.value.to_dict()
    assert throttle_rows() == [("alice", "local", 1), ("nobody", "local", 1)]


def test_unknown_user_is_checked_against_a_dummy_hash(db, monkeypatch):
    calls: list[str] = []
    real = users.verify_password

    def spy(password_hash: str, password: str) -> bool:
        calls.append(password_hash)
        return real(password_hash, password)

    monkeypatch.setattr(users, "verify_password", spy)
    with pytest.raises(AuthenticationError):
        users.authenticate("ghost", "whatever pw")
    assert len(calls) == 1 and calls[0].startswith("$argon2id$")


def test_authenticate_rehashes_old_parameters(operator, monkeypatch):
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PW)
    User.update(password_hash=weak).where(User.id == operator.id).execute()
    users.authenticate("alice", PW)
    stored = reload(operator).password_hash
    assert stored != weak
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored
    assert users.authenticate("alice", PW).id == operator.id


ATTACKER = "203.0.113.7"
OFFICE = "192.168.1.20"


def throttle_rows() -> list[tuple[str, str, int]]:
    return [(r.username, r.address, r.failures) for r in
            LoginThrottle.select().order_by(LoginThrottle.username, LoginThrottle.address)]


def time_passes(seconds: float) -> None:
    """The clock moves on for every throttle row (the stored times go back instead)."""
    back = timedelta(seconds=seconds)
    for row in LoginThrottle.select():
        row.last_failure_at -= back
        if row.blocked_until is not None:
            row.blocked_until -= back
        row.save()


def attempt(name: str, password: str, address: str) -> AuthenticationError | None:
    try:
        users.authenticate(name, password, address=address)
    except AuthenticationError as exc:
        return exc
    return None


def test_failures_wait_longer_and_longer_per_name_and_address(operator):
    settings.set_many({"auth.lockout_attempts": 3, "auth.lockout_minutes": 1})
    for _ in range(2):
        error = attempt("alice", "wrong password", ATTACKER)
        assert error is not None and error.code == "invalid_credentials"
    # The third failure in a row: 1 s before the next try, said with 429 and when.
    error = attempt("alice", "wrong password", ATTACKER)
    assert isinstance(error, users.LoginThrottledError)
    assert (error.status, error.code, error.retry_after) == (429, "login_throttled", 1)
    assert error.details == {"retry_after": 1}
    assert error.message.startswith("wrong username or password; ")
    assert "the next try is possible in 1 second (at " in error.message
    assert "simdesk users unlock alice" in error.message
    # Within the wait even the right password is refused, and nothing is counted.
    error = attempt("alice", PW, ATTACKER)
    assert isinstance(error, users.LoginThrottledError) and error.retry_after == 1
    assert not error.message.startswith("wrong username or password")
    assert throttle_rows() == [("alice", ATTACKER, 3)]
    # Each further failure doubles the wait: 2 s, 4 s, 8 s … up to auth.lockout_minutes.
    waits = []
    for _ in range(8):
        time_passes(61)
        error = attempt("alice", "wrong password", ATTACKER)
        assert isinstance(error, users.LoginThrottledError)
        waits.append(error.retry_after)
    assert waits == [2, 4, 8, 16, 32, 60, 60, 60]
    assert "1 minute" in error.message
    assert reload(operator).last_login_at is None
    # Once the wait is over the right password works and forgets the failures.
    time_passes(61)
    assert users.authenticate("alice", PW, address=ATTACKER).id == operator.id
    assert throttle_rows() == []
    assert attempt("alice", "wrong password", ATTACKER).code == "invalid_credentials"


def test_an_attacker_elsewhere_cannot_lock_the_office_out(admin):
    settings.set_many({"auth.lockout_attempts": 5, "auth.lockout_minutes": 15})
    for _ in range(30):
        attempt("boss", "wrong password", ATTACKER)
    assert isinstance(attempt("boss", PW, ATTACKER), users.LoginThrottledError)
    # The only admin logs in from the office's computer as always.
    assert users.authenticate("boss", PW, address=OFFICE).id == admin.id
    assert users.authenticate(" BOSS ", PW, address=OFFICE).id == admin.id
    # The attacker's counter is untouched by the office's login (tries refused while
    # waiting are not counted) …
    assert throttle_rows() == [("boss", ATTACKER, 5)]
    # … and the office's own mistakes are counted on their own.
    assert attempt("boss", "wrong password", OFFICE).code == "invalid_credentials"
    assert throttle_rows() == [("boss", OFFICE, 1), ("boss", ATTACKER, 5)]


def test_unknown_names_are_throttled_exactly_like_known_ones(operator):
    settings.set_many({"auth.lockout_attempts": 2, "auth.lockout_minutes": 1})

    def story(name: str) -> list[tuple[object, ...]]:
        seen = []
        for password, passes in (("wrong", 0), ("wrong", 0), ("wrong", 0), ("wrong", 2),
                                 ("wrong", 0), ("wrong", 3), ("wrong", 5)):
            time_passes(passes)
            error = attempt(name, password + " password", ATTACKER)
            assert error is not None
            message = re.sub(r"\(at [0-9:]+\)", "(at …)", error.message)  # the clock
            seen.append((type(error), error.status, error.code,
                         getattr(error, "retry_after", None),
                         message.replace(name, "NAME"), error.details))
        return seen

    known = story("alice")
    unknown = story("nobody")
    assert known == unknown
    assert [s[1] for s in known] == [401, 429, 429, 429, 429, 429, 429]
    assert [s[3] for s in known] == [None, 1, 1, 2, 2, 4, 8]
    assert throttle_rows() == [("alice", ATTACKER, 5), ("nobody", ATTACKER, 5)]


def test_parallel_guesses_cannot_slip_past_the_count(operator):
    """Every try is counted before its password is checked: ten guesses at once from one
    address get two answers of "wrong password"; the others wait."""
    settings.set_many({"auth.lockout_attempts": 3, "auth.lockout_minutes": 1})
    results: list[AuthenticationError | None] = []
    start = threading.Barrier(10)

    def guess() -> None:
        with thread_connection():
            start.wait()
            results.append(attempt("alice", "wrong password", ATTACKER))

    threads = [threading.Thread(target=guess) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    codes = sorted(e.code for e in results if e is not None)
    assert codes == ["invalid_credentials"] * 2 + ["login_throttled"] * 8
    assert throttle_rows() == [("alice", ATTACKER, 3)]


def test_unlock_enable_and_reset_forget_the_failures(admin, operator):
    settings.set_value("auth.lockout_attempts", 1)
    for address in (ATTACKER, OFFICE):
        attempt("alice", "wrong password", address)
    attempt("boss", "wrong password", ATTACKER)
    assert users.throttled_names(["Alice", "boss", "carol"]) == {"alice", "boss"}
    assert users.unlock(" ALICE ") == 2
    assert users.unlock("alice") == 0
    assert throttle_rows() == [("boss", ATTACKER, 1)]
    assert users.authenticate("alice", PW, address=ATTACKER).id == operator.id
    # Enabling a user forgets its failures too (and a disabled user is counted as any).
    users.set_active(operator.id, False)
    attempt("alice", "wrong password", ATTACKER)
    assert isinstance(attempt("alice", PW, ATTACKER), users.LoginThrottledError)
    users.set_active(operator.id, True)
    assert users.authenticate("alice", PW, address=ATTACKER).id == operator.id
    # Names that do not exist can be unlocked the same way.
    attempt("ghost", "wrong password", ATTACKER)
    assert users.unlock("ghost") == 1


def test_old_failures_are_forgotten_and_pruned(operator):
    settings.set_value("auth.lockout_attempts", 3)
    for name in ("alice", "x1", "x2"):
        attempt(name, "wrong password", ATTACKER)
        attempt(name, "wrong password", ATTACKER)
    time_passes(users.FORGET_AFTER.total_seconds() + 1)
    assert users.throttled_names(["alice"]) == set()
    # The next failure starts counting afresh, and the old rows are gone.
    assert attempt("alice", "wrong password", ATTACKER).code == "invalid_credentials"
    assert throttle_rows() == [("alice", ATTACKER, 1)]


def test_throttle_message_in_minutes_for_long_waits(operator):
    settings.set_many({"auth.lockout_attempts": 1, "auth.lockout_minutes": 10})
    attempt("alice", "wrong password", ATTACKER)
    LoginThrottle.update(blocked_until=utcnow() + timedelta(minutes=9, seconds=30)).execute()
    error = attempt("alice", PW, ATTACKER)
    assert isinstance(error, users.LoginThrottledError)
    assert 9 * 60 < error.retry_after <= 570
    assert "in 10 minutes" in error.message
    assert f"from {ATTACKER}" in error.message


# --------------------------------------------------------------------------- tokens


def _raw_token_table() -> list[tuple[object, ...]]:
    cursor = current_database().execute_sql("SELECT * FROM auth_token")
    return [tuple(row) for row in cursor.fetchall()]


def test_issue_and_resolve_token(operator):
    settings.set_value("auth.token_ttl_hours", 5)
    token, expires_at = users.issue_token(operator, client="desktop")
    assert isinstance(token, str) and len(token) >= 40
    assert timedelta(hours=4, minutes=59) < expires_at - utcnow() <= timedelta(hours=5)
    row = AuthToken.get(AuthToken.user == operator.id)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert row.client == "desktop"
    assert row.expires_at == expires_at
    # The token itself is nowhere in the table.
    for raw in _raw_token_table():
        for value in raw:
            assert token not in str(value)
    user, expiry = users.resolve_token_expiry(token)
    assert (user.id, expiry) == (operator.id, expires_at)
    other, _ = users.issue_token(operator)
    assert other != token


def test_token_results_are_named(operator):
    issued = users.issue_token(operator, client="desktop")
    assert isinstance(issued, users.IssuedToken)
    assert issued.expires_at == AuthToken.get(AuthToken.client == "desktop").expires_at
    owner = users.resolve_token_expiry(issued.token)
    assert isinstance(owner, users.TokenOwner)
    assert (owner.user.id, owner.expires_at) == (operator.id, issued.expires_at)


def test_resolve_unknown_token(operator):
    for bad in ("not-a-token", ""):
        with pytest.raises(AuthenticationError) as info:
            users.resolve_token_expiry(bad)
        assert info.value.code == "token_invalid"
        assert "log in again" in info.value.message


def test_token_expiry_and_purge(operator):
    token, _ = users.issue_token(operator)
    live, _ = users.issue_token(operator)
    AuthToken.update(expires_at=utcnow() - timedelta(seconds=1)).where(
        AuthToken.token_hash == hashlib.sha256(token.encode()).hexdigest()
    ).execute()
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "token_expired"
    assert "expired" in info.value.message and "log in again" in info.value.message
    assert users.purge_expired_tokens() == 1
    assert users.purge_expired_tokens() == 0
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "token_invalid"
    assert users.resolve_token_expiry(live)[0].id == operator.id


def test_revoke_token(operator):
    token, _ = users.issue_token(operator)
    other, _ = users.issue_token(operator)
    assert users.revoke_token(token) is True
    assert users.revoke_token(token) is False
    assert users.revoke_token("unknown") is False
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "token_revoked"
    assert "log in again" in info.value.message
    assert users.resolve_token_expiry(other)[0].id == operator.id


def test_last_used_at_updated_at_most_once_a_minute(operator):
    token, _ = users.issue_token(operator)
    digest = hashlib.sha256(token.encode()).hexdigest()
    users.resolve_token_expiry(token)
    first = AuthToken.get(AuthToken.token_hash == digest).last_used_at
    assert first is not None
    users.resolve_token_expiry(token)
    assert AuthToken.get(AuthToken.token_hash == digest).last_used_at == first
    old = utcnow() - timedelta(minutes=2)
    AuthToken.update(last_used_at=old).where(AuthToken.token_hash == digest).execute()
    users.resolve_token_expiry(token)
    assert AuthToken.get(AuthToken.token_hash == digest).last_used_at > old


def test_deleted_users_tokens_are_gone(admin, operator):
    token, _ = users.issue_token(operator)
    users.delete_user(operator.id)
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(token)
    assert info.value.code == "token_invalid"


def test_issue_token_for_missing_user(operator):
    users.delete_user(operator.id)
    with pytest.raises(NotFoundError):
        users.issue_token(operator)


def test_hash_helper_sanity(db):
    # The dummy hash used for unknown users has the same parameters as real ones.
    assert users._get_dummy_hash().split("$")[3] == hash_password("x" * 8).split("$")[3]


def test_login_clears_tokens_expired_for_over_a_week(operator):
    old, _ = users.issue_token(operator)
    recent, _ = users.issue_token(operator)
    for token, age in ((old, timedelta(days=8)), (recent, timedelta(hours=1))):
        AuthToken.update(expires_at=utcnow() - age).where(
            AuthToken.token_hash == hashlib.sha256(token.encode()).hexdigest()
        ).execute()
    users.issue_token(operator)
    assert AuthToken.select().count() == 2  # the recent one and the new one
    with pytest.raises(AuthenticationError) as info:
        users.resolve_token_expiry(recent)
    assert info.value.code == "token_expired"
