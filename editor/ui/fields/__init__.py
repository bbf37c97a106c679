"""The structured fields panel and its editors."""
