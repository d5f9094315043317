"""Review a merge before anything changes: what each source adds or changes, field by field, with the
sentence it came from; the publicist ticks what to take (Space), then OK (Enter) or Cancel (Escape)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from presskit.merge import SourcePlan
from presskit.ui import colours
from presskit.ui.plan_model import PlanModel
from presskit.ui.translatable import QT_TRANSLATE_NOOP


class MergeDialog(QDialog):
    """The merge plans as a tree of ticked items; accepting it leaves the choices in the plans."""

    def __init__(self, plans: list[SourcePlan], unread: list[str], film: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Add Sources to the Kit"))
        self.model = PlanModel(plans, self)
        what = f"“{film}”" if film else self.tr("the kit")
        intro = QLabel(
            self.tr(
                "What the sources would add to {0}. Tick what to take (Space ticks, Tab moves). "
                "A conflict — a different value already in the kit — is taken only when ticked."
            ).format(what)
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if unread:
            refused = QLabel(self.tr("Not added:") + "\n" + "\n".join(f"• {u}" for u in unread))
            refused.setObjectName("unread")
            refused.setWordWrap(True)
            refused.setStyleSheet(colours.text_style(colours.ink(colours.ERROR)))
            layout.addWidget(refused)
        self.tree = self._tree()
        layout.addWidget(self.tree, 1)
        self.detail = QLabel()
        self.detail.setObjectName("sentence")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.count = QLabel()
        layout.addWidget(self.count)
        layout.addLayout(self._buttons())
        self.ok.setDefault(True)  # Enter adds, wherever the keyboard is but on another button
        self.model.dataChanged.connect(self._count)
        self.tree.selectionModel().currentChanged.connect(self._show_sentence)
        self._count()
        self.tree.setCurrentIndex(self._first_item())
        self.tree.setFocus()
        room = self.screen().availableGeometry()
        self.resize(min(1180, room.width() - 40), min(640, room.height() - 80))

    def _tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setObjectName("mergeItems")
        tree.setModel(self.model)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.expandAll()
        for source in range(self.model.rowCount()):
            parent = self.model.index(source, 0)
            tree.setFirstColumnSpanned(source, QModelIndex(), True)
            for row in range(len(self.model.plans[source].warnings)):
                tree.setFirstColumnSpanned(row, parent, True)
        header = tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 80, 170, 260)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return tree

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, tip, slot in (
            (
                QT_TRANSLATE_NOOP("MergeDialog", "Accept &All"),
                QT_TRANSLATE_NOOP("MergeDialog", "Tick every item of every source (conflicts stay as they are)"),
                self._accept_all,
            ),
            (
                QT_TRANSLATE_NOOP("MergeDialog", "&Reject All"),
                QT_TRANSLATE_NOOP("MergeDialog", "Untick every item of every source"),
                self._reject_all,
            ),
            (
                QT_TRANSLATE_NOOP("MergeDialog", "Accept &Source"),
                QT_TRANSLATE_NOOP("MergeDialog", "Tick every item of the selected source (conflicts stay as they are)"),
                self._source_on,
            ),
            (
                QT_TRANSLATE_NOOP("MergeDialog", "Reject S&ource"),
                QT_TRANSLATE_NOOP("MergeDialog", "Untick every item of the selected source"),
                self._source_off,
            ),
        ):
            button = QPushButton(self.tr(text))
            button.setToolTip(self.tr(tip))
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add to &Kit"))
        self.ok.setToolTip(self.tr("Add the ticked items to the kit, as one step that Undo takes back"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close; the kit is not changed"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        row.addWidget(box)
        return row

    def _first_item(self) -> QModelIndex:
        for source, plan in enumerate(self.model.plans):
            if plan.items:
                return self.model.index(len(plan.warnings), 0, self.model.index(source, 0))
        return self.model.index(0, 0)

    def _current_source(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.row() if not index.parent().isValid() else index.parent().row()

    def _accept_all(self) -> None:
        self.model.accept_everything(True)

    def _reject_all(self) -> None:
        self.model.accept_everything(False)

    def _source_on(self) -> None:
        source = self._current_source()
        if source is not None:
            self.model.accept(source, True)

    def _source_off(self) -> None:
        source = self._current_source()
        if source is not None:
            self.model.accept(source, False)

    def _count(self) -> None:
        total = sum(len(p.items) for p in self.model.plans)
        self.count.setText(self.tr("{0} of {1} items will be added.").format(self.model.taken(), total))

    def _show_sentence(self, index: QModelIndex) -> None:
        item = self.model.item_of(index)
        if item is None:
            self.detail.setText(self.model.warning_of(index) or "")
            return
        said = f"“{' '.join(item.sentence.split())}”" if item.sentence else self.tr("(no sentence: a labelled list)")
        self.detail.setText(self.tr("{0}: {1}\nThe source says: {2}").format(item.label, item.new, said))
