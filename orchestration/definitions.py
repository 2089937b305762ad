"""The code location: every definition under ``orchestration.defs``."""

import dagster as dg

import orchestration.defs

defs = dg.components.load_defs(defs_root=orchestration.defs)
