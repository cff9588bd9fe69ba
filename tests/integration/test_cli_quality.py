"""``packdesk quality``: checklists from the command line, a CSV refused whole on a bad
row, and the checks the bench then asks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from packdesk.cli import main
from packdesk.persistence.tables import ProductRow
from packdesk.services.quality import checks_for_product, list_checks
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop


@pytest.fixture
def shop(engine: Engine) -> Engine:
    seed_small_shop(engine, orders=2)
    return engine


def test_checks_by_sku_and_tag_from_the_command_line(
        shop: Engine, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with UnitOfWork(shop) as uow:
        sku, other = uow.session.scalars(select(ProductRow.sku).order_by(ProductRow.sku)).all()[:2]
    assert main(["quality", "add", "--db", db_url, "--sku", sku, "seal intact"]) == 0
    assert main(["quality", "add", "--db", db_url, "--tag", "Fragile", "wrapped in tissue"]) == 0
    assert main(["quality", "tag", "--db", db_url, sku, "fragile"]) == 0
    with UnitOfWork(shop) as uow:
        product_id = uow.session.scalar(select(ProductRow.id).where(ProductRow.sku == sku))
        assert product_id is not None
        assert [c.text for c in checks_for_product(uow.session, product_id, sku)] == [
            "seal intact", "wrapped in tissue"]

    bad = tmp_path / "checks.csv"
    bad.write_text(f"sku,tag,check\n{other},,no stains\nNO-SUCH-SKU,,batteries out\n", "utf-8")
    assert main(["quality", "import", "--db", db_url, str(bad)]) == 1
    assert "line 3" in capsys.readouterr().err
    assert len(list_checks(UnitOfWork(shop))) == 2  # nothing of the refused file

    good = tmp_path / "good.csv"
    good.write_text(f"sku,tag,check\n{other},,no stains\n,electronics,batteries out\n", "utf-8")
    assert main(["quality", "import", "--db", db_url, str(good)]) == 0
    capsys.readouterr()
    assert main(["quality", "list", "--db", db_url, "--format", "csv"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0] == "sku,tag,check"
    assert sorted(listed[1:]) == sorted([f"{sku},,seal intact", ",fragile,wrapped in tissue",
                                         f"{other},,no stains", ",electronics,batteries out"])


def test_the_command_sheet_barcodes_decode_to_the_codes_the_bench_takes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zxingcpp

    from packdesk.domain.quality import parse_qc_command
    from packdesk.domain.scancodes import UNDO_CODES
    from tests.helpers.printed import pdf_pages, pdf_text

    out = tmp_path / "sheet.pdf"
    assert main(["quality", "sheet", "--out", str(out), "--language", "ru"]) == 0
    data = out.read_bytes()
    codes = sorted(b.text for b in zxingcpp.read_barcodes(pdf_pages(data, dpi=200)[0]))
    assert codes == sorted(["QC:PASS", "CMD:UNDO", *(f"QC:FAIL:{n}" for n in range(1, 6))])
    assert all(parse_qc_command(c) is not None or c in UNDO_CODES for c in codes)
    assert "Все проверки качества пройдены" in pdf_text(data)
