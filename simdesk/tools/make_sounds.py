"""Write the scanner's two sounds: a short rising "ding" for an accepted scan and a low
double buzz for a refused one (16-bit mono WAV, 22,050 Hz; a few kilobytes each).

    python -m simdesk.tools.make_sounds      # writes resources/sounds/{accepted,refused}.wav
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path
from typing import Final

SOUNDS_DIR: Final = Path(__file__).resolve().parent.parent.parent / "resources" / "sounds"
RATE: Final = 22_050

# (frequency Hz, milliseconds, square wave?) — 0 Hz is a pause.
ACCEPTED: Final = ((988.0, 70, False), (1319.0, 110, False))
REFUSED: Final = ((196.0, 150, True), (0.0, 60, False), (196.0, 150, True))


def _samples(parts: tuple[tuple[float, int, bool], ...], volume: float = 0.45) -> bytes:
    out = bytearray()
    for frequency, millis, square in parts:
        count = RATE * millis // 1000
        fade = max(1, RATE * 8 // 1000)  # 8 ms in and out: no click
        for n in range(count):
            if frequency <= 0:
                value = 0.0
            else:
                phase = math.sin(2 * math.pi * frequency * n / RATE)
                value = (1.0 if phase >= 0 else -1.0) * 0.6 if square else phase
            envelope = min(1.0, n / fade, (count - n) / fade)
            out += struct.pack("<h", int(value * envelope * volume * 32767))
    return bytes(out)


def write(path: Path, parts: tuple[tuple[float, int, bool], ...]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(_samples(parts))
    return path


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else SOUNDS_DIR
    for name, parts in (("accepted", ACCEPTED), ("refused", REFUSED)):
        print(f"wrote {write(folder / f'{name}.wav', parts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
