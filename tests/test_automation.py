"""The landing-folder sensor, the daily schedule and the job they start."""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.defs.automation.jobs import landing_folder_sensor
from orchestration.landing import folder_fingerprint


@pytest.fixture
def landing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "landing"
    folder.mkdir()
    (folder / "a.txt").write_text("قال الوزير إن 500 جندي سيغادرون.", encoding="utf-8")
    monkeypatch.setenv("AKHBAR_ARTICLES_DIR", str(folder))
    return folder


def _evaluate(cursor: str | None):
    with dg.instance_for_test() as instance:
        return landing_folder_sensor(dg.build_sensor_context(instance=instance, cursor=cursor))


def test_first_look_requests_a_run_and_remembers_the_folder(landing: Path) -> None:
    result = _evaluate(None)
    assert isinstance(result, dg.SensorResult)
    assert len(result.run_requests) == 1
    assert result.cursor == folder_fingerprint(landing)[0]


def test_no_change_means_no_run(landing: Path) -> None:
    cursor = _evaluate(None).cursor
    assert isinstance(_evaluate(cursor), dg.SkipReason)


@pytest.mark.parametrize("change", ["add", "rewrite", "remove"])
def test_added_changed_or_removed_files_start_a_run(landing: Path, change: str) -> None:
    cursor = _evaluate(None).cursor
    if change == "add":
        (landing / "b.txt").write_text("خبر جديد", encoding="utf-8")
    elif change == "rewrite":
        time.sleep(0.01)
        (landing / "a.txt").write_text("قال الوزير إن 700 جندي سيغادرون.", encoding="utf-8")
        os.utime(landing / "a.txt", ns=(time.time_ns(), time.time_ns() + 1_000_000))
    else:
        (landing / "a.txt").unlink()
    result = _evaluate(cursor)
    assert isinstance(result, dg.SensorResult)
    assert result.run_requests[0].run_key == result.cursor != cursor


def test_sensor_and_schedule_start_the_ingest_job() -> None:
    job = defs.resolve_job_def("ingest_new_articles")
    assert {s.name: s.job_name for s in defs.sensors} == {"landing_folder_sensor": job.name}
    (schedule,) = defs.schedules
    assert (schedule.name, schedule.job_name, schedule.cron_schedule) == ("daily_ingest", job.name, "0 6 * * *")
    graph = defs.get_repository_def().asset_graph
    assert set(job.asset_layer.executable_asset_keys) == set(graph.materializable_asset_keys)
