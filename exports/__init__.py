"""Renderers that turn a model article into output formats. Qt-free except print/PDF."""
