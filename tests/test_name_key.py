"""akhbar.names.name_key and the dbt macro name_key are twins: same names, same keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from akhbar.names import name_key

DBT_DIR = Path(__file__).resolve().parent.parent / "dbt"

CASES = [
    ("وكالة “رويترز”", "رويترز"),
    ("Reuters", "reuters"),
    ("The Guardian", "guardian"),
    ("السفارة الأميركية في بغداد", "السفاره الامريكيه في بغداد"),
    ("السفارة الأمريكية في بغداد", "السفاره الامريكيه في بغداد"),
    ("مصدرنا الإخبارى", "مصدرنا الاخباري"),
    ("(واع)", "واع"),
    ("صحيفة «النهار» اللبنانية", "النهار اللبنانيه"),
    ("منصة إكس", "اكس"),
    ("وزارةُ الدفاعِ", "وزاره الدفاع"),
    ("قناة الـ  \u00a0MTV", "ال mtv"),
    ("رئاسة الوزراء-العراقية", "رءاسه الوزراء العراقيه"),
    ("شؤون الأقليات", "شءون الاقليات"),
]


@pytest.mark.parametrize(("name", "key"), CASES)
def test_python_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_the_dbt_macro_gives_the_same_keys(tmp_path: Path) -> None:
    values = " union all ".join(f"select {i} as i, '{name}' as name" for i, (name, _) in enumerate(CASES))
    inline = f"with names as ({values}) select i, {{{{ name_key('name') }}}} as key from names order by i"
    env = {**os.environ, "DBT_PROFILES_DIR": str(DBT_DIR), "AKHBAR_WAREHOUSE": str(tmp_path / "w.duckdb")}
    dbt = str(Path(sys.executable).parent / "dbt")
    result = subprocess.run(
        [dbt, "compile", "--quiet", "--inline", inline, "--target-path", str(tmp_path / "target")],
        cwd=DBT_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    keys = [row[1] for row in duckdb.sql(result.stdout.strip()).fetchall()]
    assert keys == [name_key(name) for name, _ in CASES]


def test_sources_outside_the_alias_table_meet_on_the_key() -> None:
    from akhbar.sources import slugify

    assert slugify("السفارة الأمريكية في عمان") == slugify("السفارة الأميركية في عمّان") == "alsfarh_alamrykyh_fy_aman"
    assert slugify("صحيفة «الوطن» الليبية") == slugify("الوطن الليبية")
