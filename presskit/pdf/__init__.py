"""PDF export with ReportLab: styles are data, sections are small functions, the builder is thin."""

from presskit.pdf.builder import Cancelled, Export, build_pdf, export_pdf, render
from presskit.pdf.styles import Look

__all__ = ["Cancelled", "Export", "Look", "build_pdf", "export_pdf", "render"]
