"""Python's cycle collector paused while an import plans or writes.

An import holds millions of live objects (the sheet's cells, a plan per row); each
full collection walks them all and finds nothing to free: about 2 s of a
100,000-row import (bench/bench_excel.py). Reference counting still frees
everything as usual; cycles made meanwhile are collected by a later full collection.
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
        # What was made meanwhile goes to the oldest generation as it is: the next
        # collection would otherwise walk all of it at once (about 1 s after a 100,000-row
        # plan, and again after writing it), finding next to nothing to free. It is walked
        # with the rest at the next full collection, which frees any cycle made meanwhile.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
