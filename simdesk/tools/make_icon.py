"""Draw the application icon: a SIM card with a check mark.

    python -m simdesk.tools.make_icon      # writes resources/icons/simdesk.{png,ico,svg}

The same shapes are drawn with QPainter (PNG, and the ICO's 16–256 px images) and written
as SVG, so the three files always match.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ICONS_DIR: Final = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
SIZE: Final = 256
ICO_SIZES: Final = (16, 24, 32, 48, 64, 128, 256)

CARD_TOP: Final = "#42a5f5"
CARD_BOTTOM: Final = "#1565c0"
CARD_EDGE: Final = "#0d47a1"
CHIP: Final = "#fdd835"
CHIP_EDGE: Final = "#b28704"
BADGE: Final = "#2e7d32"
WHITE: Final = "#ffffff"

# The card: a rounded rectangle with its top-right corner cut (the SIM card's notch).
CARD: Final = ((64, 16), (160, 16), (212, 68), (212, 216), ("q", 212, 236, 192, 236),
               (64, 236), ("q", 44, 236, 44, 216), (44, 36), ("q", 44, 16, 64, 16))
CHIP_RECT: Final = (74, 92, 88, 70, 12)  # x, y, w, h, corner radius
CHIP_LINES: Final = (((74, 127), (162, 127)), ((103, 92), (103, 162)), ((133, 92), (133, 162)))
BADGE_CIRCLE: Final = (184, 196, 50)  # cx, cy, r
CHECK: Final = ((160, 197), (177, 214), (208, 180))


def card_path() -> QPainterPath:
    path = QPainterPath()
    first, *rest = CARD
    path.moveTo(float(first[0]), float(first[1]))
    for step in rest:
        if step[0] == "q":
            _q, cx, cy, x, y = step
            path.quadTo(float(cx), float(cy), float(x), float(y))
        else:
            path.lineTo(float(step[0]), float(step[1]))
    path.closeSubpath()
    return path


def draw(painter: QPainter) -> None:
    """Draw the icon on a 256×256 canvas (scale the painter for other sizes)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 16, 0, 236)
    gradient.setColorAt(0, QColor(CARD_TOP))
    gradient.setColorAt(1, QColor(CARD_BOTTOM))
    painter.setPen(QPen(QColor(CARD_EDGE), 6, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(QBrush(gradient))
    painter.drawPath(card_path())

    x, y, w, h, r = CHIP_RECT
    painter.setPen(QPen(QColor(CHIP_EDGE), 4))
    painter.setBrush(QColor(CHIP))
    painter.drawRoundedRect(QRectF(x, y, w, h), r, r)
    painter.setPen(QPen(QColor(CHIP_EDGE), 3))
    for (x1, y1), (x2, y2) in CHIP_LINES:
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    cx, cy, radius = BADGE_CIRCLE
    painter.setPen(QPen(QColor(WHITE), 8))
    painter.setBrush(QColor(BADGE))
    painter.drawEllipse(QPointF(cx, cy), radius, radius)
    painter.setPen(QPen(QColor(WHITE), 13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath()
    check.moveTo(*map(float, CHECK[0]))
    for point in CHECK[1:]:
        check.lineTo(*map(float, point))
    painter.drawPath(check)


def render(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(size / SIZE, size / SIZE)
    draw(painter)
    painter.end()
    return image


def svg() -> str:
    def path_data() -> str:
        first, *rest = CARD
        parts = [f"M{first[0]} {first[1]}"]
        for step in rest:
            if step[0] == "q":
                parts.append(f"Q{step[1]} {step[2]} {step[3]} {step[4]}")
            else:
                parts.append(f"L{step[0]} {step[1]}")
        return " ".join(parts) + " Z"

    x, y, w, h, r = CHIP_RECT
    cx, cy, radius = BADGE_CIRCLE
    lines = "".join(
        f'<line x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}"/>' for a, b in CHIP_LINES)
    check = " ".join(f"{px},{py}" for px, py in CHECK)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}">\n'
        '  <defs><linearGradient id="card" x1="0" y1="16" x2="0" y2="236" '
        'gradientUnits="userSpaceOnUse">'
        f'<stop offset="0" stop-color="{CARD_TOP}"/><stop offset="1" stop-color="{CARD_BOTTOM}"/>'
        '</linearGradient></defs>\n'
        f'  <path d="{path_data()}" fill="url(#card)" stroke="{CARD_EDGE}" stroke-width="6" '
        'stroke-linejoin="round"/>\n'
        f'  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="{CHIP}" '
        f'stroke="{CHIP_EDGE}" stroke-width="4"/>\n'
        f'  <g stroke="{CHIP_EDGE}" stroke-width="3">{lines}</g>\n'
        f'  <circle cx="{cx}" cy="{cy}" r="{radius}" fill="{BADGE}" stroke="{WHITE}" '
        'stroke-width="8"/>\n'
        f'  <polyline points="{check}" fill="none" stroke="{WHITE}" stroke-width="13" '
        'stroke-linecap="round" stroke-linejoin="round"/>\n'
        '</svg>\n'
    )


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    buffer.close()
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (Vista and later)."""
    images = [png_bytes(render(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, blob in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(images)


def write_icons(folder: Path = ICONS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / "simdesk.png"
    png.write_bytes(png_bytes(render(SIZE)))
    ico = folder / "simdesk.ico"
    ico.write_bytes(ico_bytes())
    svg_path = folder / "simdesk.svg"
    svg_path.write_text(svg(), encoding="utf-8")
    return [png, ico, svg_path]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else ICONS_DIR
    app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    for path in write_icons(folder):
        print(f"wrote {path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
