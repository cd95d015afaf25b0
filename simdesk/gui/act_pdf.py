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
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from simdesk.domain.handover import TO_SHOP, Act
from simdesk.domain.phones import format_phone
from simdesk.gui import formats
from simdesk.storage.files import guard_output
from simdesk.timeutil import to_local

BLANK: Final = "____________________"
PDF_RESOLUTION: Final = 300


def act_title(act: Act) -> str:
    """"Hand-over act No. 12" in the window's language."""
    return QCoreApplication.translate("HandoverAct", "Hand-over act No. {0}").format(
        act.number)


def default_file_name(act: Act) -> str:
    return f"act-{act.number}-{to_local(act.created_at):%Y%m%d}.pdf"


def _texts(to_shop: bool) -> dict[str, str]:
    """The act's words in the window's language (literal calls: lupdate finds them)."""
    translate = QCoreApplication.translate
    if to_shop:
        subtitle = translate("HandoverAct", "SIM cards handed over to a shop")
        lead = translate("HandoverAct",
                         "The dealer hands over and the shop accepts the following SIM cards:")
        giver = translate("HandoverAct", "Handed over (dealer)")
        taker = translate("HandoverAct", "Received (shop)")
    else:
        subtitle = translate("HandoverAct", "SIM cards taken back from a shop")
        lead = translate("HandoverAct",
                         "The shop hands back and the dealer accepts the following SIM cards:")
        giver = translate("HandoverAct", "Handed over (shop)")
        taker = translate("HandoverAct", "Received (dealer)")
    return {
        "subtitle": subtitle, "lead": lead, "giver": giver, "taker": taker,
        "number": translate("HandoverAct", "Act No."),
        "date": translate("HandoverAct", "Date"),
        "dealer": translate("HandoverAct", "Dealer"),
        "shop": translate("HandoverAct", "Shop"),
        "owner": translate("HandoverAct", "Owner"),
        "phone": translate("HandoverAct", "Owner's phone"),
        "code": translate("HandoverAct", "Code (ICCID)"),
        "card_phone": translate("HandoverAct", "Phone number"),
        "total": translate("HandoverAct", "Total: {0} SIM card(s)"),
    }


def act_html(act: Act) -> str:
    """The act as the HTML that QTextDocument lays out (every value escaped)."""
    e = html.escape
    to_shop = act.direction == TO_SHOP
    t = _texts(to_shop)
    dealer = act.dealer_name or BLANK
    owner = act.owner_name or BLANK
    phone = format_phone(act.owner_phone) if act.owner_phone else BLANK
    facts = (
        (t["number"], str(act.number)),
        (t["date"], formats.datetime_text(act.created_at)),
        (t["dealer"], dealer),
        (t["shop"], act.shop_name),
        (t["owner"], owner),
        (t["phone"], phone),
    )
    parts = [
        "<html><body>",
        f'<h2 align="center">{e(act_title(act))}</h2>',
        f'<p align="center">{e(t["subtitle"])}</p>',
        '<table cellspacing="0" cellpadding="2">',
    ]
    parts += [f"<tr><td><b>{e(label)}:</b></td><td>{e(value)}</td></tr>"
              for label, value in facts]
    parts += [
        "</table>",
        f"<p>{e(t['lead'])}</p>",
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
        f'<tr><th width="8%">№</th><th>{e(t["code"])}</th><th>{e(t["card_phone"])}</th></tr>',
    ]
    parts += [f'<tr><td align="right">{n}</td><td>{e(card.code)}</td>'
              f"<td>{e(format_phone(card.phone)) if card.phone else '—'}</td></tr>"
              for n, card in enumerate(act.cards, 1)]
    giver_name, taker_name = (dealer, owner) if to_shop else (owner, dealer)
    parts += [
        "</table>",
        f"<p><b>{e(t['total'].format(act.count))}</b></p>",
        "<br/>",
        '<table width="100%" cellspacing="0" cellpadding="6"><tr>',
        f'<td width="50%">{e(t["giver"])}<br/><br/>{BLANK} / {e(giver_name)} /</td>',
        f'<td width="50%">{e(t["taker"])}<br/><br/>{BLANK} / {e(taker_name)} /</td>',
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
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(act_title(act))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(act_title(act))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    act_document(act).print_(printer)
    return True
