"""Pictures at the bench, in the real window offscreen on the demo shop.

Every product gets a photo of its own colour on a CDN served from 127.0.0.1; the station
reads them from its image cache. The pick card shows the step's photo beside the bin, each
pack line a thumbnail, a wrong-size refusal the expected and the scanned photo side by
side; completing the order makes the fake camera's photo the order's evidence. The screens
are saved as PNGs under ``$PACKDESK_SHOTS`` (default /tmp/packdesk-shots).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.hardware.camera import FakeCamera
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import ProductRow
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.evidence import PhotoSettings, order_history, save_photo_settings
from packdesk.services.uow import UnitOfWork
from packdesk.sync.images import ImageCache
from packdesk.ui.benchpictures import BenchPictures
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.fake_images import FakeImageServer
from tests.helpers.layout import clipped_labels
from tests.helpers.shop import seed_small_shop
from tests.ui.test_station_shift import (
    WAIT_MS,
    barcode_of,
    order_with_a_sized_item,
    scan,
    walk_pick_list,
)

SHOTS = Path(os.environ.get("PACKDESK_SHOTS", "/tmp/packdesk-shots"))


def colour_of(index: int) -> QColor:
    """A distinct, saturated colour per product, so a test can tell the photos apart."""
    return QColor.fromHsv((index * 37) % 360, 200, 200)


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop, dict[str, QColor]]]:
    engine = make_engine(sqlite_url)
    shop = seed_small_shop(engine, orders=20)
    colours: dict[str, QColor] = {}
    with FakeImageServer().running() as cdn:
        with UnitOfWork(engine) as uow:
            for i, product in enumerate(uow.session.scalars(select(ProductRow).order_by(ProductRow.sku))):
                colours[product.sku] = colour_of(i)
                product.image_url = cdn.add(f"{product.sku}.png", colours[product.sku].name(),
                                            600, 600)
            uow.commit()
        yield engine, shop, colours
    engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, shop: tuple[Engine, DemoShop, dict[str, QColor]], tmp_path: Path
           ) -> Iterator[tuple[MainWindow, FakeScanner, BenchPictures]]:
    engine, _shop, _colours = shop
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder), label_format="zpl")
    scanner = FakeScanner()
    from packdesk.ui.feedback import Sounds

    save_photo_settings(UnitOfWork(engine), PhotoSettings(at_label=True))  # and one at the label
    win = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                            carriers=[("demo", "Demo Carrier")], with_health=False,
                            images=ImageCache(tmp_path / "images"), camera=FakeCamera(),
                            photo_folder=tmp_path / "photos")
    pictures = win.findChild(BenchPictures)
    assert pictures is not None
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win, scanner, pictures
    win.stop()
    printer.close()


def centre_colour(pixmap: QPixmap | None) -> QColor:
    assert pixmap is not None and not pixmap.isNull()
    image = pixmap.toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2))


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 12 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def shot(win: MainWindow, name: str, qtbot: QtBot) -> list[str]:
    """PNGs at the smallest and a common size; the labels that do not fit, if any."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for width, height in ((1024, 600), (1366, 768)):
        win.resize(width, height)
        qtbot.wait(50)
        QApplication.processEvents()
        win.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))
        problems += [f"{name} at {width}x{height}: {p}" for p in clipped_labels(win)]
    return problems


