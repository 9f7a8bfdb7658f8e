"""What is known about a person or company being typed or imported (a probe), and the
keys it is looked up by. Lenient: a half-typed email or phone is simply not a key yet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker import validation as v
from tracker.errors import ValidationError
from tracker.identity.companies import exact_name, legal_key, sound_keys, word_keys
from tracker.identity.keys import wechat_key
from tracker.identity.people import name_words, person_keys


def _items(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return [str(x) for x in value if str(x).strip()]
    return [p for p in str(value).replace(";", ",").split(",") if p.strip()]


def _cleaned(value: Any, normalize: Callable[[str, object], str]) -> tuple[str, ...]:
    """The items that are valid, normalized; the rest are not keys (yet)."""
    found: list[str] = []
    for item in _items(value):
        try:
            cleaned = normalize("value", item)
        except ValidationError:
            continue
        if cleaned:
            found.append(cleaned)
    return tuple(dict.fromkeys(found))


def clean_emails(value: Any) -> tuple[str, ...]:
    return _cleaned(value, v.email)


def _phone(field: str, value: object) -> str:
    text = str(value)
    if text.startswith("+") and text[1:].isdigit():
        return text  # already E.164, as stored
    return v.phone(field, value)


def clean_phones(value: Any) -> tuple[str, ...]:
    """E.164 numbers of what was typed (numbers without a country code read as +86)."""
    return _cleaned(value, _phone)


def external_pairs(value: Any) -> tuple[tuple[str, str], ...]:
    """("salesforce", "0015g00000XyZ") pairs from "system:value" texts or pairs."""
    pairs: list[tuple[str, str]] = []
    items = value if isinstance(value, list | tuple) else _items(value)
    for item in items:
        if isinstance(item, list | tuple) and len(item) == 2:
            system, ident = str(item[0]), str(item[1])
        else:
            system, _, ident = str(item).partition(":")
        system, ident = system.strip().casefold(), ident.strip()
        if system and ident:
            pairs.append((system, ident))
    return tuple(dict.fromkeys(pairs))


@dataclass(frozen=True)
class PersonProbe:
    """A contact being typed or imported. Emails lower-case, phones E.164 (use
    `from_values` to build one from what was typed)."""

    name: str = ""
    name_zh: str = ""
    other_names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    wechat_id: str = ""
    uid: str = ""
    external_ids: tuple[tuple[str, str], ...] = ()
    organization_id: int | None = None
    exclude_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def from_values(cls, values: Mapping[str, Any], *,
                    exclude_ids: Iterable[int] = ()) -> PersonProbe:
        """From contact fields as a form, import row or service takes them (`email` or
        `emails`, `phone` or `phones`, `organization` as an id; other names ignored)."""
        organization = values.get("organization")
        return cls(
            name=str(values.get("name") or ""), name_zh=str(values.get("name_zh") or ""),
            other_names=tuple(_items(values.get("other_names"))),
            emails=clean_emails([*_items(values.get("emails")), *_items(values.get("email"))]),
            phones=clean_phones([*_items(values.get("phones")), *_items(values.get("phone"))]),
            wechat_id=str(values.get("wechat_id") or "").strip(),
            uid=str(values.get("uid") or "").strip(),
            external_ids=external_pairs(values.get("external_ids")),
            organization_id=int(organization) if isinstance(organization, int) or (
                isinstance(organization, str) and organization.isdigit()) else None,
            exclude_ids=frozenset(exclude_ids))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.name_zh, *self.other_names) if n.strip())

    def name_keys(self) -> set[str]:
        return {k for n in self.names for k in person_keys(n)}

    def wechat_key(self) -> str:
        return wechat_key(self.wechat_id)

    def name_words(self) -> set[tuple[str, ...]]:
        return {w for n in self.names if (w := name_words(n))}

    def is_empty(self) -> bool:
        return not (self.names or self.emails or self.phones or self.wechat_id or self.uid
                    or self.external_ids)


@dataclass(frozen=True)
class CompanyProbe:
    """An organization being typed or imported."""

    name: str = ""
    name_zh: str = ""
    other_names: tuple[str, ...] = ()
    uid: str = ""
    external_ids: tuple[tuple[str, str], ...] = ()
    exclude_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def from_values(cls, values: Mapping[str, Any], *,
                    exclude_ids: Iterable[int] = ()) -> CompanyProbe:
        return cls(name=str(values.get("name") or ""), name_zh=str(values.get("name_zh") or ""),
                   other_names=tuple(_items(values.get("other_names"))),
                   uid=str(values.get("uid") or "").strip(),
                   external_ids=external_pairs(values.get("external_ids")),
                   exclude_ids=frozenset(exclude_ids))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.name_zh, *self.other_names) if n.strip())

    def keys(self, kind: str) -> set[str]:
        found: set[str] = set()
        for name in self.names:
            if kind == "name":
                found.add(exact_name(name))
            elif kind == "legal":
                found.add(legal_key(name))
            elif kind == "sound":
                found.update(sound_keys(name))
            elif kind == "word":
                found.update(word_keys(name))
        found.discard("")
        return found

    def is_empty(self) -> bool:
        return not (self.names or self.uid or self.external_ids)
