"""Notes at the bench, in the real station window (offscreen) over SQLite and PostgreSQL.

An order whose note asks for another size is held before picking; the lead decides in the
note-conflict panel; the station then refuses the line item's original barcode and accepts
the requested variant's. A card message read from a note is confirmed or corrected by the
packer before the card step. The scanner is a FakeScanner (the real ``scanned`` signal).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window, screen_services
from packdesk.hardware.scanners import FakeScanner
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import NoteProposalRow, OrderRow, ScanEventRow
from packdesk.services.auth import sign_in_with_badge
from packdesk.services.intake import store_pulled
from packdesk.services.notes import OrderNotes
from packdesk.services.station import ScanVerdict
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from packdesk.ui.noteconflict import GiftMessageDialog, NoteConflictWidget
from tests.helpers.notes_orders import barcode_of, hoodie_order, order_row, seed_catalogue

WAIT_MS = 15_000
SHOTS = Path(os.environ.get("PACKDESK_SCREENSHOTS", "")) if os.environ.get(
    "PACKDESK_SCREENSHOTS") else None


@pytest.fixture
def engine_with_catalogue(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    seed_catalogue(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def station(qtbot: QtBot, engine_with_catalogue: Engine) -> Iterator[tuple[MainWindow, FakeScanner]]:
    scanner = FakeScanner()
    window = build_main_window(engine_with_catalogue, "Bench 1", scanner, None,
                               sounds=Sounds(enabled=False), with_health=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    qtbot.waitUntil(lambda: window.current_screen() == "sign_in", timeout=WAIT_MS)
    yield window, scanner
    window.stop()


def scan(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, code: str) -> ScanVerdict:
    with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS) as blocker:
        scanner.feed(code)
    verdict = blocker.args[0]
    assert isinstance(verdict, ScanVerdict)
    return verdict


def pick_everything(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, engine: Engine,
                    picked: list[str]) -> None:
    """Scan each bin label and item the pick screen asks for, until the pack screen."""
    for _ in range(20):  # bounded: a one-line order is two or three scans
        state = window.state
        assert state is not None
        step = state.pick_step
        if window.current_screen() != "pick" or step is None:
            break
        assert scan(qtbot, window, scanner, f"BIN:{step.bin_code}").accepted, window.banner.text
        for _unit in range(step.remaining):
            picked.append(step.sku)
            verdict = scan(qtbot, window, scanner, barcode_of(engine, step.sku))
            assert verdict.accepted, window.banner.text
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)


def shot(widget: object, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_a_note_asking_for_another_size_is_held_the_lead_packs_as_the_note_says_and_the_station_expects_that_size(  # noqa: E501
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner], engine_with_catalogue: Engine,
) -> None:
    window, scanner = station
    engine = engine_with_catalogue
    note = "Hei! Kan dere sende str. L i stedet for M? Det er til mannen min 🙂 Takk!"
    store_pulled(UnitOfWork(engine), [hoodie_order("H1", note)])  # black / M, as ordered

    # Held before picking: the packer's "next order" finds nothing to take.
    assert scan(qtbot, window, scanner, "BADGE:PAT03").accepted
    qtbot.waitUntil(lambda: window.current_screen() == "queue", timeout=WAIT_MS)
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.queue.next_button, Qt.Key.Key_F2)
    assert window.current_screen() == "queue"
    assert window.banner.headline.text() == "The queue is empty"
    assert order_row(engine, "H1").status == "on_hold"
    assert not window.lead_actions["notes"].isVisible()  # not a packer's screen

    # The lead opens the note conflicts, sees the conflict with the note's words marked.
    assert scan(qtbot, window, scanner, "BADGE:LENA02").accepted
    qtbot.waitUntil(lambda: window.lead_actions["notes"].isVisible(), timeout=WAIT_MS)
    window.lead_actions["notes"].trigger()
    panel = window.lead_screens["notes"]
    assert isinstance(panel, NoteConflictWidget) and window.current_screen() == "notes"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.select_order("#NH1")
    assert "size M" in panel.lines_label.text() and "asks for L" in panel.lines_label.text()
    assert ">L</span>" in panel.note_label.text()  # the exact words highlighted
    shot(window, "note_conflict_panel")

    with qtbot.waitSignal(panel.decided, timeout=WAIT_MS) as decided:
        qtbot.mouseClick(panel.buttons[panel_decision("as_note")], Qt.MouseButton.LeftButton)
    notes = decided.args[0]
    assert isinstance(notes, OrderNotes) and (notes.status, notes.decision) == ("new", "as_note")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT_MS)

    # The packer takes it, picks the requested size, and packing expects it too.
    assert scan(qtbot, window, scanner, "BADGE:PAT03").accepted
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.current_screen() == "queue", timeout=WAIT_MS)
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.queue.next_button, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current_screen() == "pick", timeout=WAIT_MS)
    picked: list[str] = []
    pick_everything(qtbot, window, scanner, engine, picked)
    assert picked == ["HOOD-BLA-L"]
    shot(window, "note_pack_as_note")
    [line] = window.pack.model.lines()  # the screen shows the size to pack, not the one ordered
    assert (line.size, line.sku_to_pack) == ("L", "HOOD-BLA-L")

    refused = scan(qtbot, window, scanner, barcode_of(engine, "HOOD-BLA-M"))
    assert refused.refused and refused.outcome.value == "wrong_variant"
    assert window.banner.kind is FeedbackKind.REFUSE
    accepted = scan(qtbot, window, scanner, barcode_of(engine, "HOOD-BLA-L"))
    assert accepted.accepted and accepted.order_complete, window.banner.text
    assert window.banner.kind is FeedbackKind.COMPLETE
    with engine.connect() as conn:  # the lead's decision is in the order's history
        decided_by = conn.scalar(select(ScanEventRow.user_name).where(
            ScanEventRow.raw_code == "notes:as_note"))
    assert decided_by == "Lena Lead"


def panel_decision(value: str):  # type: ignore[no-untyped-def]
    from packdesk.services.notes import Decision

    return Decision(value)


def test_the_panel_refuses_a_packer(qtbot: QtBot, engine_with_catalogue: Engine) -> None:
    packer = sign_in_with_badge(UnitOfWork(engine_with_catalogue), "BADGE:PAT03")
    with pytest.raises(Exception, match="needs a lead"):
        NoteConflictWidget(screen_services(engine_with_catalogue).notes, packer)


def test_contact_the_customer_keeps_the_order_on_hold_and_listed(
    qtbot: QtBot, engine_with_catalogue: Engine, qtmodeltester: object,
) -> None:
    engine = engine_with_catalogue
    store_pulled(UnitOfWork(engine), [hoodie_order("H2", "Пришлите, пожалуйста, тёмно-синий, а не чёрный")])
    lead = sign_in_with_badge(UnitOfWork(engine), "BADGE:LENA02")
    panel = NoteConflictWidget(screen_services(engine).notes, lead, station="Bench 2")
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert "тёмно-синий" in panel.note_label.text()

    with qtbot.waitSignal(panel.decided, timeout=WAIT_MS):
        panel.buttons[panel_decision("contact_customer")].click()

    row = order_row(engine, "H2")
    assert row.status == "on_hold" and row.hold_reason.startswith("contact the customer")
    qtbot.waitUntil(lambda: "waiting for the customer" in panel.order_title.text(), timeout=WAIT_MS)
    assert "stays on hold" in panel.status_label.text()


def test_the_packer_corrects_the_card_message_read_from_the_note_before_the_card_step(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner], engine_with_catalogue: Engine,
) -> None:
    window, scanner = station
    engine = engine_with_catalogue
    note = "C'est un cadeau pour ma sœur ! Carte : « Joyeux anniversaire Anna » 🎉"
    store_pulled(UnitOfWork(engine), [hoodie_order("G1", note)])
    assert order_row(engine, "G1").gift  # the store said nothing; the note did

    assert scan(qtbot, window, scanner, "BADGE:PAT03").accepted
    assert scan(qtbot, window, scanner, "ORD:#NG1").accepted, window.banner.text
    pick_everything(qtbot, window, scanner, engine, [])
    assert scan(qtbot, window, scanner, barcode_of(engine, "HOOD-BLA-M")).accepted
    assert window.pack.gift_box.isVisible()

    with qtbot.waitSignal(window.gift_gate.dialog_opened, timeout=WAIT_MS) as opened:
        window.pack.gift_buttons["card"].click()
    dialog = opened.args[0]
    assert isinstance(dialog, GiftMessageDialog)
    assert dialog.message() == "Joyeux anniversaire Anna"
    assert ">Joyeux anniversaire Anna</span>" in dialog.note.text()
    shot(dialog, "gift_message_confirm")
    dialog.editor.setPlainText("Joyeux anniversaire, Anna ! Bisous, Léa")
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        dialog.confirm_button.click()

    qtbot.waitUntil(lambda: window.pack.order is not None
                    and "card" in window.pack.order.gift_steps_done, timeout=WAIT_MS)
    assert window.pack.order is not None
    assert window.pack.order.gift_message == "Joyeux anniversaire, Anna ! Bisous, Léa"
    with engine.connect() as conn:
        status, decided_by = conn.execute(select(NoteProposalRow.status, NoteProposalRow.decided_by)
                                          .where(NoteProposalRow.kind == "gift_message")).one()
        stored = conn.scalar(select(OrderRow.gift_message).where(OrderRow.number == "#NG1"))
    assert (status, decided_by) == ("rejected", "Pat Packer")  # corrected, and who did it
    assert stored == "Joyeux anniversaire, Anna ! Bisous, Léa"


def test_a_request_that_agrees_with_the_line_is_shown_beside_it_and_checked_by_the_scan(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner], engine_with_catalogue: Engine,
) -> None:
    window, scanner = station
    engine = engine_with_catalogue
    note = "Lūdzu, tieši melnu, izmērs M 🙏 Paldies!"
    store_pulled(UnitOfWork(engine), [hoodie_order("A1", note)])
    assert order_row(engine, "A1").status == "new"

    assert scan(qtbot, window, scanner, "BADGE:PAT03").accepted
    assert scan(qtbot, window, scanner, "ORD:#NA1").accepted, window.banner.text
    pick_everything(qtbot, window, scanner, engine, [])
    view = window.note_requests
    qtbot.waitUntil(lambda: "the scan checks it" in view.text(), timeout=WAIT_MS)
    assert view.isVisible()
    assert view.text() == "Line 1: note asks for colour black, size M — matches; the scan checks it"
    shot(window, "note_requests_beside_line")

    assert scan(qtbot, window, scanner, barcode_of(engine, "HOOD-BLA-L")).refused  # wrong size
    assert scan(qtbot, window, scanner, barcode_of(engine, "HOOD-BLA-M")).accepted
    qtbot.waitUntil(lambda: "✓ scanned" in view.text(), timeout=WAIT_MS)
