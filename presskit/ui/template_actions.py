"""The File menu's templates: New from Template, Save as Template, Apply Template, Manage Templates;
and Edit › Preferences, whose one setting is the shared template folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from presskit.ui import dialogs
from presskit.ui.context import WindowContext
from presskit.ui.menu_entry import entry, numbered
from presskit.ui.translatable import QT_TRANSLATE_NOOP

CANNOT_USE = QT_TRANSLATE_NOOP("MainWindow", "Cannot use template")


class TemplateActions(QObject):
    """Everything the File menu does with templates: its menu entries and their slots."""

    def __init__(self, ctx: WindowContext, maybe_save: Callable[[], bool]) -> None:
        super().__init__(ctx.window)
        self.ctx, self.ctl, self.settings = ctx, ctx.ctl, ctx.settings
        self.maybe_save = maybe_save  # File's question before a kit with changes is replaced
        self.new_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "New from &Template…"),
            self.new_from_template,
            "Ctrl+Shift+N",
            QT_TRANSLATE_NOOP("MainWindow", "Start a kit from a template's look"),
        )
        self.save_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Save as Te&mplate…"),
            self.save_as_template,
            None,
            QT_TRANSLATE_NOOP("MainWindow", "Keep this kit's look as a template"),
        )
        self.apply_menu = QMenu(ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "A&pply Template")), ctx.window)
        self.apply_menu.aboutToShow.connect(self.fill_apply_menu)
        self.manage_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Mana&ge Templates…"),
            self.manage_templates,
            None,
            QT_TRANSLATE_NOOP("MainWindow", "Rename, duplicate, delete and share templates"),
        )
        self.preferences_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Pre&ferences…"),
            self.preferences,
            QKeySequence.StandardKey.Preferences,
            QT_TRANSLATE_NOOP("MainWindow", "Shared template folders"),
        )

    def new_from_template(self, name: str | None = None) -> bool:
        """Start a kit from a template (chosen in a gallery of covers unless named)."""
        from presskit.ui.templates_ui import Gallery, store

        if name is None:
            gallery = Gallery(store(self.settings), self.ctx.window)
            if dialogs.run(gallery) != Gallery.DialogCode.Accepted or not gallery.chosen():
                return False
            name = gallery.chosen()
        if not name or not self.maybe_save():
            return False
        try:
            template, warnings = store(self.settings).load(name)
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(CANNOT_USE, exc)
            return False
        self.ctl.new(template.new_kit())
        if warnings:
            self.ctx.warn(self.tr("Template warnings"), warnings)
        return True

    def apply_template(self, name: str) -> bool:
        """Give the open kit another template's look (one undo step; its content is untouched)."""
        from presskit.ui.templates_ui import store

        try:
            template, warnings = store(self.settings).load(name)
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(CANNOT_USE, exc)
            return False
        style = template.styled()
        self.ctl.set_field(("style",), style, self.tr("Apply template {0}").format(template.name))
        if warnings:
            self.ctx.warn(self.tr("Template warnings"), warnings)
        return True

    def fill_apply_menu(self) -> None:
        """Rebuild File > Apply Template with every template."""
        from presskit.ui.templates_ui import store

        self.apply_menu.clear()
        for i, template in enumerate(store(self.settings).entries()):
            act = self.apply_menu.addAction(numbered(i, template.name))
            act.setCheckable(True)
            act.setChecked(template.name == self.ctl.kit.style.template)
            act.triggered.connect(lambda _=False, n=template.name: self.apply_template(n))

    def save_as_template(self) -> bool:
        """Keep this kit's look and chosen parts as a template."""
        from presskit.ui.templates_ui import SaveAsTemplate, store

        dialog = SaveAsTemplate(self.ctl.kit, self.ctx.window)
        if dialogs.run(dialog) != SaveAsTemplate.DialogCode.Accepted:
            return False
        template = dialog.template()
        logo = Path(template.style.logo) if template.style.logo else None
        try:
            store(self.settings).save(template, logo)
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot save template"), exc)
            return False
        self.ctx.status(self.tr("Saved template {0}").format(template.name), 5000)
        return True

    def manage_templates(self) -> None:
        """Rename, duplicate, delete, import and export templates."""
        from presskit.ui.templates_ui import Manager

        dialogs.run(Manager(self.settings, self.ctx.window))

    def preferences(self) -> None:
        """Edit the preferences (shared template folders)."""
        from presskit.ui.preferences import Preferences

        dialogs.run(Preferences(self.settings, self.ctx.window))
