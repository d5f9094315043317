"""Export actions of the main window: PDF (in any of the kit's languages), web page and press bundle,
each written off the GUI thread with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from presskit.export import Format, export
from presskit.ui import worker
from presskit.ui.file_ops import FileOps
from presskit.ui.translatable import QT_TRANSLATE_NOOP


def safe_folder(title: str) -> str:
    """A folder name for an exported page."""
    from presskit.bundle import safe_name

    return safe_name(title) + " - press page"


class ExportActions(FileOps):
    """Mixed into MainWindow: everything the File menu exports."""

    def export_dialog(self, lang: str | None = None) -> None:
        """Export the kit as PDF (in one of its languages), asking first when it has problems."""
        if not self.export_anyway():
            return
        start = (self.ctl.kit.film.title or "press-kit") + (f" ({lang})" if lang else "") + ".pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), start, "PDF (*.pdf)")
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
                self,
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
        return self._background(
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
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot export"), exc)
            return False
        return True

    def _exported(self, target: Path, warnings: list[str]) -> None:
        """An export finished: show its warnings, say where it went."""
        if warnings:
            QMessageBox.warning(self, self.tr("Exported with warnings"), "\n".join(warnings))
        self.statusBar().showMessage(self.tr("Exported {0}").format(target.name), 5000)
        self.exported.emit(str(target))

    def export_share(self, kind: str, target: Path) -> bool:
        """Export the web press page (a folder) or the press bundle (a zip) in the background."""
        kit, source = self.ctl.kit.copy_deep(), self.ctl.path
        base = source.parent if source else None
        fmt: Format = "zip" if kind == "zip" else "html"

        def work(job: worker.Job) -> list[str]:
            return export(kit, fmt, target, base, source=source, cancelled=job.cancelled)

        return self._background(
            self.tr("Exporting {0}…").format(target.name),
            work,
            lambda warnings: self._exported(target, warnings),
            QT_TRANSLATE_NOOP("MainWindow", "Cannot export"),
        )

    def export_web_dialog(self) -> None:
        """Choose a folder for the web press page (after the problems, if any)."""
        if not self.export_anyway():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the web press page"), str(self.settings.value("lastExportDir", ""))
        )
        if folder:
            self.export_share("html", Path(folder) / safe_folder(self.ctl.kit.film.title or "press-page"))

    def export_bundle_dialog(self) -> None:
        """Choose where to write the press bundle (after the problems, if any)."""
        if not self.export_anyway():
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export press bundle"), (self.ctl.kit.film.title or "press-kit") + ".zip", "Zip (*.zip)"
        )
        if name and self._may_write(Path(name)):
            self.export_share("zip", Path(name))
