"""A time budget per posting: the backstop behind every linear stage.

Each stage is linear in its input, but a budget still bounds what one posting can cost (a
pipeline with another taxonomy, a machine under load). :func:`posting_deadline` opens the budget
for one posting; the matcher and the tagger call :func:`check_deadline` in their loops, which
raises :class:`~analyzer.errors.PostingTimeoutError` once it is spent. The row that ran out gets
that error and the rest of the batch goes on. The deadline is per thread and per task (a context
variable), so dashboard sessions analysing at the same time do not share one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import PostingTimeoutError

# Seconds one posting may take before its row gets an error (None or 0: no limit). Every stage is
# linear, so an ordinary posting takes milliseconds and a 1 MB one a few seconds; this is a backstop.
DEFAULT_TIME_LIMIT = 10.0

# (monotonic time at which the budget is spent, the budget in seconds) or None: no budget.
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("skillgap_posting_deadline", default=None)


@contextmanager
def posting_deadline(seconds: float | None) -> Iterator[None]:
    """Allow the code inside at most ``seconds`` (``None`` or 0: no limit)."""
    token = _DEADLINE.set((time.monotonic() + seconds, seconds) if seconds else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise :class:`PostingTimeoutError` if the current posting's budget is spent."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise PostingTimeoutError(deadline[1])
