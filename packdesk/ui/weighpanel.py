"""The box and weighing step at the end of packing, before the label.

When the last unit is verified the pack screen calls :meth:`WeighPanel.begin`: the panel
shows the proposed box; the packer scans that box's barcode (or another box's). With a
scale attached the parcel is then weighed: a stable reading inside the tolerance lets it
go (``parcel_ready``), one outside it keeps the label back and says why ("150 g lighter
than expected: is an item missing?") until a new stable reading passes or a lead scans
their badge to override. Without a scale the box scan is enough (the station works as
before: the weight is estimated).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from packdesk.domain.boxes import BoxPreset, BoxProposal
from packdesk.hardware.scale import Scale, ScaleReading
from packdesk.services.auth import Actor
from packdesk.services.boxes import Weighing, WeighingServices
from packdesk.ui.dashboard_tasks import TaskRunner, describe_error
from packdesk.ui.widgets import text_label

# A new reading within this many grams of the one refused is the same parcel, not a re-check.
SAME_PARCEL_G = 2.0


class Step(Enum):
    IDLE = "idle"
    PROPOSING = "proposing"
    BOX = "box"  # waiting for the box's barcode
    WEIGHING = "weighing"  # waiting for a stable reading
    CHECKING = "checking"
    REFUSED = "refused"  # outside the tolerance: re-check or a lead's badge
    READY = "ready"


@dataclass(frozen=True)
class ParcelReady:
    order_id: int
    box: BoxPreset
    measured_g: float | None  # None: no scale, the weight is estimated
    overridden_by: str | None = None


class WeighPanel(QWidget):
    parcel_ready = Signal(object)  # ParcelReady
    step_changed = Signal(str)
    refused = Signal(str)  # the verdict's sentence: the label waits

    def __init__(self, services: WeighingServices, scale: Scale | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weighpanel")
        self.services = services
        self.scale = scale
        self.runner = TaskRunner(self)
        self.step = Step.IDLE
        self.order_id: int | None = None
        self.actor: Actor | None = None
        self.proposal: BoxProposal | None = None
        self.boxes: list[BoxPreset] = []
        self.box: BoxPreset | None = None
        self.weighing: Weighing | None = None
        self._checked_g: float | None = None
        self.box_label = text_label("", self, name="box", points=18, bold=True, wrap=True)
        self.message_label = text_label("", self, name="weighmessage", points=18, wrap=True)
        self.weigh_button = QPushButton(self.tr("Weigh now"))
        self.weigh_button.clicked.connect(self.on_weigh_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.weigh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        if scale is not None:
            scale.weighed.connect(self.on_weighed)
        self._show()

    @property
    def waiting(self) -> bool:
        """The panel holds the label back: proposing, a box to scan, a weight to take."""
        return self.step in (Step.PROPOSING, Step.BOX, Step.WEIGHING, Step.CHECKING, Step.REFUSED)

    # --- flow ---------------------------------------------------------------------------------

    def begin(self, order_id: int, actor: Actor | None) -> None:
        self.order_id, self.actor = order_id, actor
        self.proposal = self.box = self.weighing = None
        self._checked_g = None
        self._set(Step.PROPOSING)
        services = self.services

        def load() -> tuple[list[BoxPreset], BoxProposal | str]:
            # The boxes and the proposal in one trip: the panel asks for a box scan only
            # once it knows every box's barcode (two trips could answer in either order,
            # and a quick box scan was then not recognised).
            known = services.boxes()
            try:
                return known, services.propose(order_id)
            except Exception as error:  # noqa: BLE001 - the reason is shown, as the runner would
                return known, describe_error(error)

        self.runner.run(load, self._on_loaded, self._on_no_box)

    def _on_loaded(self, loaded: tuple[list[BoxPreset], BoxProposal | str]) -> None:
        self.boxes, proposal = loaded
        if isinstance(proposal, str):
            self._on_no_box(proposal)
        else:
            self._on_proposed(proposal)

    def reset(self) -> None:
        self.order_id = None
        self._set(Step.IDLE)

    def _on_proposed(self, proposal: BoxProposal) -> None:
        self.proposal = proposal
        inner = proposal.box.inner
        self.box_label.setText(self.tr("Box {code} ({length} × {width} × {height} mm, {fill} % full): "
                                       "scan its barcode, or another box's")
                               .format(code=proposal.box.code, length=inner.length,
                                       width=inner.width, height=inner.height,
                                       fill=f"{proposal.fill_percent:g}"))
        self._set(Step.BOX)

    def _on_no_box(self, message: str) -> None:
        self.box_label.setText(self.tr("No box proposed: {reason}").format(reason=message))
        self._set(Step.BOX)

    def on_scan(self, code: str) -> bool:
        """A scan while the panel waits; True if it was for the panel (a box or a badge)."""
        code = code.strip()
        if self.step in (Step.BOX, Step.WEIGHING, Step.REFUSED):
            box = next((b for b in self.boxes if code in (b.barcode, b.code)), None)
            if box is not None:
                self._box_confirmed(box)
                return True
        if self.step is Step.REFUSED and self.weighing is not None:
            weighing, services = self.weighing, self.services
            self.runner.run(lambda: services.override(weighing, code),
                            lambda lead: self._ready(weighing.verdict.measured_g, lead.name),
                            self.message_label.setText)  # a packer's badge: say so, keep waiting
            return True
        return False

    def _box_confirmed(self, box: BoxPreset) -> None:
        self.box = box
        self.box_label.setText(self.tr("Box {code} confirmed").format(code=box.code))
        if self.scale is None:
            self._ready(None)
            return
        self._set(Step.WEIGHING)
        latest = self.scale.latest()
        if latest is not None:
            self.on_weighed(latest)

    @Slot(object)
    def on_weighed(self, reading: ScaleReading) -> None:
        if self.step not in (Step.WEIGHING, Step.REFUSED) or not reading.stable:
            return
        if reading.grams <= 0:
            return
        if (self.step is Step.REFUSED and self._checked_g is not None
                and abs(reading.grams - self._checked_g) <= SAME_PARCEL_G):
            return  # the same parcel still on the scale: no new verdict
        self._check(reading.grams)

    @Slot()
    def on_weigh_clicked(self) -> None:
        if self.scale is None or self.step not in (Step.WEIGHING, Step.REFUSED):
            return
        latest = self.scale.latest()
        if latest is None or not latest.stable:
            self.message_label.setText(self.tr("The scale has no steady weight yet"))
            return
        self._check(latest.grams)

    def _check(self, grams: float) -> None:
        assert self.order_id is not None and self.box is not None
        order_id, box, actor, services = self.order_id, self.box, self.actor, self.services
        self._checked_g = grams
        self._set(Step.CHECKING)
        self.runner.run(lambda: services.check(order_id, box, grams, actor), self._on_checked,
                        self._on_check_failed)

    def _on_checked(self, weighing: Weighing) -> None:
        if weighing.order_id != self.order_id:
            return
        self.weighing = weighing
        if weighing.passes:
            self._ready(weighing.verdict.measured_g)
            return
        self.message_label.setText(weighing.verdict.message())
        self._set(Step.REFUSED, keep_message=True)
        self.refused.emit(weighing.verdict.message())

    def _on_check_failed(self, message: str) -> None:
        self.message_label.setText(message)
        self._set(Step.WEIGHING, keep_message=True)

    def _ready(self, grams: float | None, overridden_by: str | None = None) -> None:
        assert self.order_id is not None and self.box is not None
        self._set(Step.READY)
        if grams is not None:
            text = self.tr("{grams} g: ready for the label").format(grams=f"{grams:.0f}")
            if overridden_by:
                text += " " + self.tr("(let go by {name})").format(name=overridden_by)
            self.message_label.setText(text)
        self.parcel_ready.emit(ParcelReady(self.order_id, self.box, grams, overridden_by))

    # --- display ------------------------------------------------------------------------------

    def _set(self, step: Step, *, keep_message: bool = False) -> None:
        self.step = step
        if not keep_message:
            self._show()
        self.weigh_button.setVisible(self.scale is not None and step in (Step.WEIGHING, Step.REFUSED))
        self.setStyleSheet("#weighmessage { color: #b00020; font-weight: bold; }"
                           if step is Step.REFUSED else "")
        self.step_changed.emit(step.value)

    def _show(self) -> None:
        texts = {
            Step.IDLE: "",
            Step.PROPOSING: self.tr("Finding the box…"),
            Step.BOX: self.tr("Scan the box you pack in"),
            Step.WEIGHING: self.tr("Put the parcel on the scale"),
            Step.CHECKING: self.tr("Checking the weight…"),
            Step.REFUSED: "",
            Step.READY: "",
        }
        self.message_label.setText(texts[self.step])
        if self.step is Step.IDLE:
            self.box_label.clear()
