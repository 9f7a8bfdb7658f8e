"""Start-up as a person sees it: whole processes, from process start to a visible window.

Run: python bench/bench_startup.py [--repeats 7] [--size 100000]

Under Xvfb (started here on a free display when Xvfb is installed and no DISPLAY is
set; otherwise the offscreen platform, which it says), it starts, one after another:
  bare     a bare PySide6 window with a table (the baseline: Python + Qt + a window)
  100k     Beacon over 100,000 opportunities
  seeded   Beacon over the seeded database
  first    Beacon on an empty data folder: creates, seeds and opens the database
  daily    Beacon over 100,000 opportunities at its first start of a day: the day's
           backup starts after the first frame, on its own thread (ui/daily_backup.py);
           closing the window as soon as it has shown stops it
  backup   the same first start of a day, the window kept open until the day's backup is
           written and verified (tracker/backups.py)
and prints, per kind, the median time to the first painted frame and to the end of the
process (the window is closed as soon as it has shown), and each against the bare window;
for `backup` also when the backup was made (from process start) and the longest the
window's event loop was kept from a 10 ms timer while it ran (what a key press waits),
beside the same stall over the 100k window held open 4 s after a start whose backup was
already made today (`held`: the window's own work after its first frame). The 100k file
gets a backup first (`beacon backup`), so its starts are ordinary ones, not a day's first.
Each run gets fresh settings (XDG_CONFIG_HOME), so every window opens on its first page.
Target: 100k within 3x of bare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


@contextmanager
def display() -> Iterator[str]:
    """A DISPLAY to open windows on: the one set, a private Xvfb, or none (offscreen)."""
    if os.environ.get("DISPLAY"):
        yield f"X display {os.environ['DISPLAY']}"
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        yield "offscreen platform (no Xvfb installed: apt-get install xvfb)"
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        os.environ.pop("QT_QPA_PLATFORM", None)
        yield f"Xvfb :{number}"
    finally:
        server.terminate()
        server.wait()


class Start(NamedTuple):
    """One start, in seconds from process start (worst_ms: the event loop's longest stall
    while the day's backup ran), the last two only when the probe waited for the backup."""

    shown: float
    ended: float
    backup: float | None = None
    worst_ms: float | None = None


HOLD_S = 4.0


def start_once(args: list[str], scratch: Path, kind: str = "") -> Start:
    """The times of one start (see Start); kind `backup` waits for the day's backup, `held`
    keeps the window open HOLD_S seconds."""
    config = Path(tempfile.mkdtemp(dir=scratch))
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "XDG_CACHE_HOME": str(scratch / "cache"),
           "BEACON_PROBE_BACKUP": "1" if kind == "backup" else "0",
           "BEACON_PROBE_HOLD_S": str(HOLD_S) if kind == "held" else "0"}
    env.pop("BEACON_DATA_DIR", None)
    started = time.time_ns()
    process = subprocess.Popen([sys.executable, "-m", "bench.startup_probe", *args], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate(timeout=120)
    ended = time.time_ns()
    shown = next((int(line.split()[1]) for line in out.splitlines() if line.startswith("shown ")),
                 None)
    backup = next((line.split()[1:] for line in out.splitlines() if line.startswith("backup ")),
                  None)
    held = next((float(line.split()[1]) for line in out.splitlines()
                 if line.startswith("held ")), None)
    if process.returncode != 0 or shown is None or (kind == "backup" and backup is None) \
            or (kind == "held" and held is None):
        raise RuntimeError(f"{' '.join(args)} exited {process.returncode}: {err.strip()[-2000:]}")
    if backup is not None:
        return Start((shown - started) / 1e9, (ended - started) / 1e9,
                     (int(backup[0]) - started) / 1e9, float(backup[1]))
    return Start((shown - started) / 1e9, (ended - started) / 1e9, None, held)


def _no_backup_today(database: Path) -> list[str]:
    """The arguments of a start over `database` with its backups removed (a new day)."""
    shutil.rmtree(database.parent / "backups", ignore_errors=True)
    return ["beacon", "--db", str(database)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--size", type=int, default=100_000)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.large_db import build_database

    OUT.mkdir(parents=True, exist_ok=True)
    large = OUT / f"beacon-{options.size // 1000}k.sqlite3"
    if not large.exists():
        print(f"building {large} ...", flush=True)
        build_database(large, options.size)
    with tempfile.TemporaryDirectory(prefix="beacon-startup-") as name, display() as where:
        scratch = Path(name)
        seeded = scratch / "seeded.sqlite3"
        daily = scratch / "daily" / "beacon.sqlite3"
        daily.parent.mkdir()
        shutil.copyfile(large, daily)
        subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(seeded), "seed"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        # today's backup of the 100k file, so its starts are ordinary ones
        subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(large), "backup"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        kinds = {
            "bare": lambda _i: ["bare"],
            f"{options.size // 1000}k": lambda _i: ["beacon", "--db", str(large)],
            "seeded": lambda _i: ["beacon", "--db", str(seeded)],
            "first": lambda i: ["beacon", "--db", str(scratch / f"first{i}" / "beacon.sqlite3")],
            "daily": lambda _i: _no_backup_today(daily),
            "backup": lambda _i: _no_backup_today(daily),
            "held": lambda _i: ["beacon", "--db", str(large)],
        }
        for i in range(options.repeats + 1):
            (scratch / f"first{i}").mkdir()
        print(f"start-up on {where}; {options.repeats} runs each after one warm-up, "
              f"interleaved; medians", flush=True)
        shown: dict[str, list[float]] = {kind: [] for kind in kinds}
        ended: dict[str, list[float]] = {kind: [] for kind in kinds}
        made: list[float] = []
        stalls: dict[str, list[float]] = {"backup": [], "held": []}
        for i in range(options.repeats + 1):
            for kind, command in kinds.items():
                start = start_once(command(i), scratch, kind)
                if i:  # the first round warms the file cache and compiles the translation
                    shown[kind].append(start.shown)
                    ended[kind].append(start.ended)
                    if start.backup is not None:
                        made.append(start.backup)
                    if start.worst_ms is not None:
                        stalls[kind].append(start.worst_ms)
    bare_shown = statistics.median(shown["bare"])
    bare_ended = statistics.median(ended["bare"])
    print(f"{'':8} {'to window':>10} {'ratio':>6} {'to exit':>9} {'ratio':>6}   spread to window")
    for kind in kinds:
        window, end = statistics.median(shown[kind]), statistics.median(ended[kind])
        print(f"{kind:8} {window:9.3f}s {window / bare_shown:5.2f}x {end:8.3f}s "
              f"{end / bare_ended:5.2f}x   {min(shown[kind]):.3f}-{max(shown[kind]):.3f} s")
    print(f"backup: the day's backup made and verified {statistics.median(made):.3f} s after "
          f"process start ({min(made):.3f}-{max(made):.3f} s)")
    for kind, what in (("backup", "from the first frame until the backup was made"),
                       ("held", f"in the {HOLD_S:.0f} s after the first frame, no backup")):
        print(f"longest event-loop stall, {what}: {statistics.median(stalls[kind]):.0f} ms "
              f"({min(stalls[kind]):.0f}-{max(stalls[kind]):.0f} ms)")
    ratio = statistics.median(shown[f"{options.size // 1000}k"]) / bare_shown
    print(f"target: {options.size:,} opportunities within 3x of the bare window: "
          f"{ratio:.2f}x ({'met' if ratio <= 3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
