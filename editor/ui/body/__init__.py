"""The rich-text body editor and its find bar."""
