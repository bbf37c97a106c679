"""Finds the data in resources/ both from a checkout and from an installed package."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resource_root() -> Path:
    """The folder holding samples, packs, templates and translations."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    import importlib.util

    spec = importlib.util.find_spec("articledesk_resources")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("ArticleDesk's resources are not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def resource_path(*parts: str) -> Path:
    """Path of a file below resources/, e.g. ``resource_path("samples", "vi.article")``."""
    return resource_root().joinpath(*parts)