def test_pick_card_pack_lines_and_a_wrong_size_show_the_cached_photos_and_completion_is_photographed(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner, BenchPictures],
    shop: tuple[Engine, DemoShop, dict[str, QColor]], tmp_path: Path,
) -> None:
    win, scanner, pictures = window
    engine, demo, colours = shop
    win.resize(1366, 768)
    scan(qtbot, win, scanner, "BADGE:PAT03")
    order, sized, other_size = order_with_a_sized_item(demo)
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    assert win.current_screen() == "pick"

    # The pick card: the step's photo beside its bin, in the product's own colour.
    step = win.state.pick_step if win.state else None
    assert step is not None
    qtbot.waitUntil(lambda: win.pick.photo.isVisible(), timeout=WAIT_MS)
    assert close(centre_colour(win.pick.photo.pixmap()), colours[step.sku])
    assert win.pick.photo.geometry().left() > win.pick.bin_code.geometry().left()
    assert shot(win, "pictures-pick", qtbot) == []

    walk_pick_list(qtbot, win, scanner, demo)
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)

    # Each pack line: a thumbnail of its product at the start of the item column.
    model = win.pack.model
    item = model.COLUMNS.index("item")
    qtbot.waitUntil(lambda: all(model.index(r, item).data(Qt.ItemDataRole.DecorationRole)
                                for r in range(model.rowCount())), timeout=WAIT_MS)
    for row, line in enumerate(model.lines()):
        thumb = model.index(row, item).data(Qt.ItemDataRole.DecorationRole)
        assert max(thumb.width(), thumb.height()) <= 40
        assert close(centre_colour(thumb), colours[line.sku_to_pack])
    assert not pictures.compare.isVisible()
    assert shot(win, "pictures-pack", qtbot) == []

    # A wrong size: the expected and the scanned item, big, side by side.
    verdict = scan(qtbot, win, scanner, other_size.barcodes[0])
    assert verdict.refused and win.banner.headline.text() == "Wrong size"
    qtbot.waitUntil(lambda: pictures.compare.isVisible() and pictures.compare.got_photo.pixmap()
                    is not None and not pictures.compare.got_photo.pixmap().isNull(),
                    timeout=WAIT_MS)
    compare = pictures.compare
    assert close(centre_colour(compare.expected_photo.pixmap()), colours[sized.sku])
    assert close(centre_colour(compare.got_photo.pixmap()), colours[other_size.sku])
    assert compare.got_photo.geometry().left() > compare.expected_photo.geometry().right()
    assert sized.size in compare.expected_text.text() and other_size.size in compare.got_text.text()
    assert shot(win, "pictures-wrong-size", qtbot) == []

    # The right units: the comparison goes; the last one completes the order and the
    # bench camera's photo becomes its evidence.
    photographer = pictures.photographer
    assert photographer is not None
    with qtbot.waitSignal(photographer.photo_stored, timeout=WAIT_MS) as stored:
        for line in order.lines:
            for _ in range(line.quantity):
                verdict = scan(qtbot, win, scanner, barcode_of(demo, line.sku))
                assert verdict.accepted, win.banner.text
                assert not pictures.compare.isVisible()
    assert verdict.order_complete
    photo = stored.args[0]
    assert (photo.order_number, photo.station, photo.packer, photo.moment) == (
        order.number, "Bench 1", "Pat Packer", "completed")
    assert not QImage(str(photo.path)).isNull()
    # The slip and label print behind the verdict (once the customer's note is read: F6);
    # the label's photo follows.
    current = win.state.current if win.state else None
    if current is not None and current.has_note and not current.note_acknowledged:
        qtbot.keyClick(win, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(photographer.stored.get(order.number, [])) == 2, timeout=WAIT_MS)
    assert [p.moment for p in photographer.stored[order.number]] == ["completed", "label"]
    assert pictures.camera_light.toolTip().startswith(f"Photo of {order.number} kept")
    assert not pictures.camera_light.isVisible()  # a working camera takes no room in the bar
    history = order_history(UnitOfWork(engine), tmp_path / "photos", order.number)
    assert [p.sha256 for p in history.photos] == [
        p.sha256 for p in photographer.stored[order.number]]

    # F12: an extra photo of the same parcel.
    with qtbot.waitSignal(photographer.photo_stored, timeout=WAIT_MS) as extra:
        qtbot.keyClick(win, Qt.Key.Key_F12)
    assert extra.args[0].moment == "extra"
    assert len(order_history(UnitOfWork(engine), tmp_path / "photos", order.number).photos) == 3
    assert shot(win, "pictures-complete", qtbot) == []

    # The camera unplugged: the status bar says so; the order can still ship.
    assert isinstance(photographer.camera, FakeCamera)
    photographer.camera.unplug()
    assert pictures.camera_light.isVisible() and pictures.camera_light.text() == "No camera"
    assert "not connected" in pictures.camera_light.toolTip()
    assert not photographer.missing_photo(order.number)

    # The order's history is a lead's: a packer has no such menu entry; a lead sees the
    # scans as a timeline with its photos, the last one big.
    assert not pictures.history_action.isVisible()
    assert pictures.on_history_requested() is None
    with qtbot.waitSignal(win.state_shown, timeout=WAIT_MS):
        win.sign_out(put_back=False)  # the packed order stays at this bench (no question)
    scan(qtbot, win, scanner, "BADGE:LENA02")
    assert win.actor is not None and win.actor.name == "Lena Lead", (win.actor, win.banner.text)
    qtbot.waitUntil(pictures.history_action.isVisible, timeout=WAIT_MS)
    dialog = pictures.on_history_requested()
    assert dialog is not None
    with qtbot.waitSignal(dialog.view.loaded, timeout=WAIT_MS):
        pass
    entries = dialog.view.model.entries
    kinds = [e.kind for e in entries]
    assert kinds.count("photo") == 3 and kinds.count("scan") >= len(order.lines) * 2
    assert kinds.index("photo") > kinds.index("scan")
    detail = dialog.view.model.COLUMNS.index("detail")
    photo_row = kinds.index("photo")
    assert dialog.view.model.index(photo_row, detail).data(Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.view.preview.pixmap() is not None and not dialog.view.preview.pixmap().isNull()
    assert extra.args[0].sha256[:32] in dialog.view.photo_text.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "pictures-history.png"))
    dialog.close()


