"""Saved views: a list's search, filters, sort and columns under a name, per user.

A definition is plain data (JSON in the database):
`{"search": "", "filters": {"owner": "@me", "closing": "this_quarter"}, "sort":
"expected_close", "descending": false, "columns": ["title", "stage", ...]}`. Beacon
ships a few built-in views (not stored; they cannot be deleted); a user's own view of
the same name on the same page takes their place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tracker import messages as m
from tracker.errors import NotFound, ValidationError
from tracker.messages import say
from tracker.models import SavedView
from tracker.queries import ME, SPECS, ListQuery
from tracker.services.context import current_user, new_uid, utcnow
from tracker.storage import writing

PAGE_ENTITIES = {"opportunities": "opportunity", "organizations": "organization",
                 "contacts": "contact", "conferences": "conference",
                 "incentives": "incentive", "activities": "activity"}


@dataclass(frozen=True)
class View:
    uid: str
    page: str
    name: str  # the window words a built-in view's name in its language (ui.views)
    definition: dict[str, Any] = field(default_factory=dict)
    builtin: bool = False

    @property
    def entity(self) -> str:
        return PAGE_ENTITIES[self.page]

    def query(self) -> ListQuery:
        """The list this view shows (what `beacon list --view` prints)."""
        spec = SPECS[self.entity]
        filters = {k: v for k, v in (self.definition.get("filters") or {}).items()
                   if k in spec.filters and v not in (None, "")}
        sort = self.definition.get("sort")
        return ListQuery(self.entity, search=str(self.definition.get("search") or ""),
                         filters=filters,
                         sort=sort if sort in {c.key for c in spec.columns} else None,
                         descending=bool(self.definition.get("descending")))

    def as_json(self) -> dict[str, Any]:
        return {"uid": self.uid, "page": self.page, "name": self.name,
                "builtin": self.builtin, **self.definition}


BUILTIN: tuple[View, ...] = (
    View("builtin:my-deals-this-quarter", "opportunities",
         "My deals closing this quarter",
         {"search": "", "filters": {"owner": ME, "closing": "this_quarter", "status": "open"},
          "sort": "expected_close", "descending": False}, builtin=True),
)


def _view(row: SavedView) -> View:
    try:
        definition = json.loads(row.definition or "{}")
    except ValueError:
        definition = {}
    return View(row.uid, row.page, row.name, definition if isinstance(definition, dict) else {})


def list_views(page: str | None = None, *, user: str | None = None) -> list[View]:
    """The user's views (built-in ones first), by page and position."""
    user = user or current_user()
    query = SavedView.select().where(SavedView.user == user)
    if page is not None:
        query = query.where(SavedView.page == page)
    own = [_view(row) for row in query.order_by(SavedView.page, SavedView.position,
                                                SavedView.id)]
    taken = {(v.page, v.name) for v in own}
    builtin = [v for v in BUILTIN if (page is None or v.page == page)
               and (v.page, v.name) not in taken]
    return builtin + own


def find_view(name: str, *, page: str | None = None, user: str | None = None) -> View:
    """A view by its name (case-insensitive) or uid."""
    wanted = name.strip().lower()
    for view in list_views(page, user=user):
        if view.uid == name or view.name.lower() == wanted:
            return view
    raise NotFound("saved view", name)


def _clean(page: str, name: str, definition: dict[str, Any]) -> tuple[str, str]:
    if page not in PAGE_ENTITIES:
        raise ValidationError.single("page", say(m.NOT_ONE_OF, value=page,
                                                 allowed=", ".join(PAGE_ENTITIES)), page)
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError.single("name", say(m.REQUIRED))
    if len(cleaned) > 80:
        raise ValidationError.single("name", say(m.TOO_LONG, length=len(cleaned), limit=80))
    return cleaned, json.dumps(definition, ensure_ascii=False, sort_keys=True)


def save_view(page: str, name: str, definition: dict[str, Any], *,
              user: str | None = None) -> View:
    """Save under a name; the same name on the same page replaces that view's definition."""
    user = user or current_user()
    cleaned, text = _clean(page, name, definition)
    now = utcnow()
    with writing():
        row = SavedView.get_or_none(SavedView.user == user, SavedView.page == page,
                                    SavedView.name == cleaned)
        if row is not None:
            row.definition, row.updated_at = text, now
            row.save()
        else:
            last = (SavedView.select(SavedView.position).where(SavedView.user == user,
                                                               SavedView.page == page)
                    .order_by(SavedView.position.desc()).first())
            row = SavedView.create(uid=new_uid(), user=user, page=page, name=cleaned,
                                   definition=text, position=(last.position + 1) if last else 0,
                                   created_at=now, updated_at=now)
    return _view(row)


def rename_view(uid: str, name: str, *, user: str | None = None) -> View:
    user = user or current_user()
    with writing():
        row = SavedView.get_or_none(SavedView.uid == uid, SavedView.user == user)
        if row is None:
            raise NotFound("saved view", uid)
        cleaned, _ = _clean(row.page, name, {})
        clash = SavedView.get_or_none(SavedView.user == user, SavedView.page == row.page,
                                      SavedView.name == cleaned, SavedView.uid != uid)
        if clash is not None:
            raise ValidationError.single("name", say(m.VIEW_NAME_TAKEN, name=cleaned), name)
        row.name, row.updated_at = cleaned, utcnow()
        row.save()
    return _view(row)


def delete_view(uid: str, *, user: str | None = None) -> None:
    user = user or current_user()
    with writing():
        SavedView.delete().where(SavedView.uid == uid, SavedView.user == user).execute()
