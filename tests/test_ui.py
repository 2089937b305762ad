"""End to end through the UI: `dagster dev` on a free loopback port, driven by headless Chromium.

The asset graph and an asset's checks are read off the rendered pages, a materialisation of every asset
is launched through the webserver's GraphQL API and watched to SUCCESS, and the run page must then say
"Success". Screenshots are kept in test-artifacts/ (git-ignored).

Needs Debian's chromium and chromium-driver (nothing downloads a browser); skipped without them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, SEEDS_DIR

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        "chromium/chromedriver not installed: apt-get install chromium chromium-driver", allow_module_level=True
    )

from selenium import webdriver  # noqa: E402  (only imported where a browser exists)
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

VENV_BIN = Path(sys.executable).parent
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
STARTUP_TIMEOUT_S = 120
RUN_TIMEOUT_S = 240
PAGE_TIMEOUT_S = 60
# Short asset names (the graph truncates long ones) that must be on the lineage page.
SHOWN_ASSETS = {
    "raw_files",
    "articles",
    "sentences",
    "statements",
    "dim_articles",
    "fct_statements",
    "dim_sources",
    "warehouse_snapshot",
}

# GraphQL calls to the webserver must not go through any HTTP proxy set in the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _default_signals() -> None:
    """`dagster dev` started from a non-interactive shell inherits ignored SIGINT/SIGTERM (STACK.md)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@dataclass
class DagsterUI:
    url: str
    process: subprocess.Popen
    log: Path
    location: str = ""
    repository: str = ""

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 30) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(f"{self.url}/graphql", body, {"Content-Type": "application/json"})
        with _OPENER.open(request, timeout=timeout) as response:
            answer = json.load(response)
        assert "errors" not in answer, answer["errors"]
        return answer["data"]

    def asset_nodes(self) -> list[dict]:
        return self.graphql("""{ assetNodes { assetKey { path } groupName isMaterializable
            assetChecksOrError { ... on AssetChecks { checks { name } } } } }""")["assetNodes"]


def _wait_until_loaded(ui: DagsterUI) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    query = "{ repositoriesOrError { ... on RepositoryConnection { nodes { name location { name } } } } }"
    while time.monotonic() < deadline:
        if ui.process.poll() is not None:
            pytest.fail(f"dagster dev exited with {ui.process.returncode}:\n{_tail(ui.log)}")
        try:
            nodes = ui.graphql(query, timeout=5)["repositoriesOrError"].get("nodes") or []
        except (OSError, AssertionError, ValueError):
            nodes = []
        if nodes:
            ui.repository, ui.location = nodes[0]["name"], nodes[0]["location"]["name"]
            return
        time.sleep(1)
    pytest.fail(f"dagster dev did not load a repository within {STARTUP_TIMEOUT_S} s:\n{_tail(ui.log)}")


