"""Pipelines and their ordered stages (each with a default probability and stale limit)."""

from __future__ import annotations

from tracker.db import writing
from tracker.errors import NotFound, ValidationError
from tracker.models import Opportunity, Pipeline, Stage
from tracker.services.context import new_uid

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
            raise ValidationError.single("pipeline", f"no pipeline {pipeline_id}")
    stage: Stage | None = pipeline.stages.order_by(Stage.position).first()
    if stage is None:
        raise ValidationError.single("pipeline", f"pipeline {pipeline.name} has no stages")
    return stage


def stages_of(pipeline_id: int) -> list[Stage]:
    return list(Stage.select().where(Stage.pipeline == pipeline_id).order_by(Stage.position))


def pipelines() -> list[Pipeline]:
    return list(Pipeline.select().order_by(Pipeline.position, Pipeline.id))


def find_stage(name: str, pipeline_id: int | None = None) -> Stage:
    query = Stage.select().join(Pipeline).where(Stage.name ** name.strip())
    if pipeline_id is not None:
        query = query.where(Stage.pipeline == pipeline_id)
    stage: Stage | None = query.order_by(Pipeline.position, Stage.position).first()
    if stage is None:
        raise NotFound("stage", name)
    return stage


def deals_in_stage(stage_id: int) -> int:
    return int(Opportunity.select().where(Opportunity.stage == stage_id,
                                          Opportunity.deleted_at.is_null()).count())
