from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a project copy needs to run the stages (no build/, no .venv/).
PROJECT_PARTS = ("raw", "pipeline", "lexicon", "schemas", "dvc.yaml", "params.yaml", ".dvc", ".dvcignore",
                 "processed", "datapackage.json", "reports", "CHANGELOG.md", "CITATION.cff", "README.md", "LICENSE", "LICENSE-DATA.md")


def copy_project(target: Path) -> Path:
    """A copy of the project (without build outputs or caches) to run stages in."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__", "tmp", "cache"))
        elif source.exists():
            shutil.copy2(source, target / part)
    (target / ".venv").symlink_to(ROOT / ".venv")
    return target


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


def run_stage(project: Path, stage: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", stage], cwd=project, capture_output=True, text=True)
