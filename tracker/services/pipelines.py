"""Pipelines and their ordered stages (each with a default probability and stale limit)."""

from __future__ import annotations

import peewee as pw

from tracker import messages as m
from tracker.catalogue.seeded_names import seeded_names, spellings
from tracker.errors import NotFound, ValidationError
from tracker.messages import say
from tracker.models import Opportunity, Pipeline, Stage
from tracker.services import changelog
from tracker.services.context import Changes, new_uid
from tracker.storage import writing

DEFAULT_PIPELINE = "BD partnering"
# (name, probability %, stale after N days without activity)
DEFAULT_STAGES: tuple[tuple[str, int, int], ...] = (
    ("Lead", 10, 30),
    ("Qualified", 20, 30),
    ("First meeting", 30, 21),
    ("Proposal", 50, 21),
    ("Negotiation", 75, 14),
    ("Contracting", 90, 14),
)


def ensure_pipeline(name: str, stages: tuple[tuple[str, int, int], ...]) -> Pipeline:
    with writing():
        pipeline: Pipeline | None = Pipeline.get_or_none(Pipeline.name == name)
        if pipeline is None:
            position = Pipeline.select().count()
            pipeline = Pipeline.create(uid=new_uid(), name=name, position=position)
        existing = {s.name for s in pipeline.stages}
        for position, (stage_name, probability, stale_days) in enumerate(stages):
            if stage_name not in existing:
                Stage.create(uid=new_uid(), pipeline=pipeline, name=stage_name,
                             position=position, probability=probability, stale_days=stale_days)
    return pipeline


def default_pipeline() -> Pipeline:
    pipeline: Pipeline | None = Pipeline.select().order_by(Pipeline.position,
                                                           Pipeline.id).first()
    if pipeline is None:
        pipeline = ensure_pipeline(DEFAULT_PIPELINE, DEFAULT_STAGES)
    return pipeline


def default_stage(pipeline_id: object = None) -> Stage:
    pipeline: Pipeline | None
    if pipeline_id in (None, ""):
        pipeline = default_pipeline()
    else:
        pipeline = Pipeline.get_or_none(Pipeline.id == pipeline_id)
        if pipeline is None:
            raise ValidationError.single("pipeline", say(m.NO_PIPELINE, value=pipeline_id))
    stage: Stage | None = pipeline.stages.order_by(Stage.position).first()
    if stage is None:
        raise ValidationError.single("pipeline", say(m.NO_STAGES, name=pipeline.name))
    return stage


def stages_of(pipeline_id: int) -> list[Stage]:
    return list(Stage.select().where(Stage.pipeline == pipeline_id).order_by(Stage.position))


def pipelines() -> list[Pipeline]:
    return list(Pipeline.select().order_by(Pipeline.position, Pipeline.id))


def find_stage(name: str, pipeline_id: int | None = None) -> Stage:
    """A stage by its name, or a seeded stage by its name in the window's other language
    (`beacon export --stage 线索`, as the Chinese window and export word Lead)."""
    wanted = name.strip()
    seeded = [n for n in seeded_names() if wanted in spellings(n)[1:]]
    named = Stage.name ** wanted
    query = Stage.select().join(Pipeline).where(named | Stage.name.in_(seeded) if seeded
                                                else named)
    if pipeline_id is not None:
        query = query.where(Stage.pipeline == pipeline_id)
    stage: Stage | None = query.order_by(Pipeline.position, Stage.position).first()
    if stage is None:
        raise NotFound("stage", name)
    return stage


def deals_in_stage(stage_id: int) -> int:
    return int(Opportunity.select().where(Opportunity.stage == stage_id,
                                          Opportunity.deleted_at.is_null()).count())


# --- editing pipelines and stages ------------------------------------------------------
# Pipelines and stages are settings rather than records: they carry no version, and
# their edits are logged (entity "pipeline"/"stage") for the audit trail but are not
# undone with Ctrl+Z. Moving deals off a deleted stage goes through the deals' own
# logged updates, so each deal's history shows where it went and why.

def _check_name(field: str, name: str) -> str:
    cleaned = (name or "").strip()
    if not cleaned:
        raise ValidationError.single(field, say(m.REQUIRED), name)
    if len(cleaned) > 255:
        raise ValidationError.single(field, say(m.TOO_LONG, length=len(cleaned), limit=255),
                                     name)
    return cleaned


