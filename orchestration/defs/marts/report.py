"""The analyst report: one offline HTML page rendered from the marts after every build.

The page (timeline of dated statements, numeric claims with disagreements
highlighted, top speakers and sources) is written atomically to
``reports/akhbar_report.html`` beside the warehouse, or to ``AKHBAR_REPORT``.
"""

import os

import dagster as dg

from orchestration.defs.marts.snapshot import MART_KEYS
from orchestration.report import build_report, explanation, report_path
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG


@dg.asset(
    key=["analyst_report"],
    group_name="marts",
    kinds={"html"},
    op_tags=WAREHOUSE_TAG,
    deps=MART_KEYS,
    description="A self-contained HTML page for analysts (AKHBAR_REPORT, default reports/akhbar_report.html beside "
    "the warehouse): dated statements on a timeline, numeric claims by subject with disagreements highlighted, "
    "top speakers and sources. Offline: inline CSS and SVG, no scripts, no external URLs.",
)
def analyst_report(warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.get_connection() as conn:
        report = build_report(conn)
    target = report_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    staging.write_text(report.html, encoding="utf-8")
    os.replace(staging, target)

    disagreeing = report.disagreeing
    if disagreeing:
        lines = [f"**{len(disagreeing)} subject(s) with disagreeing numbers:**", ""]
        lines += [f"- `{s.unit}` ({len(s.claims)} claims): {explanation(s)}" for s in disagreeing]
    else:
        lines = ["No subject has disagreeing numbers."]
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "bytes": target.stat().st_size,
            "n_disagreements": len(disagreeing),
            "preview": dg.MetadataValue.md("\n".join(lines)),
        }
    )
