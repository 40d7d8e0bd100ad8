"""A one-line progress bar for long runs on a terminal: rows done, rate, ETA (used by the CLI).

It draws only when its stream is a terminal; otherwise (a pipe, a log file, a test) it stays silent.
The ETA comes from a ``fraction()`` callback (bytes of the input read / the file's size, or rows of
a known row count); without one, the bar shows the count and the rate only.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from .plural import counted


class Progress:
    def __init__(
        self,
        label: str = "posting",  # the noun counted, singular
        *,
        fraction: Callable[[], float | None] | None = None,
        stream: TextIO | None = None,
        enabled: bool = True,
        interval: float = 0.2,
    ):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and _is_tty(self.stream)
        self.label = label
        self.fraction = fraction
        self.interval = interval
        self.count = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, n: int = 1) -> None:
        self.count += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.count / elapsed
        frac = self.fraction() if self.fraction else None
        if frac and frac > 0:
            filled = int(frac * 24)
            bar = "[" + "#" * filled + "-" * (24 - filled) + f"] {frac:4.0%} "
            eta = f", ETA {_clock(elapsed * (1 - frac) / frac)}"
        else:
            bar, eta = "", ""
        line = f"{bar}{counted(self.count, self.label)}, {rate:,.0f}/s, {_clock(elapsed)} elapsed{eta}"
        pad = " " * max(0, self._width - len(line))
        self._width = len(line)
        self.stream.write("\r" + line + pad)
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar (the caller prints its own summary)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
