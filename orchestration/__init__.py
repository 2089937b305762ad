"""Dagster code location for akhbar: assets from raw files to dbt marts.

Definitions live in ``orchestration.defs`` (loaded by ``orchestration.definitions``);
reusable helpers (settings, corpus stages, DuckDB I/O) sit beside it.
"""
