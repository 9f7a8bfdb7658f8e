"""Paints a deal card: title, organization, value, expected close, owner, next step, stale mark."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.board import Card

from ui.board.card_model import CardRole
from ui.board.formatting import amount, compact, short_date

CARD_HEIGHT = 104
MARGIN = 5
PADDING = 10

INK = QColor("#1f2933")
MUTED = QColor("#616e7c")
BORDER = QColor("#d9dee4")
STALE = QColor("#c62828")
STALE_TINT = QColor("#fff4f2")
OVERDUE = QColor("#b3261e")
SELECTED = QColor("#2f6fde")
AVATAR_COLOURS = ("#5c6bc0", "#00897b", "#f4511e", "#8e24aa", "#3949ab", "#6d4c41", "#039be5")


def initials(owner: str) -> str:
    parts = owner.replace(".", " ").split()
    if not parts:
        return "?"
    if any("\u4e00" <= ch <= "\u9fff" for ch in owner):
        return owner.strip()[-1]  # the given name's last character, as colleagues say it
    return "".join(p[0] for p in parts[:2]).upper()


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(max(option.rect.width(), 200), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(option.rect.adjusted(MARGIN, MARGIN // 2 + 1, -MARGIN, -MARGIN // 2 - 1))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(box, 6, 6)
        painter.fillPath(path, STALE_TINT if card.stale else QColor("white"))
        painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected else 1))
        painter.drawPath(path)
        if card.stale:
            stripe = QPainterPath()
            stripe.addRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2)
            painter.fillPath(stripe, STALE)
        self._paint_text(painter, option, card, box.toRect())
        painter.restore()

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, card: Card,
                    box: QRect) -> None:
        base = QFont(option.font)
        inner = box.adjusted(PADDING + 2, 8, -PADDING, -8)
        line = QFontMetrics(base).height() + 3

        title_font = QFont(base)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(INK)
        title_rect = QRect(inner.left(), inner.top(), inner.width(), line)
        title = QFontMetrics(title_font).elidedText(card.title, Qt.TextElideMode.ElideRight,
                                                    title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title)
        y = inner.top() + line
        badge_width = self._paint_stale_badge(painter, base, card, QRect(inner.left(), y,
                                                                         inner.width(), line))
        painter.setFont(base)
        painter.setPen(MUTED)
        organization = card.organization
        if card.organization_zh and card.organization_zh != organization:
            organization = f"{organization} · {card.organization_zh}" if organization else (
                card.organization_zh)
        org_rect = QRect(inner.left(), y, inner.width() - badge_width, line)
        painter.drawText(org_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(base).elidedText(organization or self.tr("No organization"),
                                                       Qt.TextElideMode.ElideRight,
                                                       org_rect.width()))
        y += line
        value_font = QFont(base)
        has_value = card.value is not None and bool(card.currency)
        value_font.setBold(has_value)
        row = QRect(inner.left(), y, inner.width(), line)
        date_width = 0
        if card.expected_close is not None:  # the date first: the amount takes what is left
            close = short_date(card.expected_close)
            date_width = QFontMetrics(base).horizontalAdvance(close) + 8
            painter.setFont(base)
            painter.setPen(MUTED)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             close)
        room = row.width() - date_width
        metrics = QFontMetrics(value_font)
        if has_value:
            value = amount(card.value, card.currency)  # type: ignore[arg-type]
            if metrics.horizontalAdvance(value) > room:  # CNY 1,200,000 -> CNY 1.2M
                value = compact(card.value, card.currency)  # type: ignore[arg-type]
        else:
            value = self.tr("No value")
        painter.setFont(value_font)
        painter.setPen(INK if has_value else MUTED)
        painter.drawText(QRect(row.left(), y, room, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(value, Qt.TextElideMode.ElideRight, room))
        painter.setFont(base)
        y += line
        self._paint_owner_and_step(painter, base, card, QRect(inner.left(), y, inner.width(),
                                                              line))

    def _paint_stale_badge(self, painter: QPainter, base: QFont, card: Card,
                           row: QRect) -> int:
        """A red pill at the row's right: how many working days the deal has been quiet."""
        if not card.stale:
            return 0
        text = self.tr("Stale %1d").replace("%1", str(card.idle_days))
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        small.setBold(True)
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        rect = QRect(row.right() - width + 1, row.top() + (row.height() - height) // 2, width,
                     height)
        pill = QPainterPath()
        pill.addRoundedRect(QRectF(rect), 8, 8)
        painter.fillPath(pill, STALE)
        painter.setFont(small)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return width + 6

    def _paint_owner_and_step(self, painter: QPainter, base: QFont, card: Card,
                              row: QRect) -> None:
        x = row.left()
        if card.owner:
            size = row.height() - 2
            colour = QColor(AVATAR_COLOURS[sum(map(ord, card.owner)) % len(AVATAR_COLOURS)])
            circle = QRectF(x, row.top() + 1, size, size)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(circle)
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.72)
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(card.owner))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x += size + 6
        painter.setFont(base)
        step, due, overdue = card.to_do
        if step:
            if due is not None:
                step = f"{short_date(due)}: {step}"
            painter.setPen(OVERDUE if overdue else INK)
            text = "→ " + step
        else:
            painter.setPen(MUTED)
            text = self.tr("No next step")
        rect = QRect(x, row.top(), row.right() - x, row.height())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(base).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
