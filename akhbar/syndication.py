"""Copies of one story across articles: near-copies and shared wire accounts.

Two rules link two articles; the groups are the connected components of the links.

* **near_copy**: the texts are (almost) the same. Word 5-gram shingles of the folded text are
  summarised as a MinHash (``datasketch``); candidate pairs come from LSH, so the cost grows
  with the corpus, not with its square. A pair is a near-copy when the estimated Jaccard
  similarity is at least ``NEAR_COPY_JACCARD``, or when at least ``CONTAINMENT`` of the shorter
  text's shingles are in the longer one (a wire story pasted into a page with more around it).
* **shared_wire_account**: two sites rewrite one wire story in their own words, so few
  5-grams survive, but the quotes they relay from the same outlet keep their content words.
  Two statements relayed by the same outlet (``via_source_id``) whose content-word sets have a
  Jaccard similarity of at least ``WIRE_QUOTE_JACCARD`` link their articles.

Pure functions over plain values; the Dagster asset feeds them from the warehouse.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from hashlib import sha1
from itertools import accumulate

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from akhbar.shadow import fold, shadow_of

SHINGLE_WORDS = 5
NUM_PERM = 128
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch 2 default; stored signatures are 32-bit values
NEAR_COPY_JACCARD = 0.5
CONTAINMENT = 0.8
# LSH recall threshold: low enough to propose a short article contained in one ~2.5x longer.
CANDIDATE_JACCARD = 0.3
MIN_SHINGLES = 20  # shorter texts (a caption, a stub) are too short to call copies
WIRE_QUOTE_JACCARD = 0.4
MIN_QUOTE_WORDS = 6

_WORD_RE = re.compile(r"\w+")
# Function words that carry no content (folded forms); content words are what a rewrite keeps.
_FUNCTION_WORDS = frozenset(
    fold(word)
    for word in (  # noqa: SIM905 (one readable line of words)
        "في من إلى الى على عن أن إن أو ثم التي الذي الذين اللذين هذا هذه ذلك تلك هؤلاء مع بين كان كانت "
        "يكون تكون قد لقد لم لن لا ما هو هي هم هن نحن بعد قبل حتى كل أي وقد عند عبر خلال حيث إذا إذ "
        "كما لكن بل غير أيضا أيضاً منذ ضد دون نحو حول لدى"
    ).split()
)
# The article with its clitics, and the conjunction و; a bare ب/ل/ف is too often a root letter (بغداد).
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What near-copy detection keeps of an article: its MinHash and its shingle count."""

    hashvalues: tuple[int, ...]
    n_shingles: int


@dataclass(frozen=True, slots=True)
class Link:
    """Two articles that carry the same story, why, and how similar they are (0..1)."""

    article_a: str
    article_b: str
    reason: str  # near_copy | shared_wire_account
    similarity: float


def _words(text: str) -> list[str]:
    # the article's Shadow is the folded text, already built (and cached) by the extractors
    return _WORD_RE.findall(shadow_of(text).text.lower())


