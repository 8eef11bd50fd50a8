"""Domain knowledge lives in reviewable YAML files under lexicon/; this module only loads them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader when PyYAML was built with it: ten times faster than the pure-Python one
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SafeLoader)
