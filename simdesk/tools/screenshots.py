"""Screenshots of every page and the main dialogs, in every language, on demo data.

    python -m simdesk.tools.screenshots [OUT_DIR] [--language uz|ru|en ...] [--size 1280x800]

Builds the demo data (simdesk.checking.demo) in a temporary data folder with a fake operator
as the status source, runs one auto-check so the logs and the dashboard have something to
show, opens the real main window (offscreen unless a display is set; under ``Xvfb`` it looks
like a desktop) in each language and saves ``OUT_DIR/<language>/<page_id>.png`` for each
page and ``OUT_DIR/<language>/dialog-<name>.png`` for the main dialogs at their default
size.  OUT_DIR defaults to ``docs/screenshots`` of the repository; every language unless
``--language`` names some.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from simdesk.gui.context import AppContext
    from simdesk.gui.main_window import MainWindow

ROOT: Final = Path(__file__).resolve().parent.parent.parent
DEFAULT_OUT: Final = ROOT / "docs" / "screenshots"
LANGUAGES: Final = ("uz", "ru", "en")


def _wait(app: object, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, target: Path) -> Path:
    from simdesk.storage.files import guard_output

    target = guard_output(target)
    if not widget.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    return target


def _dialogs(ctx: AppContext, window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    """The main dialogs, each made as the window makes it (name, factory)."""
    from simdesk.domain import shops
    from simdesk.domain.simcards import CardFilter, list_cards
    from simdesk.gui.dialogs.assign import AssignDialog
    from simdesk.gui.dialogs.bulk_add import BulkAddDialog
    from simdesk.gui.dialogs.card_edit import CardEditDialog
    from simdesk.gui.dialogs.first_admin import FirstAdminDialog
    from simdesk.gui.dialogs.shop_dialog import ShopDialog
    from simdesk.gui.dialogs.user_dialog import UserDialog

    card_ids = [card.id for card in list_cards(CardFilter(status="available"), limit=25)]
    shop = shops.shop_query(shops.ShopFilter()).first()
    return [
        ("first-admin", lambda: FirstAdminDialog(window)),
        ("shop", lambda: ShopDialog(shops.get_shop(shop.id), window)),
        ("card-edit", lambda: CardEditDialog(card_ids[0], window)),
        ("assign", lambda: AssignDialog(ctx, card_ids, window)),
        ("bulk-add", lambda: BulkAddDialog(ctx, window)),
        ("user", lambda: UserDialog(window)),
    ]


def _take_language(app: QApplication, ctx: AppContext, out_dir: Path, language: str,
                   size: tuple[int, int]) -> list[Path]:
    from simdesk.gui import i18n
    from simdesk.gui.main_window import PAGES, MainWindow

    i18n.set_language(app, language)
    ctx.qsettings().setValue(i18n.SETTINGS_KEY, language)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(ctx, tray=False)
    if ctx.session.locked:  # two users: the window asks who signs in
        ctx.session.sign_in("admin", "demo-admin-parol")
    window.resize(*size)
    window.show()
    _wait(app, 1.0)
    for page_id, _module, _cls in PAGES:
        page = window.show_page(page_id)
        if page_id == "shops":  # with the detail panel of a shop
            page.table.selectRow(0)  # type: ignore[attr-defined]
        _wait(app, 0.8)
        written.append(_save(window, out_dir / f"{page_id}.png"))
    for name, make in _dialogs(ctx, window):
        dialog = make()
        dialog.show()
        _wait(app, 0.5)
        written.append(_save(dialog, out_dir / f"dialog-{name}.png"))
        dialog.close()
        dialog.deleteLater()
    window.quitting = True
    window.close()
    window.deleteLater()
    _wait(app, 0.2)
    return written


def take(out_dir: Path, languages: Sequence[str] = LANGUAGES,
         size: tuple[int, int] = (1280, 800)) -> list[Path]:
    """Write ``out_dir/<language>/*.png`` for each language; the paths written."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from simdesk.checking.demo import build_demo
    from simdesk.checking.fake_operator import FakeOperator
    from simdesk.domain import users
    from simdesk.gui.context import AppContext
    from simdesk.runtime import Runtime
    from simdesk.storage.database import close_database, open_database
    from simdesk.storage.db import current_database
    from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR

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
        ctx = AppContext(runtime.start(schedule=False))
        ctx.session.profile_path = data_dir / "signin.ini"  # not this computer's profile
        try:
            for language in languages:
                written += _take_language(app, ctx, out_dir / language, language, size)
        finally:
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
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    parser.add_argument("--language", action="append", choices=LANGUAGES,
                        help="only this language (repeatable); every language by default")
    parser.add_argument("--size", type=_size, default=(1280, 800), help="WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    for path in take(args.out_dir, args.language or LANGUAGES, args.size):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
