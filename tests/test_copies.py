"""Incremental copy detection (orchestration.copies) finds what akhbar.syndication finds on the whole corpus."""

from __future__ import annotations

import random

import numpy as np

from akhbar.syndication import NUM_PERM, RelayedQuote, fingerprint, near_copy_links, signature_bytes
from orchestration.copies import links_with_new, near_copy_links_among
from tests.conftest import SEEDS_DIR
from tests.test_syndication import OTHER, STORY

WORDS = (STORY + " " + OTHER).split()


def _corpus() -> dict[str, str]:
    """Seeds, edited copies of them and of a story of my own, and shuffled texts that copy nothing."""
    rng = random.Random(7)
    texts = {f"seed{i}": p.read_text(encoding="utf-8") for i, p in enumerate(sorted(SEEDS_DIR.glob("*.txt")))}
    texts["story"] = STORY
    texts["story_edited"] = STORY.replace("الأحد", "الاثنين").replace("عشرين", "ثلاثين") + " وتابع الوزير حديثه."
    texts["story_in_page"] = "الرئيسية أخبار محلية اقتصاد رياضة. " + STORY + " " + OTHER
    texts["seed1_copy"] = texts["seed1"][200:] + " اقرأ أيضا: أخبار ذات صلة"
    for i in range(40):
        texts[f"noise{i:02d}"] = " ".join(rng.choice(WORDS) for _ in range(120))
    return texts


def _arrays(texts: dict[str, str]) -> tuple[list[str], np.ndarray, np.ndarray, dict]:
    prints = {article_id: fingerprint(text) for article_id, text in sorted(texts.items())}
    ids = list(prints)
    signatures = np.frombuffer(b"".join(signature_bytes(prints[a]) for a in ids), dtype="<u4").reshape(-1, NUM_PERM)
    return ids, signatures, np.array([prints[a].n_shingles for a in ids]), prints


def test_all_new_gives_exactly_the_links_of_akhbar_syndication() -> None:
    ids, signatures, n_shingles, prints = _arrays(_corpus())
    ours = near_copy_links_among(ids, signatures, n_shingles, np.ones(len(ids), dtype=bool))
    reference = sorted(near_copy_links(prints), key=lambda link: (link.article_a, link.article_b))
    assert ours == reference
    assert {(link.article_a, link.article_b) for link in ours} >= {("story", "story_edited"), ("seed1", "seed1_copy")}


def test_old_links_plus_the_links_of_new_articles_are_all_the_links() -> None:
    ids, signatures, n_shingles, _ = _arrays(_corpus())
    everything = set(near_copy_links_among(ids, signatures, n_shingles, np.ones(len(ids), dtype=bool)))
    new = {"story_edited", "seed1_copy", "noise03"}
    old_ids = [a for a in ids if a not in new]
    old_rows = [ids.index(a) for a in old_ids]
    old = near_copy_links_among(old_ids, signatures[old_rows], n_shingles[old_rows], np.ones(len(old_ids), bool))
    added = links_with_new(ids, signatures, n_shingles, [], new)
    assert set(old) | set(added) == everything
    assert all(link.article_a in new or link.article_b in new for link in added)
    assert not set(old) & set(added)


def test_a_new_quote_links_to_an_old_one_of_the_same_outlet_only() -> None:
    said = "إن الخطة ستغطي أكثر من ثلاثة آلاف مزارع خلال العامين المقبلين مع بذور محسنة وأسمدة مدعومة"
    reworded = "إن الخطة تغطي أكثر من ثلاثة آلاف مزارع في العامين المقبلين وتشمل بذور محسنة وأسمدة مدعومة"
    quotes = [
        RelayedQuote("old", "reuters", said),
        RelayedQuote("new", "reuters", reworded),
        RelayedQuote("other_outlet", "afp", reworded),
    ]
    ids, signatures, n_shingles, _ = _arrays({"old": "نص", "new": "نص", "other_outlet": "نص"})
    links = links_with_new(ids, signatures, n_shingles, quotes, {"new"})
    assert [(link.article_a, link.article_b, link.reason) for link in links] == [("new", "old", "shared_wire_account")]
