"""PDF export with ReportLab: styles are data, sections are small functions, the builder is thin."""

from presskit.pdf.builder import Cancelled, Export, build_pdf, export_pdf, render

__all__ = ["Cancelled", "Export", "build_pdf", "export_pdf", "render"]
