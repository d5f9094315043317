"""PDF export with ReportLab: styles are data, sections are small functions, the builder is thin."""

from presskit.pdf.builder import build_pdf, export_pdf
from presskit.pdf.styles import Look

__all__ = ["Look", "build_pdf", "export_pdf"]
