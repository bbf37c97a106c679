"""Recovery and revision history on screen."""
