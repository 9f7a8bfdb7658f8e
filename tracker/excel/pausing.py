"""Python's cycle collector paused while an import plans or writes.

An import holds millions of live objects (the sheet's cells, a plan per row); each
full collection walks them all and finds nothing to free: about 2 s of a
100,000-row import (bench/bench_excel.py). Reference counting still frees
everything as usual; cycles made meanwhile are collected once it resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
