"""The File menu's exports: PDF (in any of the kit's languages), web page and press bundle, each
written off the GUI thread with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from presskit.bundle import safe_name
from presskit.export import Format, export
from presskit.ui import worker
from presskit.ui.context import WindowContext
from presskit.ui.menu_entry import entry, numbered
from presskit.ui.translatable import QT_TRANSLATE_NOOP


def safe_folder(title: str) -> str:
    """A folder name for an exported page."""
    return safe_name(title) + " - press page"


class ExportActions(QObject):
    """Everything the File menu exports: its menu entries and their slots."""

    exported = Signal(str)  # where an export was written, once it is there

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx, self.ctl, self.settings = ctx, ctx.ctl, ctx.settings
        self.pdf_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&Export PDF…"),
            lambda: self.export_dialog(),
            "Ctrl+E",
            QT_TRANSLATE_NOOP("MainWindow", "Write the press kit as a PDF"),
        )
        self.language_menu = QMenu(ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Export PDF in &Language")), ctx.window)
        self.language_menu.aboutToShow.connect(self.fill_language_menu)
        self.web_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Export &Web Press Page…"),
            self.export_web_dialog,
            None,
            QT_TRANSLATE_NOOP("MainWindow", "Write a web page folder for the press"),
        )
        self.bundle_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Export Press &Bundle (.zip)…"),
            self.export_bundle_dialog,
            None,
            QT_TRANSLATE_NOOP("MainWindow", "Write one zip with the PDF, the web page and the images"),
        )

    def fill_language_menu(self) -> None:
        """File > Export PDF in Language: the main language and every translation of the kit."""
        from presskit.i18n import languages

        names = languages()
        self.language_menu.clear()
        for i, code in enumerate([self.ctl.kit.language, *self.ctl.kit.translations]):
            act = self.language_menu.addAction(numbered(i, f"{names.get(code, code)} ({code})"))
            act.triggered.connect(lambda _=False, c=code: self.export_dialog(c))

    def start_in(self, name: str) -> str:
        """Where an export dialog opens: beside the kit's document when it is saved, else where the last
        export went, else the home folder (never the folder the program happened to start in)."""
        last = str(self.settings.value("lastExportDir", "") or "")
        folder = self.ctl.path.parent if self.ctl.path else Path(last) if last else Path.home()
        return str(folder / name) if name else str(folder)

    def export_dialog(self, lang: str | None = None) -> None:
        """Export the kit as PDF (in one of its languages), asking first when it has problems."""
        if not self.export_anyway():
            return
        title = safe_name(self.ctl.kit.film.title or "press-kit")
        start = self.start_in(title + (f" ({lang})" if lang else "") + ".pdf")
        name, _ = QFileDialog.getSaveFileName(self.ctx.window, self.tr("Export PDF"), start, "PDF (*.pdf)")
        if name and self._may_write(Path(name)):
            self.export_pdf(Path(name), lang)

    def export_anyway(self) -> bool:
        """True when the kit has no problems, or the user has read them and wants to export anyway."""
        problems = self.ctl.problems
        if not problems:
            return True
        listed = "\n".join(f"• {p.text}" for p in problems[:6]) + ("\n…" if len(problems) > 6 else "")
        return (
            QMessageBox.question(
                self.ctx.window,
                self.tr("Export with problems?"),
                self.tr("This kit has {0} problem(s):\n{1}\n\nExport anyway?").format(len(problems), listed),
            )
            == QMessageBox.StandardButton.Yes
        )

    def export_pdf(self, path: Path, lang: str | None = None) -> bool:
        """Write the PDF off the GUI thread with progress and Cancel; a failure changes nothing."""
        kit, source = self.ctl.kit.copy_deep(), self.ctl.path
        base = source.parent if source else None

        def work(job: worker.Job) -> list[str]:
            return export(
                kit,
                "pdf",
                path,
                base,
                lang=lang,
                source=source,
                cancelled=job.cancelled,
                progress=job.signals.progress.emit,
            )

        self.settings.setValue("lastExportDir", str(path.parent))
        return self.ctx.background.run(
            self.tr("Exporting {0}…").format(path.name),
            work,
            lambda warnings: self._exported(path, warnings),
            QT_TRANSLATE_NOOP("MainWindow", "Cannot export PDF"),
            pages=True,
        )

    def _may_write(self, target: Path) -> bool:
        """An export never replaces a document (the open one or any other): say so instead."""
        from presskit.outputs import check_output

        try:
            check_output(target, self.ctl.path)
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot export"), exc)
            return False
        return True

    def _exported(self, target: Path, warnings: list[str]) -> None:
        """An export finished: show its warnings, say where it went."""
        if warnings:
            self.ctx.warn(self.tr("Exported with warnings"), warnings)
        self.ctx.status(self.tr("Exported {0} (in {1})").format(target.name, target.parent), 10000)
        self.exported.emit(str(target))

    def export_share(self, kind: str, target: Path) -> bool:
        """Export the web press page (a folder) or the press bundle (a zip) in the background."""
        kit, source = self.ctl.kit.copy_deep(), self.ctl.path
        base = source.parent if source else None
        fmt: Format = "zip" if kind == "zip" else "html"

        def work(job: worker.Job) -> list[str]:
            return export(kit, fmt, target, base, source=source, cancelled=job.cancelled)

        return self.ctx.background.run(
            self.tr("Exporting {0}…").format(target.name),
            work,
            lambda warnings: self._exported(target, warnings),
            QT_TRANSLATE_NOOP("MainWindow", "Cannot export"),
        )

    def export_web_dialog(self) -> None:
        """Choose a folder for the web press page (after the problems, if any)."""
        if not self.export_anyway():
            return
        start = self.start_in("")
        folder = QFileDialog.getExistingDirectory(self.ctx.window, self.tr("Folder for the web press page"), start)
        if folder:
            self.export_share("html", Path(folder) / safe_folder(self.ctl.kit.film.title or "press-page"))

    def export_bundle_dialog(self) -> None:
        """Choose where to write the press bundle (after the problems, if any)."""
        if not self.export_anyway():
            return
        start = self.start_in(safe_name(self.ctl.kit.film.title or "press-kit") + ".zip")
        name, _ = QFileDialog.getSaveFileName(self.ctx.window, self.tr("Export press bundle"), start, "Zip (*.zip)")
        if name and self._may_write(Path(name)):
            self.export_share("zip", Path(name))
