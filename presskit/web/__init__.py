"""The web press page: a self-contained static folder in the template's look."""

from presskit.contrast import contrast, readable
from presskit.web.export import export_web

__all__ = ["contrast", "export_web", "readable"]
