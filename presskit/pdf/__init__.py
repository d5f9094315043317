"""PDF export with ReportLab: styles are data, sections are small functions, the builder is thin."""

from presskit.pdf.builder import Export, build_pdf, export_pdf, render
from presskit.pdf.styles import Look

__all__ = ["Export", "Look", "build_pdf", "export_pdf", "render"]
