"""Progress of a long step: a tqdm bar in the terminal and the same figures in the Dagster run log.

The bar goes to stderr (Dagster keeps it in the step's compute log); every ``log_every_s``
seconds, and at the end, one line "done/total, rate, time left" goes to ``log`` (the run's
``context.log.info``), so the UI's run view shows how far a 100,000-file load has come.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from tqdm import tqdm


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600:d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Progress:
    """Counts units of work done out of a known total; reports rate and time left."""

    def __init__(
        self, total: int, verb: str, log: Callable[[str], None] | None = None, log_every_s: float = 10.0
    ) -> None:
        self.total, self.verb, self.log, self.log_every_s = total, verb, log, log_every_s
        self.done = 0
        self.extra: dict[str, int] = {}
        self.started = self.last_logged = time.monotonic()
        # disable=None: no bar when stderr is not a terminal (CI logs, tests), the log lines stay.
        self.bar = tqdm(
            total=total, desc=verb, unit="file", file=sys.stderr, disable=None, dynamic_ncols=True, smoothing=0.1
        )

    def advance(self, n: int, **counts: int) -> None:
        """``n`` more units done; ``counts`` are running totals shown beside (e.g. articles=...)."""
        self.done += n
        for key, value in counts.items():
            self.extra[key] = self.extra.get(key, 0) + value
        self.bar.update(n)
        if self.extra:
            self.bar.set_postfix(self.extra, refresh=False)
        now = time.monotonic()
        if self.log and now - self.last_logged >= self.log_every_s:
            self.last_logged = now
            self.log(self.line())

    def line(self) -> str:
        """``read 4,000/10,000 files (40%), 812/s, 0:00:07 left, articles=4,310``."""
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        share = 100 * self.done / self.total if self.total else 100.0
        extra = "".join(f", {key}={value:,}" for key, value in self.extra.items())
        return (
            f"{self.verb} {self.done:,}/{self.total:,} files ({share:.0f}%), {rate:,.0f}/s, "
            f"{_clock(left)} left, {_clock(elapsed)} elapsed{extra}"
        )

    def close(self) -> None:
        """Close the bar and log the final line (when there was anything to do)."""
        self.bar.close()
        if self.log and self.total:
            self.log(self.line())
