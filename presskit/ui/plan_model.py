"""The merge plans as a Qt tree model: one row per source (its warnings, then its items), one
checkbox per item, a source's checkbox standing for all of its items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from presskit.merge import PlanItem, SourcePlan
from presskit.model import SourceDocument
from presskit.ui import colours
from presskit.ui.translatable import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanModel", "Field"),
    QT_TRANSLATE_NOOP("PlanModel", "Kind"),
    QT_TRANSLATE_NOOP("PlanModel", "In the kit now"),
    QT_TRANSLATE_NOOP("PlanModel", "From the source"),
    QT_TRANSLATE_NOOP("PlanModel", "Where the source says it"),
)
KIND_WORDS = {
    "add": QT_TRANSLATE_NOOP("PlanModel", "Add"),
    "change": QT_TRANSLATE_NOOP("PlanModel", "Change"),
    "conflict": QT_TRANSLATE_NOOP("PlanModel", "Conflict"),
}
SOURCE = 0  # internal id of a source's row; a child row's id is its source's row + 1


def source_title(document: SourceDocument) -> str:
    """A source as the publicist knows it: its file or address, with its outlet and author."""
    who = ", ".join(p for p in (document.outlet, document.byline) if p)
    return f"{document.name} — {who}" if who else document.name


class PlanModel(QAbstractItemModel):
    """Ticking a row sets its item's ``accepted``; the plans are the model's data, nothing is copied."""

    def __init__(self, plans: list[SourcePlan], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plans = plans

    # -- shape ----------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, SOURCE if not parent.isValid() else parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == SOURCE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, SOURCE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        if not parent.isValid():
            return len(self.plans)
        if parent.internalId() == SOURCE:
            plan = self.plans[parent.row()]
            return len(plan.warnings) + len(plan.items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    # -- what a row is ---------------------------------------------------------------------------------
    def plan_of(self, index: Index) -> SourcePlan:
        """The source a row belongs to (its own plan for a source's row)."""
        return self.plans[index.row() if index.internalId() == SOURCE else index.internalId() - 1]

    def item_of(self, index: Index) -> PlanItem | None:
        """The item on a row; None for a source's row or a warning."""
        if not index.isValid() or index.internalId() == SOURCE:
            return None
        plan = self.plan_of(index)
        row = index.row() - len(plan.warnings)
        return plan.items[row] if row >= 0 else None

    def warning_of(self, index: Index) -> str | None:
        """The warning on a row, if it is one."""
        if not index.isValid() or index.internalId() == SOURCE:
            return None
        plan = self.plan_of(index)
        return plan.warnings[index.row()] if index.row() < len(plan.warnings) else None

    # -- data -----------------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.warning_of(index) is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == SOURCE:
            return self._source_data(self.plans[index.row()], index.column(), role)
        warning = self.warning_of(index)
        if warning is not None:
            if role in (Role.DisplayRole, Role.ToolTipRole) and index.column() == 0:
                return self.tr("Warning: {0}").format(warning)
            return colours.ink(colours.WARNING) if role == Role.ForegroundRole else None
        item = self.item_of(index)
        return None if item is None else self._item_data(item, index.column(), role)

    def _source_data(self, plan: SourcePlan, column: int, role: int) -> Any:
        taken = sum(i.accepted for i in plan.items)
        if role == Role.DisplayRole and column == 0:
            count = self.tr("{0} of {1} items ticked").format(taken, len(plan.items))
            return f"{source_title(plan.document)}   ({count})"
        if role == Role.CheckStateRole and column == 0:
            if taken and taken == len(plan.items):
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if taken else Qt.CheckState.Unchecked
        if role == Role.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ToolTipRole:
            return "\n".join(p for p in (plan.document.name, plan.document.title, *plan.warnings) if p)
        return None

    def _item_data(self, item: PlanItem, column: int, role: int) -> Any:
        if role == Role.DisplayRole:
            text = (item.label, self.tr(KIND_WORDS[item.kind]), item.old, item.new, item.sentence)[column]
            return " ".join(text.split())
        if role == Role.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if item.accepted else Qt.CheckState.Unchecked
        if role == Role.ToolTipRole:
            return "\n\n".join(p for p in (item.new, item.sentence and f"“{item.sentence}”") if p)
        if item.kind == "conflict":
            if role == Role.BackgroundRole:
                return colours.tint(colours.WARNING, 0.16)
            if role == Role.ForegroundRole and column == 1:
                return colours.ink(colours.ERROR)
            if role == Role.FontRole and column == 1:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802 - Qt's name
        """A tick on an item takes it; a tick on a source takes none of its items when some were taken,
        else all of them but its conflicts (which are ticked one by one)."""
        if role != Role.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        item = self.item_of(index)
        if item is not None:
            item.accepted = Qt.CheckState(value) == Qt.CheckState.Checked
            self._changed(self.parent(index).row())
            return True
        if index.internalId() == SOURCE:
            plan = self.plans[index.row()]
            self.accept(index.row(), not any(i.accepted for i in plan.items))
            return True
        return False

    # -- choices --------------------------------------------------------------------------------------
    def accept(self, source: int, accepted: bool) -> None:
        """Accept (conflicts left as they are) or reject every item of one source."""
        self.plans[source].accept_all(accepted)
        self._changed(source)

    def accept_everything(self, accepted: bool) -> None:
        """Accept All / Reject All: every source at once."""
        for row in range(len(self.plans)):
            self.accept(row, accepted)

    def taken(self) -> int:
        """How many items will be added."""
        return sum(i.accepted for p in self.plans for i in p.items)

    def _changed(self, source: int) -> None:
        parent = self.index(source, 0)
        self.dataChanged.emit(parent, self.index(source, len(COLUMNS) - 1))
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, len(COLUMNS) - 1, parent))
