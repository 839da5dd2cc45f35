"""Renderers: typed results to JSON-ready dicts, Markdown and HTML."""
