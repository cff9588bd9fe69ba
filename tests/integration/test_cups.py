"""Printing through a real CUPS server (a private cupsd on 127.0.0.1): a paused queue is
said so and nothing counts as printed; a queued job is "waiting", not printed, and prints
once when the queue lets it go."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from packdesk.hardware.printers import (
    CupsPrinter,
    JobStatus,
    PrinterError,
    PrinterHolding,
    PrintJob,
    PrintQueue,
    ReprintRefused,
    destination_from_url,
)
from tests.helpers.cups import PrivateCups
from tests.helpers.reliability import wait_until

LABEL = b"^XA^FO50,50^A0N,40,40^FDOrder #1001^FS^XZ\n"


@pytest.fixture
def cups(tmp_path: Path) -> Iterator[PrivateCups]:
    server, reason = PrivateCups.start(tmp_path)
    if server is None:
        pytest.skip(reason)
    try:
        server.add_queue("zebra")
        yield server
    finally:
        server.stop()


def printer_for(cups: PrivateCups, wait: float = 3.0) -> CupsPrinter:
    printer = destination_from_url(f"cups://zebra?server={cups.server}&wait={wait:g}")
    assert isinstance(printer, CupsPrinter)
    return printer


def test_a_paused_queue_is_reported_and_nothing_is_marked_printed(cups: PrivateCups) -> None:
    cups.run("cupsdisable", "-r", "paper jam", "zebra")
    queue = PrintQueue({"label": printer_for(cups)})
    try:
        job = queue.submit(LABEL, "zpl", "label 1001", "label")
        assert queue.wait_idle(10)
        failed = queue.job(job.id)
        assert failed.status is JobStatus.FAILED and failed.sent_at is None
        assert "CUPS queue 'zebra' is paused: paper jam: nothing was sent" in failed.reason
        assert cups.jobs("zebra", "all") == []  # not even queued in CUPS
        # The queue is resumed: the retry prints, once.
        cups.run("cupsenable", "zebra")
        queue.retry(job.id)
        assert queue.wait_idle(10)
        assert queue.job(job.id).status is JobStatus.SENT
    finally:
        queue.close()
    assert len(cups.jobs("zebra", "completed")) == 1
    assert cups.jobs("zebra", "not-completed") == []


def test_a_rejecting_queue_is_reported(cups: PrivateCups) -> None:
    cups.run("cupsreject", "-r", "maintenance", "zebra")
    with pytest.raises(PrinterError, match="is rejecting jobs: maintenance: nothing was sent"):
        printer_for(cups).send(PrintJob(LABEL, "zpl", "label 1001", "label"))


def test_a_held_job_is_queued_not_printed_and_completes_once_when_released(
    cups: PrivateCups,
) -> None:
    # Jobs wait in the queue until released (as "release at the printer" setups do).
    cups.run("lpadmin", "-p", "zebra", "-o", "job-hold-until-default=indefinite")
    queue = PrintQueue({"label": printer_for(cups, wait=1.0)})
    try:
        first = queue.submit(LABEL, "zpl", "label 1001", "label")
        assert queue.wait_idle(10)
        held = queue.job(first.id)
        assert held.status is JobStatus.WAITING  # "queued", not printed
        assert "queued, not printed (held in the queue)" in held.reason
        assert held.printer_job_id.startswith("zebra-")
        # A reprint while the first copy waits would print twice: refused.
        with pytest.raises(ReprintRefused, match="still waiting"):
            queue.reprint(first.id)
        assert cups.jobs("zebra", "all") == [held.printer_job_id]
        # Released at the printer: it prints, and then a reprint is a real second copy.
        cups.run("lp", "-i", held.printer_job_id, "-H", "resume")
        wait_until(lambda: cups.jobs("zebra", "completed") == [held.printer_job_id], 10,
                   "the released job")
        assert queue.still_queued(first.id) is None
        assert queue.job(first.id).status is JobStatus.SENT
    finally:
        queue.close()
    assert cups.jobs("zebra", "not-completed") == []


def test_a_reprint_can_cancel_the_copy_still_waiting_in_cups(cups: PrivateCups) -> None:
    cups.run("lpadmin", "-p", "zebra", "-o", "job-hold-until-default=indefinite")
    queue = PrintQueue({"label": printer_for(cups, wait=0.5)})
    try:
        first = queue.submit(LABEL, "zpl", "label 1001", "label")
        assert queue.wait_idle(10)
        first_id = queue.job(first.id).printer_job_id
        second = queue.reprint(first.id, cancel_first=True)
        assert queue.wait_idle(10)
        assert queue.job(first.id).status is JobStatus.FAILED
        assert "cancelled" in queue.job(first.id).reason
        second_id = queue.job(second.id).printer_job_id
        cups.run("lp", "-i", second_id, "-H", "resume")
        wait_until(lambda: second_id in cups.jobs("zebra", "completed"), 10, "the reprint")
    finally:
        queue.close()
    # Only the reprint is still live; the first copy was cancelled, never printed.
    assert cups.jobs("zebra", "not-completed") == []
    assert first_id != second_id


def test_follow_up_is_bounded(cups: PrivateCups) -> None:
    cups.run("lpadmin", "-p", "zebra", "-o", "job-hold-until-default=indefinite")
    started = time.monotonic()
    with pytest.raises(PrinterError, match="queued, not printed"):
        printer_for(cups, wait=0.5).send(PrintJob(LABEL, "zpl", "label 1001", "label"))
    assert time.monotonic() - started < 5


def test_the_station_printer_says_queued_then_printed_once_cups_lets_the_label_go(
    cups: PrivateCups,
) -> None:
    from types import SimpleNamespace

    from packdesk.hardware.station_printer import PrinterSettings, StationPrinter
    from packdesk.services.printing import SHIPPING_LABEL
    from tests.helpers.orders import SHIP_FROM, cyrillic_order, shipment_for

    cups.run("lpadmin", "-p", "zebra", "-o", "job-hold-until-default=indefinite")
    documents = StationPrinter.from_settings(
        PrinterSettings(slip_url="folder:///tmp/unused",
                        label_url=f"cups://zebra?server={cups.server}&wait=0.5"),
        ship_from=SHIP_FROM)
    order = cyrillic_order()
    view = SimpleNamespace(order=order, number=order.number)
    try:
        first = documents.print_label(view, shipment_for(order))  # type: ignore[arg-type]
        assert not first.ok and "queued, not printed" in first.message
        # The station asks again (the packer presses Reprint label): not a second copy.
        again = documents.print_label(view, shipment_for(order))  # type: ignore[arg-type]
        assert not again.ok and "the first copy is still waiting" in again.message
        assert len(cups.jobs("zebra", "all")) == 1
        (held,) = cups.jobs("zebra", "not-completed")
        cups.run("lp", "-i", held, "-H", "resume")
        wait_until(lambda: cups.jobs("zebra", "completed") == [held], 10, "the released label")
        now = documents.recheck(SHIPPING_LABEL)
        assert now is not None and now.ok
    finally:
        documents.close()
    assert cups.jobs("zebra", "all") == [held]  # one label, printed once


def test_a_held_label_cancelled_at_the_cups_page_is_not_taken_for_printed(
    cups: PrivateCups,
) -> None:
    """Someone cancels the held job at CUPS's web page or with ``cancel``: it leaves the
    queue as a printed job does, and ``lpstat`` lists it among the completed ones. It
    was taken for printed; now CUPS is asked how the job ended."""
    cups.run("lpadmin", "-p", "zebra", "-o", "job-hold-until-default=indefinite")
    queue = PrintQueue({"label": printer_for(cups, wait=0.5)})
    try:
        first = queue.submit(LABEL, "zpl", "label 1001", "label")
        assert queue.wait_idle(10)
        held = queue.job(first.id)
        assert held.status is JobStatus.WAITING
        cups.run("cancel", held.printer_job_id)
        wait_until(lambda: held.printer_job_id in cups.jobs("zebra", "completed"), 10,
                   "the cancelled job listed as completed")
        # Asked again (the packer's Reprint label): no copy is waiting, none was printed.
        assert queue.still_queued(first.id) is None
        ended = queue.job(first.id)
        assert ended.status is JobStatus.FAILED and ended.sent_at is None
        assert "was cancelled in CUPS, not printed" in ended.reason
        # The reprint is the label's only printed copy.
        second = queue.reprint(first.id)
        assert queue.wait_idle(10)
        second_id = queue.job(second.id).printer_job_id
        cups.run("lp", "-i", second_id, "-H", "resume")
        wait_until(lambda: queue.still_queued(second.id) is None
                   and queue.job(second.id).status is JobStatus.SENT, 10, "the reprint printed")
    finally:
        queue.close()


def test_a_label_cancelled_in_cups_while_the_station_waits_fails_with_the_reason(
    cups: PrivateCups,
) -> None:
    cups.run("lpadmin", "-p", "zebra", "-o", "job-hold-until-default=indefinite")

    def cancel_when_queued() -> None:
        wait_until(lambda: cups.jobs("zebra", "not-completed") != [], 10, "the job in CUPS")
        cups.run("cancel", cups.jobs("zebra", "not-completed")[0])

    canceller = threading.Thread(target=cancel_when_queued)
    canceller.start()
    try:
        with pytest.raises(PrinterError, match="was cancelled in CUPS, not printed") as refused:
            printer_for(cups, wait=10).send(PrintJob(LABEL, "zpl", "label 1001", "label"))
        assert not isinstance(refused.value, PrinterHolding)  # failed, not "still queued"
    finally:
        canceller.join(15)
