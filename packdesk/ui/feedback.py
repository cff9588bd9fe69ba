"""The full-width verdict banner and the three sounds a packer hears.

Green means the scan was taken, red that it was refused (and the banner says what was
expected and what was scanned), amber that something needs the packer's attention (a
note to acknowledge, a short pick). The banner is never a dialog: the next scan simply
replaces it, so the scanning loop never stops for a click.
"""

from __future__ import annotations

import enum
import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from packdesk.resources import resource_path

from .widgets import set_font

log = logging.getLogger(__name__)


class FeedbackKind(enum.StrEnum):
    INFO = "info"
    ACCEPT = "accept"
    REFUSE = "refuse"
    WARN = "warn"
    COMPLETE = "complete"


# Background, text. Chosen for contrast from a metre away (all above 4.5:1).
COLORS: dict[FeedbackKind, tuple[str, str]] = {
    FeedbackKind.INFO: ("#1f2933", "#ffffff"),
    FeedbackKind.ACCEPT: ("#0b6e2a", "#ffffff"),
    FeedbackKind.REFUSE: ("#b3001b", "#ffffff"),
    FeedbackKind.WARN: ("#ffb300", "#000000"),
    FeedbackKind.COMPLETE: ("#0b6e2a", "#ffffff"),
}

HEADLINE_POINTS = 34
DETAIL_POINTS = 28
# A lead's screen (dashboard, admin) names itself in one slim line: the charts and
# tables need the room, and nobody reads that title from a metre away.
COMPACT_POINTS = 15


class FeedbackBanner(QFrame):
    """A full-width coloured strip: a headline and a detail line, both large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.headline = QLabel(self)
        self.headline.setObjectName("feedbackHeadline")
        set_font(self.headline, HEADLINE_POINTS, True)  # scaled down on small screens
        self.detail = QLabel(self)
        self.detail.setObjectName("feedbackDetail")
        set_font(self.detail, DETAIL_POINTS)
        for label in (self.headline, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and note words, never HTML
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 14, 24, 14)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.headline)
        self._layout.addWidget(self.detail)
        self.kind = FeedbackKind.INFO
        self.compact = False
        self.show_feedback(FeedbackKind.INFO, "", "")

    def show_feedback(self, kind: FeedbackKind, headline: str, detail: str = "", *,
                      compact: bool = False) -> None:
        """Show a verdict; ``compact`` makes it one slim line (a lead screen's title)."""
        if compact:
            headline, detail = f"{headline} · {detail}" if detail else headline, ""
        if compact != self.compact:
            self.compact = compact
            set_font(self.headline, COMPACT_POINTS if compact else HEADLINE_POINTS, True)
            vertical = 4 if compact else 14
            self._layout.setContentsMargins(24, vertical, 24, vertical)
        self.kind = kind
        background, foreground = COLORS[kind]
        self.setStyleSheet(
            f"#feedbackBanner {{ background: {background}; }}"
            f" #feedbackBanner QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        # Screen readers and the tests read the verdict from the accessible name.
        self.setAccessibleName(f"{kind.value}: {headline} {detail}".strip())

    @property
    def text(self) -> str:
        return f"{self.headline.text()}\n{self.detail.text()}".strip()


class Sounds(QObject):
    """Accept / refuse / complete sounds; silent (and says so once) with no audio device."""

    FILES = {
        FeedbackKind.ACCEPT: "accept.wav",
        FeedbackKind.REFUSE: "refuse.wav",
        FeedbackKind.COMPLETE: "complete.wav",
    }

    def __init__(self, parent: QObject | None = None, *, folder: Path | None = None,
                 enabled: bool = True) -> None:
        super().__init__(parent)
        # The last sounds asked for (for the tests); bounded, a shift is long.
        self.played: deque[FeedbackKind] = deque(maxlen=100)
        self._effects: dict[FeedbackKind, object] = {}
        self.available = False
        if not enabled:
            return
        folder = folder or resource_path("sounds")
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if QMediaDevices.defaultAudioOutput().isNull():
                log.info("no audio output: scan feedback is visual only")
                return
            for kind, name in self.FILES.items():
                path = folder / name
                if not path.is_file():
                    log.warning("sound %s is missing; run scripts/make_sounds.py", path)
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.9)
                self._effects[kind] = effect
            self.available = bool(self._effects)
        except Exception as error:  # noqa: BLE001 - sound is a nicety, never a crash
            log.info("sounds are off: %s", error)

    def play(self, kind: FeedbackKind) -> None:
        if kind not in self.FILES:
            return
        self.played.append(kind)
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
