"""Far-out tie drawing with numpy: thousands of long thin lines as one see-through image.

Qt's raster engine spends 70-270 ns per pixel on thin diagonal lines (it
blends them pixel by pixel); the 20,000 ties of a large map at fit-to-map cover
two to three million pixels, which is 0.2-0.7 s a frame. Here each line is
sampled once per pixel along its longer axis (a vectorised DDA), the samples'
weights are summed per pixel with ``bincount``, and the sum becomes the alpha of
the tie colour, as if the lines had been blended one over another
(alpha = 1 - prod(1 - a_i) = 1 - exp(-sum(-ln(1 - a_i)))). Where many ties
cross, the map gets darker: it reads as density instead of a black blob.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

CHUNK_SAMPLES = 2_000_000
"""Samples made at once (bounds the temporary memory to some tens of MB)."""
TILE = 2048
HALF_RESOLUTION_SAMPLES = 400_000
"""Pixels a side of one accumulation buffer (32 MB); a larger export is drawn tile by tile."""


def clip_lines(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray,
               width: int, height: int) -> tuple[np.ndarray, ...]:
    """Clip to the pixels [0, width) x [0, height); see ``clip_to``."""
    return clip_to(x0, y0, x1, y1, 0.0, 0.0, width - 1e-3, height - 1e-3)


def clip_to(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray,
            left: float, top: float, right: float, bottom: float) -> tuple[np.ndarray, ...]:
    """Liang-Barsky for every line at once: the clipped ends, and which lines were kept."""
    dx, dy = x1 - x0, y1 - y0
    t0 = np.zeros_like(x0)
    t1 = np.ones_like(x0)
    keep = np.ones(x0.shape, dtype=bool)
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        parallel = p == 0
        keep &= ~(parallel & (q < 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.where(parallel, 0.0, q / np.where(parallel, 1.0, p))
        t0 = np.where(~parallel & (p < 0), np.maximum(t0, r), t0)
        t1 = np.where(~parallel & (p > 0), np.minimum(t1, r), t1)
    keep &= t0 <= t1
    return (x0[keep] + t0[keep] * dx[keep], y0[keep] + t0[keep] * dy[keep],
            x0[keep] + t1[keep] * dx[keep], y0[keep] + t1[keep] * dy[keep], keep)


def snap_dashes(x0: np.ndarray, y0: np.ndarray, cx0: np.ndarray, cy0: np.ndarray,
                period: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Move clipped starts back to a whole number of dash periods from the real start.

    A dashed line clipped to the view would otherwise restart its pattern at the edge, and the
    dashes would crawl along the line while the user pans.
    """
    dx, dy = cx0 - x0, cy0 - y0
    dist = np.hypot(dx, dy)
    with np.errstate(divide="ignore", invalid="ignore"):
        keep = np.where(period > 0, np.floor(dist / np.where(period > 0, period, 1.0)) * period, dist)
        ratio = np.where(dist > 0, keep / np.where(dist > 0, dist, 1.0), 0.0)
    return x0 + dx * ratio, y0 + dy * ratio


