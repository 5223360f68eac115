"""The cache key's fingerprint of the installation: any edit to any file changes it."""

from __future__ import annotations

from pathlib import Path

from summarizer.fingerprint import package_sha256, tree_sha256


def tree(root: Path) -> Path:
    (root / "pkg" / "lexicon").mkdir(parents=True)
    (root / "pkg" / "rules.py").write_text("VERBS = 'said'\n", encoding="utf-8")
    (root / "pkg" / "lexicon" / "verbs.txt").write_text("said\n", encoding="utf-8")
    return root / "pkg"


def test_any_file_of_the_package_counts_wherever_it_sits(tmp_path: Path) -> None:
    package = tree(tmp_path)
    before = tree_sha256([package])
    (package / "lexicon" / "verbs.txt").write_text("said\ntold\n", encoding="utf-8")
    after_lexicon = tree_sha256([package])
    (package / "new_step.py").write_text("", encoding="utf-8")  # a module nobody listed
    after_module = tree_sha256([package])
    assert len({before, after_lexicon, after_module}) == 3


def test_compiled_python_does_not_count(tmp_path: Path) -> None:
    package = tree(tmp_path)
    before = tree_sha256([package])
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    assert tree_sha256([package]) == before


def test_a_file_moved_between_folders_changes_it(tmp_path: Path) -> None:
    package = tree(tmp_path)
    before = tree_sha256([package])
    (package / "lexicon" / "verbs.txt").rename(package / "verbs.txt")
    assert tree_sha256([package]) != before


def test_the_installed_package_has_one() -> None:
    assert len(package_sha256()) == 64
