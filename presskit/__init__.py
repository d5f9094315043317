"""Presskit: build film press kits from articles; the domain package never imports Qt."""

__version__ = "0.1.0"
