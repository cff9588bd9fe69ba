"""SQLAlchemy 2 typed mappings of the warehouse's records.

The domain's rules live in ``packdesk.domain``; these rows carry data and call those
rules where a value changes (``OrderRow.change_status``). Times are stored as naive UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from packdesk.domain.model import OrderStatus, transition
from packdesk.domain.time import utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonDict = dict[str, Any]
# SQLite's INTEGER PRIMARY KEY is its 64-bit rowid; PostgreSQL gets BIGINT for the busy tables.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {JsonDict: JSON, dict[str, str]: JSON}


class ProductRow(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    attributes: Mapped[dict[str, str]] = mapped_column(default=dict)
    weight_g: Mapped[int] = mapped_column(default=0)
    # Outer size in millimetres (None: unknown, so the box proposal asks the lead).
    length_mm: Mapped[int | None] = mapped_column(Integer)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    # A unit weight learned from accepted single-SKU weighings, for the admin to confirm.
    learned_weight_g: Mapped[int | None] = mapped_column(Integer)
    image_path: Mapped[str | None] = mapped_column(String(500))
    # The variant's photo at the store (intake keeps the latest); the image cache keys by it.
    image_url: Mapped[str | None] = mapped_column(String(1000))
    external_ref: Mapped[str | None] = mapped_column(String(100))
    # The admin's tags ("fragile", "electronics"): quality checklists attach to them (0018).
    tags: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    # For customs declarations of parcels leaving the customs union ("" = not set).
    hs_code: Mapped[str] = mapped_column(String(12), default="", server_default="")
    origin_country: Mapped[str] = mapped_column(String(2), default="", server_default="")

    barcodes: Mapped[list[ProductBarcodeRow]] = relationship(
        back_populates="product", cascade="all, delete-orphan"
    )


class ProductBarcodeRow(Base):
    __tablename__ = "product_barcodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(70), unique=True)

    product: Mapped[ProductRow] = relationship(back_populates="barcodes")


class BinRow(Base):
    __tablename__ = "bins"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    barcode: Mapped[str] = mapped_column(String(40), unique=True)
    walk_order: Mapped[str] = mapped_column(String(40), index=True)
    zone: Mapped[str] = mapped_column(String(3))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BinStockRow(Base):
    __tablename__ = "bin_stock"
    __table_args__ = (UniqueConstraint("bin_id", "product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int] = mapped_column(default=0)

    bin: Mapped[BinRow] = relationship()
    product: Mapped[ProductRow] = relationship()


class OrderRow(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_orders_queue", "status", "priority", "ship_by", "placed_at"),
        Index("ix_orders_shipped_at", "shipped_at"),
        # What a station holds (every scan asks): without it, a scan reads every order.
        Index("ix_orders_claimed", "claimed_station", "status"),
        # The next free new order in queue order (claims.next_free), without a sort.
        Index("ix_orders_next", "status", "ship_by", "priority", "placed_at", "id"),
        # The dashboard's orders on hold, longest-held first, from the index alone.
        Index("ix_orders_held", "updated_at", "number", "hold_reason", "held_from",
              "claimed_user", "claimed_station", "status", sqlite_where=text("status = 'on_hold'"),
              postgresql_where=text("status = 'on_hold'")),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source: Mapped[str] = mapped_column(String(200))  # a store's whole base URL (sync.base.source_name)
    external_id: Mapped[str] = mapped_column(String(80))
    number: Mapped[str] = mapped_column(String(40), index=True)
    placed_at: Mapped[datetime] = mapped_column(DateTime)
    ship_by: Mapped[date | None] = mapped_column(Date)
    shipping_method: Mapped[str] = mapped_column(String(80), default="standard")
    # 0 = express, 1 = standard: the queue takes express first within a ship-by date.
    priority: Mapped[int] = mapped_column(default=1)
    ship_to: Mapped[JsonDict] = mapped_column(default=dict)
    customer_note: Mapped[str] = mapped_column(Text, default="")
    gift: Mapped[bool] = mapped_column(Boolean, default=False)
    gift_message: Mapped[str] = mapped_column(Text, default="")
    note_attributes: Mapped[dict[str, str]] = mapped_column(default=dict)
    currency: Mapped[str] = mapped_column(String(3), default="")
    status: Mapped[str] = mapped_column(String(12), default=OrderStatus.NEW.value)
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    held_from: Mapped[str | None] = mapped_column(String(12))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    # What the store said about the money at the last pull (domain.payments.Payment, 0017).
    payment: Mapped[JsonDict | None] = mapped_column()
    claimed_station: Mapped[str | None] = mapped_column(String(80))
    claimed_user: Mapped[str | None] = mapped_column(String(80))
    claim_expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    # When the holding station took it: the walk reserves stock in claim order (0016).
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Station progress that must survive a crash (services/station.py): the batch and tote
    # slot, the bin label last scanned, the note read, the gift steps (step -> who, when),
    # the printed documents and the shipment data the printed label carries.
    batch_id: Mapped[str | None] = mapped_column(String(40))
    tote_slot: Mapped[int | None] = mapped_column()
    confirmed_bin: Mapped[str | None] = mapped_column(String(20))
    note_acknowledged_by: Mapped[str | None] = mapped_column(String(80))
    note_acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    gift_steps: Mapped[dict[str, str]] = mapped_column(default=dict)
    slip_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    label_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    pending_shipment: Mapped[JsonDict | None] = mapped_column()
    # The line a packer asked a lead to vouch for (migration 0008): the lead's badge scan
    # that follows overrides it; any other scan drops the request.
    override_line_id: Mapped[int | None] = mapped_column(BigId)
    # The line whose last verified unit waits for its quality checks, and the checks
    # confirmed so far (0018): the unit counts once every check passed.
    qc_line_id: Mapped[int | None] = mapped_column(BigId)
    qc_passed: Mapped[list[int] | None] = mapped_column(JSON)
    # The notes reader's verdict (services/notes.py): "none", "conflict" (a note asks for
    # another variant than a line holds; the order waits for a lead) or "resolved", and the
    # lead's decision: "as_ordered", "as_note" or "contact_customer".
    notes_review: Mapped[str] = mapped_column(String(10), default="none")
    notes_decision: Mapped[str | None] = mapped_column(String(20))
    first_scan_at: Mapped[datetime | None] = mapped_column(DateTime)
    picked_at: Mapped[datetime | None] = mapped_column(DateTime)
    packed_at: Mapped[datetime | None] = mapped_column(DateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    lines: Mapped[list[OrderLineRow]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLineRow.position"
    )

    @property
    def order_status(self) -> OrderStatus:
        return OrderStatus(self.status)

    def change_status(self, target: OrderStatus, reason: str | None = None) -> None:
        """Move to ``target`` under the domain's one transition table."""
        change = transition(
            OrderStatus(self.status), target, reason,
            held_from=OrderStatus(self.held_from) if self.held_from else None,
            hold_reason=self.hold_reason or "", cancel_reason=self.cancel_reason or "",
        )
        self.status = change.status.value
        self.held_from = change.held_from.value if change.held_from else None
        self.hold_reason = change.hold_reason
        self.cancel_reason = change.cancel_reason


