"""Pictures of the identity work for `beacon screenshots`: the quick log warning that
someone typed may already be in Beacon (English and Chinese windows alike)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QDialog


def same_person_quick_log(window: Any) -> QDialog | None:
    """The quick log with a person typed whose WeChat ID Beacon knows (logged by the
    earlier quick log pictures), a different job title among what was typed."""
    from ui.quick_log_dialog import QuickLogDialog

    page = window.show_page("conferences")
    if not page.model.total:
        return None
    page.open_record(page.model.id_at(0))
    dialog = page.detail.open_quick_log()
    assert isinstance(dialog, QuickLogDialog)
    for key, text in {"name": "Wang Fang", "organization": "Juventas",
                      "title": "VP Business Development", "wechat": "WangFang_BD",
                      "note": "Wants GMP media samples"}.items():
        dialog.inputs[key].setText(text)
    dialog.look_up()
    if not dialog.same_person.has_candidates:
        dialog.reject()
        return None
    dialog.log_contact()  # Enter: asks first
    return dialog


def demo_duplicates(context: Any) -> None:
    """A second record of the article's Jake Li and of Fosun Kite, in the scratch
    database only (made up for the pictures of the duplicate finder)."""
    from tracker.services import records

    records.create("contact", {"name": "J. Li", "title": "Director, Life Sciences",
                               "emails": ["Jake.Li@intralinkgroup.com"],
                               "wechat_id": "jakeli_sh", "city": "Shanghai"},
                   source_detail="made up for screenshots")
    records.create("organization", {"name": "Fosun Kite Co., Ltd.", "name_zh": "复星凯特",
                                    "city": "Shanghai"},
                   source_detail="made up for screenshots")


def duplicates_dialogs(window: Any) -> Iterator[tuple[str, QDialog]]:
    """The finder on contacts (a pair reviewed side by side) and on organizations, each
    over its own list (taken before the next page is shown)."""
    for entity, name in (("contacts", "duplicates"), ("organizations",
                                                      "duplicates_organizations")):
        window.show_page(entity)
        dialog = window.open_duplicates(background=False)
        if not dialog.pairs:
            dialog.reject()
            continue
        yield name, dialog
