"""Polish of issue 10, part A: the scanner's two sounds, Qt's own texts in the chosen
language, invalid fields that keep their arrows, sidebar icons that say what a page is."""

from __future__ import annotations

import wave

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
