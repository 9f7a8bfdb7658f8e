"""Start-up as a person sees it: whole processes, from process start to a visible window.

Run: python bench/bench_startup.py [--repeats 7] [--size 100000]

Under Xvfb (started here on a free display when Xvfb is installed and no DISPLAY is
set; otherwise the offscreen platform, which it says), it starts, one after another:
  bare     a bare PySide6 window with a table (the baseline: Python + Qt + a window)
  100k     Beacon over 100,000 opportunities
  seeded   Beacon over the seeded database
  first    Beacon on an empty data folder: creates, seeds and opens the database
  daily    Beacon over 100,000 opportunities at its first start of a day, when it writes
           and verifies the day's backup before the window (tracker/backups.py)
and prints, per kind, the median time to the first painted frame and to the end of the
process (the window is closed as soon as it has shown), and each against the bare window.
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


def start_once(args: list[str], scratch: Path) -> tuple[float, float]:
    """(seconds to the first painted frame, seconds to the process's end) of one start."""
    config = Path(tempfile.mkdtemp(dir=scratch))
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "XDG_CACHE_HOME": str(scratch / "cache")}
    env.pop("BEACON_DATA_DIR", None)
    started = time.time_ns()
    process = subprocess.Popen([sys.executable, "-m", "bench.startup_probe", *args], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate(timeout=120)
    ended = time.time_ns()
    shown = next((int(line.split()[1]) for line in out.splitlines() if line.startswith("shown ")),
                 None)
    if process.returncode != 0 or shown is None:
        raise RuntimeError(f"{' '.join(args)} exited {process.returncode}: {err.strip()[-2000:]}")
    return (shown - started) / 1e9, (ended - started) / 1e9


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
        kinds = {
            "bare": lambda _i: ["bare"],
            f"{options.size // 1000}k": lambda _i: ["beacon", "--db", str(large)],
            "seeded": lambda _i: ["beacon", "--db", str(seeded)],
            "first": lambda i: ["beacon", "--db", str(scratch / f"first{i}" / "beacon.sqlite3")],
            "daily": lambda _i: _no_backup_today(daily),
        }
        for i in range(options.repeats + 1):
            (scratch / f"first{i}").mkdir()
        print(f"start-up on {where}; {options.repeats} runs each after one warm-up, "
              f"interleaved; medians", flush=True)
        shown: dict[str, list[float]] = {kind: [] for kind in kinds}
        ended: dict[str, list[float]] = {kind: [] for kind in kinds}
        for i in range(options.repeats + 1):
            for kind, command in kinds.items():
                to_window, to_end = start_once(command(i), scratch)
                if i:  # the first round warms the file cache and compiles the translation
                    shown[kind].append(to_window)
                    ended[kind].append(to_end)
    bare_shown = statistics.median(shown["bare"])
    bare_ended = statistics.median(ended["bare"])
    print(f"{'':8} {'to window':>10} {'ratio':>6} {'to exit':>9} {'ratio':>6}   spread to window")
    for kind in kinds:
        window, end = statistics.median(shown[kind]), statistics.median(ended[kind])
        print(f"{kind:8} {window:9.3f}s {window / bare_shown:5.2f}x {end:8.3f}s "
              f"{end / bare_ended:5.2f}x   {min(shown[kind]):.3f}-{max(shown[kind]):.3f} s")
    ratio = statistics.median(shown[f"{options.size // 1000}k"]) / bare_shown
    print(f"target: {options.size:,} opportunities within 3x of the bare window: "
          f"{ratio:.2f}x ({'met' if ratio <= 3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
