"""Print, print preview and page set-up."""
