"""Typed ids. Ids are UUID4 text so maps can be merged and copied without clashes."""

from __future__ import annotations

import uuid
from typing import NewType

NodeId = NewType("NodeId", str)
"""Id of a contact or an organisation: both are nodes a tie can join."""
TieId = NewType("TieId", str)
InteractionId = NewType("InteractionId", str)
ActionId = NewType("ActionId", str)
GoalId = NewType("GoalId", str)


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_node_id() -> NodeId:
    return NodeId(new_uuid())


def new_tie_id() -> TieId:
    return TieId(new_uuid())


def new_interaction_id() -> InteractionId:
    return InteractionId(new_uuid())


def new_action_id() -> ActionId:
    return ActionId(new_uuid())


def new_goal_id() -> GoalId:
    return GoalId(new_uuid())