def test_a_station_without_network_or_camera_packs_on(
    qtbot: QtBot, shop: tuple[Engine, DemoShop, dict[str, QColor]], tmp_path: Path,
) -> None:
    engine, demo, _colours = shop
    with UnitOfWork(engine) as uow:  # the CDN is gone: every photo URL points nowhere
        for product in uow.session.scalars(select(ProductRow)):
            product.image_url = f"http://127.0.0.1:9/{product.sku}.png"
        uow.commit()
    scanner = FakeScanner()
    from packdesk.ui.feedback import Sounds

    win = build_main_window(engine, "Bench 2", scanner, None, sounds=Sounds(enabled=False),
                            with_health=False, images=ImageCache(tmp_path / "images"))
    qtbot.addWidget(win)
    win.show()
    win.start()
    pictures = win.findChild(BenchPictures)
    assert pictures is not None and pictures.photographer is None
    assert not pictures.camera_light.isVisible()
    scan(qtbot, win, scanner, "BADGE:PAT03")
    order, _sized, _other = order_with_a_sized_item(demo)
    verdict = scan(qtbot, win, scanner, f"ORD:{order.number}")
    assert verdict.accepted and win.current_screen() == "pick"
    pictures.photos.wait_idle()
    QApplication.processEvents()
    assert not win.pick.photo.isVisible()
    walk_pick_list(qtbot, win, scanner, demo)
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    win.stop()


def test_product_photos_stay_bounded_in_memory_and_come_once_the_network_is_back(
    qtbot: QtBot, shop: tuple[Engine, DemoShop, dict[str, QColor]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from packdesk.ui import productphotos
    from packdesk.ui.productphotos import ProductPhotos

    engine, _demo, colours = shop
    skus = sorted(colours)[:4]
    with UnitOfWork(engine) as uow:  # offline: the first SKU's photo cannot be reached
        first = uow.session.scalars(select(ProductRow).where(ProductRow.sku == skus[0])).one()
        first.image_url = f"http://127.0.0.1:9/{skus[0]}.png"
        uow.commit()
    with FakeImageServer().running() as cdn:  # the shop fixture's CDN is gone: serve again
        for sku in skus[1:]:
            with UnitOfWork(engine) as uow:
                row = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
                row.image_url = cdn.add(f"{sku}.png", colours[sku].name(), 300, 300)
                uow.commit()
        photos = ProductPhotos(lambda: UnitOfWork(engine), ImageCache(tmp_path / "images"))
        photos.max_images = 2
        with qtbot.waitSignal(photos.changed, timeout=WAIT_MS):
            photos.want(skus)
        assert photos.image(skus[0]) is None  # offline: no photo, nothing failed
        assert sum(photos.image(s) is not None for s in skus) == 2  # bounded

        monkeypatch.setattr(productphotos, "RETRY_SECONDS", 0.0)
        with UnitOfWork(engine) as uow:  # the network is back
            row = uow.session.scalars(select(ProductRow).where(ProductRow.sku == skus[0])).one()
            row.image_url = cdn.add(f"{skus[0]}.png", colours[skus[0]].name(), 300, 300)
            uow.commit()
        with qtbot.waitSignal(photos.changed, timeout=WAIT_MS):
            photos.want([skus[0]])
        assert close(centre_colour(QPixmap.fromImage(photos.image(skus[0]))), colours[skus[0]])
