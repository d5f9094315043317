"""Sources added to the open kit: File › Add Sources…, File › Add from Web Address… and files, links
or text dropped on a window whose kit is open. Each source is read and planned off the GUI thread (with Cancel),
then the merge dialog shows what it adds; OK applies the ticked items as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog

from presskit.document import DOCUMENT_SUFFIX
from presskit.errors import user_message
from presskit.merge import SourcePlan, apply_plans, plan_loaded, plan_source
from presskit.sources import pasted
from presskit.ui import dialogs, worker
from presskit.ui.context import WindowContext
from presskit.ui.menu_entry import entry
from presskit.ui.source_switcher import SourcePane
from presskit.ui.translatable import QT_TRANSLATE_NOOP

SOURCE_FILTER = "Sources (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"
Planned = tuple[list[SourcePlan], list[str]]  # the plans, and one sentence for each source not read


class SourceActions(QObject):
    """Everything that adds sources to the open kit: its menu entries and their slots."""

    def __init__(self, ctx: WindowContext, source_pane: SourcePane) -> None:
        super().__init__(ctx.window)
        self.ctx, self.ctl, self.settings = ctx, ctx.ctl, ctx.settings
        self.source_pane = source_pane  # shows the first source added
        self.add_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "A&dd Sources…"),
            self.add_sources_dialog,
            "Ctrl+Shift+I",
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Add articles, reviews and press notes (text, web page, Word, PDF) to this kit, reviewing each change",
            ),
        )
        self.web_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Add &from Web Address…"),
            self.add_web_dialog,
            "Ctrl+Shift+L",
            QT_TRANSLATE_NOOP("MainWindow", "Fetch an article or review from a web address and add it to this kit"),
        )

    def has_kit(self) -> bool:
        """Is a kit open (a saved one, or one with a title or a source), rather than an empty window?"""
        kit = self.ctl.kit
        return bool(self.ctl.path or kit.documents or kit.film.title)

    def add_sources_dialog(self) -> None:
        """Choose one or many files to add to the kit."""
        start = str(self.settings.value("lastArticleDir", ""))
        names, _ = QFileDialog.getOpenFileNames(self.ctx.window, self.tr("Add sources"), start, SOURCE_FILTER)
        if names:
            self.settings.setValue("lastArticleDir", str(Path(names[0]).parent))
            self.add_sources([Path(n) for n in names])

    def add_sources(self, paths: list[Path]) -> worker.Job:
        """Read and plan each file in the thread pool, with progress and Cancel; then the merge dialog."""
        kit = self.ctl.kit.copy_deep()  # the worker reads its own copy while the window stays live

        def work(job: worker.Job) -> Planned:
            plans, unread = [], []
            for i, path in enumerate(paths):
                if job.cancelled():
                    break
                job.signals.progress.emit(i)
                try:
                    plans.append(plan_source(path, kit))
                except Exception as exc:  # noqa: BLE001 - one sentence per source, the others go on
                    unread.append(user_message(exc))
            return plans, unread

        dialog = QProgressDialog(self.tr("Reading sources…"), self.tr("Cancel"), 0, len(paths), self.ctx.window)
        dialog.setObjectName("readingSources")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def progress(i: int) -> None:
            dialog.setValue(i)
            dialog.setLabelText(self.tr("Reading {0} ({1} of {2})…").format(paths[i].name, i + 1, len(paths)))

        def finished(result: Planned) -> None:
            dialog.reset()
            dialog.deleteLater()
            if not job.cancelled():
                self.review(*result)

        def failed(exc: BaseException) -> None:
            finished(([], [user_message(exc)]))

        job = self.ctx.background.start(work, finished, failed, progress)
        dialog.canceled.connect(job.cancel)
        return job

    def add_web_dialog(self, address: str = "") -> None:
        """Ask for a web address (or fetch the one given, a link dropped on the window); the page is
        fetched and planned while the dialog waits, with Cancel."""
        from presskit.ui.address_dialog import AddressDialog

        kit = self.ctl.kit.copy_deep()
        dialog = AddressDialog(lambda url: plan_source(url, kit), self.ctx.window)
        if address:
            dialog.address.setText(address)
            dialog.accept()  # starts fetching; the dialog shows it, with Cancel

        def closed(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and isinstance(dialog.found, SourcePlan):
                self.review([dialog.found], [])

        dialogs.show(dialog, closed)

    def review(self, plans: list[SourcePlan], unread: list[str]) -> None:
        """The merge dialog; a source that could not be read is one sentence (alone: a message)."""
        if not plans:
            if unread:
                self.ctx.status(unread[0], 8000)
                self.ctx.warn(self.tr("Cannot add source"), unread)
            return
        from presskit.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(plans, unread, self.ctl.kit.film.title, self.ctx.window)

        def closed(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.merge(plans)

        dialogs.show(dialog, closed)

    def merge(self, plans: list[SourcePlan]) -> bool:
        """Apply the ticked items of the plans to the kit as one undo step, and show the first new source."""
        taken = sum(i.accepted for p in plans for i in p.items)
        if not taken:
            self.ctx.status(self.tr("Nothing was added: no item was ticked."), 5000)
            return False
        first = len(self.ctl.kit.documents)
        names = [p.document.name for p in plans if any(i.accepted for i in p.items)]
        one, many = self.tr("Add {0}").format(names[0]), self.tr("Add {0} sources").format(len(names))
        label = one if len(names) == 1 else many
        self.ctl.replace_kit(apply_plans(self.ctl.kit, plans), label)
        self.source_pane.show_document(first)
        added = self.tr("Added 1 item from {1}.") if taken == 1 else self.tr("Added {0} items from {1}.")
        self.ctx.status(added.format(taken, ", ".join(names)), 8000)
        return True

    def drop(self, data: QMimeData) -> bool:
        """Files, a link from a browser or an article's text dropped on an open kit are added to it as
        sources; False when the drop is not for this kit (an article to import, a kit to open)."""
        urls = data.urls()
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        links = [u.toString() for u in urls if u.scheme() in ("http", "https")]
        if self.has_kit() and files and not any(f.suffix == DOCUMENT_SUFFIX for f in files):
            self.add_sources(files)
        elif self.has_kit() and links and not files:
            self.add_web_dialog(links[0])
        elif self.has_kit() and not urls and data.hasText() and data.text().strip():
            self.add_text(data.text())
        else:
            return False
        return True

    def add_text(self, text: str) -> worker.Job:
        """Article text dropped on an open kit, read and planned off the GUI thread; then the merge dialog."""
        kit = self.ctl.kit.copy_deep()

        def work(_job: worker.Job) -> Planned:
            return [plan_loaded(pasted(text), kit)], []

        def failed(exc: BaseException) -> None:
            self.review([], [user_message(exc)])

        return self.ctx.background.start(work, lambda planned: self.review(*planned), failed)
