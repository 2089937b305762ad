"""The warehouse resource: dagster-duckdb's DuckDBResource with a bounded, explained wait for the file lock.

DuckDB lets one process write a database file, and a process holding it open
(even read-only, e.g. a BI tool) blocks writers. Instead of failing at once
with an opaque lock error, the pipeline retries for ``lock_timeout_s`` seconds
and then raises WarehouseLockedError naming the process that holds the file
and pointing at the read-only snapshot BI tools should use instead.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from orchestration.settings import lock_timeout_s

_HOLDER_RE = re.compile(r"Conflicting lock is held in (?P<holder>.+?)(?: \(PID (?P<pid>\d+)\))?(?:\.|$| by)")


class WarehouseLockedError(RuntimeError):
    """Another process holds the warehouse file; the message says which and what to do."""


def describe_lock(exc: BaseException, database: str) -> str:
    """A readable account of a DuckDB lock conflict."""
    match = _HOLDER_RE.search(str(exc))
    holder = f"{match['holder']} (PID {match['pid']})" if match and match["pid"] else "another process"
    return (
        f"the warehouse {database} is locked by {holder}. DuckDB allows one writer and no writer while another "
        "process has the file open. Close that connection, or point BI tools and ad-hoc SQL at the read-only "
        "snapshot the pipeline publishes after each run (AKHBAR_SNAPSHOT, default warehouse.snapshot.duckdb). "
        f"DuckDB said: {exc}"
    )


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


class WarehouseResource(DuckDBResource):
    """DuckDB warehouse connections that wait for a held file lock, then explain it."""

    lock_timeout_s: float | None = Field(
        default=None,
        description="Seconds to wait for another process's file lock (default: AKHBAR_LOCK_TIMEOUT_S, 60).",
    )

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        timeout = self.lock_timeout_s if self.lock_timeout_s is not None else lock_timeout_s()
        deadline = time.monotonic() + timeout
        delay = 0.1
        while True:
            try:
                conn = duckdb.connect(self.database, read_only=False, config=self.connection_config)
                break
            except duckdb.IOException as exc:
                if not is_lock_error(exc):
                    raise
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise WarehouseLockedError(describe_lock(exc, self.database)) from exc
                time.sleep(min(delay, remaining))
                delay = min(delay * 2, 5.0)
        try:
            yield conn
        finally:
            conn.close()