def _check_probability(value: object) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        raise ValidationError.single("probability", say(m.NOT_WHOLE_NUMBER, value=value),
                                     value) from None
    if not 0 <= number <= 100:
        raise ValidationError.single("probability", say(m.PROBABILITY_RANGE), value)
    return number


def _check_stale_days(value: object) -> int | None:
    if value in (None, "", 0):
        return None
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        raise ValidationError.single("stale_days", say(m.NOT_WHOLE_NUMBER, value=value),
                                     value) from None
    if number < 0:
        raise ValidationError.single("stale_days", say(m.NOT_NEGATIVE), value)
    return number


def _log_setting(entity: str, key: int, uid: str, action: str, diff: dict[str, object],
                 operation: str) -> None:
    changelog.log(entity, uid, action, diff, operation=operation, record_id=key)


def create_pipeline(name: str,
                    stages: tuple[tuple[str, int, int | None], ...] = ()) -> Changes:
    cleaned = _check_name("name", name)
    operation = new_uid()
    with writing():
        if Pipeline.get_or_none(Pipeline.name == cleaned) is not None:
            raise ValidationError.single("name", say(m.PIPELINE_EXISTS, name=cleaned), name)
        position = (Pipeline.select(pw.fn.MAX(Pipeline.position)).scalar() or 0) + 1
        pipeline = Pipeline.create(uid=new_uid(), name=cleaned, position=position)
        _log_setting("pipeline", pipeline.id, pipeline.uid, "create", {"name": [None, cleaned]},
                     operation)
        for index, (stage_name, probability, stale_days) in enumerate(stages):
            Stage.create(uid=new_uid(), pipeline=pipeline, name=_check_name("name", stage_name),
                         position=index, probability=_check_probability(probability),
                         stale_days=_check_stale_days(stale_days))
    return Changes(created=[("pipeline", pipeline.id)], operation=operation)


def rename_pipeline(pipeline_id: int, name: str) -> Changes:
    cleaned = _check_name("name", name)
    operation = new_uid()
    with writing():
        pipeline = Pipeline.get_or_none(Pipeline.id == pipeline_id)
        if pipeline is None:
            raise NotFound("pipeline", pipeline_id)
        clash = Pipeline.get_or_none(Pipeline.name == cleaned, Pipeline.id != pipeline_id)
        if clash is not None:
            raise ValidationError.single("name", say(m.PIPELINE_EXISTS, name=cleaned), name)
        _log_setting("pipeline", pipeline.id, pipeline.uid, "update",
                     {"name": [pipeline.name, cleaned]}, operation)
        pipeline.name = cleaned
        pipeline.save()
    return Changes(updated=[("pipeline", pipeline_id)], operation=operation)


def add_stage(pipeline_id: int, name: str, probability: int, stale_days: int | None = None,
              position: int | None = None) -> Changes:
    """Add a stage at `position` (end when None); later stages shift right."""
    cleaned = _check_name("name", name)
    chance = _check_probability(probability)
    limit = _check_stale_days(stale_days)
    operation = new_uid()
    with writing():
        pipeline = Pipeline.get_or_none(Pipeline.id == pipeline_id)
        if pipeline is None:
            raise NotFound("pipeline", pipeline_id)
        if Stage.get_or_none(Stage.pipeline == pipeline_id, Stage.name == cleaned):
            raise ValidationError.single("name", say(m.STAGE_EXISTS, pipeline=pipeline.name,
                                                         name=cleaned), name)
        ordered = stages_of(pipeline_id)
        index = len(ordered) if position is None else max(0, min(position, len(ordered)))
        stage = Stage(uid=new_uid(), pipeline=pipeline_id, name=cleaned, position=index,
                      probability=chance, stale_days=limit)
        ordered.insert(index, stage)
        stage.save(force_insert=True)
        _renumber(ordered)
        _log_setting("stage", stage.id, stage.uid, "create",
                     {"name": [None, cleaned], "probability": [None, chance],
                      "stale_days": [None, limit]}, operation)
    return Changes(created=[("stage", stage.id)], operation=operation)


