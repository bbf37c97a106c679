"""Bridges between Qt text documents and the model: the body mapping, formats, search, finding spans."""
