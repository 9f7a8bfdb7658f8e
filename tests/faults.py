"""Real storage faults for tests: a small tmpfs that fills up, a folder or a file on a
read-only mount. Each scenario runs in a child process inside its own mount namespace
(`unshare -m`), so nothing outside the test sees the mounts; where that is not allowed
(not root, no unshare) the test is skipped with the reason."""

from __future__ import annotations

import functools
import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRELUDE = ("import json, os, sys\nfrom pathlib import Path\nHERE = Path(sys.argv[1])\n"
           "def say(**values):\n    print(json.dumps(values, default=str), flush=True)\n"
           # unbuffered: a buffered file would raise the full disk again when closed
           "def fill():\n    with open(HERE / 'filler', 'wb', buffering=0) as out:\n"
           "        try:\n            while True:\n                out.write(bytes(65536))\n"
           "        except OSError:\n            pass\n")


@functools.cache
def _mounts_allowed() -> str:
    """Why faults cannot be made here ("" when they can)."""
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True, text=True)
    return "" if probe.returncode == 0 else f"cannot mount a small disk: {probe.stderr.strip()}"


def py(code: str) -> str:
    """A step of Python run in the child (PRELUDE first; HERE is the mount, say() reports)."""
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(PRELUDE + code)} \"$HERE\""


def on_small_disk(folder: Path, *steps: str, size: str = "4m") -> list[dict[str, Any]]:
    """Run shell steps (and py() steps) with a `size` tmpfs mounted at `folder` ($HERE);
    returns what the py() steps said, in order."""
    reason = _mounts_allowed()
    if reason:
        pytest.skip(reason)
    folder.mkdir(parents=True, exist_ok=True)
    script = "\n".join(["set -e", f"HERE={shlex.quote(str(folder))}",
                        f'mount -t tmpfs -o size={size},mode=0700 tmpfs "$HERE"', *steps])
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                          text=True, cwd=ROOT, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
                               "BEACON_USER": "tester", "BEACON_LANG": "en", "HOME": str(folder)})
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


FILL_DISK = 'dd if=/dev/zero of="$HERE/filler" bs=64k 2>/dev/null || true'
FREE_DISK = 'rm -f "$HERE/filler"'
READ_ONLY_FOLDER = 'mount -o remount,ro "$HERE"'


def read_only_file(name: str) -> str:
    """The one file on a read-only bind mount: its folder stays writable."""
    return (f'mount --bind "$HERE/{name}" "$HERE/{name}" && '
            f'mount -o remount,ro,bind "$HERE/{name}"')