@pytest.fixture(scope="module")
def dagster_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DagsterUI]:
    """`dagster dev` over a two-file corpus, with its own warehouse and DAGSTER_HOME, on a free port."""
    root = tmp_path_factory.mktemp("ui")
    articles, home = root / "articles", root / "dagster_home"
    articles.mkdir()
    home.mkdir()
    for seed in sorted(SEEDS_DIR.glob("*.txt"))[:2]:
        shutil.copy(seed, articles / seed.name)
    # Empty apart from telemetry: a test run has no business phoning home.
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    port = _free_port()
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",  # dagster-dbt runs `dbt`
        "AKHBAR_ARTICLES_DIR": str(articles),
        "AKHBAR_WAREHOUSE": str(root / "warehouse.duckdb"),
        "AKHBAR_SNAPSHOT": str(root / "warehouse.snapshot.duckdb"),
        "DAGSTER_HOME": str(home),
        "DBT_PROFILES_DIR": str(PROJECT_ROOT / "dbt"),
    }
    log = root / "dagster-dev.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [
                str(VENV_BIN / "dagster"),
                "dev",
                "-m",
                "orchestration.definitions",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_default_signals,
        )
    ui = DagsterUI(url=f"http://127.0.0.1:{port}", process=process, log=log)
    try:
        _wait_until_loaded(ui)
        yield ui
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(dagster_ui: DagsterUI, tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    """Headless Debian Chromium; Selenium Manager is never asked to fetch a driver or browser."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-proxy-server",
        "--window-size=2400,3200",  # tall enough that the lineage graph fits without scrolling
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(argument)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")
        driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        driver.set_page_load_timeout(PAGE_TIMEOUT_S)
        # Dismiss the "Join the Dagster community" dialog before it covers the screenshots.
        driver.get(f"{dagster_ui.url}/robots.txt")
        driver.execute_script("window.localStorage.setItem('communityNux', JSON.stringify('1'));")
        yield driver
    finally:
        driver.quit()


def _body_text(driver: webdriver.Chrome) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def _wait_for_text(driver: webdriver.Chrome, wanted: set[str], what: str) -> str:
    try:
        WebDriverWait(driver, PAGE_TIMEOUT_S, poll_frequency=0.5).until(lambda d: wanted <= set(_body_text(d).split()))
    except TimeoutException:
        text = _body_text(driver)
        _screenshot(driver, f"ui_failed_{what}.png")
        pytest.fail(
            f"{what}: {sorted(wanted - set(text.split()))} never shown at {driver.current_url}; "
            f"page text:\n{text[:3000]}"
        )
    return _body_text(driver)


def _screenshot(driver: webdriver.Chrome, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert driver.save_screenshot(str(path)), path
    return path


def _assert_real_png(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n"), path
    assert len(data) > 20_000, f"{path} is only {len(data)} bytes: a blank page?"


def test_the_asset_graph_shows_every_group_and_the_pipeline_assets(dagster_ui: DagsterUI, browser) -> None:
    nodes = dagster_ui.asset_nodes()
    names = {node["assetKey"]["path"][-1] for node in nodes}
    assert names >= SHOWN_ASSETS, f"definitions lost assets: {sorted(SHOWN_ASSETS - names)}"
    groups = sorted({node["groupName"] for node in nodes})
    # The global lineage page starts with every group collapsed; ?expanded= opens them (group ids are
    # "global@global:<group>", or "<repository>@<location>:<group>" behind a feature flag).
    expanded = [f"global@global:{g}" for g in groups] + [
        f"{dagster_ui.repository}@{dagster_ui.location}:{g}" for g in groups
    ]
    browser.get(f"{dagster_ui.url}/asset-groups?expanded={','.join(expanded)}")
    _wait_for_text(browser, SHOWN_ASSETS | set(groups), "asset graph")
    assert "Materialize all" in _body_text(browser)

    # Autocentring keeps the labels readable and so crops a graph this size; one step out shows it all.
    time.sleep(1)
    zoom_buttons = browser.find_elements(By.CSS_SELECTOR, "[class*='SVGViewport_iconButton']")
    if len(zoom_buttons) >= 2:
        zoom_buttons[1].click()
        time.sleep(1)
    _assert_real_png(_screenshot(browser, "ui_assets.png"))


def test_an_asset_page_shows_its_pandera_check(dagster_ui: DagsterUI, browser) -> None:
    checks = {
        "/".join(node["assetKey"]["path"]): {c["name"] for c in node["assetChecksOrError"].get("checks", [])}
        for node in dagster_ui.asset_nodes()
    }
    assert "pandera_schema" in checks["raw/articles"]
    assert checks["marts/fct_statements"], "the dbt tests on the marts are no longer asset checks"

    browser.get(f"{dagster_ui.url}/assets/raw/articles?view=checks")
    text = _wait_for_text(browser, {"pandera_schema"}, "asset checks")
    assert "blocking" in text  # "This is a blocking asset check."


LAUNCH = """
mutation Launch($params: ExecutionParams!) {
  launchRun(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message stack }
    ... on InvalidSubsetError { message }
    ... on RunConfigValidationInvalid { errors { message } }
  }
}"""
STATUS = "query Status($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"
LOGS = """query Logs($id: ID!) { logsForRun(runId: $id) { ... on EventConnection {
  events { __typename ... on MessageEvent { message stepKey } } } } }"""


def test_materialising_everything_through_the_api_succeeds_and_the_run_page_says_so(
    dagster_ui: DagsterUI, browser
) -> None:
    keys = [node["assetKey"] for node in dagster_ui.asset_nodes() if node["isMaterializable"]]
    assert len(keys) >= len(SHOWN_ASSETS)
    params = {
        "selector": {
            "repositoryLocationName": dagster_ui.location,
            "repositoryName": dagster_ui.repository,
            "jobName": "__ASSET_JOB",
            "assetSelection": keys,
        }
    }
    launched = dagster_ui.graphql(LAUNCH, {"params": params})["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]

    deadline, status = time.monotonic() + RUN_TIMEOUT_S, None
    while time.monotonic() < deadline:
        status = dagster_ui.graphql(STATUS, {"id": run_id})["runOrError"].get("status")
        if status in {"SUCCESS", "FAILURE", "CANCELED"}:
            break
        time.sleep(1)
    if status != "SUCCESS":
        events = dagster_ui.graphql(LOGS, {"id": run_id})["logsForRun"].get("events", [])
        tail = "\n".join(f"[{e.get('stepKey')}] {e.get('message')}" for e in events[-40:])
        pytest.fail(
            f"run {run_id} ended {status} (limit {RUN_TIMEOUT_S} s). Run log tail:\n{tail}\n"
            f"dagster dev log tail:\n{_tail(dagster_ui.log, 30)}"
        )

    browser.get(f"{dagster_ui.url}/runs/{run_id}")
    _wait_for_text(browser, {"Success", run_id.split("-")[0]}, "run page")
    # Let the event log render too, so the screenshot shows the run's events, not a spinner.
    event_types = {"RUN_SUCCESS", "STEP_SUCCESS", "STEP_OUTPUT", "ASSET_MATERIALIZATION", "ASSET_CHECK_EVALUATION"}
    try:
        WebDriverWait(browser, PAGE_TIMEOUT_S, poll_frequency=0.5).until(
            lambda d: "Loading run logs" not in (text := _body_text(d)) and event_types & set(text.split())
        )
    except TimeoutException:
        _screenshot(browser, "ui_failed_run_log.png")
        pytest.fail(f"the run page never showed the run's events; page text:\n{_body_text(browser)[:3000]}")
    _assert_real_png(_screenshot(browser, "ui_run.png"))
