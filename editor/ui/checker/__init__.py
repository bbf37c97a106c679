"""House-style checking on screen: underlines, issues panel, fixes."""
