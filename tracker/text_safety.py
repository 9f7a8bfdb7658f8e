"""Characters that must not reach the database, or a terminal, as they are.

A name copied from a web page or a hostile file can carry terminal escapes (ESC,
BEL), C1 controls and bidirectional overrides (U+202E shows `moc.evil` as
`live.com`). Single-line fields lose them on input (tabs and line breaks become
spaces); notes keep tabs and line breaks. A NUL is refused outright: it cuts text
short in C code, and no person types one. The command line escapes whatever is
left (records stored by earlier versions) before it prints.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides, isolates
_LINE_BREAKS = re.compile(r"\r\n|[\t\n\r\x0b\x0c\x85\u2028\u2029]")
_UNSAFE_IN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
_UNSAFE_IN_BLOCK = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_UNSAFE_ON_TERMINAL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
                                 f"{BIDI_CONTROLS}]")


def has_nul(text: str) -> bool:
    return "\x00" in text


def clean_line(text: str) -> str:
    """A single-line field: line breaks and tabs become spaces, other controls go."""
    if not _UNSAFE_IN_LINE.search(text):
        return text  # the common case, one scan
    return _UNSAFE_IN_LINE.sub("", _LINE_BREAKS.sub(" ", text))


def clean_block(text: str) -> str:
    """Notes: tabs and line breaks stay (CR LF and lone CR become LF), other controls go."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _UNSAFE_IN_BLOCK.search(text):
        return text
    return _UNSAFE_IN_BLOCK.sub("", text)


def for_terminal(text: str) -> str:
    """Text a terminal shows as it is: every control but tab, LF and CR written as \\uXXXX
    (also a valid escape inside a JSON string, so `--json` output still parses)."""
    if not _UNSAFE_ON_TERMINAL.search(text):
        return text
    return _UNSAFE_ON_TERMINAL.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


class TerminalSafe:
    """A text stream that writes through `for_terminal`: what the CLI prints can hold
    stored names, file names and cell values, none of which may drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """stdout and stderr through TerminalSafe while a command runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalSafe(saved[0])  # type: ignore[assignment]
    sys.stderr = TerminalSafe(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