def _renumber(ordered: list[Stage]) -> None:
    for index, stage in enumerate(ordered):
        if stage.position != index:
            Stage.update(position=index).where(Stage.id == stage.id).execute()
            stage.position = index


def update_stage(stage_id: int, *, name: str | None = None, probability: int | None = None,
                 stale_days: int | None | str = "") -> Changes:
    """Rename a stage or set its probability or stale limit (stale_days None: no limit)."""
    operation = new_uid()
    with writing():
        stage = Stage.get_or_none(Stage.id == stage_id)
        if stage is None:
            raise NotFound("stage", stage_id)
        diff: dict[str, object] = {}
        if name is not None:
            cleaned = _check_name("name", name)
            if cleaned != stage.name and Stage.get_or_none(
                    Stage.pipeline == stage.pipeline_id, Stage.name == cleaned):
                raise ValidationError.single("name", say(m.SAME_STAGE_TWICE, name=cleaned), name)
            diff["name"] = [stage.name, cleaned]
            stage.name = cleaned
        if probability is not None:
            chance = _check_probability(probability)
            diff["probability"] = [stage.probability, chance]
            stage.probability = chance
        if stale_days != "":
            limit = _check_stale_days(stale_days)
            diff["stale_days"] = [stage.stale_days, limit]
            stage.stale_days = limit
        diff = {k: v for k, v in diff.items() if v[0] != v[1]}  # type: ignore[index]
        if not diff:
            return Changes(operation=operation)
        stage.save()
        _log_setting("stage", stage.id, stage.uid, "update", diff, operation)
    return Changes(updated=[("stage", stage_id)], operation=operation)


def reorder_stages(pipeline_id: int, stage_ids: list[int]) -> Changes:
    """Put the pipeline's stages in this order (every stage named exactly once)."""
    operation = new_uid()
    with writing():
        current = stages_of(pipeline_id)
        if sorted(stage_ids) != sorted(s.id for s in current):
            raise ValidationError.single("stages", say(m.EVERY_STAGE_ONCE))
        by_id = {s.id: s for s in current}
        before = [s.id for s in current]
        _renumber([by_id[i] for i in stage_ids])
        pipeline = Pipeline.get_by_id(pipeline_id)
        _log_setting("pipeline", pipeline_id, pipeline.uid, "reorder",
                     {"stages": [before, list(stage_ids)]}, operation)
    return Changes(updated=[("pipeline", pipeline_id)], operation=operation)


def delete_stage(stage_id: int, move_to: int | None = None) -> Changes:
    """Delete a stage; its deals (open, closed and binned) move to `move_to` first.

    One transaction: either the stage is gone and every deal sits in `move_to`,
    or nothing changed. A stage holding deals needs `move_to`.
    """
    from tracker.services import records

    operation = new_uid()
    with writing():
        stage = Stage.get_or_none(Stage.id == stage_id)
        if stage is None:
            raise NotFound("stage", stage_id)
        if Stage.select().where(Stage.pipeline == stage.pipeline_id).count() <= 1:
            raise ValidationError.single("stage", say(m.KEEP_ONE_STAGE))
        held = list(Opportunity.select(Opportunity.id, Opportunity.deleted_at)
                    .where(Opportunity.stage == stage_id))
        changes = Changes(deleted=[("stage", stage_id)], operation=operation)
        if held:
            target = Stage.get_or_none(Stage.id == move_to) if move_to is not None else None
            if target is None or target.id == stage_id:
                raise ValidationError.single(
                    "move_to", say(m.STAGE_HOLDS_DEALS, name=stage.name, count=len(held)),
                    move_to)
            for deal in held:
                if deal.deleted_at is None:
                    changes.merge(records.update("opportunity", deal.id, None,
                                                 {"stage": target.id}, operation=operation,
                                                 action="move"))
                else:
                    # In the bin: no version bump, but it must not point at a missing stage.
                    Opportunity.update(stage=target.id, pipeline=target.pipeline_id).where(
                        Opportunity.id == deal.id).execute()
        _log_setting("stage", stage.id, stage.uid, "delete",
                     {"name": [stage.name, None], "moved_to": [None, move_to],
                      "deals": [None, len(held)]}, operation)
        pipeline_id = stage.pipeline_id
        stage.delete_instance()
        _renumber(stages_of(pipeline_id))
    return changes
