"""The open article and everything that happens to it; no widgets."""
