"""Places named in an article, from a gazetteer (``lexicons/places.csv`` + ``place_aliases.csv``).

The two CSV files are also dbt seeds: ``dim_places`` reads the same canonical rows, so a
place added to the gazetteer is found by the parser and named in the warehouse alike.

Rules:

* aliases are folded like the Shadow (hamza, alef and ya variants; diacritics) and matched
  longest first, so "قاعدة عين الأسد" wins over "عين الأسد" and "إقليم كردستان العراق" over
  "العراق";
* one or two clitics may precede a name (و ف ب ل ك: "وبغداد", "بالعراق"); after ل the article's
  alef is elided ("للعراق");
* an alias that is also an ordinary word or a person's name (``needs_context``: عمان، صور،
  حرير، بلد) counts only after a locative word (في، من، إلى، قرب، مدينة، محافظة ...) or the
  clitic ب;
* a name followed by a letter is not the place: "العراقية" is an adjective;
* nothing inside the spans in ``exclude`` (the names of cited outlets, "واشنطن بوست").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from akhbar.actors import read_csv_lexicon
from akhbar.patterns import NAME_CLITICS, add_alias, alias_key, previous_word, trie_alternation
from akhbar.records import PlaceMention, Sentence
from akhbar.segment import SentenceLocator
from akhbar.shadow import fold, shadow_of

PLACE_KINDS = ("country", "region", "province", "city", "military_base", "site")


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A canonical place (one dim_places row)."""

    place_id: str
    name: str
    name_ar: str
    kind: str  # one of PLACE_KINDS
    country_id: str | None


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    table: dict[str, tuple[PlaceInfo, bool]]  # folded alias -> (place, needs context)
    regex: re.Pattern[str]


@cache
def gazetteer() -> _Gazetteer:
    places = {
        row["place_id"]: PlaceInfo(row["place_id"], row["name"], row["name_ar"], row["kind"], row["country_id"] or None)
        for row in read_csv_lexicon("places.csv")
    }
    table: dict[str, tuple[PlaceInfo, bool]] = {}
    for row in read_csv_lexicon("place_aliases.csv"):
        info, ctx = places[row["place_id"]], row["needs_context"] == "true"
        add_alias(table, alias_key(row["alias"]), (info, ctx))
    regex = re.compile(r"(?<!\w)(?P<pre>[وفبلك]{0,2})(?P<alias>" + trie_alternation(table) + r")(?!\w)")
    return _Gazetteer(table, regex)


def lookup_place(text: str) -> PlaceInfo | None:
    """The place a phrase names as a whole ("بغداد", "Erbil", "إقليم كردستان"), or None."""
    hit = gazetteer().table.get(alias_key(text))
    return hit[0] if hit is not None else None


# Words after which an ambiguous alias is a place: prepositions of place and place nouns.
_LOCATIVES = frozenset(
    fold(word)
    for word in (  # noqa: SIM905 (one readable line of words)
        "في من إلى الى قرب داخل خارج نحو حول عند باتجاه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط أطراف "
        "مدينة محافظة قضاء ناحية بلدة قرية منطقة قاعدة العاصمة عاصمة مطار ميناء مخيم"
    ).split()
)


def extract_places(text: str, sentences: list[Sentence], exclude: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Every gazetteer place named in ``text``, with offsets; none inside ``exclude`` spans."""
    shadow = shadow_of(text)
    low = shadow.text.lower()
    if len(low) != len(shadow.text):
        low = shadow.text
    sentence_of = SentenceLocator(sentences).index_at
    gaz = gazetteer()
    out: list[PlaceMention] = []
    for m in gaz.regex.finditer(low):
        pre = m.group("pre")
        if pre not in NAME_CLITICS:
            continue
        alias = m.group("alias")
        info, needs_context = gaz.table[" ".join(alias.split())]
        if needs_context and "ب" not in pre and not alias.startswith("لل") and not _after_locative(low, m.start()):
            continue
        start, end = shadow.to_original(m.start("alias"), m.end("alias"))
        if any(start < e and s < end for s, e in exclude):
            continue
        out.append(
            PlaceMention(
                sentence_index=sentence_of(start),
                char_start=start,
                char_end=end,
                surface_text=text[start:end],
                place_id=info.place_id,
            )
        )
    return out


def _after_locative(low: str, start: int) -> bool:
    word = previous_word(low, start, 20)
    if word is None:
        return False
    return word in _LOCATIVES or (word[:1] in "وف" and word[1:] in _LOCATIVES)
