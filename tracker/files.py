"""Files Beacon writes that hold personal data (exports, vCards, errors workbooks, a
person's export): owner-only (0600) from the moment they exist, written under a
temporary name and renamed into place, so a reader sees the whole file or none, and a
full disk leaves nothing behind."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from tracker import messages as m
from tracker.errors import BeaconError
from tracker.messages import say


@contextmanager
def owner_only(target: Path | str) -> Iterator[BinaryIO]:
    """A binary handle to write `target` through; it appears, 0600, when the block ends."""
    target = Path(target)
    temporary = target.with_name(f".{target.name}.part")
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.fchmod(fd, 0o600)  # an old .part left by a crash may carry another mode
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BeaconError(f"{target}: {say(m.DISK_FULL)}") from None
        raise BeaconError(f"{target}: {say(m.CANNOT_WRITE, reason=exc.strerror or exc)}") from None
    finally:
        temporary.unlink(missing_ok=True)
