"""The hand-over dialog on a real database, driven like the office drives it: a scanner
types each code and Enter into the scan field; refused scans beep and say why; Confirm
assigns every card in one transaction and the act is written as a PDF whose text lists the
codes (read back with pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from simdesk.domain import handover, settings, shops, simcards
from simdesk.gui import sounds
from simdesk.gui.dialogs.handover import HandoverDialog
from simdesk.storage.models import HandoverAct, SimCard
from tests.helpers import pack

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(db):
    """Shop A (with owner), shop B; cards 0-9 in stock with phones, 10-11 in B."""
    a = shops.create_shop({"name": "Chorsu Mobile", "owner_name": "Akmal Karimov",
                           "owner_phone": "+998901234567"})
    b = shops.create_shop({"name": "Baraka"})
    codes = pack(12)
    created = simcards.bulk_add(simcards.entries_from_codes(codes), source="cli",
                                want_ids=True).created_ids
    for n, code in enumerate(codes[:10]):
        simcards.update_card(created[code], {"phone": f"+99890{n:07d}"}, source="cli")
    simcards.assign_cards(b.id, codes=codes[10:], source="cli")
    return a, b, codes


@pytest.fixture
def beeps(monkeypatch):
    """What the dialog played: the real functions run, each call is recorded."""
    played: list[str] = []
    real_refused = sounds.refused

    def accepted() -> None:
        played.append("accepted")

    def refused() -> None:
        played.append("refused")
        real_refused()

    monkeypatch.setattr(sounds, "accepted", accepted)
    monkeypatch.setattr(sounds, "refused", refused)
    return played


def open_dialog(qtbot, ctx, direction: str, shop_id: int | None) -> HandoverDialog:
    dialog = HandoverDialog(ctx, direction, shop_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot, dialog: HandoverDialog, code: str) -> None:
    """What a barcode scanner does: the code's characters, then Enter."""
    qtbot.keyClicks(dialog.scan_edit, code)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def test_scanned_cards_are_handed_over_and_the_act_pdf_lists_them(
        qtbot, gui_ctx, office, beeps, tmp_path):
    a, _b, codes = office
    settings.set_value("office.dealer_name", "Sirdaryo Diler MChJ")
    dialog = open_dialog(qtbot, gui_ctx, handover.TO_SHOP, a.id)
    assert dialog.focusWidget() is dialog.scan_edit
    refused: list[tuple[str, str]] = []
    dialog.scan_refused.connect(lambda code, why: refused.append((code, why)))
    for code in codes[:3]:
        scan(qtbot, dialog, code)
    assert dialog.model.codes() == codes[:3]
    assert dialog.count_label.text() == "3 card(s) in the list"
    assert beeps == ["accepted"] * 3
    assert dialog.scan_edit.text() == "" and dialog.focusWidget() is dialog.scan_edit

    scan(qtbot, dialog, codes[10])  # in another shop
    assert refused[-1] == (codes[10], "in_other_shop")
    assert dialog.message.text() == (
        f"{codes[10]} is in another shop, Baraka. Take it back from there first.")
    scan(qtbot, dialog, codes[1])  # scanned twice
    assert refused[-1] == (codes[1], "duplicate")
    assert dialog.message.text() == f"{codes[1]} is already in the list."
    scan(qtbot, dialog, codes[0][:-1] + str((int(codes[0][-1]) + 1) % 10))  # misread
    assert refused[-1][1] == "invalid_code"
    assert "check digit is wrong" in dialog.message.text()
    assert beeps[3:] == ["refused"] * 3
    assert dialog.model.codes() == codes[:3]  # nothing refused joined the list
    assert dialog.refused_log.isVisible()
    # Enter never confirmed anything: nothing written yet
    assert HandoverAct.select().count() == 0
    assert SimCard.get(SimCard.code == codes[0]).status == "available"

    with qtbot.waitSignal(dialog.committed, timeout=10_000) as committed:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    act = committed.args[0]
    assert act.count == 3 and act.shop_name == "Chorsu Mobile"
    cards = SimCard.select().where(SimCard.code.in_(codes[:3]))
    assert {(c.status, c.shop_id) for c in cards} == {("assigned", a.id)}
    assert f"Act No. {act.number}: 3 card(s) handed over to Chorsu Mobile." in \
        dialog.message.text()
    assert dialog.pdf_button.isVisible() and not dialog.confirm_button.isVisible()
    assert not dialog.scan_edit.isEnabled()

    target = tmp_path / "act"
    task = dialog.save_pdf(target)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: dialog.saved_pdf is not None)
    assert dialog.saved_pdf == tmp_path / "act.pdf"
    text = pdf_text(tmp_path / "act.pdf")
    for code in codes[:3]:
        assert code in text
    assert f"Hand-over act No. {act.number}" in text
    assert "+998 90 000 00 01" in text  # each code with its phone
    for fact in ("Chorsu Mobile", "Akmal Karimov", "+998 90 123 45 67",
                 "Sirdaryo Diler MChJ", "Total: 3 SIM card(s)", "Received (shop)"):
        assert fact in text
    assert codes[10] not in text
