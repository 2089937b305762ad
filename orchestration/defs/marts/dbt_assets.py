"""Every dbt model as an asset, every dbt test as an asset check (dagster-dbt).

dbt sources ``raw.<table>`` map to the Python assets ``raw/<table>`` by
dagster-dbt's default key rule, so the lineage graph is one picture.
"""

from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.dbt_project import dbt_project


class AkhbarDbtTranslator(DagsterDbtTranslator):
    """Group dbt models by layer: staging and intermediate under "warehouse", marts under "marts"."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") != "model":
            return super().get_group_name(dbt_resource_props)
        return "marts" if "marts" in dbt_resource_props.get("fqn", []) else "warehouse"


@dbt_assets(manifest=dbt_project.manifest_path, dagster_dbt_translator=AkhbarDbtTranslator())
def akhbar_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource) -> Iterator[Any]:
    """``dbt build``: seeds, models and their tests, in dependency order."""
    yield from dbt.cli(["build"], context=context).stream()
