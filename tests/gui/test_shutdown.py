"""Logout, shutdown or Ctrl+C in a terminal close the window as the user would."""

from __future__ import annotations

import os
import signal

import pytest

from ui.shutdown import CloseOnSignal

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_closes_the_window_and_saves_its_settings(window, qtbot,
                                                                        number) -> None:
    window.show_page("contacts")
    with CloseOnSignal() as guard:
        os.kill(os.getpid(), number)
        qtbot.waitUntil(lambda: not window.isVisible())
    assert guard.received == [number]
    assert window.context.settings.get("window/page") == "contacts"
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
