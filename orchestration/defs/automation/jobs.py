"""The job, sensor and schedule that keep the warehouse up to date with the landing folder."""

import dagster as dg

from orchestration.landing import folder_fingerprint
from orchestration.settings import WAREHOUSE_TAG, articles_dir

ingest_new_articles = dg.define_asset_job(
    name="ingest_new_articles",
    selection=dg.AssetSelection.all(),
    description="Read the landing folder (AKHBAR_ARTICLES_DIR), parse every article, rebuild the marts, "
    "publish the snapshot, the Parquet exports and the report.",
)


# The same job with every step in its own process: what Dagster's Kubernetes and Celery
# executors do with pods and workers. DuckDB takes one writing process, so the steps that open
# the warehouse run one at a time; the parse step spreads its own work over the cores.
ingest_new_articles_multiprocess = dg.define_asset_job(
    name="ingest_new_articles_multiprocess",
    selection=dg.AssetSelection.all(),
    executor_def=dg.multiprocess_executor.configured(
        {
            "max_concurrent": 2,
            "tag_concurrency_limits": [{"key": k, "value": v, "limit": 1} for k, v in WAREHOUSE_TAG.items()],
        }
    ),
    description="ingest_new_articles with each step in its own process (Dagster's multiprocess executor).",
)


@dg.sensor(
    job=ingest_new_articles,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts ingest_new_articles when files in the landing folder are added, removed or changed. "
    "Switch it on in the UI (Automation) to load new scrapes as they land.",
)
def landing_folder_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    fingerprint, n_files = folder_fingerprint(articles_dir())
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change in {articles_dir()} ({n_files} files)")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=fingerprint, tags={"akhbar/landing_files": str(n_files)})],
        cursor=fingerprint,
    )


daily_ingest = dg.ScheduleDefinition(
    name="daily_ingest",
    job=ingest_new_articles,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every day at 06:00: a full ingest, whatever the sensor saw.",
)