def accumulate(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, weight: np.ndarray,
               width: int, height: int) -> np.ndarray:
    """Sum of the weights of the lines crossing each pixel (device coordinates), shape (height, width).

    A DDA: one sample per pixel column (or row, for steep lines) the line crosses, at the pixel
    centre, in 16.16 fixed point. All samples of all lines are one running sum of per-sample steps,
    with a reset at the first sample of each line: exact in integers, and about three times the
    speed of computing each sample's position from its index.
    """
    total = np.zeros(width * height, dtype=np.float64)
    if width <= 0 or height <= 0 or x0.size == 0:
        return total.reshape(max(height, 0), max(width, 0))
    cx0, cy0, cx1, cy1, keep = clip_lines(x0, y0, x1, y1, width, height)
    weight = weight[keep]
    dx, dy = cx1 - cx0, cy1 - cy0
    across = np.abs(dx) >= np.abs(dy)  # x is the major axis
    m0, m1 = np.where(across, cx0, cy0), np.where(across, cx1, cy1)
    d_major, d_minor = np.where(across, dx, dy), np.where(across, dy, dx)
    first, last = np.floor(m0), np.floor(m1)
    steps = (np.abs(last - first) + 1).astype(np.int64)
    direction = np.where(last >= first, 1.0, -1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(d_major != 0, d_minor / np.where(d_major != 0, d_major, 1.0), 0.0)
    major_start = first + 0.5
    minor_start = np.where(across, cy0, cx0) + (major_start - m0) * slope
    one = 1 << 16
    start_x = np.round(np.where(across, major_start, minor_start) * one).astype(np.int64)
    start_y = np.round(np.where(across, minor_start, major_start) * one).astype(np.int64)
    step_x = np.round(np.where(across, direction, direction * slope) * one).astype(np.int64)
    step_y = np.round(np.where(across, direction * slope, direction) * one).astype(np.int64)
    ends = np.cumsum(steps)
    start = 0
    while start < steps.size:
        base = ends[start - 1] if start else 0
        stop = max(int(np.searchsorted(ends, base + CHUNK_SAMPLES, side="right")), start + 1)
        total += _chunk(steps[start:stop], step_x[start:stop], step_y[start:stop], start_x[start:stop],
                        start_y[start:stop], weight[start:stop], width, height)
        start = stop
    return total.reshape(height, width)


def _chunk(n: np.ndarray, step_x: np.ndarray, step_y: np.ndarray, start_x: np.ndarray, start_y: np.ndarray,
           weight: np.ndarray, width: int, height: int) -> np.ndarray:
    first = np.cumsum(n) - n
    xs = np.clip(_positions(n, first, step_x, start_x), 0, width - 1)
    ys = np.clip(_positions(n, first, step_y, start_y), 0, height - 1)
    return np.bincount(ys * width + xs, weights=np.repeat(weight, n), minlength=width * height)


def _positions(n: np.ndarray, first: np.ndarray, step: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Pixel coordinates of every sample of every line: one running sum, reset at each line's start."""
    increments = np.repeat(step, n)
    last = start + step * (n - 1)
    reset = start.copy()
    reset[1:] -= last[:-1]
    increments[first] = reset
    return np.cumsum(increments) >> 16


Tone = tuple[float, float, float]
"""How summed ties become alpha: (alpha of one tie, alpha added per e-fold more ties, the most)."""
FAR_OUT: Tone = (0.2, 0.12, 0.75)
CONTEXT: Tone = (0.09, 0.05, 0.3)
ONE_TIE = 0.357
"""The weight of one tie of middling strength (look.OVERVIEW_TIE_WEIGHT[2])."""


def to_image(total: np.ndarray, colour: QColor, tone: Tone = FAR_OUT) -> QImage:
    """The summed weights as the colour with a logarithmic alpha, premultiplied ARGB32.

    One tie shows at ``tone[0]``, ten at about ``tone[0] + 2.3 * tone[1]``, a hundred at about
    ``tone[0] + 4.6 * tone[1]``, never above ``tone[2]``: single ties stay visible and the places
    where thousands cross stay readable instead of turning into one dark blob.
    """
    height, width = total.shape
    first, step, most = tone
    n = total.astype(np.float32) / ONE_TIE
    with np.errstate(divide="ignore"):
        alpha = np.where(n < 1.0, first * n, first + step * np.log(np.maximum(n, 1.0)))
    alpha = np.minimum(alpha, most)
    a = (alpha * 255 + 0.5).astype(np.uint32)
    r = (alpha * colour.red() + 0.5).astype(np.uint32)
    g = (alpha * colour.green() + 0.5).astype(np.uint32)
    b = (alpha * colour.blue() + 0.5).astype(np.uint32)
    pixels = np.ascontiguousarray((a << 24) | (r << 16) | (g << 8) | b)
    image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # own the pixels: the numpy buffer goes away with this function


def weight_for(alpha: float) -> float:
    """The weight of one line that alone would show with this alpha."""
    return float(-np.log1p(-alpha))


def tiles(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, weight: np.ndarray,
          area: QRect, colour: QColor, tile: int = TILE, tone: Tone = FAR_OUT) -> Iterator[tuple[QRect, QImage]]:
    """The lines (device coordinates) drawn over ``area``, as images of at most ``tile`` pixels a side.

    When the lines would take more than ``HALF_RESOLUTION_SAMPLES`` samples, they are summed on a
    grid of half the resolution (a quarter of the work; the image is drawn scaled up, slightly
    soft, which suits a far-out view); a line then crosses a cell of four pixels with one sample,
    so its weight is halved to keep the same darkness.
    """
    samples = float(np.maximum(np.abs(x1 - x0), np.abs(y1 - y0)).sum())
    factor = 2 if samples > HALF_RESOLUTION_SAMPLES else 1
    for top in range(area.top(), area.top() + area.height(), tile):
        for left in range(area.left(), area.left() + area.width(), tile):
            width = min(tile, area.left() + area.width() - left)
            height = min(tile, area.top() + area.height() - top)
            total = accumulate((x0 - left) / factor, (y0 - top) / factor, (x1 - left) / factor, (y1 - top) / factor,
                               weight / factor, -(-width // factor), -(-height // factor))
            if total.any():
                yield QRect(left, top, width, height), to_image(total, colour, tone)
