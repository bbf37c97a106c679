"""The article library window."""
