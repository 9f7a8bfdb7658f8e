"""The board's look: light columns on a grey canvas, white cards (Pipedrive-like)."""

BOARD_STYLE = """
QWidget#boardCanvas { background: #eef1f4; }
QFrame#stageColumn { background: #e4e8ed; border-radius: 8px; }
QFrame#columnHeader { background: #f7f9fa; border-top-left-radius: 8px;
    border-top-right-radius: 8px; border-bottom: 3px solid #9aa5b1; }
QLabel#columnTitle { font-size: 11pt; color: #1f2933; }
QLabel#columnHint { color: #7b8794; font-size: 8pt; }
QLabel#columnCurrencies { color: #3e4c59; font-size: 8.5pt; }
QLabel#columnBase { color: #1f2933; font-weight: bold; font-size: 10.5pt; }
QLabel#columnWeighted { color: #2f6fde; }
QListView#cardList { background: transparent; border: none; }
QListView#cardList[dropTarget="true"] { background: #d6e4ff; border: 2px dashed #2f6fde;
    border-radius: 6px; }
QFrame[zone="won"] { background: #e6f4ea; border: 2px dashed #34a853; border-radius: 8px; }
QFrame[zone="won"] QLabel { color: #1e7e34; font-weight: bold; font-size: 11pt; }
QFrame[zone="lost"] { background: #fdecea; border: 2px dashed #d93025; border-radius: 8px; }
QFrame[zone="lost"] QLabel { color: #b3261e; font-weight: bold; font-size: 11pt; }
QFrame[zone="won"][dropTarget="true"] { background: #b7e1c1; }
QFrame[zone="lost"][dropTarget="true"] { background: #f6c1bc; }
QLabel#boardSummary { color: #3e4c59; }
QLabel#boardBanner { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d;
    border-radius: 4px; padding: 6px 10px; }
"""

CARD_SCROLLBAR_STYLE = """
QScrollBar:vertical { background: #e4e8ed; width: 8px; margin: 0; }
QScrollBar::handle:vertical { background: #b8c2cc; border-radius: 4px; min-height: 24px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""
