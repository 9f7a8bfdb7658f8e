"""Pickers and lists find a record by a syllable or word inside its name, on every engine."""

from __future__ import annotations

from tracker import search
from tracker.migrations import upgrade
from tracker.pickers import choices
from tracker.queries import ListQuery
from tracker.services import records
from tracker.storage import Store, Target, open_store


def test_a_syllable_or_word_inside_a_name_finds_it(db: Store) -> None:
    xibao = records.create("organization", {"name": "Shanghai Xibao",
                                            "name_zh": "上海细胞治疗有限公司"}).first_created
    li = records.create("contact", {"name": "李明", "organization": xibao}).first_created
    records.create("organization", {"name": "Juventas Cell Therapy", "name_zh": "合源生物"})
    for typed in ("xibao", "shxb", "xbzl", "zhiliao", "细胞", "shang", "Xib"):
        assert ListQuery("organization", search=typed).ids() == [xibao], typed
    for typed in ("lm", "liming", "li ming", "ming", "李", "Li M"):
        assert ListQuery("contact", search=typed).ids() == [li], typed
    assert ListQuery("organization", search="therapy").count() == 1


def test_pickers_offer_what_the_lists_find(db: Store) -> None:
    xibao = records.create("organization", {"name": "Shanghai Xibao",
                                            "name_zh": "上海细胞治疗有限公司"}).first_created
    li = records.create("contact", {"name": "李明"}).first_created
    [picked] = choices("organization", "xibao")
    assert (picked.record_id, picked.label, picked.value) == (
        xibao, "Shanghai Xibao 上海细胞治疗有限公司", "Shanghai Xibao")
    assert [c.record_id for c in choices("contact", "lm")] == [li]
    assert [c.label for c in choices("contact", "ming")] == ["Li Ming 李明"]
    assert choices("organization", "  ") == [] and choices("organization", "zzz") == []


def test_upgrade_to_5_lets_stored_documents_answer_to_syllables_inside(
        empty_target: Target) -> None:
    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=4)
        old_text = "Shanghai Xibao 上 海 细 胞 治 疗 shanghaixibaozhiliao shxbzl"
        search.index_many("organization", [(7, old_text)])
        assert search.count_matches("organization", "zhiliao") == 0
    with open_store(empty_target):
        for typed in ("zhiliao", "xbzl", "shang"):
            assert search.count_matches("organization", typed) == 1, typed
