"""The hand-over act on paper: an HTML page laid out by ``QTextDocument``, written as a PDF by
``QPdfWriter`` or sent to a printer through ``QPrintDialog`` — Qt's own printing, in the
window's language.  The act holds the dealer, the shop, its owner and phone, the date, the
act's number, every code with its phone number, the count and two signature lines."""

from __future__ import annotations

import contextlib
import html
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from simdesk.domain.handover import TO_SHOP, Act
from simdesk.domain.phones import format_phone
from simdesk.storage.files import guard_output
from simdesk.timeutil import to_local

CONTEXT: Final = "HandoverAct"
BLANK: Final = "____________________"
PDF_RESOLUTION: Final = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def act_title(act: Act) -> str:
    """"Hand-over act No. 12" in the window's language."""
    return _tr("Hand-over act No. {0}").format(act.number)


def default_file_name(act: Act) -> str:
    return f"act-{act.number}-{to_local(act.created_at):%Y%m%d}.pdf"


def act_html(act: Act) -> str:
    """The act as the HTML that QTextDocument lays out (every value escaped)."""
    e = html.escape
    to_shop = act.direction == TO_SHOP
    when = to_local(act.created_at)
    dealer = act.dealer_name or BLANK
    owner = act.owner_name or BLANK
    phone = format_phone(act.owner_phone) if act.owner_phone else BLANK
    subtitle = (_tr("SIM cards handed over to a shop") if to_shop
                else _tr("SIM cards taken back from a shop"))
    lead = (_tr("The dealer hands over and the shop accepts the following SIM cards:")
            if to_shop else
            _tr("The shop hands back and the dealer accepts the following SIM cards:"))
    facts = (
        (_tr("Act No."), str(act.number)),
        (_tr("Date"), f"{when:%d.%m.%Y %H:%M}"),
        (_tr("Dealer"), dealer),
        (_tr("Shop"), act.shop_name),
        (_tr("Owner"), owner),
        (_tr("Phone"), phone),
    )
    parts = [
        "<html><body>",
        f'<h2 align="center">{e(act_title(act))}</h2>',
        f'<p align="center">{e(subtitle)}</p>',
        '<table cellspacing="0" cellpadding="2">',
    ]
    parts += [f"<tr><td><b>{e(label)}:</b></td><td>{e(value)}</td></tr>"
              for label, value in facts]
    parts += [
        "</table>",
        f"<p>{e(lead)}</p>",
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
        f'<tr><th width="8%">№</th><th>{e(_tr("Code (ICCID)"))}</th>'
        f"<th>{e(_tr('Phone number'))}</th></tr>",
    ]
    parts += [f'<tr><td align="right">{n}</td><td>{e(card.code)}</td>'
              f"<td>{e(format_phone(card.phone)) if card.phone else '—'}</td></tr>"
              for n, card in enumerate(act.cards, 1)]
    total = _tr("Total: {0} SIM card(s)").format(act.count)
    giver, taker = ((_tr("Handed over (dealer)"), _tr("Received (shop)")) if to_shop
                    else (_tr("Handed over (shop)"), _tr("Received (dealer)")))
    giver_name, taker_name = (dealer, owner) if to_shop else (owner, dealer)
    parts += [
        "</table>",
        f"<p><b>{e(total)}</b></p>",
        "<br/>",
        '<table width="100%" cellspacing="0" cellpadding="6"><tr>',
        f"<td width=\"50%\">{e(giver)}<br/><br/>{BLANK} / {e(giver_name)} /</td>",
        f"<td width=\"50%\">{e(taker)}<br/><br/>{BLANK} / {e(taker_name)} /</td>",
        "</tr></table>",
        "</body></html>",
    ]
    return "\n".join(parts)


def act_document(act: Act) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(act_html(act))
    return doc


def write_act_pdf(act: Act, path: Path) -> Path:
    """Write the act to ``path`` as a PDF (A4).  The path goes through the output guard like
    every file simdesk writes; the PDF is written under a temporary name beside it and
    renamed, so a failure leaves no half-written file."""
    guard_output(path)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(act_title(act))
        writer.setCreator("simdesk")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout.Unit.Millimeter))
        act_document(act).print_(writer)
        del writer  # the file is finished when the writer goes
        if not partial.exists():
            raise OSError(f"could not write {path}")
        os.replace(partial, path)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return path


def print_act(act: Act, parent: QWidget | None = None) -> bool:
    """Ask for a printer (Qt's print dialog) and print the act; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(act_title(act))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(act_title(act))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    act_document(act).print_(printer)
    return True
