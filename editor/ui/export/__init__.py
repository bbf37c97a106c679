"""The Export dialog and its progress."""
