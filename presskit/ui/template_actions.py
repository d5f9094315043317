"""Template actions of the main window: new from template, apply, save as template, manage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMessageBox

from presskit.ui import dialogs
from presskit.ui.controller import DocumentController
from presskit.ui.file_ops import FileOps


class TemplateActions(FileOps):
    """Mixed into MainWindow: everything the File menu does with templates."""

    ctl: DocumentController
    settings: QSettings
    apply_menu: QMenu

    def new_from_template(self, name: str | None = None) -> bool:
        """Start a kit from a template (chosen in a gallery of covers unless named)."""
        from presskit.ui.templates_ui import Gallery, store

        if name is None:
            gallery = Gallery(store(self.settings), self)
            if dialogs.run(gallery) != Gallery.DialogCode.Accepted or not gallery.chosen():
                return False
            name = gallery.chosen()
        if not name or not self.maybe_save():
            return False
        try:
            template, warnings = store(self.settings).load(name)
        except Exception as exc:  # noqa: BLE001
            self.error("Cannot use template", exc)
            return False
        self.ctl.new(template.new_kit())
        if warnings:
            QMessageBox.warning(self, self.tr("Template warnings"), "\n".join(warnings))
        return True

    def apply_template(self, name: str) -> bool:
        """Give the open kit another template's look (one undo step; its content is untouched)."""
        from presskit.ui.templates_ui import store

        try:
            template, warnings = store(self.settings).load(name)
        except Exception as exc:  # noqa: BLE001
            self.error("Cannot use template", exc)
            return False
        style = template.styled()
        self.ctl.set_field(("style",), style, self.tr("Apply template {0}").format(template.name))
        if warnings:
            QMessageBox.warning(self, self.tr("Template warnings"), "\n".join(warnings))
        return True

    def fill_apply_menu(self) -> None:
        """Rebuild File > Apply Template with every template."""
        from presskit.ui.templates_ui import store

        self.apply_menu.clear()
        from presskit.ui.menus import numbered

        for i, entry in enumerate(store(self.settings).entries()):
            act = self.apply_menu.addAction(numbered(i, entry.name))
            act.setCheckable(True)
            act.setChecked(entry.name == self.ctl.kit.style.template)
            act.triggered.connect(lambda _=False, n=entry.name: self.apply_template(n))

    def save_as_template(self) -> bool:
        """Keep this kit's look and chosen parts as a template."""
        from presskit.ui.templates_ui import SaveAsTemplate, store

        dialog = SaveAsTemplate(self.ctl.kit, self)
        if dialogs.run(dialog) != SaveAsTemplate.DialogCode.Accepted:
            return False
        template = dialog.template()
        logo = Path(template.style.logo) if template.style.logo else None
        try:
            store(self.settings).save(template, logo)
        except Exception as exc:  # noqa: BLE001
            self.error("Cannot save template", exc)
            return False
        self.statusBar().showMessage(self.tr("Saved template {0}").format(template.name), 5000)
        return True

    def manage_templates(self) -> None:
        """Rename, duplicate, delete, import and export templates."""
        from presskit.ui.templates_ui import Manager

        dialogs.run(Manager(self.settings, self))
