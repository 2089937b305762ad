"""Definitions only: assets, checks, resources, grouped by concept (ingest, extract, marts)."""
