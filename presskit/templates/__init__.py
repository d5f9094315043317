"""Templates: a kit's look and its reusable parts, kept for the next film."""

from presskit.templates.model import TEMPLATE_VERSION, Template, TemplateContent, parse_template
from presskit.templates.store import FILE, TEMPLATE_SUFFIX, Entry, TemplateStore, load_template, user_dir

__all__ = [
    "FILE",
    "TEMPLATE_SUFFIX",
    "TEMPLATE_VERSION",
    "Entry",
    "Template",
    "TemplateContent",
    "TemplateStore",
    "load_template",
    "parse_template",
    "user_dir",
]
