"""MapScene mirrors the Document: it builds items from the model and follows its changes.

The scene never edits the model. A drag moves items ahead of the model; on
release the scene announces ``nodes_moved`` and the editor turns it into one
undo command, after which the model and the items agree again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping

import numpy as np
from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent
from shiboken6 import isValid

from ... import style
from ...analysis import Analysis, TieQuality
from ...domain.changes import Added, Change, Removed, Updated
from ...domain.entities import Contact, Interaction, Organisation, Tie
from ...domain.ids import NodeId, TieId
from ...domain.network import Network
from ...memory import paused_gc
from ..document import Document
from . import look
from .items import (
    ContactItem,
    NodeItem,
    OrganisationItem,
    TieItem,
    contact_outline,
    contact_paint,
    contact_rect,
    organisation_outline,
    organisation_paint,
    organisation_rect,
    organisation_width,
    tie_look,
)
from .tie_layer import ensure_layer
from .tie_table import TieTable

PARALLEL_SPACING = 7.0
SCENE_MARGIN = 400.0
BULK_CHANGES = 500
"""Past this many entities added or removed at once, the scene is rebuilt rather than followed item by item."""


class TieItems(Mapping[TieId, TieItem]):
    """The scene's tie items by id, each made on first use (``scene.tie_items[t]``).

    Iteration, ``in`` and ``len`` cover every tie on the canvas (the tie table), made
    or not; ``made`` holds the items that exist. Walking ``values()`` makes them all:
    code that runs on big maps looks at ``made`` or the tie table instead.
    """

    def __init__(self, scene: MapScene) -> None:
        self._scene = scene
        self.made: dict[TieId, TieItem] = {}

    def __getitem__(self, tie_id: TieId) -> TieItem:
        item = self.made.get(tie_id)
        return item if item is not None else self._scene._make_tie_item(tie_id)

    def __iter__(self) -> Iterator[TieId]:
        return iter(self._scene.tie_table.tie_ids())

    def __len__(self) -> int:
        return len(self._scene.tie_table)

    def __contains__(self, tie_id: object) -> bool:
        return tie_id in self._scene.tie_table


class NodeItems(Mapping[NodeId, NodeItem]):
    """The scene's node items by id (``scene.node_items[n]``).

    Opening a big map paints its first frame before any node item exists: the tie
    layer draws ties and nodes far out from the tie table and the model
    (``MapScene.node_marks``), and the items follow right after that frame
    (``MapScene.make_node_items``). Until then ``pending`` is true, and any look
    through this mapping makes them all first. ``made`` holds the items that
    exist, without making any.
    """

    def __init__(self, scene: MapScene) -> None:
        self._scene = scene
        self.made: dict[NodeId, NodeItem] = {}
        self.pending = False

    def _all(self) -> dict[NodeId, NodeItem]:
        if self.pending:
            self._scene.make_node_items()
        return self.made

    def __getitem__(self, node_id: NodeId) -> NodeItem:
        return self._all()[node_id]

    def get(self, node_id: NodeId, default: NodeItem | None = None) -> NodeItem | None:  # type: ignore[override]
        return self._all().get(node_id, default)

    def __iter__(self) -> Iterator[NodeId]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._all()

    def items(self):  # type: ignore[no-untyped-def,override]
        return self._all().items()

    def values(self):  # type: ignore[no-untyped-def,override]
        return self._all().values()

    def keys(self):  # type: ignore[no-untyped-def,override]
        return self._all().keys()


class MapScene(QGraphicsScene):
    synced = Signal()
    """The items were (re)built or updated from the Document."""
    nodes_moving = Signal(list)
    """Node ids being dragged, on every step of a drag."""
    nodes_moved = Signal(dict)
    """A drag ended: node id -> (x, y) of every node whose position changed."""
    visibility_changed = Signal()
    """``set_hidden`` changed which items show (the tie layer and the minimap redraw)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#F7F8FA"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.document: Document | None = None
        self.node_items = NodeItems(self)
        self.colour_mode = style.COLOUR_BY_CATEGORY
        """How nodes are coloured (the canvas appearance sets it; new items take it)."""
        self.tie_table = TieTable()
        """Every tie's line and look (the tie layer draws them all from it)."""
        self.tie_items = TieItems(self)
        self.tie_offsets: dict[TieId, float] = {}
        self._ties_at: dict[NodeId, set[TieId]] = {}
        self._hidden_nodes: set[str] = set()
        self._hidden_ties: set[str] = set()
        self.analysis: Analysis | None = None
        self.highlights: dict[str, tuple[frozenset[str], frozenset[str], QColor]] = {}
        """Named highlights (e.g. "strongest", "shortest"): node ids, tie ids, colour; drawn in insertion order."""
        self._hidden: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._highlighted = False
        self._some_hidden = False
        self.editable = False
        self._drag_start: dict[NodeId, QPointF] = {}
        self._animate_ms = 0
        self._animation: QVariantAnimation | None = None
        self.nodes_moving.connect(self._follow_nodes)

    # ---- analysis and highlights ---------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Size nodes by importance and style ties by quality class from now on."""
        self.analysis = analysis
        if self.document is None:
            return
        network = self.document.network
        for node_id, item in self.node_items.items():
            node = network.nodes.get(node_id)
            if isinstance(item, ContactItem) and isinstance(node, Contact):
                where = item.pos()  # a node gliding or being dragged stays where it is
                item.update_from(node, network.organisation_of(node), self._importance(node_id))
                item.setPos(where)
        table = self.tie_table
        table.restyle_all((tie.id, *tie_look(tie, self._quality(tie.id))) for tie in network.ties.values()
                          if tie.id in table)
        for tie_id, tie_item in self.tie_items.made.items():
            tie = network.ties.get(tie_id)
            if tie is not None:
                tie_item.update_from(tie, self._quality(tie_id))
        self._load_table_nodes()  # importance resized the contacts
        self.synced.emit()

    def _importance(self, node_id: NodeId) -> float | None:
        found = self.analysis.importance.get(node_id) if self.analysis else None
        return found.score if found else None

    def _quality(self, tie_id: TieId) -> TieQuality | None:
        return self.analysis.qualities.get(tie_id) if self.analysis else None

    def set_highlight(self, name: str, node_ids: Iterable[str], tie_ids: Iterable[str], colour: QColor) -> None:
        self.highlights[name] = (frozenset(node_ids), frozenset(tie_ids), QColor(colour))
        self._apply_highlights()

    def clear_highlights(self) -> None:
        self.highlights.clear()
        self._apply_highlights()

    def highlighted(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        nodes, ties, _ = self.highlights.get(name, (frozenset(), frozenset(), QColor()))
        return nodes, ties

    def _apply_highlights(self) -> None:
        if not self.highlights and not self._highlighted:
            return  # nothing shown and nothing to take away: skip the walk over every item
        self._highlighted = bool(self.highlights)
        for _, ties, _ in self.highlights.values():
            for tie_id in ties:
                if tie_id in self.tie_table:
                    self.tie_items.get(tie_id)  # a highlighted tie paints its halo itself
        for key, item in (*self.node_items.items(), *self.tie_items.made.items()):
            item.set_highlights([colour for nodes, ties, colour in self.highlights.values() if key in nodes or key in ties])

    # ---- hiding (filters, collapsed organisations) ---------------------
    def set_hidden(self, reason: str, node_ids: Iterable[str], tie_ids: Iterable[str] = ()) -> None:
        """Hide these items for one reason; an item shows only when no reason hides it."""
        nodes, ties = frozenset(node_ids), frozenset(tie_ids)
        if nodes or ties:
            self._hidden[reason] = (nodes, ties)
        else:
            self._hidden.pop(reason, None)
        self._apply_visibility()
        self.visibility_changed.emit()

    def hidden_by(self, reason: str) -> tuple[frozenset[str], frozenset[str]]:
        return self._hidden.get(reason, (frozenset(), frozenset()))

    def _apply_visibility(self) -> None:
        if not self._hidden and not self._some_hidden:
            return
        self._some_hidden = bool(self._hidden)
        hidden_nodes: set[str] = set()
        hidden_ties: set[str] = set()
        for nodes, ties in self._hidden.values():
            hidden_nodes |= nodes
            hidden_ties |= ties
        for node_id, item in self.node_items.items():
            visible = node_id not in hidden_nodes
            if item.isVisible() != visible:
                item.setVisible(visible)
                if not visible:
                    item.setSelected(False)
        self._hidden_nodes, self._hidden_ties = hidden_nodes, hidden_ties
        self.tie_table.set_hidden(hidden_nodes, hidden_ties)
        for tie_id, tie_item in self.tie_items.made.items():
            visible = not self.is_tie_hidden(tie_id)
            if tie_item.isVisible() != visible:
                tie_item.setVisible(visible)
                if not visible:
                    tie_item.setSelected(False)
        self._tie_layer_changed()

    def is_tie_hidden(self, tie_id: TieId) -> bool:
        """Whether a filter or a collapsed organisation hides the tie (or one of its ends)."""
        if tie_id in self._hidden_ties:
            return True
        ends = self.tie_table.ends(tie_id) if self._hidden_nodes else None
        return ends is not None and (ends[0] in self._hidden_nodes or ends[1] in self._hidden_nodes)

    # ---- the document --------------------------------------------------
    def set_document(self, document: Document | None, *, items_later: bool = False) -> None:
        """Follow this document from now on.

        ``items_later``: build only what the first frame needs (the tie table); the node items
        come with ``make_node_items`` (the window calls it after the first frame; any look at
        ``node_items`` calls it sooner), and ``synced`` is emitted then.
        """
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        self.analysis = None
        self.highlights.clear()
        self._hidden.clear()
        self.editable = document is not None and not document.read_only
        if document is not None:
            document.changed.connect(self._on_changed)
        self.rebuild(items_later=items_later)

    def rebuild(self, *, items_later: bool = False) -> None:
        """Items for the whole map (opening it).

        The cyclic garbage collector is paused meanwhile (it rescans the growing heap again and
        again: 0.07 s of 0.3 s on 5,500 nodes) and the objects alive afterwards, mostly the
        map and its items, are frozen out of its scans; the previous map's are let go first.
        """
        with paused_gc(keep=True):
            self._rebuild(items_later)
        if not self.node_items.pending:
            self.synced.emit()

    def _rebuild(self, items_later: bool) -> None:
        self._stop_animation()
        # Fresh items show plainly: highlights and hiding need applying only if there are any.
        self._highlighted, self._some_hidden = bool(self.highlights), bool(self._hidden)
        self.clear()
        self.node_items.made.clear()
        self.node_items.pending = False
        self.tie_items.made.clear()
        self.tie_table.clear()
        self._ties_at.clear()
        self._hidden_nodes, self._hidden_ties = set(), set()
        if self.document is not None:
            network = self.document.network
            if items_later and network.nodes:
                self.node_items.pending = True
                self.tie_table.load_nodes(self._table_nodes_from_model(network))
            else:
                for node in network.nodes.values():
                    self._add_node(network, node, to_table=False)
                self._load_table_nodes()
            self.tie_offsets = offsets = self._all_parallel_offsets(network)
            ties_at = self._ties_at
            rows = []
            for tie in network.ties.values():
                ties_at.setdefault(tie.source_id, set()).add(tie.id)
                ties_at.setdefault(tie.target_id, set()).add(tie.id)
                rows.append((tie.id, tie.source_id, tie.target_id, offsets.get(tie.id, 0.0),
                             *tie_look(tie, self._quality(tie.id))))
            self.tie_table.load_ties(rows)
            if self.node_items.pending:
                ensure_layer(self).synced()  # the first frame draws from the table: the layer must be there
            else:
                self._apply_highlights()
                self._apply_visibility()
            self._grow_scene_rect(shrink=True)

    def make_node_items(self) -> None:
        """The node items of a map opened with ``items_later`` (nothing if they exist): then ``synced``."""
        if not self.node_items.pending:
            return
        self.node_items.pending = False
        if self.document is not None:
            network = self.document.network
            with paused_gc(keep=True):
                for node in network.nodes.values():
                    self._add_node(network, node, to_table=False)
            self._apply_highlights()
            self._apply_visibility()
            self._grow_scene_rect()
        self.synced.emit()

    @staticmethod
    def _table_nodes_from_model(network: Network) -> list[tuple[NodeId, float, float, float, float, bool]]:
        """What ``NodeItem.tie_outline`` gives, from the model (no scores yet: a map opening)."""
        org_h = style.ORGANISATION_SIZE[1]
        return [(node_id, node.x, node.y,
                 *(organisation_outline(organisation_width(node.name), org_h) if isinstance(node, Organisation)
                   else contact_outline(style.contact_diameter(node))))
                for node_id, node in network.nodes.items()]

    def node_marks(self) -> Iterator[tuple[QColor, QColor, bool, QRectF]]:
        """Fill, outline, roundness and outline of every shown node: the tie layer draws them far out.

        From the items, or from the model while the items are still to come (a big map's first frame).
        """
        if not self.node_items.pending:
            for item in self.node_items.made.values():
                if item.isVisible():
                    yield item.fill, item.outline, isinstance(item, ContactItem), item.overview_rect()
            return
        if self.document is None:
            return
        network, mode = self.document.network, self.colour_mode
        org_h = style.ORGANISATION_SIZE[1]
        paints: dict[tuple[str, object], tuple[QColor, QColor, bool]] = {}
        for node in network.nodes.values():
            if isinstance(node, Organisation):
                fill, outline = organisation_paint(node, mode)
                yield fill, outline, False, organisation_rect(node.x, node.y, organisation_width(node.name), org_h)
            else:
                base = style.node_colour(node, network.organisation_of(node))
                key = (base, node.attitude)
                paint = paints.get(key)
                if paint is None:
                    paint = paints[key] = contact_paint(base, node.attitude, mode)
                yield paint[0], paint[1], True, contact_rect(node.x, node.y, style.contact_diameter(node))

    def shown_nodes_rect(self) -> QRectF:
        """The scene rectangle of the shown nodes and their labels (fit to map); their outlines while the items are to come."""
        if self.node_items.pending:
            found = self.tie_table.extent(look.HIGHLIGHT_MARGIN)
            return QRectF() if found is None else QRectF(QPointF(found[0], found[1]), QPointF(found[2], found[3]))
        rect = QRectF()
        for item in self.node_items.made.values():
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def _grow_scene_rect(self, shrink: bool = False) -> None:
        """Keep room around the map to scroll into; never shrink under the user while editing."""
        bounds = self.shown_nodes_rect() if self.node_items.pending else self.itemsBoundingRect()
        rect = bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if not shrink:
            rect = rect.united(self.sceneRect())
        if rect.isEmpty():
            rect = QRectF(-500, -400, 1000, 800)
        self.setSceneRect(rect)

    def _add_node(self, network: Network, node: Contact | Organisation, to_table: bool = True) -> None:
        if isinstance(node, Organisation):
            item: NodeItem = OrganisationItem(node, self.colour_mode)
        else:
            item = ContactItem(node, network.organisation_of(node), self._importance(node.id), self.colour_mode)
        item.set_movable(self.editable)
        self.addItem(item)
        self.node_items.made[node.id] = item
        if to_table:
            self.tie_table.put_node(node.id, node.x, node.y, *item.tie_outline())

    def _load_table_nodes(self) -> None:
        self.tie_table.load_nodes(
            (node_id, (p := item.pos()).x(), p.y(), *item.tie_outline()) for node_id, item in self.node_items.items())
        self._tie_layer_changed()

    def _add_tie(self, network: Network, tie: Tie) -> None:
        offset = self.tie_offsets[tie.id] = self._parallel_offset(network, tie)
        self.tie_table.put_tie(tie.id, tie.source_id, tie.target_id, offset, *tie_look(tie, self._quality(tie.id)))
        self._ties_at.setdefault(tie.source_id, set()).add(tie.id)
        self._ties_at.setdefault(tie.target_id, set()).add(tie.id)

    def _make_tie_item(self, tie_id: TieId) -> TieItem:
        """The graphics item of a tie on the canvas (a KeyError if there is none)."""
        tie = self.document.network.ties.get(tie_id) if self.document is not None else None
        if tie is None or tie_id not in self.tie_table:
            raise KeyError(tie_id)
        item = TieItem(tie, self.node_items[tie.source_id], self.node_items[tie.target_id],
                       self.tie_offsets.get(tie_id, 0.0))
        if (quality := self._quality(tie_id)) is not None:
            item.update_from(tie, quality)
        colours = [colour for _, ties, colour in self.highlights.values() if tie_id in ties]
        if colours:
            item.set_highlights(colours)
        if self.is_tie_hidden(tie_id):
            item.setVisible(False)
        self.addItem(item)
        self.tie_items.made[tie_id] = item
        return item

    def reveal_tie_at(self, point: QPointF) -> TieItem | None:
        """Make the item of the tie under this point, if any, so that a click or a menu finds it."""
        table = self.tie_table
        if not len(table):
            return None
        reach = (np.maximum(table.widths() + 1.5, 10.0) + 2 * look.HIGHLIGHT_WIDTH) / 2  # TieItem's hit pen
        tie_id = table.nearest(point.x(), point.y(), reach)
        return self.tie_items.get(tie_id) if tie_id is not None else None

    def _tie_layer_changed(self, area: QRectF | None = None) -> None:
        """The tie table changed: the tie layer repaints there, or everywhere (it reads the table when it paints)."""
        layer = getattr(self, "tie_layer", None)
        if layer is not None and isValid(layer):
            layer.table_changed(area)

    def _remove_tie(self, tie_id: TieId) -> None:
        ends = self.tie_table.ends(tie_id)
        for end in ends or ():
            self._ties_at.get(end, set()).discard(tie_id)
        self.tie_table.remove_tie(tie_id)
        self.tie_offsets.pop(tie_id, None)
        item = self.tie_items.made.pop(tie_id, None)
        if item is not None:
            self.removeItem(item)

    def _remove_node(self, node_id: NodeId) -> None:
        for tie_id in list(self._ties_at.pop(node_id, ())):
            self._remove_tie(tie_id)
        item = self.node_items.made.pop(node_id, None)
        if item is not None:
            self.removeItem(item)
        self.tie_table.remove_node(node_id)

    @staticmethod
    def _all_parallel_offsets(network: Network) -> dict[TieId, float]:
        """The offsets of every tie that shares its pair of nodes, in one pass (a map opening)."""
        pairs: dict[tuple[str, str], list[Tie]] = {}
        for tie in network.ties.values():
            a, b = tie.source_id, tie.target_id
            key = (a, b) if a < b else (b, a)
            group = pairs.get(key)
            if group is None:
                pairs[key] = [tie]
            else:
                group.append(tie)
        offsets: dict[TieId, float] = {}
        for group in pairs.values():
            if len(group) > 1:
                ids = sorted(t.id for t in group)
                for tie in group:
                    offsets[tie.id] = MapScene._offset_in(ids, tie)
        return offsets

    @staticmethod
    def _offset_in(between: list[TieId], tie: Tie) -> float:
        index = between.index(tie.id)
        offset = (index - (len(between) - 1) / 2) * PARALLEL_SPACING
        # Keep the side stable whichever way round the tie was drawn.
        return offset if tie.source_id < tie.target_id else -offset

    @staticmethod
    def _parallel_offset(network: Network, tie: Tie) -> float:
        """Spread ties between the same two nodes side by side around the centre line."""
        between = sorted(
            t.id for t in network.ties_of(tie.source_id)
            if {t.source_id, t.target_id} == {tie.source_id, tie.target_id}
        )
        if len(between) < 2:
            return 0.0
        return MapScene._offset_in(between, tie)

    def ties_at(self, node_id: NodeId) -> list[TieItem]:
        """The tie items (those made) of a node's ties."""
        made = self.tie_items.made
        return [made[t] for t in self._ties_at.get(node_id, ()) if t in made]

    def tie_ids_at(self, node_id: NodeId) -> set[TieId]:
        return set(self._ties_at.get(node_id, ()))

    # ---- following the model ------------------------------------------
    def _on_changed(self, changes: list[Change]) -> None:
        if self.document is None:
            return
        self.make_node_items()  # an edit before the first frame of a big map (none if they exist)
        network = self.document.network
        nodes: set[NodeId] = set()
        ties: set[TieId] = set()
        comings_and_goings = 0
        for change in changes:
            if isinstance(change, (Added, Removed)):
                entity = change.entity
                comings_and_goings += 1
            elif isinstance(change, Updated):
                entity = change.after
            else:
                continue
            if isinstance(entity, (Contact, Organisation)):
                nodes.add(entity.id)
            elif isinstance(entity, Tie):
                ties.add(entity.id)
            elif isinstance(entity, Interaction):
                ties.add(entity.tie_id)
        if comings_and_goings > BULK_CHANGES:
            # An import or its undo: building everything anew beats adding items one by one.
            self.rebuild()
            return
        moves: dict[NodeId, tuple[QPointF, QPointF]] = {}
        # Nodes first: a new tie needs its ends, a removed node takes its tie items along.
        for node_id in nodes:
            self._sync_node(network, node_id, moves)
        pairs: set[frozenset[str]] = set()
        for tie_id in ties:
            ends = self.tie_table.ends(tie_id)
            tie = network.ties.get(tie_id)
            if ends is not None:
                pairs.add(frozenset(ends))
            if tie is not None:
                pairs.add(frozenset((tie.source_id, tie.target_id)))
            self._sync_tie(network, tie_id)
        for pair in pairs:
            self._respace_pair(network, pair)
        self._apply_highlights()
        self._apply_visibility()
        if moves:
            self._move(moves)
        else:
            self._grow_scene_rect()
        self.synced.emit()

    def _sync_node(self, network: Network, node_id: NodeId, moves: dict[NodeId, tuple[QPointF, QPointF]]) -> None:
        node = network.nodes.get(node_id)
        item = self.node_items.get(node_id)
        if node is None:
            self._remove_node(node_id)
            return
        if item is None:
            self._add_node(network, node)
            return
        if isinstance(node, Organisation) != isinstance(item, OrganisationItem):
            self._remove_node(node_id)
            self._add_node(network, node)
            return
        start = item.pos()
        if isinstance(node, Organisation) and isinstance(item, OrganisationItem):
            item.update_from(node)
            for member in network.members_of(node_id):
                member_item = self.node_items.get(member.id)
                if isinstance(member_item, ContactItem):
                    # Restyle only: a member's own move (if any) is its own change, placed by _move.
                    where = member_item.pos()
                    member_item.update_from(member, node, self._importance(member.id))
                    member_item.setPos(where)
        elif isinstance(node, Contact) and isinstance(item, ContactItem):
            item.update_from(node, network.organisation_of(node), self._importance(node_id))
        end = QPointF(node.x, node.y)
        if start != end:
            item.setPos(start)  # keep it where it was until _move places or animates it
            moves[node_id] = (start, end)
        self.tie_table.put_node(node_id, start.x(), start.y(), *item.tie_outline())
        self._tie_layer_changed()
        for tie_item in self.ties_at(node_id):
            tie_item.refresh_line()

    def _sync_tie(self, network: Network, tie_id: TieId) -> None:
        tie = network.ties.get(tie_id)
        ends = self.tie_table.ends(tie_id)
        if tie is None:
            self._remove_tie(tie_id)
            return
        if ends is None or set(ends) != {tie.source_id, tie.target_id}:
            self._remove_tie(tie_id)
            self._add_tie(network, tie)
            return
        quality = self._quality(tie_id)
        reversed_ = ends != (tie.source_id, tie.target_id)
        if reversed_:
            self.tie_table.put_tie(tie_id, tie.source_id, tie.target_id, self.tie_offsets.get(tie_id, 0.0),
                                   *tie_look(tie, quality))
        else:
            self.tie_table.restyle(tie_id, *tie_look(tie, quality))
        item = self.tie_items.made.get(tie_id)
        if item is not None:
            if reversed_:
                item.source, item.target = item.target, item.source
            item.update_from(tie, quality)
        self._tie_layer_changed()

    def _respace_pair(self, network: Network, pair: frozenset[str]) -> None:
        if len(pair) != 2:
            return
        a = next(iter(pair))
        for tie in network.ties_of(a):
            if {tie.source_id, tie.target_id} == pair and tie.id in self.tie_table:
                offset = self.tie_offsets[tie.id] = self._parallel_offset(network, tie)
                self.tie_table.set_offset(tie.id, offset)
                item = self.tie_items.made.get(tie.id)
                if item is not None:
                    item.offset = offset
                    item.refresh_line()

    # ---- moving ----------------------------------------------------------
    def animate_next_moves(self, duration_ms: int = 350) -> None:
        """The next change that moves nodes glides them to their places (layouts)."""
        self._animate_ms = duration_ms

    def _move(self, moves: dict[NodeId, tuple[QPointF, QPointF]]) -> None:
        duration, self._animate_ms = self._animate_ms, 0
        self._stop_animation()
        if duration <= 0:
            self._place(moves, 1.0)
            self._grow_scene_rect()
            return
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(duration)
        animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        animation.valueChanged.connect(lambda t: self._place(moves, float(t)))
        animation.finished.connect(self._grow_scene_rect)
        self._animation = animation
        self._pending_moves = moves
        animation.start()

    def _stop_animation(self) -> None:
        """Jump a running animation to its end, so items match the model."""
        if self._animation is not None:
            animation, self._animation = self._animation, None
            animation.stop()
            with contextlib.suppress(RuntimeError):  # items already deleted with the scene
                self._place(self._pending_moves, 1.0)

    def _place(self, moves: dict[NodeId, tuple[QPointF, QPointF]], t: float) -> None:
        for node_id, (start, end) in moves.items():
            item = self.node_items.get(node_id)
            if item is not None:
                item.setPos(start + (end - start) * t)
        self.nodes_moving.emit(list(moves))  # the ties follow (_follow_nodes)

    def _follow_nodes(self, node_ids: list[NodeId]) -> None:
        """Nodes were moved (a drag, an animation step, a frame dragged): their ties follow."""
        for node_id in node_ids:
            item = self.node_items.get(node_id)
            if item is not None:
                self.node_item_moved(item, repaint=False)
        area = self.tie_table.moved_area()
        self._tie_layer_changed(QRectF(QPointF(area[0], area[1]), QPointF(area[2], area[3])) if area else None)

    def node_item_moved(self, item: NodeItem, repaint: bool = True) -> None:
        """A node item was moved: its ties follow."""
        where = item.pos()
        self.tie_table.move_node(item.node_id, where.x(), where.y())
        made = self.tie_items.made
        for tie_id in self._ties_at.get(item.node_id, ()):
            tie_item = made.get(tie_id)
            if tie_item is not None:
                tie_item.refresh_line()
        if repaint:
            self._tie_layer_changed()

    def _members_to_drag(self) -> dict[NodeId, NodeItem]:
        """Selected nodes plus the members of selected organisations: they travel together."""
        moving: dict[NodeId, NodeItem] = {}
        network = self.document.network if self.document else None
        for item in self.selectedItems():
            if isinstance(item, NodeItem):
                moving[item.node_id] = item
                if isinstance(item, OrganisationItem) and network is not None:
                    for member in network.members_of(item.node_id):
                        member_item = self.node_items.get(member.id)
                        if member_item is not None:  # hidden ones too: a collapsed organisation keeps its people
                            moving[member.id] = member_item
        return moving

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.editable:
            grabber = self.mouseGrabberItem()
            if isinstance(grabber, NodeItem):
                self._drag_start = {k: QPointF(i.pos()) for k, i in self._members_to_drag().items()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not self._drag_start:
            return
        # Qt moves the selected items; members of a dragged organisation follow it.
        for node_id, start in self._drag_start.items():
            item = self.node_items.get(node_id)
            if item is None or item.isSelected():
                continue
            org = self.document.network.nodes.get(node_id) if self.document else None
            owner = self.node_items.get(org.organisation_id) if isinstance(org, Contact) and org.organisation_id else None
            if owner is not None and owner.node_id in self._drag_start:
                delta = owner.pos() - self._drag_start[owner.node_id]
                item.setPos(start + delta)
        self.nodes_moving.emit(list(self._drag_start))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._drag_start:
            return
        start, self._drag_start = self._drag_start, {}
        moved = {
            node_id: (item.pos().x(), item.pos().y())
            for node_id, position in start.items()
            if (item := self.node_items.get(node_id)) is not None and item.pos() != position
        }
        if moved:
            self.nodes_moved.emit(moved)

    def reset_positions(self) -> None:
        """Put every node back where the model has it (after a refused move)."""
        if self.document is None:
            return
        for node_id, item in self.node_items.items():
            node = self.document.network.nodes.get(node_id)
            if node is not None and item.pos() != QPointF(node.x, node.y):
                item.setPos(node.x, node.y)
                self.tie_table.move_node(node_id, node.x, node.y)
        self._tie_layer_changed()
