"""akhbar: Arabic news articles -> statements, dates, numbers and sources.

A pure Python library (no Dagster, dbt or DuckDB import). Entry points:
``akhbar.pipeline.parse_bytes`` / ``parse_text`` and ``python -m akhbar``.
"""

__version__ = "0.1.0"
