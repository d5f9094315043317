"""Templates in the window: new kit from a template (a gallery of covers), save as template, apply a
template to the open kit (undoable, content untouched), manage templates, shared folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presskit.errors import user_message
from presskit.model import FilmInfo, PressKit
from presskit.templates import TEMPLATE_SUFFIX, Template, TemplateContent, TemplateStore
from presskit.ui import dialogs
from presskit.ui.translatable import QT_TRANSLATE_NOOP

THUMB = QSize(170, 220)


def store(settings: QSettings) -> TemplateStore:
    """The template store with the shared folders set in preferences."""
    from presskit.ui.preferences import shared_folders

    return TemplateStore([Path(f) for f in shared_folders(settings)])


def cover_thumbnail(template: Template) -> QIcon:
    """The first page of a sample kit in this template's look, as an icon."""
    from presskit.pdf import build_pdf

    kit = PressKit(film=FilmInfo(title="Your Film", tagline="A tagline that sells it."), style=template.style)
    kit.credits.directors = ["A. Director"]
    kit.release.date_text, kit.release.venue = "Coming soon", "in theaters"
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(build_pdf(kit)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    image: QImage = doc.render(0, THUMB)
    return QIcon(QPixmap.fromImage(image))


class Gallery(QDialog):
    """Pick a template by its cover."""

    def __init__(self, templates: TemplateStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New kit from template"))
        self.templates = templates
        self.list = QListWidget()
        self.list.setObjectName("gallery")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(12)
        self.warnings: list[str] = []
        for entry in templates.entries():
            try:
                template, _ = templates.load(entry.name)
            except Exception:  # noqa: BLE001 - a broken template is listed without a picture
                item = QListWidgetItem(f"{entry.name} (cannot be read)")
            else:
                item = QListWidgetItem(cover_thumbnail(template), entry.name)
                item.setToolTip(template.description)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(buttons)
        self.resize(700, 360)

    def chosen(self) -> str | None:
        """The selected template's name."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class SaveAsTemplate(QDialog):
    """Name the template and choose what of the current kit it keeps."""

    def __init__(self, kit: PressKit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as template"))
        self.kit = kit
        self.name = QLineEdit(f"{kit.film.title or 'My'} look".strip())
        self.keep = {
            key: QCheckBox(self.tr(label))
            for key, label in (
                ("look", QT_TRANSLATE_NOOP("SaveAsTemplate", "Look: page, fonts, colours, sections")),
                ("contacts", QT_TRANSLATE_NOOP("SaveAsTemplate", "Contacts")),
                ("distributor", QT_TRANSLATE_NOOP("SaveAsTemplate", "Distributor")),
                ("boilerplate", QT_TRANSLATE_NOOP("SaveAsTemplate", "Production notes as company boilerplate")),
                ("website", QT_TRANSLATE_NOOP("SaveAsTemplate", "Website")),
            )
        }
        for key, box in self.keep.items():
            box.setChecked(key in ("look", "contacts", "distributor"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        for box in self.keep.values():
            form.addRow("", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def template(self) -> Template:
        """The template described by the dialog."""
        k, keep = self.kit, {key: box.isChecked() for key, box in self.keep.items()}
        style = k.style.model_copy(update={"template": self.name.text().strip()}) if keep["look"] else None
        content = TemplateContent(
            contacts=[c.model_copy() for c in k.contacts] if keep["contacts"] else [],
            distributor=k.release.distributor if keep["distributor"] else "",
            boilerplate=k.production_notes if keep["boilerplate"] else "",
            website=k.website if keep["website"] else "",
        )
        t = Template(name=self.name.text().strip() or "Untitled template", content=content)
        if style is not None:
            t.style = style
        return t


class Manager(QDialog):
    """Rename, duplicate, delete, import and export templates; add shared folders."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self.settings = settings
        self.list = QListWidget()
        self.list.setObjectName("templates")
        side = QVBoxLayout()
        for text, slot in (
            (QT_TRANSLATE_NOOP("Manager", "Rename…"), self.rename),
            (QT_TRANSLATE_NOOP("Manager", "Duplicate…"), self.duplicate),
            (QT_TRANSLATE_NOOP("Manager", "Delete"), self.delete),
            (QT_TRANSLATE_NOOP("Manager", "Import…"), self.import_),
            (QT_TRANSLATE_NOOP("Manager", "Export…"), self.export),
            (QT_TRANSLATE_NOOP("Manager", "Shared folders…"), self.share),
        ):
            b = QPushButton(self.tr(text))
            b.clicked.connect(slot)
            side.addWidget(b)
        side.addStretch(1)
        lay = QHBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(side)
        self.reload()

    def reload(self) -> None:
        """List every template with where it comes from."""
        self.list.clear()
        for e in store(self.settings).entries():
            item = QListWidgetItem(f"{e.name}  ({e.source})")
            item.setData(Qt.ItemDataRole.UserRole, e.name)
            self.list.addItem(item)

    def current(self) -> str | None:
        """The selected template."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _do(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Templates"), user_message(exc))
        self.reload()

    def rename(self) -> None:
        """Rename one of your templates."""
        name = self.current()
        new, ok = QInputDialog.getText(self, self.tr("Rename template"), self.tr("New name"), text=name or "")
        if name and ok and new.strip():
            self._do(lambda: store(self.settings).rename(name, new.strip()))

    def duplicate(self) -> None:
        """Copy a template into your templates."""
        name = self.current()
        new, ok = QInputDialog.getText(
            self, self.tr("Duplicate template"), self.tr("Name of the copy"), text=f"{name} copy" if name else ""
        )
        if name and ok and new.strip():
            self._do(lambda: store(self.settings).duplicate(name, new.strip()))

    def delete(self) -> None:
        """Delete one of your templates, after asking."""
        name = self.current()
        if (
            name
            and QMessageBox.question(
                self, self.tr("Delete template"), self.tr("Delete the template “{0}”?").format(name)
            )
            == QMessageBox.StandardButton.Yes
        ):
            self._do(lambda: store(self.settings).delete(name))

    def import_(self) -> None:
        """Add a template file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", f"Templates (*{TEMPLATE_SUFFIX} *.json)"
        )
        if path:
            self._do(lambda: store(self.settings).import_file(Path(path)))

    def export(self) -> None:
        """Write a template to a file to share."""
        name = self.current()
        if not name:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export template"), name + TEMPLATE_SUFFIX)
        if path:
            self._do(lambda: store(self.settings).export(name, Path(path)))

    def share(self) -> None:
        """Shared template folders (a team drive) are set in the preferences."""
        from presskit.ui.preferences import Preferences

        dialogs.run(Preferences(self.settings, self))
        self.reload()
