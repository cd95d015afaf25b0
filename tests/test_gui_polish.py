"""Polish of issue 10, part A: the scanner's two sounds, Qt's own texts in the chosen
language, invalid fields that keep their arrows, sidebar icons that say what a page is."""

from __future__ import annotations

import wave

import pytest
from PySide6.QtCore import Qt

from simdesk.gui.sounds import SOUNDS, Sounds, sound_file
from simdesk.storage.models import SimCard
from tests.helpers import pack

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_two_sounds_are_short_distinct_wavs():
    frames = {}
    for name in SOUNDS:
        with wave.open(str(sound_file(name)), "rb") as wav:
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
            seconds = wav.getnframes() / wav.getframerate()
            assert 0.1 < seconds < 0.6
            frames[name] = wav.readframes(wav.getnframes())
    assert frames["accepted"] != frames["refused"]


def test_the_scanner_asks_for_the_right_sound(main_window, qtbot):
    page = main_window.show_page("simcards")
    dialog = page.open_bulk_dialog()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(dialog.TAB_SCANNER)
    code = pack(1)[0]
    for text in (code, code, "12345"):  # new, already stored, not a code
        qtbot.keyClicks(dialog.scan_input, text)
        qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
    assert dialog.sounds.requested == ["accepted", "refused", "refused"]
    assert SimCard.select().count() == 1
    dialog.reject()


def test_sounds_fall_back_silently(qapp):
    sounds = Sounds(player="none")  # no audio at all
    sounds.play("accepted")
    sounds.play("refused")
    assert sounds.requested == ["accepted", "refused"]
    chosen = Sounds()
    assert chosen.player in ("qt", "winsound", "beep")
    chosen.play("refused")  # whatever the machine has: no error
    with pytest.raises(ValueError):
        chosen.play("applause")


def test_qt_s_own_dialogs_speak_the_chosen_language(qapp, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from simdesk.gui.i18n import set_language

    def file_dialog_texts() -> set[str]:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        return {label.text() for label in dialog.findChildren(QLabel)}

    buttons = QDialogButtonBox.StandardButton
    try:
        set_language(qapp, "ru")
        # Qt's qtbase_ru.qm, and simdesk's own file for the labels Qt's lacks.
        assert file_dialog_texts() >= {"&Папка:", "&Имя файла:", "&Тип файлов:"}
        box = QDialogButtonBox(buttons.Open | buttons.Cancel)
        assert sorted(b.text() for b in box.buttons()) == ["Открыть", "Отмена"]
        set_language(qapp, "uz")
        box = QDialogButtonBox(buttons.Open | buttons.Cancel)
        assert sorted(b.text() for b in box.buttons()) == ["Bekor qilish", "Ochish"]
        assert file_dialog_texts() >= {"&Joy:", "Fayl &nomi:", "Fayl &turi:"}
        set_language(qapp, "en")
        assert file_dialog_texts() >= {"&Look in:", "File &name:"}
    finally:
        set_language(qapp, "en")


def dark_pixels_right(widget, width: int = 24) -> int:
    """How many dark pixels the right-hand end of ``widget`` shows (its arrows)."""
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    return sum(1 for x in range(image.width() - width, image.width())
               for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 120)


def test_a_refused_spin_box_keeps_its_arrows(main_window, qtbot):
    from PySide6.QtWidgets import QSpinBox

    from simdesk.gui.widgets.invalid_mark import frame_of

    page = main_window.show_page("settings")
    spin = page.fields["checks.concurrency"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(500)  # above the 128 allowed
    arrows_before = dark_pixels_right(spin)
    page.save_button.click()
    assert spin.property("simdeskInvalid")
    assert "128" in spin.toolTip()
    frame = frame_of(spin)
    assert frame is not None and frame.isVisible()
    assert frame.geometry() == spin.geometry()
    assert spin.styleSheet() == ""  # the style still draws the arrows
    assert dark_pixels_right(spin) >= arrows_before * 0.8
    # Clicks go through the frame: the down arrow under it is the spin box's.
    from PySide6.QtCore import QPoint

    down = QPoint(spin.width() - 6, spin.height() - 5)
    assert spin.parentWidget().childAt(spin.mapToParent(down)) in (spin, spin.lineEdit())
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=down)
    assert spin.value() == 499
    spin.setValue(32)
    page.save_button.click()
    assert not spin.property("simdeskInvalid")
    qtbot.waitUntil(lambda: frame_of(spin) is None, timeout=2000)


def test_every_page_has_its_own_drawn_icon(main_window):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from simdesk.gui.main_window import PAGE_ICONS, PAGES
    from simdesk.gui.widgets.page_icons import DRAWINGS

    assert set(DRAWINGS) == {page_id for page_id, _m, _c in PAGES}
    style = QApplication.style()
    images = []
    for row, (page_id, _m, _c) in enumerate(PAGES):
        icon: QIcon = main_window.sidebar.item(row).icon()
        assert not icon.isNull(), page_id
        image = icon.pixmap(24, 24).toImage()
        painted = sum(1 for x in range(image.width()) for y in range(image.height())
                      if image.pixelColor(x, y).alpha() > 0)
        assert painted > 40, page_id  # something is drawn
        images.append(image)
        assert image != style.standardIcon(PAGE_ICONS[page_id]).pixmap(24, 24).toImage()
    assert all(images[i] != images[j] for i in range(len(images))
               for j in range(i + 1, len(images)))  # six different pictures
