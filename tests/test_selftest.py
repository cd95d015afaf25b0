"""``simdesk --self-test`` run from the source: every check passes, and a broken part is
named with a non-zero exit status (the frozen program runs the same module)."""

from __future__ import annotations

import io
import sys

import pytest

from simdesk import __version__, cli, selftest


def test_self_test_passes_from_source(qapp) -> None:
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
    text = out.getvalue()
    for name in ("database and migrations", "password hashing", "XLSX write and read",
                 "HTTP servers", "main window (offscreen)", "PostgreSQL driver",
                 "translations"):
        assert f"ok    {name}" in text
    assert "main http://127.0.0.1:" in text and "status http://127.0.0.1:" in text
    assert "self-test passed: 7 checks" in text


def test_a_failing_check_is_named_and_fails_the_run(qapp, monkeypatch) -> None:
    monkeypatch.setattr(selftest, "PROBE_TEXT", "a text no translation has")
    out = io.StringIO()
    assert selftest.run(out) == 1
    assert "FAIL  translations: RuntimeError: no uz translation" in out.getvalue()
    assert "self-test FAILED: translations" in out.getvalue()


def test_the_command_line_flag_runs_it(qapp, monkeypatch, capsys) -> None:
    monkeypatch.setattr(selftest, "run", lambda: 3)
    assert cli.main(["--self-test"]) == 3


@pytest.mark.parametrize("args", [["--help"]])
def test_the_flag_is_documented(args, capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(args)
    assert "--self-test" in capsys.readouterr().out


# ---------------------------------------------------------------- a missing PostgreSQL driver


@pytest.fixture
def no_psycopg2(monkeypatch):
    import peewee

    monkeypatch.setattr(peewee, "psycopg2", None)  # as in a bundle built without it


URL = "postgresql://simdesk:secret@127.0.0.1:1/simdesk"


def test_a_missing_driver_is_a_clear_error_on_the_command_line(no_psycopg2, tmp_path,
                                                               capsys) -> None:
    assert cli.main(["--data-dir", str(tmp_path), "--database-url", URL, "users", "list"]) == 1
    err = capsys.readouterr().err
    assert "driver that is not installed (psycopg2)" in err
    assert "unexpected failure" not in err and "secret" not in err


def test_a_missing_driver_is_a_clear_error_for_the_runtime(no_psycopg2, tmp_path) -> None:
    from simdesk.errors import ConfigurationError
    from simdesk.runtime import Runtime

    with pytest.raises(ConfigurationError) as caught:
        Runtime(tmp_path, URL)  # the window shows this message and ends
    assert caught.value.code == "database_driver_missing"


def test_peewees_own_words_are_explained_too() -> None:
    import peewee

    from simdesk.storage.failures import explain

    problem = explain(peewee.ImproperlyConfigured("Postgres driver not installed!"))
    assert problem is not None and "pip install 'simdesk[postgres]'" in problem.message


# ---------------------------------------------------------------- the windowed program


def test_without_a_console_the_output_is_shown(monkeypatch) -> None:
    from simdesk import windowed

    shown = []
    monkeypatch.setattr(windowed, "show", lambda text, *, error: shown.append((text, error)))
    monkeypatch.setattr("sys.stdout", None)
    monkeypatch.setattr("sys.stderr", None)

    def failing() -> int:
        print("simdesk: error: the database URL needs a driver", file=sys.stderr)
        return 1

    assert windowed.run(failing, []) == 1
    assert shown == [("simdesk: error: the database URL needs a driver", True)]
    shown.clear()
    monkeypatch.setattr("sys.stdout", None)

    def quiet_window() -> int:
        print("simdesk is already open for this data folder")
        return 0

    assert windowed.run(quiet_window, []) == 0 and shown == []  # a normal start: no box
    monkeypatch.setattr("sys.stdout", None)
    assert windowed.run(lambda: cli.main(["--version"]), ["--version"]) == 0
    assert shown == [(f"simdesk {__version__}", False)]


def test_the_users_database_is_never_touched(qapp, monkeypatch, tmp_path) -> None:
    """A PostgreSQL URL or data folder in the environment is not the self-test's database."""
    monkeypatch.setenv("SIMDESK_DATABASE_URL", "postgresql://office:secret@10.0.0.9/simdesk")
    monkeypatch.setenv("SIMDESK_DATA_DIR", str(tmp_path / "office"))
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
    assert "SQLite in " in out.getvalue() and not (tmp_path / "office").exists()