class OrderLineRow(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column()
    attributes: Mapped[dict[str, str]] = mapped_column(default=dict)
    properties: Mapped[dict[str, str]] = mapped_column(default=dict)
    line_note: Mapped[str] = mapped_column(Text, default="")
    unit_price: Mapped[str] = mapped_column(String(20), default="")
    barcode: Mapped[str] = mapped_column(String(70), default="")
    image_url: Mapped[str] = mapped_column(String(1000), default="")
    # The SKU the packer must scan when a lead decided to pack what the note asked for.
    expected_sku: Mapped[str | None] = mapped_column(String(64))
    picked_qty: Mapped[int] = mapped_column(default=0)
    verified_qty: Mapped[int] = mapped_column(default=0)
    short_qty: Mapped[int] = mapped_column(default=0)
    overridden_by: Mapped[str | None] = mapped_column(String(80))

    order: Mapped[OrderRow] = relationship(back_populates="lines")

    @property
    def sku_to_pack(self) -> str:
        return self.expected_sku or self.sku


class NoteProposalRow(Base):
    """What the notes reader proposed for an order, with the exact text it read it from.

    ``text == <source text>[span_start:span_end]``; ``source`` names the text
    ("customer_note", "note_attribute:<name>", "line_property:<i>:<name>", "line_note:<i>").
    ``ordered`` holds the line's own value when the request disagrees with it. A person
    decides: ``status`` proposed -> confirmed / rejected, with who and when.
    """

    __tablename__ = "note_proposals"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: intake replaces an updated order's lines, and its proposals with them.
    line_id: Mapped[int | None] = mapped_column(BigId)
    kind: Mapped[str] = mapped_column(String(16))  # color, size, gift, gift_message, attention
    value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200))
    span_start: Mapped[int] = mapped_column()
    span_end: Mapped[int] = mapped_column()
    text: Mapped[str] = mapped_column(Text)
    ambiguous: Mapped[bool] = mapped_column(Boolean, default=False)
    ordered: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="proposed")
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    badge_code: Mapped[str] = mapped_column(String(64), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class StationRow(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    printer_settings: Mapped[dict[str, str]] = mapped_column(default=dict)
    scanner_settings: Mapped[dict[str, str]] = mapped_column(default=dict)
    scale_settings: Mapped[dict[str, str]] = mapped_column(default=dict)


class BoxRow(Base):
    """A box preset the bench stocks (packdesk.domain.boxes.BoxPreset)."""

    __tablename__ = "boxes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    length_mm: Mapped[int] = mapped_column(Integer)
    width_mm: Mapped[int] = mapped_column(Integer)
    height_mm: Mapped[int] = mapped_column(Integer)
    tare_g: Mapped[int] = mapped_column(Integer, default=0)
    barcode: Mapped[str | None] = mapped_column(String(70), unique=True)
    stock: Mapped[int | None] = mapped_column(Integer)  # None: not counted
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ShipmentRow(Base):
    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="outbound")
    carrier: Mapped[str] = mapped_column(String(40))
    service: Mapped[str] = mapped_column(String(80), default="")
    tracking_number: Mapped[str] = mapped_column(String(80))
    tracking_url: Mapped[str] = mapped_column(String(500), default="")
    weight_g: Mapped[int] = mapped_column(default=0)
    box_code: Mapped[str | None] = mapped_column(String(20))  # the box preset used
    measured_weight_g: Mapped[int | None] = mapped_column(Integer)  # the scale's stable reading
    label_format: Mapped[str] = mapped_column(String(8), default="zpl")
    station: Mapped[str | None] = mapped_column(String(80))
    user_name: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PaymentCaptureRow(Base):
    """The capture of an order's authorised payment, recorded before it is sent (issue 24).

    ``status``: ``ready`` (recorded, nothing sent), ``sending`` (a capture was sent: its
    answer must be read back from the order's transactions before anything is sent
    again), ``captured``, ``failed`` (the store refused it: declined, expired; the order is
    held), ``waived`` (a lead let the order ship unpaid, ``waived_by``).
    """

    __tablename__ = "payment_captures"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), unique=True)
    source: Mapped[str] = mapped_column(String(200))
    authorization_id: Mapped[str] = mapped_column(String(120), default="")
    amount: Mapped[str] = mapped_column(String(20), default="")
    currency: Mapped[str] = mapped_column(String(3), default="")
    status: Mapped[str] = mapped_column(String(12), default="ready")
    attempts: Mapped[int] = mapped_column(default=0)
    transaction_id: Mapped[str] = mapped_column(String(120), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    waived_by: Mapped[str | None] = mapped_column(String(80))
    waived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class CarrierLabelRow(Base):
    """A carrier's label for one parcel, recorded before anything is bought (issue 22).

    ``status``: ``creating`` (the carrier shipment is being asked for; ``reference`` finds it
    if the answer is lost), ``created`` (the carrier's ``shipment_id`` is known, nothing
    bought), ``buying`` (a purchase was sent: its answer must be read back before anything
    else is bought), ``bought``, ``unresolved`` (the purchase could not be confirmed: the
    order is held for the lead), ``voided`` (refunded; the order may get a new label).
    """

    __tablename__ = "carrier_labels"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    source: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(80))
    shipment_id: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(12), default="creating")
    buy_attempts: Mapped[int] = mapped_column(default=0)
    carrier: Mapped[str] = mapped_column(String(40), default="")
    service: Mapped[str] = mapped_column(String(80), default="")
    rate: Mapped[str] = mapped_column(String(20), default="")
    currency: Mapped[str] = mapped_column(String(3), default="")
    tracking_number: Mapped[str] = mapped_column(String(80), default="")
    label_format: Mapped[str] = mapped_column(String(8), default="zpl")
    label: Mapped[bytes | None] = mapped_column(LargeBinary)
    refund_status: Mapped[str] = mapped_column(String(20), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ScanEventRow(Base):
    __tablename__ = "scan_events"
    __table_args__ = (
        Index("ix_scan_events_at", "at"),
        # An order's scans, covering what the statistics count of an order not yet
        # shipped (services/statslive.py), so they are read from the index alone.
        Index("ix_scan_events_order_cover", "order_id", "at", "phase", "outcome", "user_name",
              "station"),
        # Scans tied to no order (a wrong bin while batch picking): the statistics count
        # them from here, as they belong to no order's facts (services/facts.py).
        Index("ix_scan_events_unassigned_at", "at", sqlite_where=text("order_id IS NULL"),
              postgresql_where=text("order_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    station: Mapped[str] = mapped_column(String(80))
    user_name: Mapped[str | None] = mapped_column(String(80))
    order_id: Mapped[int | None] = mapped_column(BigId)
    order_number: Mapped[str | None] = mapped_column(String(40))
    phase: Mapped[str] = mapped_column(String(12), default="")
    raw_code: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")


class OutboxMessageRow(Base):
    """Something the store (or later a carrier or payment provider) must be told.

    Written in the same transaction as the change it reports; sent by a worker that
    may crash at any point, so ``idempotency_key`` names the effect, not the attempt.
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_messages_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # order.shipped, order.refunded, payment.capture
    destination: Mapped[str] = mapped_column(String(200))  # the order's source
    order_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    payload: Mapped[JsonDict] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    in_flight_since: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    remote_ref: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class StockMovementRow(Base):
    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    bin_id: Mapped[int | None] = mapped_column(ForeignKey("bins.id"))
    delta: Mapped[int] = mapped_column()
    reason: Mapped[str] = mapped_column(String(20))
    order_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    user_name: Mapped[str | None] = mapped_column(String(80))


class QuarantinedPayloadRow(Base):
    """An order payload the intake could not understand, kept whole for an admin."""

    __tablename__ = "quarantined_payloads"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))  # a store's whole base URL (sync.base.source_name)
    external_id: Mapped[str | None] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SettingRow(Base):
    """Station-wide settings that are not secrets (those live in the keyring)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[JsonDict] = mapped_column(default=dict)


class OrderFactRow(Base):
    """What the dashboard needs of one shipped order, written in its ship transaction.

    Timings are whole seconds (each dialect's own epoch, as the statistics always read
    them); the scan counts are this order's scans. ``packer`` and ``station`` are the
    shipment's. Written by ``services.facts.record_order_facts``; filled for orders shipped
    before the table existed by migration 0006.
    """

    __tablename__ = "order_facts"
    __table_args__ = (
        Index("ix_order_facts_shipped_s", "shipped_s"),
        # Covering, in the order the figures group them: SQLite answers the dashboard from
        # these indexes alone, without a sort (services/stats.py).
        *(Index(f"ix_order_facts_{key}_cover", key, "total_s", "shipped_s", "units", "pick_s",
                "pack_s", "first_scan_s", "item_scans", "misscans", "short_picks",
                "overrides") for key in ("packer", "station")),
    )

    order_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    shipped_at: Mapped[datetime] = mapped_column(DateTime)
    shipped_s: Mapped[int] = mapped_column(BigInteger)
    packer: Mapped[str] = mapped_column(String(80), default="")
    station: Mapped[str] = mapped_column(String(80), default="")
    units: Mapped[int] = mapped_column(default=0)
    lines: Mapped[int] = mapped_column(default=0)
    first_scan_s: Mapped[int | None] = mapped_column(BigInteger)
    total_s: Mapped[int | None] = mapped_column()
    pick_s: Mapped[int | None] = mapped_column()
    pack_s: Mapped[int | None] = mapped_column()
    item_scans: Mapped[int] = mapped_column(default=0)
    misscans: Mapped[int] = mapped_column(default=0)
    short_picks: Mapped[int] = mapped_column(default=0)
    overrides: Mapped[int] = mapped_column(default=0)


class ReturnRow(Base):
    """A parcel that came back for one shipped order, received and closed at a bench.

    ``announced``: the store had a return authorisation for it; an unannounced return is
    accepted and ``flagged`` for the lead. The refund is computed at close
    (``refund_amount`` as a decimal string) and either queued in the outbox
    (``refund_status`` "queued", ``outbox_message_id``) or waits for a lead
    ("awaiting_approval") when above the admin's amount.
    """

    __tablename__ = "returns"
    __table_args__ = (Index("ix_returns_closed_at", "closed_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(40))
    rma_code: Mapped[str | None] = mapped_column(String(80))
    announced: Mapped[bool] = mapped_column(Boolean, default=False)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str | None] = mapped_column(String(80))
    user_name: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(10), default="closed")
    refund_amount: Mapped[str] = mapped_column(String(20), default="0")
    refund_shipping: Mapped[str] = mapped_column(String(20), default="0")
    restocking_fee: Mapped[str] = mapped_column(String(20), default="0")
    currency: Mapped[str] = mapped_column(String(3), default="")
    refund_status: Mapped[str] = mapped_column(String(20), default="queued")
    approved_by: Mapped[str | None] = mapped_column(String(80))
    outbox_message_id: Mapped[int | None] = mapped_column(BigId)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    units: Mapped[list[ReturnedUnitRow]] = relationship(
        back_populates="ret", cascade="all, delete-orphan", order_by="ReturnedUnitRow.id"
    )


class ReturnedUnitRow(Base):
    __tablename__ = "returned_units"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    return_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("returns.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: intake may replace an order's lines; the SKU stays here.
    order_line_id: Mapped[int] = mapped_column(BigId, index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(70))
    condition: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(20))
    refund_total: Mapped[str] = mapped_column(String(20), default="0")

    ret: Mapped[ReturnRow] = relationship(back_populates="units")


class ParcelPhotoRow(Base):
    """A photo of an open parcel taken at the bench: evidence of what went in the box.

    The JPEG lives in the photo folder (``path`` relative to it); ``sha256`` is the file's
    hash when it was taken, so an exported photo can be shown to be the one recorded.
    ``moment``: "completed" (the last unit verified), "label" (label printed) or "extra"
    (the packer's key).
    """

    __tablename__ = "parcel_photos"
    __table_args__ = (Index("ix_parcel_photos_taken_at", "taken_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    order_number: Mapped[str] = mapped_column(String(40))
    station: Mapped[str] = mapped_column(String(80))
    user_name: Mapped[str | None] = mapped_column(String(80))
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    moment: Mapped[str] = mapped_column(String(12), default="completed")
    path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(default=0)


class QualityCheckRow(Base):
    """One check of an admin's checklist: for one product (``sku``) or a tag (0018)."""

    __tablename__ = "quality_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str | None] = mapped_column(String(64), index=True)
    tag: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(default=0)


class QualityFailureRow(Base):
    """A unit set aside at the bench because a check failed: the lead's statistics count
    them per SKU and reason; ``replacement_bin`` is where the packer was sent (None: the
    order was held)."""

    __tablename__ = "quality_failures"
    __table_args__ = (Index("ix_quality_failures_at", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    station: Mapped[str] = mapped_column(String(80))
    user_name: Mapped[str | None] = mapped_column(String(80))
    order_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("orders.id", ondelete="SET NULL"), index=True)
    order_number: Mapped[str] = mapped_column(String(40))
    sku: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(120))
    replacement_bin: Mapped[str | None] = mapped_column(String(20))


class RollupDayRow(Base):
    """A closed local day whose figures are rolled up (services/rollups.py): its bounds in
    whole seconds since 1970 and the UTC offset its hours were read in. Its rows are in
    ``daily_rollups`` (per packer and station) and ``hourly_rollups`` (per hour of day)."""

    __tablename__ = "rollup_days"
    __table_args__ = (Index("ix_rollup_days_start_s", "start_s"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    start_s: Mapped[int] = mapped_column(BigInteger)
    end_s: Mapped[int] = mapped_column(BigInteger)
    utc_offset_minutes: Mapped[int] = mapped_column(default=0)
    rolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class _RollupFigures:
    """One group's sums for one day: what ``services.tally.Tally`` adds up. ``times`` is the
    histogram of order times (first scan to shipped) in the statistics' buckets, from
    bucket ``times_from`` on: a byte giving the counts' width, then the counts
    (``services.tally.pack_times``)."""

    shipped: Mapped[int] = mapped_column(default=0)  # every shipped order, timed or not
    orders: Mapped[int] = mapped_column(default=0)
    units: Mapped[int] = mapped_column(default=0)
    pick_total: Mapped[int] = mapped_column(BigInteger, default=0)
    picks: Mapped[int] = mapped_column(default=0)
    pack_total: Mapped[int] = mapped_column(BigInteger, default=0)
    packs: Mapped[int] = mapped_column(default=0)
    first_s: Mapped[int | None] = mapped_column(BigInteger)
    last_s: Mapped[int | None] = mapped_column(BigInteger)
    item_scans: Mapped[int] = mapped_column(default=0)
    misscans: Mapped[int] = mapped_column(default=0)
    short_picks: Mapped[int] = mapped_column(default=0)
    overrides: Mapped[int] = mapped_column(default=0)
    times_from: Mapped[int] = mapped_column(default=0)
    times: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class DailyRollupRow(_RollupFigures, Base):
    __tablename__ = "daily_rollups"

    day: Mapped[date] = mapped_column(
        Date, ForeignKey("rollup_days.day", ondelete="CASCADE"), primary_key=True)
    packer: Mapped[str] = mapped_column(String(80), primary_key=True)
    station: Mapped[str] = mapped_column(String(80), primary_key=True)


class HourlyRollupRow(_RollupFigures, Base):
    __tablename__ = "hourly_rollups"

    day: Mapped[date] = mapped_column(
        Date, ForeignKey("rollup_days.day", ondelete="CASCADE"), primary_key=True)
    hour: Mapped[int] = mapped_column(primary_key=True)
