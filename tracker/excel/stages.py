"""Stage and status values as the file means them.

A stage cell is read, in this order: as the user mapped it (the wizard's value step,
`--map-value "Stage:报价=Proposal"`, remembered like column mappings); as a stage name of
Beacon's pipelines (the file's pipeline first; a seeded name also as the Chinese window
shows it, as a Chinese export writes it); as a closing stage (`Closed Won`, 赢单:
the deal is won, in its pipeline's last stage); as another CRM's or a template's name for
a step of the sale (`Proposal/Price Quote`, 报价: the pipeline's stage for that step).
What is still unknown is left to the user: the row lands in the pipeline's first stage,
with the value kept in its notes and a warning.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tracker.catalogue.seeded_names import spellings
from tracker.catalogue.words import (
    BEACON_STAGE_STEPS,
    NO_WORDS,
    STEPS,
    YES_WORDS,
    status_of,
    step_of,
    word_key,
)
from tracker.models import Pipeline, Setting, Stage
from tracker.services.context import new_uid
from tracker.services.settings import put_setting
from tracker.storage import writing

VALUE_KEY = "import_value"
MAPPED_FIELDS = ("stage", "status", "pipeline")


@dataclass(frozen=True)
class StageAnswer:
    stage: int | None = None  # None: the pipeline's first stage
    status: str | None = None  # won / lost when the stage name says so
    known: bool = True


@dataclass
class _Pipeline:
    id: int
    name: str
    stages: list[tuple[int, str]] = field(default_factory=list)  # (id, name) in order

    def by_step(self, step: str) -> int | None:
        for stage_id, name in self.stages:
            if (BEACON_STAGE_STEPS.get(word_key(name)) or step_of(name)) == step:
                return stage_id
        return None


class StageFinder:
    """Stage and status values of one import, read once per distinct value."""

    def __init__(self, value_map: dict[str, dict[str, str]] | None = None) -> None:
        self.pipelines: list[_Pipeline] = []
        query = (Stage.select(Pipeline.id, Pipeline.name, Stage.id, Stage.name)
                 .join(Pipeline).order_by(Pipeline.position, Pipeline.id, Stage.position)
                 .tuples())
        by_id: dict[int, _Pipeline] = {}
        for pipeline_id, pipeline_name, stage_id, stage_name in query:
            pipeline = by_id.get(pipeline_id)
            if pipeline is None:
                pipeline = by_id[pipeline_id] = _Pipeline(pipeline_id, pipeline_name)
                self.pipelines.append(pipeline)
            pipeline.stages.append((stage_id, stage_name))
        self.value_map = {f: {word_key(k): v for k, v in values.items()}
                          for f, values in (value_map or {}).items()}
        self._answers: dict[tuple[str, str], StageAnswer] = {}
        self._statuses: dict[str, str | None] = {}
        self._keys: dict[str, frozenset[str]] = {}

    def _named(self, name: str, key: str) -> bool:
        """Whether a cell's key names this pipeline or stage: its name, or a seeded
        name's word in the window's other language (线索 for Lead, as a Chinese export
        writes it)."""
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = frozenset(map(word_key, spellings(name)))
        return key in keys

    def stage_names(self) -> list[str]:
        return list(dict.fromkeys(name for p in self.pipelines for _, name in p.stages))

    def pipeline(self, text: str | None) -> _Pipeline | None:
        if not text:
            return None
        key = word_key(text)
        wanted = self.value_map.get("pipeline", {}).get(key)
        for pipeline in self.pipelines:
            if self._named(pipeline.name, key) or (
                    wanted and self._named(pipeline.name, word_key(wanted))):
                return pipeline
        return None

    def stage(self, text: str, pipeline_text: str | None = None) -> StageAnswer:
        remembered = self._answers.get((text, pipeline_text or ""))
        if remembered is None:
            remembered = self._answers[(text, pipeline_text or "")] = self._stage(
                text, self.pipeline(pipeline_text))
        return remembered

    def _stage(self, text: str, pipeline: _Pipeline | None) -> StageAnswer:
        key = word_key(text)
        ordered = ([pipeline] if pipeline else []) + [p for p in self.pipelines
                                                      if p is not pipeline]
        mapped = self.value_map.get("stage", {}).get(key)
        if mapped is not None:
            if not mapped:
                return StageAnswer(known=False)  # the user chose: keep it in the notes
            status = status_of(mapped) if word_key(mapped) in ("won", "lost") else None
            if status:
                return StageAnswer(ordered[0].stages[-1][0] if ordered else None, status)
            key = word_key(mapped)
        for candidate in ordered:
            for stage_id, name in candidate.stages:
                if self._named(name, key):
                    return StageAnswer(stage_id)
        status = status_of(text)
        if status in ("won", "lost") and ordered:
            return StageAnswer(ordered[0].stages[-1][0], status)
        step = step_of(text)
        if step is not None:
            for candidate in ordered:
                found = candidate.by_step(step)
                if found is not None:
                    return StageAnswer(found)
        return StageAnswer(known=False)

    def status(self, text: str) -> str | None:
        """open / won / lost for a status cell, None when it says none of them (each
        distinct text read once: a file holds a few)."""
        try:
            return self._statuses[text]
        except KeyError:
            pass
        mapped = self.value_map.get("status", {}).get(word_key(text))
        found = (status_of(mapped) if mapped else None) if mapped is not None else (
            status_of(text))
        self._statuses[text] = found
        return found

    def suggested_stage(self, text: str) -> str:
        """The stage a value most likely means, offered first in the wizard's value step."""
        answer = self.stage(text)
        if answer.known and answer.stage is not None:
            return next(name for p in self.pipelines for i, name in p.stages
                        if i == answer.stage)
        return ""


def yes_no(value: object) -> bool | None:
    """A yes/no cell (IsWon, 是否赢单): True, False, or None when it says neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value) if value in (0, 1) else None
    text = word_key(str(value or ""))
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    return None


def step_names() -> tuple[str, ...]:
    return STEPS


# --- value mappings remembered across imports ---------------------------------------------

def _key(entity: str, field_name: str, value: str) -> str:
    return f"{VALUE_KEY}:{entity}:{field_name}:{word_key(value)}"


def remember_values(entity: str, value_map: dict[str, dict[str, str]]) -> None:
    """Keep what the user said values mean, for every later file (like column mappings)."""
    rows = [{"key": _key(entity, f, value), "value": json.dumps(target, ensure_ascii=False)}
            for f, values in value_map.items() for value, target in values.items()]
    if not rows:
        return
    operation = new_uid()
    with writing():  # one operation, logged as settings (an upsert both engines speak)
        for row in rows:
            put_setting(row["key"], row["value"], operation=operation)


def remembered_values(entity: str, values: Mapping[str, Iterable[str]]
                      ) -> dict[str, dict[str, str]]:
    """What the user said before about these values (field -> value -> meaning)."""
    found: dict[str, dict[str, str]] = {}
    wanted = {_key(entity, f, v): (f, v) for f, items in values.items() for v in items}
    keys = list(wanted)
    for start in range(0, len(keys), 500):
        for key, text in (Setting.select(Setting.key, Setting.value)
                          .where(Setting.key.in_(keys[start:start + 500])).tuples()):
            field_name, value = wanted[key]
            found.setdefault(field_name, {})[value] = json.loads(text)
    return found
