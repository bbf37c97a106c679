"""Widgets only: they talk to the session, never to files or exporters directly."""
