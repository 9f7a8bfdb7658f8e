"""Close the windows properly when the system asks the process to end (SIGTERM at logout or
shutdown, SIGINT from a terminal's Ctrl+C): settings saved, database closed, exit 0.

Python runs signal handlers only between bytecodes, and Qt's event loop may sit in C
for minutes; the signal's wake-up byte on a socket is what brings control back
(QSocketNotifier), and the windows are then closed as if the user had closed them.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication


class CloseOnSignal(QObject):
    """While in its `with` block (the event loop), a termination signal closes every window."""

    def __init__(self) -> None:
        super().__init__()
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._received)
                          for number in (signal.SIGTERM, signal.SIGINT)}
        self.received: list[int] = []

    def _received(self, number: int, _frame: object) -> None:
        self.received.append(number)

    def _woken(self) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            pass
        if self.received:
            QApplication.closeAllWindows()

    def __enter__(self) -> CloseOnSignal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.restore()

    def restore(self) -> None:
        """Give the signals back once the windows are gone."""
        signal.set_wakeup_fd(-1)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous = {}
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
