"""The cycle collector while an import plans or writes (tracker/excel/pausing.py)."""

from __future__ import annotations

import gc

from tracker.excel.pausing import collector_paused


def test_what_an_import_made_is_not_walked_at_once_when_the_collector_resumes() -> None:
    """Paused while the import runs, the collector resumes with nothing young to walk: the
    plan's objects join the old generation (the first collection after a 100,000-row plan
    walked all of them, about a second, freeing nothing); a cycle made meanwhile is still
    freed by the next full collection."""
    class Node:
        other: Node | None = None

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        rows = [{"title": f"Deal {n}", "values": [n, str(n)]} for n in range(50_000)]
        first, second = Node(), Node()
        first.other, second.other = second, first  # a cycle only the collector frees
        del first, second
        assert gc.get_count()[0] > 50_000  # all of it young, while paused
    assert gc.isenabled()
    assert gc.get_count()[0] < 1_000  # nothing young left to walk
    assert len(rows) == 50_000
    assert any(isinstance(o, Node) for o in gc.get_objects())
    gc.collect()
    assert not any(isinstance(o, Node) for o in gc.get_objects())
