"""The dbt project, declared once (kept apart from @dbt_assets so it can be prepared alone).

Prepare the manifest before loading the code location outside `dagster dev`:
``dbt parse`` (what `make` does) or ``dagster-dbt project prepare-and-package --file orchestration/dbt_project.py``.
"""

from dagster_dbt import DbtProject

from orchestration.settings import DBT_PROJECT_DIR, export_environment

export_environment()

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()
