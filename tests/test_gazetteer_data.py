"""The gazetteer seeds (lexicons/places.csv + place_aliases.csv) are well formed.

Both files are read by akhbar.places and loaded by dbt as seeds, so a malformed row breaks the
parser and the warehouse alike.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

import akhbar
from akhbar.shadow import fold

LEXICONS = Path(akhbar.__file__).parent / "lexicons"
PLACES_HEADER = ["place_id", "name", "name_ar", "kind", "country_id"]
ALIASES_HEADER = ["alias", "place_id", "needs_context"]
KINDS = {"country", "region", "province", "city", "military_base", "site"}
SLUG_RE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")


def _key(alias: str) -> str:
    """An alias as the matcher compares it: folded, lower case, single spaces."""
    return " ".join(fold(alias).lower().split())


@cache
def _read(name: str) -> tuple[list[str], list[list[str]]]:
    with (LEXICONS / name).open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


def _places() -> list[dict[str, str]]:
    header, rows = _read("places.csv")
    return [dict(zip(header, row, strict=True)) for row in rows]


def _aliases() -> list[dict[str, str]]:
    header, rows = _read("place_aliases.csv")
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.mark.parametrize(("name", "header"), [("places.csv", PLACES_HEADER), ("place_aliases.csv", ALIASES_HEADER)])
def test_header_and_row_width(name: str, header: list[str]) -> None:
    found, rows = _read(name)
    assert found == header
    assert rows, name
    bad = [row for row in rows if len(row) != len(header)]
    assert not bad, bad[:5]
    padded = [row for row in rows if any(value != value.strip() for value in row)]
    assert not padded, padded[:5]


def test_place_ids_are_unique_ascii_slugs() -> None:
    ids = [row["place_id"] for row in _places()]
    assert not [pid for pid in ids if not SLUG_RE.fullmatch(pid)]
    assert not [pid for pid, n in Counter(ids).items() if n > 1]


def test_places_have_names_and_known_kinds() -> None:
    for row in _places():
        assert row["name"] and row["name_ar"], row
        assert row["kind"] in KINDS, row


def test_country_ids_refer_to_countries() -> None:
    places = {row["place_id"]: row for row in _places()}
    for row in places.values():
        country = row["country_id"]
        if row["kind"] == "country":
            assert country == row["place_id"], row  # a country lies in itself
        elif not country:
            assert row["kind"] == "region", row  # only a region may span countries
        else:
            assert country in places and places[country]["kind"] == "country", row


def test_aliases_point_to_places() -> None:
    places = {row["place_id"] for row in _places()}
    for row in _aliases():
        assert row["alias"], row
        assert row["place_id"] in places, row
        assert row["needs_context"] in ("true", "false"), row


def test_no_alias_names_two_places() -> None:
    owners: dict[str, set[str]] = {}
    for row in _aliases():
        owners.setdefault(_key(row["alias"]), set()).add(row["place_id"])
    clashes = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_no_redundant_alias_rows() -> None:
    # hamza/alef/ya variants are folded by the loader: one spelling per fold family is enough
    counts = Counter((_key(row["alias"]), row["place_id"]) for row in _aliases())
    assert not [pair for pair, n in counts.items() if n > 1]


def test_every_place_is_named_by_its_arabic_name() -> None:
    spellings: dict[str, set[str]] = {}
    for row in _aliases():
        spellings.setdefault(row["place_id"], set()).add(_key(row["alias"]))
    for row in _places():
        assert row["place_id"] in spellings, row  # every place has at least one alias
        assert _key(row["name_ar"]) in spellings[row["place_id"]], row
