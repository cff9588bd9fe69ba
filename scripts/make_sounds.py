"""Write the station's feedback sounds into packdesk/resources/sounds/ (stdlib only).

    python scripts/make_sounds.py

Three sounds a packer tells apart without looking: a short high "ding" for an accepted
scan, a low buzzing double tone for a refusal, and a rising three-note chime when an
order is complete. 16-bit mono PCM at 44.1 kHz, which QSoundEffect plays everywhere.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "packdesk" / "resources" / "sounds"

Tone = tuple[float, float, float]  # frequency Hz, seconds, volume 0..1


def render(tones: list[Tone], *, square: bool = False) -> bytes:
    frames = bytearray()
    for frequency, seconds, volume in tones:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.008))  # 8 ms ramps: no click at start or end
        for i in range(count):
            phase = math.sin(2 * math.pi * frequency * i / RATE)
            if square:
                # A softened square wave: harsher than a sine, so a refusal is unmistakable.
                phase = math.copysign(min(1.0, abs(phase) * 3), phase)
            envelope = min(1.0, i / fade, (count - i) / fade)
            frames += struct.pack("<h", int(32767 * volume * envelope * phase))
    return bytes(frames)


SOUNDS: dict[str, tuple[list[Tone], bool]] = {
    "accept.wav": ([(1318.5, 0.09, 0.5)], False),
    "refuse.wav": ([(220.0, 0.16, 0.55), (0.0, 0.05, 0.0), (196.0, 0.22, 0.55)], True),
    "complete.wav": ([(784.0, 0.11, 0.45), (988.0, 0.11, 0.45), (1175.0, 0.24, 0.45)], False),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (tones, square) in SOUNDS.items():
        with wave.open(str(OUT / name), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(tones, square=square))
        print(OUT / name)


if __name__ == "__main__":
    main()
