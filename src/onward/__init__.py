"""Onward: handle job-search rejection with resilience and persistence."""

__version__ = "0.1.0"
