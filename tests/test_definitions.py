"""The code location loads, and its lineage graph never changes silently."""

from __future__ import annotations

import dagster as dg

from orchestration.definitions import defs

PYTHON_ASSETS = {
    "raw/raw_files",
    "raw/ingest_errors",
    "raw/articles",
    "raw/sentences",
    "raw/statements",
    "raw/date_mentions",
    "raw/number_mentions",
    "raw/source_mentions",
    "raw/place_mentions",
    "raw/article_fingerprints",
    "raw/article_links",
    "raw/duplicate_groups",
}
MART_ASSETS = {
    "warehouse_snapshot",
    "marts/dim_articles",
    "marts/fct_statements",
    "marts/fct_date_mentions",
    "marts/fct_number_mentions",
    "marts/fct_source_mentions",
    "marts/dim_sources",
    "marts/dim_actors",
}


def _graph():
    return defs.get_repository_def().asset_graph


def test_asset_keys_cover_files_to_marts() -> None:
    keys = {key.to_user_string() for key in _graph().get_all_asset_keys()}
    assert keys >= PYTHON_ASSETS
    assert keys >= MART_ASSETS
    assert any(key.startswith("staging/stg_raw__") for key in keys)


def test_marts_descend_from_raw_files() -> None:
    graph = _graph()
    upstream = graph.get(dg.AssetKey(["marts", "fct_statements"]))
    seen, frontier = set(), [upstream.key]
    while frontier:
        key = frontier.pop()
        if key in seen:
            continue
        seen.add(key)
        frontier.extend(graph.get(key).parent_keys)
    assert dg.AssetKey(["raw", "raw_files"]) in seen


def test_every_raw_frame_has_a_blocking_pandera_check() -> None:
    checks = {key.asset_key.to_user_string() for key in _graph().asset_check_keys if key.name == "pandera_schema"}
    assert checks == PYTHON_ASSETS
    for key in _graph().asset_check_keys:
        if key.name == "pandera_schema":
            assert _graph().get_check_spec(key).blocking


def test_every_asset_has_a_group_and_description() -> None:
    graph = _graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.group_name in {"ingest", "extract", "reference", "warehouse", "marts"}, key
        assert node.description, key


def test_every_asset_can_be_materialised_from_the_ui() -> None:
    """No dangling external assets: everything in the graph is produced by a step."""
    graph = _graph()
    assert set(graph.get_all_asset_keys()) == set(graph.materializable_asset_keys)
