"""Fixtures shared by the model tests: the two built-in packs, loaded once per module."""

from __future__ import annotations

import pytest

from editor.model.house_style import load_pack


@pytest.fixture(scope="module")
def vi():
    return load_pack("vi-newsroom")


@pytest.fixture(scope="module")
def en():
    return load_pack("en-newsroom")
