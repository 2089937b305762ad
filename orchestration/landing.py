"""A fingerprint of the landing folder, so a sensor can tell when files were added or changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from orchestration.corpus import list_article_files


def folder_fingerprint(folder: Path) -> tuple[str, int]:
    """(digest, number of files) over every file's relative path, size and modification time.

    Cheap (a stat per file, no reads): adding, removing, renaming or rewriting a
    file changes the digest; touching nothing keeps it.
    """
    digest = hashlib.sha256()
    files = list_article_files(folder) if folder.is_dir() else []
    for path in files:
        try:
            stat = path.stat()
            entry = f"{path.relative_to(folder).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
        except OSError:  # vanished or a broken link: still part of what changed
            entry = f"{path.relative_to(folder).as_posix()}\0missing\n"
        digest.update(entry.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:32], len(files)
