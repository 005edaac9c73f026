"""Where every tie is drawn, kept in numpy arrays: the tie layer draws all ties from this table.

A map of 20,000 ties cannot afford 20,000 graphics items (about a second to make
them, before the first frame). The scene therefore makes a ``TieItem`` only for
a tie that needs one: selected, highlighted, clicked, or asked for by a panel
(``MapScene.tie_items`` makes them on demand). Everything the tie layer needs
to draw, and the scene needs to find a tie under the mouse, lives here:

* per node: position and outline (a circle's radius, or a box's half width and height);
* per tie: its two ends, sideways offset (parallel ties), look (width, dash,
  strength, direction), last-contact date, and whether a filter hides it;
* the line of every tie, from the centre of one outline's edge to the other's,
  computed with the same geometry as ``TieItem._compute_line`` (a test keeps the two equal),
  again only for the ties whose ends moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np
from PySide6.QtCore import Qt

from . import look

X0, Y0, X1, Y1, WEIGHT, STYLE, DIRECTED, DATED = range(8)
"""Rows of the array ``arrays()`` returns, one column per tie."""

Look = tuple[float, Qt.PenStyle, int, bool]
"""Width, pen style, strength (0-3) and whether the tie is directed (items.tie_look)."""


class TieTable:
    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.version = 0
        """Bumped by every change that alters the picture (the tie layer keys its caches on it)."""
        self.node_rows: dict[str, int] = {}
        self.nx = np.zeros(0)
        self.ny = np.zeros(0)
        self.half_w = np.zeros(0)
        self.half_h = np.zeros(0)
        self.round = np.zeros(0, dtype=bool)
        self.node_hidden = np.zeros(0, dtype=bool)
        self.node_alive = np.zeros(0, dtype=bool)
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.src = np.zeros(0, dtype=np.int64)
        self.tgt = np.zeros(0, dtype=np.int64)
        self.offset = np.zeros(0)
        self.style = np.zeros(0, dtype=np.int64)
        self.strength = np.zeros(0, dtype=np.int64)
        self.directed = np.zeros(0, dtype=bool)
        self.alive = np.zeros(0, dtype=bool)
        self.tie_hidden = np.zeros(0, dtype=bool)
        self.last_contact: list[date | None] = []
        self.dated = np.zeros(0, dtype=bool)
        self.styles: list[tuple[float, Qt.PenStyle]] = []
        self._style_ids: dict[tuple[float, Qt.PenStyle], int] = {}
        self.coords = np.zeros((4, 0))
        self._moved: set[int] | None = set()
        """Node rows moved since the lines were last computed; None: compute every line."""
        self._arrays: tuple[int, np.ndarray] | None = None

    # ---- nodes -------------------------------------------------------------
    def load_nodes(self, nodes: Iterable[tuple[str, float, float, float, float, bool]]) -> None:
        """Every node: id, x, y, half width, half height (a circle: both its radius), round."""
        rows = list(nodes)
        if not self.node_rows:
            self.node_rows = {row[0]: i for i, row in enumerate(rows)}
            data = np.array([row[1:5] for row in rows], dtype=np.float64).reshape(-1, 4)
            self.nx, self.ny, self.half_w, self.half_h = (data[:, k].copy() for k in range(4))
            self.round = np.array([row[5] for row in rows], dtype=bool)
            self.node_hidden = np.zeros(len(rows), dtype=bool)
            self.node_alive = np.ones(len(rows), dtype=bool)
        else:
            # Ties refer to node rows: known nodes keep theirs (a removed node's row stays, unused).
            for row in rows:
                if row[0] not in self.node_rows:
                    self.put_node(*row)
            index = np.fromiter((self.node_rows[row[0]] for row in rows), dtype=np.int64, count=len(rows))
            data = np.array([row[1:5] for row in rows], dtype=np.float64).reshape(-1, 4)
            self.nx[index], self.ny[index], self.half_w[index], self.half_h[index] = data.T
            self.round[index] = [row[5] for row in rows]
            self.node_alive[:] = False
            self.node_alive[index] = True
        self._changed(moved=None)

    def put_node(self, node_id: str, x: float, y: float, half_w: float, half_h: float, round_: bool) -> None:
        row = self.node_rows.get(node_id)
        if row is None:
            row = self.node_rows[node_id] = len(self.nx)
            self.nx, self.ny = np.append(self.nx, x), np.append(self.ny, y)
            self.half_w, self.half_h = np.append(self.half_w, half_w), np.append(self.half_h, half_h)
            self.round = np.append(self.round, round_)
            self.node_hidden = np.append(self.node_hidden, False)
            self.node_alive = np.append(self.node_alive, True)
        elif not self.node_alive[row]:
            self.nx[row], self.ny[row], self.half_w[row], self.half_h[row] = x, y, half_w, half_h
            self.round[row] = round_
            self.node_alive[row] = True
        elif (self.nx[row], self.ny[row], self.half_w[row], self.half_h[row], self.round[row]) == (
                x, y, half_w, half_h, round_):
            return
        else:
            self.nx[row], self.ny[row], self.half_w[row], self.half_h[row] = x, y, half_w, half_h
            self.round[row] = round_
        self._changed(moved=row)

    def remove_node(self, node_id: str) -> None:
        """The node left the canvas (its row stays: dead ties may still point at it)."""
        row = self.node_rows.get(node_id)
        if row is not None and self.node_alive[row]:
            self.node_alive[row] = False
            self._changed()

    def extent(self, margin: float) -> tuple[float, float, float, float] | None:
        """Left, top, right, bottom of every node's outline on the canvas, grown by ``margin``."""
        alive = self.node_alive
        if not alive.any():
            return None
        grow_x, grow_y = self.half_w[alive] - 1 + margin, self.half_h[alive] - 1 + margin
        x, y = self.nx[alive], self.ny[alive]
        return float((x - grow_x).min()), float((y - grow_y).min()), float((x + grow_x).max()), float((y + grow_y).max())

    def move_node(self, node_id: str, x: float, y: float) -> None:
        row = self.node_rows.get(node_id)
        if row is None or (self.nx[row] == x and self.ny[row] == y):
            return
        self.nx[row], self.ny[row] = x, y
        self._changed(moved=row)

    def node_position(self, node_id: str) -> tuple[float, float] | None:
        row = self.node_rows.get(node_id)
        return None if row is None else (float(self.nx[row]), float(self.ny[row]))

    # ---- ties --------------------------------------------------------------
    def load_ties(self, ties: Iterable[tuple[str, str, str, float, Look, date | None]]) -> None:
        """Every tie: id, source id, target id, offset, look, last-contact date."""
        rows = list(ties)
        self.ids = [row[0] for row in rows]
        self.rows = {tie_id: i for i, tie_id in enumerate(self.ids)}
        node_rows = self.node_rows
        self.src = np.fromiter((node_rows[row[1]] for row in rows), dtype=np.int64, count=len(rows))
        self.tgt = np.fromiter((node_rows[row[2]] for row in rows), dtype=np.int64, count=len(rows))
        self.offset = np.fromiter((row[3] for row in rows), dtype=np.float64, count=len(rows))
        looks = [row[4] for row in rows]
        self.style = np.fromiter((self._style_id(lk) for lk in looks), dtype=np.int64, count=len(rows))
        self.strength = np.fromiter((lk[2] for lk in looks), dtype=np.int64, count=len(rows))
        self.directed = np.fromiter((lk[3] for lk in looks), dtype=bool, count=len(rows))
        self.alive = np.ones(len(rows), dtype=bool)
        self.tie_hidden = np.zeros(len(rows), dtype=bool)
        self.last_contact = [row[5] for row in rows]
        self.dated = np.fromiter((row[5] is not None for row in rows), dtype=bool, count=len(rows))
        self.coords = np.zeros((4, len(rows)))
        self._changed(moved=None)

    def put_tie(self, tie_id: str, source_id: str, target_id: str, offset: float, look_: Look,
                last_contact: date | None) -> None:
        """Add a tie or change one (its ends may change too)."""
        row = self.rows.get(tie_id)
        if row is None or not self.alive[row]:
            row = self.rows[tie_id] = len(self.ids)
            self.ids.append(tie_id)
            self.last_contact.append(None)
            self.src, self.tgt = np.append(self.src, 0), np.append(self.tgt, 0)
            self.offset, self.style = np.append(self.offset, 0.0), np.append(self.style, 0)
            self.strength, self.directed = np.append(self.strength, 0), np.append(self.directed, False)
            self.alive, self.tie_hidden = np.append(self.alive, True), np.append(self.tie_hidden, False)
            self.dated = np.append(self.dated, False)
            self.coords = np.concatenate([self.coords, np.zeros((4, 1))], axis=1)
        self.src[row], self.tgt[row] = self.node_rows[source_id], self.node_rows[target_id]
        self.offset[row] = offset
        self._set_look(row, look_, last_contact)
        self._compute(np.array([row]))
        self._changed()

    def restyle(self, tie_id: str, look_: Look, last_contact: date | None) -> None:
        self._set_look(self.rows[tie_id], look_, last_contact)
        self._changed()

    def _set_look(self, row: int, look_: Look, last_contact: date | None) -> None:
        self.style[row] = self._style_id(look_)
        self.strength[row], self.directed[row] = look_[2], look_[3]
        self.last_contact[row] = last_contact
        self.dated[row] = last_contact is not None

    def restyle_all(self, looks: Iterable[tuple[str, Look, date | None]]) -> None:
        """A new analysis: every tie's look at once."""
        rows, styles, strengths, directed = [], [], [], []
        for tie_id, look_, last_contact in looks:
            row = self.rows[tie_id]
            rows.append(row)
            styles.append(self._style_id(look_))
            strengths.append(look_[2])
            directed.append(look_[3])
            self.last_contact[row] = last_contact
        index = np.array(rows, dtype=np.int64)
        self.dated[index] = [self.last_contact[r] is not None for r in rows]
        self.style[index] = styles
        self.strength[index] = strengths
        self.directed[index] = directed
        self._changed()

    def set_offset(self, tie_id: str, offset: float) -> None:
        row = self.rows.get(tie_id)
        if row is not None and self.offset[row] != offset:
            self.offset[row] = offset
            self._compute(np.array([row]))
            self._changed()

    def remove_tie(self, tie_id: str) -> None:
        row = self.rows.pop(tie_id, None)
        if row is not None:
            self.alive[row] = False
            self._changed()

    def ends(self, tie_id: str) -> tuple[str, str] | None:
        row = self.rows.get(tie_id)
        if row is None:
            return None
        nodes = self._node_ids()
        return nodes[self.src[row]], nodes[self.tgt[row]]

    def _node_ids(self) -> list[str]:
        ids = [""] * len(self.node_rows)
        for node_id, row in self.node_rows.items():
            ids[row] = node_id
        return ids

    def __contains__(self, tie_id: object) -> bool:
        return tie_id in self.rows

    def __len__(self) -> int:
        return len(self.rows)

    def tie_ids(self) -> list[str]:
        return list(self.rows)

    # ---- hiding ----------------------------------------------------------------
    def set_hidden(self, node_ids: Iterable[str], tie_ids: Iterable[str]) -> None:
        self.node_hidden = np.zeros(len(self.nx), dtype=bool)
        for node_id in node_ids:
            row = self.node_rows.get(node_id)
            if row is not None:
                self.node_hidden[row] = True
        self.tie_hidden = np.zeros(len(self.ids), dtype=bool)
        for tie_id in tie_ids:
            row = self.rows.get(tie_id)
            if row is not None:
                self.tie_hidden[row] = True
        self._changed()

    # ---- lines -----------------------------------------------------------------
    def _style_id(self, look_: Look) -> int:
        key = (look_[0], look_[1])
        found = self._style_ids.get(key)
        if found is None:
            found = self._style_ids[key] = len(self.styles)
            self.styles.append(key)
        return found

    def _changed(self, moved: int | bool | None = False) -> None:
        """``moved``: a node row whose ties must be recomputed; None: every line."""
        self.version += 1
        self._arrays = None
        if moved is None:
            self._moved = None
        elif moved is not False and self._moved is not None:
            self._moved.add(int(moved))

    def moved_area(self) -> tuple[float, float, float, float] | None:
        """Bring the lines of moved nodes' ties up to date; the area they covered before and after."""
        if self._moved is None:
            self.refresh()
            return None
        rows = self._take_moved()
        rows = rows[self.alive[rows]]
        if not rows.size:
            return None
        before = self.coords[:, rows]
        self._compute(rows)
        after = self.coords[:, rows]
        xs = np.concatenate([before[0], before[2], after[0], after[2]])
        ys = np.concatenate([before[1], before[3], after[1], after[3]])
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())

    def refresh(self) -> None:
        """Compute the lines of the ties whose ends moved since the last call."""
        rows = self._take_moved()
        self._compute(np.arange(len(self.ids)) if rows is None else rows)

    def _take_moved(self) -> np.ndarray | None:
        """The rows of the ties at nodes moved since the last call (None: all of them), forgetting the moves."""
        moved, self._moved = self._moved, set()
        if moved is None:
            return None
        if not moved:
            return np.zeros(0, dtype=np.int64)
        mask = np.zeros(len(self.nx), dtype=bool)
        mask[list(moved)] = True
        return np.flatnonzero(mask[self.src] | mask[self.tgt])

    def _compute(self, rows: np.ndarray) -> None:
        """The same line as TieItem._compute_line, for many ties at once."""
        if not rows.size:
            return
        s, t = self.src[rows], self.tgt[rows]
        ax, ay, bx, by = self.nx[s], self.ny[s], self.nx[t], self.ny[t]
        angle = np.arctan2(by - ay, bx - ax)
        cos, sin = np.cos(angle), np.sin(angle)
        start = self._boundary(s, cos, sin)
        end = self._boundary(t, cos, sin)
        offset = self.offset[rows]
        ox, oy = -sin * offset, cos * offset
        overlap = np.hypot(bx - ax, by - ay) <= start + end
        self.coords[0, rows] = np.where(overlap, ax, ax + cos * start + ox)
        self.coords[1, rows] = np.where(overlap, ay, ay + sin * start + oy)
        self.coords[2, rows] = np.where(overlap, ax, bx - cos * end + ox)
        self.coords[3, rows] = np.where(overlap, ay, by - sin * end + oy)

    def _boundary(self, nodes: np.ndarray, cos: np.ndarray, sin: np.ndarray) -> np.ndarray:
        hw, hh = self.half_w[nodes], self.half_h[nodes]
        dx, dy = np.abs(cos), np.abs(sin)
        with np.errstate(divide="ignore", invalid="ignore"):
            across = np.where(dx > 1e-9, hw / np.where(dx > 1e-9, dx, 1.0), np.inf)
            down = np.where(dy > 1e-9, hh / np.where(dy > 1e-9, dy, 1.0), np.inf)
        return np.where(self.round[nodes], hw, np.minimum(across, down))

    def visible(self) -> np.ndarray:
        return self.alive & ~self.tie_hidden & ~self.node_hidden[self.src] & ~self.node_hidden[self.tgt]

    def arrays(self) -> np.ndarray:
        """X0, Y0, X1, Y1, WEIGHT, STYLE, DIRECTED, DATED: one column per tie row (weight 0: not drawn)."""
        self.refresh()
        if self._arrays is not None and self._arrays[0] == self.version:
            return self._arrays[1]
        c = self.coords
        drawn = self.visible() & ((c[0] != c[2]) | (c[1] != c[3]))
        weights = np.array([look.OVERVIEW_TIE_WEIGHT[k] for k in range(4)], dtype=np.float64)
        result = np.vstack([c, np.where(drawn, weights[self.strength], 0.0), self.style.astype(np.float64),
                            self.directed.astype(np.float64), self.dated.astype(np.float64)])
        self._arrays = (self.version, result)
        return result

    def nearest(self, x: float, y: float, reach: np.ndarray | float) -> str | None:
        """The visible tie whose line passes closest to (x, y), if within its reach (half its clickable width)."""
        a = self.arrays()
        if not a.shape[1]:
            return None
        x0, y0, x1, y1 = a[X0], a[Y0], a[X1], a[Y1]
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.clip(np.where(length2 > 0, ((x - x0) * dx + (y - y0) * dy) / np.where(length2 > 0, length2, 1), 0), 0, 1)
        distance = np.hypot(x0 + t * dx - x, y0 + t * dy - y)
        distance[a[WEIGHT] <= 0] = np.inf
        close = distance <= reach
        if not close.any():
            return None
        row = int(np.argmin(np.where(close, distance, np.inf)))
        return self.ids[row]

    def widths(self) -> np.ndarray:
        return np.asarray([w for w, _ in self.styles], dtype=np.float64)[self.style] if self.styles else np.zeros(0)
