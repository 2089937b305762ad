"""Every dbt model as an asset, every dbt test as an asset check (dagster-dbt).

dbt sources ``raw.<table>`` map to the Python assets ``raw/<table>`` by
dagster-dbt's default key rule, so the lineage graph is one picture. Model
asset keys are ``<schema>/<model>``, which is also where the table lives.
"""

from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.dbt_project import dbt_project
from orchestration.presentation import frame_metadata
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG


class AkhbarDbtTranslator(DagsterDbtTranslator):
    """Group dbt models by layer: staging and intermediate under "warehouse", marts under "marts";
    seeds (the gazetteer and the source alias table) under "reference"."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") == "seed":
            return "reference"
        if dbt_resource_props.get("resource_type") != "model":
            return super().get_group_name(dbt_resource_props)
        return "marts" if "marts" in dbt_resource_props.get("fqn", []) else "warehouse"


def _preview(conn: Any, key: dg.AssetKey) -> dict[str, Any]:
    """Row count and first rows of the table behind a model's asset key (``<schema>/<model>``)."""
    if len(key.path) != 2:
        return {}
    schema, table = key.path
    try:
        frame = conn.execute(f'select * from "{schema}"."{table}" limit 5').pl()
        count = conn.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]
    except Exception:  # not a relation (e.g. a seed in another schema): nothing to preview
        return {}
    return {**frame_metadata(frame), "dagster/row_count": dg.MetadataValue.int(count)}


@dbt_assets(manifest=dbt_project.manifest_path, dagster_dbt_translator=AkhbarDbtTranslator(), op_tags=WAREHOUSE_TAG)
def akhbar_dbt_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource
) -> Iterator[Any]:
    """``dbt build``: seeds, models and their tests, in dependency order."""
    # dbt holds the DuckDB file while it runs: collect its events, then read the previews.
    events = list(dbt.cli(["build"], context=context).stream())
    with warehouse.get_connection() as conn:
        for event in events:
            if isinstance(event, dg.Output):
                preview = _preview(conn, context.asset_key_for_output(event.output_name))
                yield event.with_metadata({**event.metadata, **preview})
            else:
                yield event