def _shingle_list(text: str, size: int) -> list[bytes]:
    """Every word n-gram of the folded text, in order and with repeats, as UTF-8 bytes.

    The words are joined and encoded once; each n-gram is a slice of that one bytes object
    (words hold no blanks, so the blanks of the joined text are exactly the word breaks),
    which is much cheaper than joining and encoding every n-gram on its own.
    """
    words = _words(text)
    if len(words) < size:
        return []
    joined = " ".join(words).encode()
    ends = list(accumulate(len(word) + 1 for word in joined.split(b" ")))  # just past each word's blank
    starts = [0, *ends]
    return [joined[start : end - 1] for start, end in zip(starts, ends[size - 1 :], strict=False)]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams of the folded text (hamza, alef and ya variants and diacritics do not count)."""
    return set(_shingle_list(text, size))


# MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to each hash first.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY_SIGNATURE = (2**32 - 1,) * NUM_PERM  # an empty MinHash: every slot at the maximum


def _sha1_32(grams: list[bytes]) -> np.ndarray:
    """datasketch's ``sha1_hash32`` of every n-gram (the first 4 bytes of SHA-1, little-endian).

    The full digests are concatenated and every fifth uint32 read, which avoids a slice and a
    ``struct.unpack`` per n-gram.
    """
    digests = b"".join([sha1(gram).digest() for gram in grams])
    return np.frombuffer(digests, dtype="<u4").reshape(-1, 5)[:, 0].astype(np.uint32)


def _affine32(hashes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The MinHash of 32-bit hashes under datasketch's affine32 permutations ``h -> a * fmix(h) + b``."""
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hashes.reshape(-1, 1)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return (hv * a + b).min(axis=0)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutation parameters for our seed, drawn once (``MinHash()`` draws them on
    every construction, which cost more than hashing a whole article).

    The vectorised MinHash above is checked against datasketch's own ``update_batch`` here, so a
    datasketch release that changed the scheme would fail loudly instead of changing signatures.
    """
    reference = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    a, b = (np.asarray(p, dtype=np.uint32) for p in reference.permutations)
    sample = [b"akhbar", "أعلنت الوزارة عن خطة جديدة".encode(), b"minhash self-check"]
    reference.update_batch(sample)
    if not np.array_equal(_affine32(_sha1_32(sample), a, b), reference.hashvalues):
        raise RuntimeError("datasketch's affine32 MinHash differs from akhbar.syndication's; signatures would change")
    return a, b


def fingerprint(text: str) -> Fingerprint:
    """MinHash of the text's shingles (``NUM_PERM`` 32-bit values) and the shingle count.

    Equal to ``datasketch.MinHash(...).update_batch(shingles)`` (see ``_permutations``), with the
    permutations vectorised; the minimum does not depend on the order of the shingles.
    """
    grams = set(_shingle_list(text, SHINGLE_WORDS))
    if not grams:
        return Fingerprint(_EMPTY_SIGNATURE, 0)
    signature = _affine32(_sha1_32(list(grams)), *_permutations())
    return Fingerprint(tuple(signature.tolist()), len(grams))


def signature_bytes(fp: Fingerprint) -> bytes:
    """The MinHash as ``NUM_PERM`` little-endian uint32 values (how the warehouse stores it)."""
    return np.asarray(fp.hashvalues, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes, n_shingles: int) -> Fingerprint:
    """Inverse of ``signature_bytes``."""
    return Fingerprint(tuple(int(v) for v in np.frombuffer(data, dtype="<u4")), n_shingles)


def _lean(fp: Fingerprint) -> LeanMinHash:
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=np.asarray(fp.hashvalues, dtype=np.uint32), scheme=MINHASH_SCHEME)


def containment(jaccard: float, n_a: int, n_b: int) -> float:
    """Share of the smaller set inside the larger, from their Jaccard similarity and sizes."""
    if jaccard <= 0 or min(n_a, n_b) == 0:
        return 0.0
    shared = jaccard * (n_a + n_b) / (1 + jaccard)
    return min(1.0, shared / min(n_a, n_b))


def near_copy_links(fingerprints: Mapping[str, Fingerprint]) -> list[Link]:
    """Pairs of articles whose texts are near-copies (see the module docstring)."""
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    sketches: dict[str, LeanMinHash] = {}
    for article_id in sorted(fingerprints):
        fp = fingerprints[article_id]
        if fp.n_shingles >= MIN_SHINGLES:
            sketches[article_id] = _lean(fp)
            lsh.insert(article_id, sketches[article_id])
    links: list[Link] = []
    for article_id, sketch in sketches.items():
        for other in lsh.query(sketch):
            if other <= article_id:
                continue
            jaccard = sketch.jaccard(sketches[other])
            contained = containment(jaccard, fingerprints[article_id].n_shingles, fingerprints[other].n_shingles)
            if jaccard >= NEAR_COPY_JACCARD or contained >= CONTAINMENT:
                links.append(Link(article_id, other, "near_copy", round(max(jaccard, contained), 3)))
    return links


def content_words(text: str) -> set[str]:
    """Content words of a quote, clitics and the article stripped, cut to a 5-letter stem."""
    out: set[str] = set()
    for word in _words(text):
        if word in _FUNCTION_WORDS or word.isdigit():
            continue
        for clitic in _CLITICS:
            if word.startswith(clitic) and len(word) - len(clitic) >= 3:
                word = word[len(clitic) :]
                break
        if len(word) >= 3 and word not in _FUNCTION_WORDS:
            out.add(word[:5])
    return out


@dataclass(frozen=True, slots=True)
class RelayedQuote:
    """A statement relayed by an outlet (``نقلت رويترز عن مسؤول ...``)."""

    article_id: str
    via_source_id: str
    content_text: str


def wire_account_links(quotes: Iterable[RelayedQuote]) -> list[Link]:
    """Articles that relay the same outlet's quote in their own words (see the module docstring)."""
    by_outlet: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for quote in quotes:
        words = content_words(quote.content_text)
        if len(words) >= MIN_QUOTE_WORDS:
            by_outlet[quote.via_source_id].append((quote.article_id, words))
    best: dict[tuple[str, str], float] = {}
    for outlet in sorted(by_outlet):
        items = by_outlet[outlet]
        lsh = MinHashLSH(threshold=WIRE_QUOTE_JACCARD * 0.75, num_perm=NUM_PERM)
        for index, (_, words) in enumerate(items):
            minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
            minhash.update_batch([w.encode() for w in words])
            lsh.insert(index, minhash)
            for other in lsh.query(minhash):
                other_id, other_words = items[other]
                if other_id == items[index][0]:
                    continue
                jaccard = len(words & other_words) / len(words | other_words)  # exact on the small sets
                if jaccard >= WIRE_QUOTE_JACCARD:
                    key = tuple(sorted((items[index][0], other_id)))
                    best[key] = max(best.get(key, 0.0), jaccard)  # type: ignore[index]
    return [Link(a, b, "shared_wire_account", round(sim, 3)) for (a, b), sim in sorted(best.items())]


def duplicate_groups(article_ids: Iterable[str], links: Iterable[Link]) -> dict[str, str]:
    """Article id -> group id (the smallest article id of its connected component)."""
    parent: dict[str, str] = {article_id: article_id for article_id in article_ids}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links:
        if link.article_a in parent and link.article_b in parent:
            a, b = root(link.article_a), root(link.article_b)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {article_id: root(article_id) for article_id in parent}
