"""Dragging a board card as a person does, under the offscreen platform.

The mouse part is real: press on the card, move past the drag distance, and
the view starts its QDrag. The offscreen platform has no drag manager, so
`QDrag.exec()` returns at once instead of running the platform's drag loop;
the drop therefore cannot come from the window system. We deliver what the
window system would: QDragEnter/QDragMove/QDrop events on the target, with
the mime data the source view's model gives for that card (the same data its
drag carries), then release the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QWidget


def press_and_start_drag(source: QListView, row: int) -> QMimeData:
    index = source.model().index(row, 0)
    start = source.visualRect(index).center()
    viewport = source.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert source.currentIndex() == index, "the press did not land on the card"
    for step in (8, 20, 40):
        pos = QPointF(start + QPoint(step, step))
        move = QMouseEvent(QEvent.Type.MouseMove, pos,
                           QPointF(viewport.mapToGlobal(pos.toPoint())),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    return source.model().mimeData([index])


def drop_on(target: QWidget, mime: QMimeData, point: QPoint | None = None) -> bool:
    """Enter, move over and drop on `target`; True when the target accepted the drop."""
    where = point or target.rect().center()
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(where, actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(where), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def drag_card(source: QListView, row: int, target: QWidget) -> bool:
    mime = press_and_start_drag(source, row)
    accepted = drop_on(target, mime)
    QTest.mouseRelease(source.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, QPoint(1, 1))
    return accepted
