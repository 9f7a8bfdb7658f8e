"""Moving deals through the pipeline and closing them."""

from __future__ import annotations

import datetime as dt

from tracker import messages as m
from tracker.errors import ValidationError
from tracker.messages import say
from tracker.models import Opportunity, Stage
from tracker.services import records
from tracker.services.context import Changes, today


def effective_probability(opportunity: Opportunity) -> int:
    """The deal's own probability, else its stage's; won is 100, lost 0."""
    if opportunity.status == "won":
        return 100
    if opportunity.status == "lost":
        return 0
    if opportunity.probability is not None:
        return int(opportunity.probability)
    return int(Stage.get_by_id(opportunity.stage_id).probability)


def move_opportunity(opportunity_id: int, stage_id: int, expected_version: int | None,
                     *, operation: str | None = None) -> Changes:
    """Put an open deal in another stage (of any pipeline); a closed deal is reopened there."""
    return records.update("opportunity", opportunity_id, expected_version,
                          {"stage": stage_id, "status": "open", "closed_on": None,
                           "lost_reason": ""},
                          operation=operation, action="move")


def mark_won(opportunity_id: int, expected_version: int | None,
             closed_on: dt.date | None = None, *, operation: str | None = None) -> Changes:
    return records.update("opportunity", opportunity_id, expected_version,
                          {"status": "won", "closed_on": closed_on or today(),
                           "lost_reason": ""}, operation=operation, action="won")


def mark_lost(opportunity_id: int, expected_version: int | None, reason: str,
              closed_on: dt.date | None = None, *, operation: str | None = None) -> Changes:
    if not reason or not reason.strip():
        raise ValidationError.single("lost_reason", say(m.LOST_REASON))
    return records.update("opportunity", opportunity_id, expected_version,
                          {"status": "lost", "lost_reason": reason,
                           "closed_on": closed_on or today()},
                          operation=operation, action="lost")


def reopen(opportunity_id: int, expected_version: int | None) -> Changes:
    return records.update("opportunity", opportunity_id, expected_version,
                          {"status": "open", "closed_on": None, "lost_reason": ""},
                          action="reopen")
