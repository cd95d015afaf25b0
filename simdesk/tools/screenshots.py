"""Screenshots of every page of the main window on demo data.

    python -m simdesk.tools.screenshots OUT_DIR [--language uz|ru|en] [--size 1280x800]

Builds the demo data (simdesk.checking.demo) in a temporary data folder with a fake operator
as the status source, runs one auto-check so the logs and the dashboard have something to
show, opens the real main window (offscreen unless a display is set) and saves
``OUT_DIR/<page_id>.png`` for each page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _wait(app: object, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def take(out_dir: Path, language: str, size: tuple[int, int] = (1280, 800)) -> list[Path]:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from simdesk.checking.demo import build_demo
    from simdesk.checking.fake_operator import FakeOperator
    from simdesk.domain import users
    from simdesk.gui import i18n
    from simdesk.gui.context import AppContext
    from simdesk.gui.main_window import PAGES, MainWindow
    from simdesk.runtime import Runtime
    from simdesk.storage.database import close_database, open_database
    from simdesk.storage.db import current_database
    from simdesk.storage.files import guard_output
    from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR

    out_dir.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="simdesk-screens-"))
    operator = FakeOperator(sold_share=0.35).start()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    written: list[Path] = []
    try:
        open_database(data_dir)
        build_demo(data_dir, status_url=operator.url)
        users.add_user("admin", "demo-admin-parol", ROLE_ADMIN)
        users.add_user("kassir", "demo-kassir-parol", ROLE_OPERATOR)
        runtime = Runtime(data_dir, database=current_database(), host="127.0.0.1",
                          main_port=0, status_port=0)
        engine = runtime.engine
        run = engine.start_run(None, kind="auto", source="check", actor="demo")
        engine.wait(run.run_id, timeout=60)
        i18n.set_language(app, language)
        ctx = AppContext(runtime.start(schedule=False))
        ctx.qsettings().setValue(i18n.SETTINGS_KEY, language)
        ctx.session.profile_path = data_dir / "signin.ini"  # not this computer's profile
        window = MainWindow(ctx, tray=False)
        ctx.session.sign_in("admin", "demo-admin-parol")  # two users: the window asks
        window.resize(*size)
        window.show()
        _wait(app, 1.0)
        for page_id, _module, _cls in PAGES:
            window.show_page(page_id)
            _wait(app, 0.8)
            target = guard_output(out_dir / f"{page_id}.png")
            if not window.grab().save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)
        window.quitting = True
        window.close()
        window.deleteLater()
        _wait(app, 0.2)
        ctx.shutdown()
    finally:
        close_database()
        operator.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    return written


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simdesk.tools.screenshots",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--language", default="uz", choices=("uz", "ru", "en"))
    parser.add_argument("--size", type=_size, default=(1280, 800), help="WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    for path in take(args.out_dir, args.language, args.size):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
